"""java.net for Jython scripts: ``URL`` parsing, ``URLEncoder``/``URLDecoder`` and ``InetAddress``
with safe answers; no connection ever leaves from here.

``URL`` splits a URL exactly as Java 17 does (checked against the real ``jython``: ``getHost``,
``getPort`` -1 when none is given, ``getPath``, ``getQuery``, ``getFile``, ``getRef``,
``getAuthority``, relative URLs against a context URL); ``openConnection``/``openStream`` are
refused with the way to do it instead, ``system.net.httpGet``/``httpPost``/``httpClient``, which
follow the gateway's HTTP allow-list. ``InetAddress.getByName`` takes IP literals and
``localhost``; ``getLocalHost`` is the gateway's (or the Vision client's) configured identity,
as ``system.net.getHostName``/``getIpAddress`` report it; any other name is an
``UnknownHostException``: shim does not look names up on the network.
"""

from typing import Any as _Any, NoReturn as _NoReturn
from urllib.parse import urljoin as _urljoin

from runtime.core.context import current as _current
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaClass as _JavaClass, JavaObject as _JavaObject
from runtime.emulated.java._charset import charset_of as _charset_of, decode as _decode, encode as _encode
from runtime.emulated.java._throwables import (IllegalArgumentException as _IAE, IOException as _IOException,
                                               SandboxRefusal as _SandboxRefusal, _declare)
from runtime.emulated.stdlib import _host

__all__ = ["InetAddress", "MalformedURLException", "URL", "URLDecoder", "URLEncoder",
           "UnknownHostException"]

__getattr__ = _missing("java.net")

MalformedURLException = _declare("MalformedURLException", _IOException, "java.net")
UnknownHostException = _declare("UnknownHostException", _IOException, "java.net")

_DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}
_PROTOCOLS = frozenset({"http", "https", "ftp", "file", "jar", "mailto"})
_NO_NET = ("is refused by shim's sandbox: use system.net.httpGet/httpPost or system.net.httpClient, "
           "which follow the gateway's HTTP allow-list")


class URL(_JavaObject):
    """java.net.URL: ``URL(spec)``, ``URL(context, spec)``, ``URL(protocol, host[, port], file)``."""

    __slots__ = ("_protocol", "_user", "_host", "_port", "_path", "_query", "_ref", "_authority")
    __module__ = "java.net"

    def __init__(self, *args: _Any) -> None:
        if len(args) == 1:
            spec = _text(args[0])
        elif len(args) == 2:
            context, spec = args
            spec = _urljoin(context.toString(), _text(spec)) if isinstance(context, URL) else _text(spec)
        elif len(args) in (3, 4):
            protocol, host, *rest = args
            port, file = (rest if len(rest) == 2 else (-1, rest[0]))
            spec = "%s://%s%s%s" % (protocol, host, "" if port == -1 else ":%d" % port, file)
        else:
            raise TypeError("URL(): expected (spec), (context, spec) or (protocol, host[, port], file)")
        self._parse(spec)

    def _parse(self, spec: str) -> None:
        scheme, colon, rest = spec.strip().partition(":")
        if not colon or not scheme or not scheme.replace("+", "").replace(".", "").replace("-", "").isalnum():
            raise MalformedURLException("no protocol: %s" % spec)
        protocol = scheme.lower()
        if protocol not in _PROTOCOLS:
            raise MalformedURLException("unknown protocol: %s" % protocol)
        rest, _, ref = rest.partition("#")
        authority = None
        if rest.startswith("//"):
            end = min((i for i in (rest.find(c, 2) for c in "/?") if i >= 0), default=len(rest))
            authority, rest = rest[2:end], rest[end:]
        path, question, query = rest.partition("?")
        user, host, port = None, "", -1
        if authority is not None:
            user, at, hostport = authority.rpartition("@")
            user = user if at else None
            host, colon, number = hostport.partition(":")
            if colon and number:
                if not number.isdigit():
                    raise MalformedURLException('Error at index 0 in: "%s"' % number)
                port = int(number)
        self._protocol, self._user, self._host, self._port = protocol, user, host, port
        self._path, self._query, self._ref = path, (query if question else None), (ref if "#" in spec else None)
        self._authority = authority

    def getProtocol(self) -> str:
        return self._protocol

    def getHost(self) -> str:
        return self._host

    def getPort(self) -> int:
        return self._port

    def getDefaultPort(self) -> int:
        return _DEFAULT_PORTS.get(self._protocol, -1)

    def getPath(self) -> str:
        return self._path

    def getQuery(self) -> "str | None":
        return self._query

    def getFile(self) -> str:
        return self._path + ("" if self._query is None else "?" + self._query)

    def getRef(self) -> "str | None":
        return self._ref

    def getAuthority(self) -> "str | None":
        return self._authority

    def getUserInfo(self) -> "str | None":
        return self._user

    def toExternalForm(self) -> str:
        authority = "" if self._authority is None else "//" + self._authority
        return "%s:%s%s%s" % (self._protocol, authority, self.getFile(),
                              "" if self._ref is None else "#" + self._ref)

    def toString(self) -> str:
        return self.toExternalForm()

    def equals(self, other: object) -> bool:
        return isinstance(other, URL) and other.toExternalForm() == self.toExternalForm()

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return hash(self.toExternalForm())

    def openConnection(self, *proxy: _Any) -> _NoReturn:
        raise _SandboxRefusal("java.net.URL.openConnection %s" % _NO_NET)

    def openStream(self) -> _NoReturn:
        raise _SandboxRefusal("java.net.URL.openStream %s" % _NO_NET)

    def getContent(self, *classes: _Any) -> _NoReturn:
        raise _SandboxRefusal("java.net.URL.getContent %s" % _NO_NET)

    protocol = property(getProtocol)
    host = property(getHost)
    port = property(getPort)
    path = property(getPath)
    query = property(getQuery)
    file = property(getFile)
    ref = property(getRef)


def _text(value: _Any) -> str:
    if value is None:
        raise MalformedURLException("null")
    return str(value)


_SAFE = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-*_")


class URLEncoder(metaclass=_JavaClass):
    """java.net.URLEncoder: ``encode(s, "UTF-8")`` as HTML forms encode (space -> ``+``)."""

    __module__ = "java.net"

    @staticmethod
    def encode(s: _Any, enc: _Any = "UTF-8") -> str:
        out = []
        for byte in _encode(str(s), enc):
            out.append(chr(byte) if byte in _SAFE else "+" if byte == 32 else "%%%02X" % byte)
        return "".join(out)


class URLDecoder(metaclass=_JavaClass):
    """java.net.URLDecoder: ``decode(s, "UTF-8")``; a bad ``%`` escape is Java's
    IllegalArgumentException."""

    __module__ = "java.net"

    @staticmethod
    def decode(s: _Any, enc: _Any = "UTF-8") -> str:
        text, charset = str(s), _charset_of(enc)
        out: list[str] = []
        pending = bytearray()
        i = 0
        while i < len(text):
            char = text[i]
            if char == "%":
                if i + 3 > len(text):
                    raise _IAE("URLDecoder: Incomplete trailing escape (%) pattern")
                pair = text[i + 1:i + 3]
                try:
                    pending.append(int(pair, 16))
                except ValueError:
                    raise _IAE('URLDecoder: Illegal hex characters in escape (%%) pattern - Error at '
                               'index 0 in: "%s"' % pair) from None
                i += 3
                continue
            if pending:
                out.append(_decode(bytes(pending), charset))
                pending.clear()
            out.append(" " if char == "+" else char)
            i += 1
        if pending:
            out.append(_decode(bytes(pending), charset))
        return "".join(out)


class InetAddress(_JavaObject):
    """java.net.InetAddress for literals, ``localhost`` and the local host's configured identity."""

    __slots__ = ("_name", "_address")
    __module__ = "java.net"

    def __init__(self, name: "str | None", address: str) -> None:
        self._name, self._address = name, address

    @staticmethod
    def getByName(host: _Any) -> "InetAddress":
        if host is None or str(host) in ("", "localhost"):
            return InetAddress("localhost", "127.0.0.1")
        text = str(host)
        if _is_ipv4(text):
            return InetAddress(None, text)
        name, address = _local_identity()
        if text.lower() == name.lower():
            return InetAddress(name, address)
        raise UnknownHostException("%s: shim does not look up host names (the network is outside the sandbox)"
                                   % text)

    @staticmethod
    def getAllByName(host: _Any) -> list:
        return [InetAddress.getByName(host)]

    @staticmethod
    def getLocalHost() -> "InetAddress":
        return InetAddress(*_local_identity())

    @staticmethod
    def getLoopbackAddress() -> "InetAddress":
        return InetAddress("localhost", "127.0.0.1")

    def getHostAddress(self) -> str:
        return self._address

    def getHostName(self) -> str:
        return self._address if self._name is None else self._name

    def getCanonicalHostName(self) -> str:
        return self.getHostName()

    def isLoopbackAddress(self) -> bool:
        return self._address.startswith("127.")

    def toString(self) -> str:
        return "%s/%s" % (self._name or "", self._address)

    def equals(self, other: object) -> bool:
        return isinstance(other, InetAddress) and other._address == self._address

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return hash(self._address)

    hostAddress = property(getHostAddress)
    hostName = property(getHostName)


def _is_ipv4(text: str) -> bool:
    parts = text.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts)


def _local_identity() -> tuple:
    """(host name, address) of the machine the script runs on, as system.net reports it."""
    ctx = _current()
    if ctx.gateway is None:  # a plain script (a test, the console without a gateway)
        return ("localhost", "127.0.0.1")
    return tuple(_host.hook("host_of")(ctx))
