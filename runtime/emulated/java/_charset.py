"""java.nio.charset.Charset and the text <-> ``byte[]`` conversions every Java API taking a charset
shares (``String.getBytes``, ``String(bytes, cs)``, ``InputStreamReader``, ``URLEncoder`` ...).

Checked with the real ``jython`` on OpenJDK 17: ``Charset.forName`` reads Java's canonical names
and aliases case-insensitively (``utf8`` is ``UTF-8``, ``latin1`` and ``ISO8859_1`` are
``ISO-8859-1``, ``Cp1252`` is ``windows-1252``); an unknown name is UnsupportedCharsetException,
a malformed one (empty, a space) IllegalCharsetNameException, None IllegalArgumentException "Null
charset name". The methods that take a charset *name* (``getBytes("bogus")``) throw
java.io.UnsupportedEncodingException naming it instead, and NullPointerException for None.
Encoding writes ``?`` for a character the charset cannot hold; decoding reads U+FFFD for bytes it
cannot; ``UTF-16`` writes a big-endian byte order mark (FE FF) and reads either mark, big-endian
without one, as Java's ``UTF-16`` does. Charsets outside the table below are looked up in
Python's codecs (``windows-1250``, ``ISO-8859-2``, ``Shift_JIS`` ...); their ``name()`` is the
canonical Java form of the codec's name.
"""
from __future__ import annotations

import codecs
import re
from typing import Any

from runtime.emulated.java._collections import HashSet
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._throwables import (IllegalArgumentException, NullPointerException,
                                               UnsupportedEncodingException, _declare)

UnsupportedCharsetException = _declare("UnsupportedCharsetException", IllegalArgumentException,
                                       "java.nio.charset")
IllegalCharsetNameException = _declare("IllegalCharsetNameException", IllegalArgumentException,
                                       "java.nio.charset")

#: Java's canonical name -> (Python codec, Java's aliases), as ``Charset.aliases()`` lists them.
_TABLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "UTF-8": ("utf-8", ("UTF8", "unicode-1-1-utf-8")),
    "US-ASCII": ("ascii", ("646", "ANSI_X3.4-1968", "ANSI_X3.4-1986", "ASCII", "IBM367", "ISO646-US",
                           "ISO_646.irv:1991", "ascii7", "cp367", "csASCII", "default", "iso-ir-6",
                           "iso_646.irv:1983", "us")),
    "ISO-8859-1": ("latin-1", ("819", "8859_1", "IBM-819", "IBM819", "ISO8859-1", "ISO8859_1",
                               "ISO_8859-1", "ISO_8859-1:1987", "ISO_8859_1", "cp819", "csISOLatin1",
                               "iso-ir-100", "l1", "latin1")),
    "UTF-16": ("utf-16", ("UTF_16", "UnicodeBig", "unicode", "utf16")),
    "UTF-16BE": ("utf-16-be", ("ISO-10646-UCS-2", "UTF_16BE", "UnicodeBigUnmarked", "X-UTF-16BE")),
    "UTF-16LE": ("utf-16-le", ("UTF_16LE", "UnicodeLittleUnmarked", "X-UTF-16LE")),
    "windows-1252": ("cp1252", ("cp1252", "cp5348", "ibm-1252", "ibm1252")),
}
_BY_NAME = {alias.upper(): name for name, (_, aliases) in _TABLE.items() for alias in (name, *aliases)}
#: codecs Python has and Java has not
_PYTHON_ONLY = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined",
                          "utf-7", "utf-8-sig", "mbcs", "oem", "charmap", "palmos"})
#: Java's spelling of the Python codec names that differ by more than case
_JAVA_SPELLING = {"shift_jis": "Shift_JIS", "euc_jp": "EUC-JP", "euc_kr": "EUC-KR", "big5": "Big5",
                  "gb2312": "GB2312", "utf-32-be": "UTF-32BE", "utf-32-le": "UTF-32LE"}
_LEGAL = re.compile(r"[A-Za-z0-9][A-Za-z0-9.:_+-]*\Z")


class Charset(JavaObject):
    """java.nio.charset.Charset: ``forName``, ``isSupported``, ``defaultCharset``, ``name``,
    ``displayName``, ``aliases``; equal (and hashed) by canonical name, as Java's."""

    __slots__ = ("_name", "_codec", "_aliases")
    __module__ = "java.nio.charset"

    def __init__(self, canonicalName: Any, aliases: Any = None) -> None:
        raise TypeError("java.nio.charset.Charset(): no public constructor; use Charset.forName(name)")

    @staticmethod
    def forName(charsetName: Any) -> "Charset":
        if charsetName is None:
            raise IllegalArgumentException("Null charset name")
        found = _lookup(str(charsetName))
        if found is None:
            raise (UnsupportedCharsetException if _LEGAL.match(str(charsetName))
                   else IllegalCharsetNameException)(str(charsetName))
        return found

    @staticmethod
    def isSupported(charsetName: Any) -> bool:
        if charsetName is None:
            raise IllegalArgumentException("Null charset name")
        if not _LEGAL.match(str(charsetName)):
            raise IllegalCharsetNameException(str(charsetName))
        return _lookup(str(charsetName)) is not None

    @staticmethod
    def defaultCharset() -> "Charset":
        """UTF-8: Java 17's default on a Linux gateway (and Java 18+'s everywhere)."""
        return _made("UTF-8")

    def name(self) -> str:
        return self._name

    def displayName(self, locale: Any = None) -> str:
        return self._name

    def aliases(self) -> HashSet:
        return HashSet(list(self._aliases))

    def canEncode(self) -> bool:
        return True

    def isRegistered(self) -> bool:
        return True

    def compareTo(self, other: "Charset") -> int:
        mine, theirs = self._name.lower(), str(other.name()).lower()
        return (mine > theirs) - (mine < theirs)

    def toString(self) -> str:
        return self._name

    def hashCode(self) -> int:
        return hash(self._name) & 0x7FFFFFFF

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Charset) and other._name == self._name

    def __hash__(self) -> int:
        return hash(self._name)


_MADE: dict[str, Charset] = {}


def _made(name: str) -> Charset:
    """The one Charset named ``name`` (Java hands out the same object for every alias)."""
    if name in _MADE:
        return _MADE[name]
    made = _MADE[name] = object.__new__(Charset)
    made._name = name
    made._codec, made._aliases = _TABLE[name] if name in _TABLE else (_python_codec(name), ())
    return made


def _python_codec(name: str) -> str:
    return codecs.lookup(name).name


def _lookup(name: str) -> Charset | None:
    """The charset Java names ``name``, or None."""
    if not _LEGAL.match(name):
        return None
    known = _BY_NAME.get(name.upper())
    if known is not None:
        return _made(known)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not info._is_text_encoding or info.name in _PYTHON_ONLY:  # type: ignore[attr-defined]
        return None
    return _made(_java_name(info.name))


def _java_name(codec: str) -> str:
    """Java's canonical name for Python's codec ``codec`` (``cp1250`` is ``windows-1250``)."""
    if codec in _JAVA_SPELLING:
        return _JAVA_SPELLING[codec]
    if re.fullmatch(r"cp125\d", codec):
        return "windows-" + codec[2:]
    if codec.startswith("iso8859-"):
        return "ISO-8859-" + codec[8:]
    return codec.upper()


def charset_of(value: Any) -> Charset:
    """The charset a Java method taking a ``String charsetName`` or a ``Charset`` means by
    ``value``: an unknown name is java.io.UnsupportedEncodingException naming it, None a
    NullPointerException (``String.getBytes``, ``String(bytes, name)``, ``URLEncoder.encode``)."""
    if isinstance(value, Charset):
        return value
    if value is None:
        raise NullPointerException()
    found = _lookup(str(value))
    if found is None:
        raise UnsupportedEncodingException(str(value))
    return found


def encode(text: str, charset: Any) -> bytes:
    """``text`` in ``charset`` as Java writes it: ``?`` for what it cannot hold, UTF-16 big-endian
    after a byte order mark."""
    codec = charset_of(charset)._codec
    if codec == "utf-16":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be", "replace")
    return text.encode(codec, "replace")


def decode(raw: bytes, charset: Any) -> str:
    """``raw`` read in ``charset`` as Java reads it: U+FFFD for what it cannot read; UTF-16
    follows a byte order mark and is big-endian without one."""
    codec = charset_of(charset)._codec
    if codec == "utf-16":
        if raw[:2] in (codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE):
            return raw.decode("utf-16", "replace")
        codec = "utf-16-be"
    return raw.decode(codec, "replace")
