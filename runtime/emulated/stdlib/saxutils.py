"""``xml.sax.saxutils``' text helpers, what scripts use of ``xml.sax`` to build XML by hand:
``escape``, ``unescape`` and ``quoteattr`` (pure string functions; no parser, no handlers)."""
from __future__ import annotations

from xml.sax import saxutils as _saxutils

escape = _saxutils.escape
unescape = _saxutils.unescape
quoteattr = _saxutils.quoteattr
