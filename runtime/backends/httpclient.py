"""Ignition 8.1's ``JythonHttpClient`` (``system.net.httpClient``), its ``Response`` and its
``Promise``, on httpx, under the gateway's HTTP allow list (``runtime.backends.http``).

As in Ignition (manual, ``system.net.httpClient``): ``client.get(url, params, headers, username,
password, timeout)``; ``post``/``put``/``patch``/``delete``/``head``/``options``/``trace`` also take
``data`` (a dict or list is sent as JSON, a string as text, bytes as they are) and ``file`` (a
path, inside shim's file sandbox); ``request(url, method, ...)``; each has an ``...Async`` twin
returning a ``Promise`` (``get(timeout)``, ``then(callback)``, ``handleException(callback)``,
``whenComplete(callback)``, ``isDone``, ``cancel``). A ``Response`` is never an error: it has
``statusCode``, ``good`` (2xx), ``clientError`` (4xx), ``serverError`` (5xx), ``text``, ``json``,
``body``, ``headers`` (name -> list of values, names lower case) and ``url``. What is Java behind
these objects (``getJavaClient``, ``javaResponse``, ``cookieManager``, ``customizer``) is not
emulated and says so.
"""
from __future__ import annotations

import contextvars
import json as _json
import time
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Callable

import httpx

from runtime.backends.http import HttpPolicy, new_client, send
from runtime.core.budget import run_limited, tick
from runtime.scripts.legacy.py2types import jython_value
from runtime.scripts.sandbox.namespace import NotEmulated

#: Background threads doing the async variants' I/O (and their callbacks), for all gateways.
_POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="shim-http")

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
REDIRECT_POLICIES = ("NORMAL", "NEVER", "ALWAYS")
COOKIE_POLICIES = ("ACCEPT_ALL", "ACCEPT_NONE", "ACCEPT_ORIGINAL_SERVER")
VERSIONS = ("HTTP_2", "HTTP_1_1")


class RequestWrapper:
    """``Response.request``: what was sent (method, URL, headers, timeout, version)."""

    __slots__ = ("_method", "_url", "_headers", "_timeout", "_version")

    def __init__(self, request: httpx.Request, timeout: int | None, version: str) -> None:
        self._method, self._url = request.method, str(request.url)
        self._headers = _header_dict(request.headers)
        self._timeout, self._version = timeout, version

    def getMethod(self) -> str:
        return jython_value(self._method)

    def getUrl(self) -> str:
        return jython_value(self._url)

    def getHeaders(self) -> dict:
        return jython_value(self._headers)

    def getTimeout(self) -> Any:
        return self._timeout

    def getVersion(self) -> str:
        return jython_value(self._version)

    method = property(getMethod)
    url = property(getUrl)
    headers = property(getHeaders)
    timeout = property(getTimeout)
    version = property(getVersion)

    def __repr__(self) -> str:
        return f"{self._method} {self._url}"


class Response:
    """What the 8.1 client's calls return (manual, ``system.net.httpClient``, "Response")."""

    __slots__ = ("_status", "_body", "_headers", "_url", "_charset", "_request")

    def __init__(self, response: httpx.Response, timeout: int | None, version: str) -> None:
        self._status = response.status_code
        self._body = response.content
        self._headers = _header_dict(response.headers)
        self._url = str(response.url)
        self._charset = response.charset_encoding or "utf-8"
        self._request = RequestWrapper(response.request, timeout, version)

    def getStatusCode(self) -> int:
        return self._status

    def isGood(self) -> bool:
        return 200 <= self._status < 300

    def isClientError(self) -> bool:
        return 400 <= self._status < 500

    def isServerError(self) -> bool:
        return 500 <= self._status < 600

    def getBody(self) -> bytes:
        return self._body

    def getText(self, charset=None) -> str:
        """The body decoded with ``charset`` (default: the response's, else UTF-8)."""
        try:
            return jython_value(self._body.decode(charset or self._charset, "replace"))
        except LookupError:
            raise ValueError(f"getText(): java.nio.charset.UnsupportedCharsetException: {charset}") from None

    def getJson(self, charset=None) -> Any:
        """The body decoded as JSON (dicts, lists, unicode strings); a body that is not JSON
        raises, as Ignition's does."""
        text = self.getText(charset)
        try:
            return jython_value(_json.loads(text))
        except ValueError as exc:
            raise ValueError(f"getJson(): the response body is not JSON ({exc})") from None

    def getHeaders(self) -> dict:
        return jython_value({name: list(values) for name, values in self._headers.items()})

    def getUrl(self) -> str:
        return jython_value(self._url)

    def getRequest(self) -> RequestWrapper:
        return self._request

    statusCode = property(getStatusCode)
    good = property(isGood)
    clientError = property(isClientError)
    serverError = property(isServerError)
    body = property(getBody)
    text = property(getText)
    json = property(getJson)
    headers = property(getHeaders)
    url = property(getUrl)
    request = property(getRequest)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        raise NotEmulated(f"Response.{name} is not emulated by shim (no Java HttpResponse behind it)")

    def __repr__(self) -> str:
        return f"<Response@{self._status}>"


class Promise:
    """What the ``...Async`` calls return: a value to come (manual, ``httpClient``, "Promise")."""

    __slots__ = ("_future", "_limit")

    def __init__(self, future: Future, limit: float | None) -> None:
        self._future, self._limit = future, limit

    def get(self, timeout=None) -> Any:
        """Wait for the value (``timeout`` in ms; None: as long as it takes); raise its error."""
        deadline = None if timeout is None else time.monotonic() + timeout / 1000.0
        try:
            while True:  # in slices, so the script's time budget can stop a long wait
                tick()
                left = 0.1 if deadline is None else min(0.1, max(0.0, deadline - time.monotonic()))
                try:
                    return self._future.result(left)
                except FutureTimeout:
                    if deadline is not None and time.monotonic() >= deadline:
                        raise
        except FutureTimeout:
            raise OSError(f"Promise.get(): java.util.concurrent.TimeoutException after {timeout} ms") from None
        except CancelledError:
            raise OSError("Promise.get(): java.util.concurrent.CancellationException") from None

    def isDone(self) -> bool:
        return self._future.done()

    def cancel(self) -> bool:
        return self._future.cancel()

    def then(self, callback) -> "Promise":
        """A Promise of ``callback(value)``, run once this one succeeds; an error (of this one
        or the callback) carries to the new one."""
        return self._chain("then", callback, lambda value, error: (value,) if error is None else None)

    def handleException(self, callback) -> "Promise":
        """A Promise that is this one's value, or ``callback(error)`` when it failed."""
        return self._chain("handleException", callback,
                           lambda value, error: None if error is None else (error,), passthrough=True)

    def whenComplete(self, callback) -> None:
        """Call ``callback(value, error)`` once this one is done (one of the two is None)."""
        self._chain("whenComplete", callback, lambda value, error: (value, error))

    def getFuture(self) -> Any:
        raise NotEmulated("Promise.getFuture is not emulated by shim (no Java CompletableFuture behind it)")

    def _chain(self, name: str, callback: Any, arguments: Callable, passthrough: bool = False) -> "Promise":
        if not callable(callback):
            raise TypeError(f"{name}(): callback must be callable")
        context = contextvars.copy_context()
        child: Future = Future()
        limit = self._limit

        def run() -> None:
            error = self._future.exception() if not self._future.cancelled() else CancelledError()
            value = None if error is not None else self._future.result()
            args = arguments(value, error)
            if args is None:  # nothing to call: carry the value (or the error) over
                _settle(child, value, error if not passthrough else error)
                return
            try:
                _settle(child, context.run(run_limited, limit, f"Promise.{name} callback", callback, *args), None)
            except BaseException as exc:  # noqa: B036 (a script callback may raise anything)
                _settle(child, None, exc)

        self._future.add_done_callback(lambda _f: _POOL.submit(run))
        return Promise(child, limit)

    def __repr__(self) -> str:
        return f"<Promise {'done' if self._future.done() else 'pending'}>"


def _settle(future: Future, value: Any, error: BaseException | None) -> None:
    if future.set_running_or_notify_cancel():
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)


class JythonHttpClient:
    """``system.net.httpClient()``: one httpx client (its cookies, redirects, timeouts)."""

    __slots__ = ("_policy", "_client", "_connect_ms", "_redirects", "_version", "_limit", "_files")

    def __init__(self, policy: HttpPolicy, files: Callable[[str, Any], Any], *, timeout: Any,
                 verify: bool, auth: tuple[str, str] | None, redirect_policy: str, cookie_policy: str,
                 version: str, limit: float | None) -> None:
        if type(policy) is not HttpPolicy:
            # scripts reach this class through type(client): built with their own policy it
            # would reach any host (only system.net.httpClient hands in the gateway's)
            raise TypeError("JythonHttpClient cannot be created directly: use system.net.httpClient()")
        self._policy = policy
        # a request's own ``timeout`` overrides the 60 s read timeout (manual, httpClient's get)
        self._client = new_client(policy, "httpClient", connect_ms=timeout, read_ms=60000, verify=verify,
                                  follow=redirect_policy != "NEVER", auth=auth,
                                  cookies=cookie_policy != "ACCEPT_NONE")
        self._connect_ms, self._redirects, self._version = timeout, redirect_policy, version
        self._limit, self._files = limit, files

    # -- synchronous ------------------------------------------------------------------------

    def request(self, url, method="GET", params=None, data=None, file=None, headers=None,
                username=None, password=None, timeout=None) -> Response:
        """Send one request with any method (manual, ``JythonHttpClient.request``)."""
        if not isinstance(method, str) or method.upper() not in _METHODS:
            raise ValueError(f"request(): method must be one of {', '.join(_METHODS)}, not {method!r}")
        return self._send(method.upper(), url, params, data, file, headers, username, password, timeout)

    def get(self, url, params=None, headers=None, username=None, password=None, timeout=None) -> Response:
        return self._send("GET", url, params, None, None, headers, username, password, timeout)

    def post(self, url, params=None, data=None, file=None, headers=None, username=None, password=None,
             timeout=None) -> Response:
        return self._send("POST", url, params, data, file, headers, username, password, timeout)

    def put(self, url, params=None, data=None, file=None, headers=None, username=None, password=None,
            timeout=None) -> Response:
        return self._send("PUT", url, params, data, file, headers, username, password, timeout)

    def patch(self, url, params=None, data=None, file=None, headers=None, username=None, password=None,
              timeout=None) -> Response:
        return self._send("PATCH", url, params, data, file, headers, username, password, timeout)

    def delete(self, url, params=None, data=None, file=None, headers=None, username=None, password=None,
               timeout=None) -> Response:
        return self._send("DELETE", url, params, data, file, headers, username, password, timeout)

    def head(self, url, params=None, data=None, file=None, headers=None, username=None, password=None,
             timeout=None) -> Response:
        return self._send("HEAD", url, params, data, file, headers, username, password, timeout)

    def options(self, url, params=None, data=None, file=None, headers=None, username=None, password=None,
                timeout=None) -> Response:
        return self._send("OPTIONS", url, params, data, file, headers, username, password, timeout)

    def trace(self, url, params=None, data=None, file=None, headers=None, username=None, password=None,
              timeout=None) -> Response:
        return self._send("TRACE", url, params, data, file, headers, username, password, timeout)

    # -- asynchronous -----------------------------------------------------------------------

    def requestAsync(self, url, method="GET", params=None, data=None, file=None, headers=None,
                     username=None, password=None, timeout=None) -> Promise:
        return self._async(self.request, url, method, params, data, file, headers, username, password, timeout)

    def getAsync(self, url, params=None, headers=None, username=None, password=None, timeout=None) -> Promise:
        return self._async(self.get, url, params, headers, username, password, timeout)

    def postAsync(self, url, params=None, data=None, file=None, headers=None, username=None,
                  password=None, timeout=None) -> Promise:
        return self._async(self.post, url, params, data, file, headers, username, password, timeout)

    def putAsync(self, url, params=None, data=None, file=None, headers=None, username=None,
                 password=None, timeout=None) -> Promise:
        return self._async(self.put, url, params, data, file, headers, username, password, timeout)

    def patchAsync(self, url, params=None, data=None, file=None, headers=None, username=None,
                   password=None, timeout=None) -> Promise:
        return self._async(self.patch, url, params, data, file, headers, username, password, timeout)

    def deleteAsync(self, url, params=None, data=None, file=None, headers=None, username=None,
                    password=None, timeout=None) -> Promise:
        return self._async(self.delete, url, params, data, file, headers, username, password, timeout)

    def headAsync(self, url, params=None, data=None, file=None, headers=None, username=None,
                  password=None, timeout=None) -> Promise:
        return self._async(self.head, url, params, data, file, headers, username, password, timeout)

    def optionsAsync(self, url, params=None, data=None, file=None, headers=None, username=None,
                     password=None, timeout=None) -> Promise:
        return self._async(self.options, url, params, data, file, headers, username, password, timeout)

    def traceAsync(self, url, params=None, data=None, file=None, headers=None, username=None,
                   password=None, timeout=None) -> Promise:
        return self._async(self.trace, url, params, data, file, headers, username, password, timeout)

    # -- settings ---------------------------------------------------------------------------

    def getConnectTimeout(self) -> Any:
        return self._connect_ms

    def getRedirectPolicy(self) -> str:
        return jython_value(self._redirects)

    def getVersion(self) -> str:
        return jython_value(self._version)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        raise NotEmulated(f"JythonHttpClient.{name} is not emulated by shim (no Java HttpClient behind it)")

    def __repr__(self) -> str:
        return "<JythonHttpClient>"

    # -- the work ---------------------------------------------------------------------------

    def _async(self, call: Callable, *args: Any) -> Promise:
        context = contextvars.copy_context()
        return Promise(_POOL.submit(context.run, call, *args), self._limit)

    def _send(self, method: str, url: Any, params: Any, data: Any, file: Any, headers: Any,
              username: Any, password: Any, timeout: Any) -> Response:
        function = method.lower()
        if params is not None and not isinstance(params, dict):
            raise TypeError(f"{function}(): params must be a dictionary, not {type(params).__name__}")
        if headers is not None and not isinstance(headers, dict):
            raise TypeError(f"{function}(): headers must be a dictionary, not {type(headers).__name__}")
        if data is not None and file is not None:
            raise ValueError(f"{function}(): give data or file, not both")
        header_values = {str(k): str(v) for k, v in (headers or {}).items()}
        content, content_type = _body(function, data)
        if file is not None:
            content, content_type = self._files(function, file).read_bytes(), "application/octet-stream"
        if content_type and not any(k.lower() == "content-type" for k in header_values):
            header_values["Content-Type"] = content_type
        extensions = {}
        if timeout is not None:
            if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
                raise TypeError(f"{function}(): timeout must be a positive number of milliseconds")
            extensions["timeout"] = httpx.Timeout(timeout / 1000.0).as_dict()
        auth = None
        if username is not None:
            auth = httpx.BasicAuth(str(username), "" if password is None else str(password))
        client = self._client
        request = client.build_request(method, self._policy.check(function, url), params=params,
                                       content=content, headers=header_values, extensions=extensions)
        if auth is not None:
            request = next(auth.auth_flow(request))
        return Response(send(client, function, request), timeout, self._version)

def _body(function: str, data: Any) -> tuple[bytes | None, str | None]:
    if data is None:
        return None, None
    if isinstance(data, (dict, list, tuple)):
        return _json.dumps(data).encode("utf-8"), "application/json"
    if isinstance(data, str):
        return data.encode("utf-8"), "text/plain; charset=UTF-8"
    if isinstance(data, (bytes, bytearray)):
        return bytes(data), "application/octet-stream"
    raise TypeError(f"{function}(): data must be a dictionary, list, string or bytes, not {type(data).__name__}")


def _header_dict(headers: httpx.Headers) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, value in headers.multi_items():
        found.setdefault(name.lower(), []).append(value)
    return found
