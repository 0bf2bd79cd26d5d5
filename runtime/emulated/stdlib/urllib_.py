"""``urllib``, ``urllib2``, ``urlparse`` and ``httplib`` for scripts: quoting, encoding and URL
parsing as Python 2 offers them, the exception classes and status codes scripts catch or
compare. Opening URLs is refused with one line: scripts reach HTTP through ``system.net``
(``httpGet``/``httpPost``/``httpClient``), which follows the gateway's HTTP policy."""
from __future__ import annotations

import http.client as _http
import urllib.error as _error
import urllib.parse as _parse
import urllib.request as _request
from typing import Any, NoReturn

quote = _parse.quote
quote_plus = _parse.quote_plus
unquote = _parse.unquote
unquote_plus = _parse.unquote_plus
pathname2url = _request.pathname2url
url2pathname = _request.url2pathname

urlparse = _parse.urlparse
urlunparse = _parse.urlunparse
urlsplit = _parse.urlsplit
urlunsplit = _parse.urlunsplit
urljoin = _parse.urljoin
urldefrag = _parse.urldefrag
parse_qs = _parse.parse_qs
parse_qsl = _parse.parse_qsl

URLError = _error.URLError
HTTPError = _error.HTTPError
HTTPException = _http.HTTPException
responses = dict(_http.responses)


def urlencode(query: Any, doseq: int = 0) -> str:
    """Python 2's ``urllib.urlencode``: values through ``str``, lists expanded with ``doseq``."""
    return _parse.urlencode(query, doseq=bool(doseq))


def refused(qualname: str) -> Any:
    def call(*args: Any, **kwargs: Any) -> NoReturn:
        raise IOError("%s is not available in the sandbox: use system.net.httpGet/httpPost "
                      "(or system.net.httpClient), which follow the gateway's HTTP policy" % qualname)
    call.__name__ = qualname.rpartition(".")[2]
    return call
