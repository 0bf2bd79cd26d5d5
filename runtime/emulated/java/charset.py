"""java.nio.charset for Jython scripts: ``Charset`` and ``StandardCharsets``.

Real code names the charset of ``String.getBytes``/``String(bytes, cs)``, readers and
``URLEncoder`` with ``StandardCharsets.UTF_8`` (Java 7+) or ``Charset.forName("UTF-8")``; both
work wherever a charset name does (``runtime.emulated.java._charset``). ``Charset.encode``/
``decode`` hand out ``java.nio.ByteBuffer`` s, which shim does not emulate.
"""
from __future__ import annotations

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._charset import (Charset, IllegalCharsetNameException,
                                            UnsupportedCharsetException, _made)
from runtime.emulated.java._jclass import JavaObject as _JavaObject

__all__ = ["Charset", "IllegalCharsetNameException", "StandardCharsets", "UnsupportedCharsetException"]

__getattr__ = _missing("java.nio.charset")


class StandardCharsets(_JavaObject):
    """java.nio.charset.StandardCharsets: the six charsets every Java platform has."""

    __slots__ = ()
    __module__ = "java.nio.charset"

    def __init__(self) -> None:
        raise TypeError("java.nio.charset.StandardCharsets(): no public constructor")

    US_ASCII = _made("US-ASCII")
    ISO_8859_1 = _made("ISO-8859-1")
    UTF_8 = _made("UTF-8")
    UTF_16BE = _made("UTF-16BE")
    UTF_16LE = _made("UTF-16LE")
    UTF_16 = _made("UTF-16")
