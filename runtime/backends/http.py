"""HTTP for ``system.net`` (``httpGet``/``httpPost``/... and 8.1's ``httpClient``), on httpx.

Ignition scripts reach any host the gateway can. shim runs untrusted legacy code, so a script
reaches only the hosts the gateway lists in ``_gateway/gateway.json``:

    {"http": {"allow": ["api.plant.local", "127.0.0.1:8088"]}}

An entry is a host name (any port) or ``host:port``; names are compared as written in the URL
(``localhost`` does not allow ``127.0.0.1``). Every request is checked before it is sent,
redirects included, and anything else is refused with an ``HttpRefused`` (an IOError, as a
failed call is in Jython) that names the host and the setting. Environment proxies are never
used (``trust_env=False``): what a script reaches does not depend on the machine that runs it.

Errors read as Java's do in Ignition: a refused connection is ``java.net.ConnectException``,
a timeout ``java.net.SocketTimeoutException`` (``HttpTimeoutException`` for the 8.1 client),
an error status of the legacy functions ``java.io.IOException: Server returned HTTP response
code: 500 for URL: ...`` (404: ``java.io.FileNotFoundException: URL``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from runtime.backends.gatewayfiles import allow_list
from runtime.scripts.sandbox.errors import SandboxError

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

_DEFAULT_PORTS = {"http": 80, "https": 443}


class HttpRefused(SandboxError, OSError):
    """A URL whose host the gateway does not allow (still an IOError to the script)."""


@dataclass(frozen=True)
class HttpPolicy:
    """The hosts scripts may reach: ``allow`` entries, lowercased."""

    allow: frozenset[str]
    source: str  # where the setting lives, for error messages

    def check(self, function: str, url: Any) -> str:
        """``url`` as a string if scripts may request it, else HttpRefused naming the host."""
        if not isinstance(url, str) or not url:
            raise TypeError(f"{function}(): url must be a non-empty string")
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise HttpRefused(f"{function}(): java.net.MalformedURLException: {url}") from None
        if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
            raise HttpRefused(f"{function}(): '{url}' is not an http:// or https:// URL "
                              "(shim's HTTP functions reach only allowed web hosts)")
        self.check_host(function, parts.hostname, port or _DEFAULT_PORTS[parts.scheme.lower()])
        return url

    def check_host(self, function: str, host: str, port: int) -> None:
        host = host.lower()
        if host in self.allow or f"{host}:{port}" in self.allow:
            return
        raise HttpRefused(f"{function}(): host '{host}:{port}' is not allowed: add \"{host}\" or "
                          f"\"{host}:{port}\" to \"http\": {{\"allow\": [...]}} in {self.source}")


def http_policy(gateway: "Gateway") -> HttpPolicy:
    """The gateway's HTTP allow list (read once)."""
    return gateway.service("http", _load)


def _load(gateway: "Gateway") -> HttpPolicy:
    _section, allow, source = allow_list(gateway, "http")
    return HttpPolicy(allow, source)


def new_client(policy: HttpPolicy, function: str, *, connect_ms: Any = 10000, read_ms: Any = 60000,
               verify: bool = True, follow: bool = True, auth: tuple[str, str] | None = None,
               cookies: bool = True) -> httpx.Client:
    """An httpx client whose every request (redirects too) is checked against ``policy``."""
    def check(request: httpx.Request) -> None:
        policy.check_host(function, request.url.host, request.url.port or _DEFAULT_PORTS[request.url.scheme])

    client = httpx.Client(
        timeout=httpx.Timeout(_seconds(function, "readTimeout", read_ms),
                              connect=_seconds(function, "connectTimeout", connect_ms)),
        verify=verify, follow_redirects=follow, auth=auth, trust_env=False,
        event_hooks={"request": [check]})
    if not cookies:
        client.cookies = _NoCookies()
    return client


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps nothing (the 8.1 client's ``cookie_policy="ACCEPT_NONE"``)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def _seconds(function: str, name: str, millis: Any) -> float | None:
    if millis is None:
        return None
    if isinstance(millis, bool) or not isinstance(millis, (int, float)) or millis < 0:
        raise TypeError(f"{function}(): {name} must be a number of milliseconds, not {millis!r}")
    return None if millis == 0 else millis / 1000.0  # 0: no timeout, as in Java


def send(client: httpx.Client, function: str, request: httpx.Request) -> httpx.Response:
    """Send ``request``; network failures become the IOErrors Java raises in Ignition."""
    try:
        return client.send(request)
    except HttpRefused:
        raise
    except httpx.ConnectTimeout:
        raise OSError(f"{function}(): java.net.SocketTimeoutException: connect timed out: {request.url}") from None
    except httpx.TimeoutException:
        raise OSError(f"{function}(): java.net.SocketTimeoutException: Read timed out: {request.url}") from None
    except httpx.ConnectError as exc:
        raise OSError(f"{function}(): java.net.ConnectException: Connection refused: {request.url} "
                      f"({exc})") from None
    except httpx.TooManyRedirects:
        raise OSError(f"{function}(): java.net.ProtocolException: Server redirected too many times: "
                      f"{request.url}") from None
    except httpx.HTTPError as exc:
        raise OSError(f"{function}(): java.io.IOException: {exc}: {request.url}") from None


def legacy_error(function: str, response: httpx.Response) -> OSError:
    """What ``HttpURLConnection`` raises for an error status (the legacy functions)."""
    if response.status_code == 404:
        return OSError(f"{function}(): java.io.FileNotFoundException: {response.request.url}")
    return OSError(f"{function}(): java.io.IOException: Server returned HTTP response code: "
                   f"{response.status_code} for URL: {response.request.url}")
