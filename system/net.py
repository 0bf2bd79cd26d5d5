"""``system.net``: the host the script runs on, HTTP and e-mail (Ignition 7.9 / 8.1 manual
signatures).

The host name and address are a fixed, configurable identity, never the real machine's
(``runtime.backends.identity``). HTTP goes out on httpx, only to the hosts listed in
``_gateway/gateway.json`` (``"http": {"allow": [...]}``; ``runtime.backends.http``); e-mail goes
to an SMTP server configured there (``"smtp"``; ``runtime.backends.mail``). Anything else is
refused with an IOError naming the host and the setting.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from runtime.backends.files import files_root, resolve
from runtime.backends.http import http_policy, legacy_error, new_client, send
from runtime.backends.httpclient import (COOKIE_POLICIES, REDIRECT_POLICIES, VERSIONS, JythonHttpClient)
from runtime.backends.identity import host_of, identity
from runtime.backends.mail import send_email
from runtime.backends.scopes import require_8x, require_client
from runtime.backends.ui import ui
from runtime.core.context import current
from runtime.scripts.sandbox.namespace import NotEmulated

__all__ = [
    "getExternalIpAddress", "getHostName", "getIpAddress", "getRemoteServers", "httpClient",
    "httpDelete", "httpGet", "httpPost", "httpPut", "openURL", "sendEmail",
]


def getHostName() -> str:
    """The host name of the computer the script runs on: the client's in a Vision client, the
    gateway's elsewhere (manual, ``system.net.getHostName``)."""
    return host_of(current())[0]


def getIpAddress() -> str:
    """The IP address of the computer the script runs on (manual, ``system.net.getIpAddress``)."""
    return host_of(current())[1]


def getExternalIpAddress() -> str:
    """The gateway's address as seen from outside (manual, ``system.net.getExternalIpAddress``):
    ``"externalIpAddress"`` of ``_gateway/gateway.json``, else its ``ipAddress``; shim never asks
    an outside service, as Ignition's gateway would."""
    ctx = current()
    return identity(ctx.gateway).external_ip_address


# -- the Gateway Network (runtime.messaging.network / runtime.netnats) ---------------------------------

def getRemoteServers(runningOnly=True) -> list:
    """The names of the other gateways on this gateway's Gateway Network (manual,
    ``system.net.getRemoteServers``); ``runningOnly=False`` also lists those that left or
    stopped answering. Without a network the list is empty."""
    ctx = current()
    network = ctx.gateway.network
    if network is None:
        return []
    return [name for name in network.servers(running_only=bool(runningOnly)) if name != ctx.gateway.name]


# -- HTTP: the legacy functions (7.9 and 8.1) ---------------------------------------------------

def httpGet(url, connectTimeout=10000, readTimeout=60000, username=None, password=None,
            headerValues=None, bypassCertValidation=None, useCaches=True, throwOnError=True) -> str:
    """The document at ``url``, as a string (manual, ``system.net.httpGet``). An error status
    raises an IOError unless ``throwOnError=False``, which returns the error body instead.
    ``useCaches`` is accepted and has no effect: shim caches no HTTP response."""
    return _legacy("httpGet", "GET", url, None, None, connectTimeout, readTimeout, username, password,
                   headerValues, bypassCertValidation, throwOnError)


_POST = ("contentType", "postData", "connectTimeout", "readTimeout", "username", "password",
         "headerValues", "bypassCertValidation", "throwOnError")
_PUT = ("contentType", "putData", "connectTimeout", "readTimeout", "username", "password",
        "headerValues", "bypassCertValidation")


def httpPost(url, *args, **kwargs) -> str:
    """POST to ``url`` and return the reply as a string (manual, ``system.net.httpPost``), in
    either documented form: ``httpPost(url, postParams)`` (a dictionary, sent
    form-urlencoded) or ``httpPost(url, [contentType], postData, [connectTimeout],
    [readTimeout], [username], [password], [headerValues], [bypassCertValidation],
    [throwOnError])``, positional or keyword."""
    given = _overload("httpPost", _POST, "postData", "postParams", args, kwargs)
    return _legacy("httpPost", "POST", url, given.get("contentType"), given.get("postData"),
                   given.get("connectTimeout", 10000), given.get("readTimeout", 60000),
                   given.get("username"), given.get("password"), given.get("headerValues"),
                   given.get("bypassCertValidation", True), given.get("throwOnError", True))


def httpPut(url, *args, **kwargs) -> str:
    """PUT to ``url`` and return the reply as a string (manual, ``system.net.httpPut``):
    ``httpPut(url, [contentType], putData, [connectTimeout], [readTimeout], [username],
    [password], [headerValues], [bypassCertValidation])``; a dictionary is sent
    form-urlencoded."""
    given = _overload("httpPut", _PUT, "putData", "putParams", args, kwargs)
    return _legacy("httpPut", "PUT", url, given.get("contentType"), given.get("putData"),
                   given.get("connectTimeout", 10000), given.get("readTimeout", 60000),
                   given.get("username"), given.get("password"), given.get("headerValues"),
                   given.get("bypassCertValidation", True), True)


def httpDelete(url, contentType=None, connectTimeout=10000, readTimeout=60000, username=None,
               password=None, headerValues=None, bypassCertValidation=True) -> str:
    """DELETE ``url`` and return the reply as a string (manual, ``system.net.httpDelete``)."""
    return _legacy("httpDelete", "DELETE", url, contentType, None, connectTimeout, readTimeout,
                   username, password, headerValues, bypassCertValidation, True)


def _overload(function: str, names: tuple[str, ...], data: str, params: str, args: tuple,
              kwargs: dict) -> dict[str, Any]:
    """The arguments of ``httpPost``/``httpPut`` by name. One positional argument is the data
    (a dictionary: the parameters); with more, the first is the content type."""
    if params in kwargs:
        kwargs = dict(kwargs)
        kwargs[data] = kwargs.pop(params)
    unknown = set(kwargs) - set(names)
    if unknown:
        raise TypeError(f"{function}() got an unexpected keyword argument '{sorted(unknown)[0]}'")
    if len(args) > len(names):
        raise TypeError(f"{function}() takes at most {len(names) + 1} arguments ({len(args) + 1} given)")
    if len(args) == 1 and data not in kwargs:
        positional = {data: args[0]}
    else:
        positional = dict(zip(names, args))
    for name in positional:
        if name in kwargs:
            raise TypeError(f"{function}() got multiple values for keyword argument '{name}'")
    given = {**positional, **kwargs}
    if data not in given:
        raise TypeError(f"{function}(): {data} is required")
    return given


def _legacy(function: str, method: str, url: Any, content_type: Any, data: Any, connect: Any,
            read: Any, username: Any, password: Any, headers: Any, bypass: Any, throw: Any) -> str:
    policy = http_policy(current().gateway)
    policy.check(function, url)
    if headers is not None and not isinstance(headers, dict):
        raise TypeError(f"{function}(): headerValues must be a dictionary, not {type(headers).__name__}")
    header_values = {str(k): str(v) for k, v in (headers or {}).items()}
    content = None
    if data is not None:
        if isinstance(data, dict):
            content = urlencode({str(k): str(v) for k, v in data.items()}).encode("utf-8")
        elif isinstance(data, str):
            content = data.encode("utf-8")
        elif isinstance(data, (bytes, bytearray)):
            content = bytes(data)
        else:
            raise TypeError(f"{function}(): the data must be a string or a dictionary, not {type(data).__name__}")
        content_type = content_type or "application/x-www-form-urlencoded"
    if content_type is not None:
        if not isinstance(content_type, str):
            raise TypeError(f"{function}(): contentType must be a string")
        header_values.setdefault("Content-Type", content_type)
    auth = None if username is None else (str(username), "" if password is None else str(password))
    with new_client(policy, function, connect_ms=connect, read_ms=read, verify=not bypass,
                    auth=auth) as client:
        response = send(client, function, client.build_request(method, url, content=content,
                                                               headers=header_values))
    if response.status_code >= 400 and throw:
        raise legacy_error(function, response)
    return response.text


# -- HTTP: 8.1's client ----------------------------------------------------------------------

def httpClient(timeout=60000, bypass_cert_validation=True, username=None, password=None, proxy=None,
               cookie_policy="ACCEPT_ORIGINAL_SERVER", redirect_policy="NORMAL", version="HTTP_2",
               customizer=None) -> JythonHttpClient:
    """A ``JythonHttpClient`` for general HTTP work (manual, ``system.net.httpClient``, 8.1):
    ``get``/``post``/``put``/``patch``/``delete``/``head``/``request`` and their ``...Async``
    twins, each returning a ``Response`` (or a ``Promise`` of one). shim speaks HTTP/1.1 (a
    ``version`` of "HTTP_2" is kept for ``getVersion`` only); a ``proxy`` or a ``customizer``
    (a Java ``HttpClient.Builder``) is not emulated."""
    ctx = require_8x("net", "httpClient")
    for name, value, allowed in (("cookie_policy", cookie_policy, COOKIE_POLICIES),
                                 ("redirect_policy", redirect_policy, REDIRECT_POLICIES),
                                 ("version", version, VERSIONS)):
        if not isinstance(value, str) or value.upper() not in allowed:
            raise ValueError(f"httpClient(): {name} must be one of {', '.join(allowed)}, not {value!r}")
    if proxy is not None:
        raise NotEmulated("httpClient(): proxy is not emulated by shim (scripts reach allowed hosts directly)")
    if customizer is not None:
        raise NotEmulated("httpClient(): customizer is not emulated by shim (no Java HttpClient.Builder)")
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0:
        raise TypeError(f"httpClient(): timeout must be a number of milliseconds, not {timeout!r}")
    auth = None if username is None else (str(username), "" if password is None else str(password))
    root = files_root(ctx.gateway)
    return JythonHttpClient(http_policy(ctx.gateway), lambda function, path: resolve(root, function, path),
                            timeout=timeout, verify=not bypass_cert_validation, auth=auth,
                            redirect_policy=redirect_policy.upper(), cookie_policy=cookie_policy.upper(),
                            version=version.upper(), limit=ctx.gateway.time_limit)


def openURL(url, useApplet=False) -> None:
    """Open ``url`` in the client machine's browser (manual, ``system.net.openURL``; Vision
    client): recorded on the session's screen as ``("openURL", url)``."""
    ctx = require_client("net", "openURL")
    if not isinstance(url, str) or not url:
        raise TypeError("openURL(): url must be a non-empty string")
    ui(ctx.session).show(ctx, "openURL", url)


# -- e-mail ------------------------------------------------------------------------------------

def sendEmail(smtp=None, fromAddr="", subject=None, body=None, html=None, to=None, attachmentNames=None,
              attachmentData=None, timeout=300000, username=None, password=None, priority="3",
              smtpProfile=None, cc=None, bcc=None, retries=0, replyTo=None) -> None:
    """Send an e-mail through an SMTP server (manual, ``system.net.sendEmail``): ``smtp`` as
    "host", "host:port" or "host:port:tls", or a gateway ``smtpProfile`` (which then supplies the
    server and credentials). ``html`` omitted: detected from the body. Only servers configured
    in ``_gateway/gateway.json`` (``"smtp"``) are reached; a failed send raises an IOError."""
    send_email(current().gateway, smtp=smtp, fromAddr=fromAddr, subject=subject, body=body, html=html,
               to=to, attachmentNames=attachmentNames, attachmentData=attachmentData, timeout=timeout,
               username=username, password=password, priority=priority, smtpProfile=smtpProfile,
               cc=cc, bcc=bcc, retries=retries, replyTo=replyTo)
