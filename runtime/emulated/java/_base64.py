"""java.util.Base64 (Java 8+): the basic, URL-safe and MIME encoders and decoders.

Real Ignition code builds ``Authorization: Basic`` headers for ``system.net.httpClient`` and moves
images and files as text with it: ``Base64.getEncoder().encodeToString(String(s).getBytes("UTF-8"))``,
``String(Base64.getDecoder().decode(text), "UTF-8")``. Python's ``base64`` module is lenient where
Java is strict, so decoding follows ``java.util.Base64.Decoder.decode0`` step by step (OpenJDK 17,
the JVM of Ignition 8.1), with its exception messages: "Illegal base64 character 5f", "Input byte
array has wrong 4-byte ending unit", "Last unit does not have enough valid bits". The MIME decoder
skips every character outside the alphabet; the MIME encoder breaks lines every 76 characters (or
the given length rounded down to a multiple of 4) with CRLF (or the given separator). As in Jython,
``encodeToString`` gives ``unicode`` and ``encode``/``decode`` a ``byte[]`` (``array('b', ...)``).
"""
from __future__ import annotations

import base64 as _b64
from typing import Any

from runtime.emulated.java._jbytes import byte_array, bytes_arg
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._throwables import IllegalArgumentException, NullPointerException
from runtime.emulated.stdlib.jarray_ import PyArray

_BASIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_URL = _BASIC[:62] + "-_"
_PAD = -2


def _table(alphabet: str) -> tuple[int, ...]:
    """Java's ``fromBase64``: byte -> sextet, -2 for ``=``, -1 for every other byte."""
    table = [-1] * 256
    for index, char in enumerate(alphabet):
        table[ord(char)] = index
    table[ord("=")] = _PAD
    return tuple(table)


_FROM_BASIC, _FROM_URL = _table(_BASIC), _table(_URL)
_MIME_LINE = 76


def _hex_of_byte(value: int) -> str:
    """``Integer.toString(b, 16)`` of a signed Java byte: 0x5f is "5f", 0xe9 is "-17"."""
    signed = value - 256 if value > 127 else value
    return ("-%x" % -signed) if signed < 0 else "%x" % signed


class Base64Encoder(JavaObject):
    """java.util.Base64.Encoder: ``encode``, ``encodeToString``, ``withoutPadding``."""

    __slots__ = ("_url", "_line", "_separator", "_pad")
    __module__ = "java.util"
    __qualname__ = "Base64$Encoder"

    def __init__(self, *args: Any) -> None:
        raise TypeError("No visible constructors for class (java.util.Base64$Encoder)")

    @classmethod
    def _made(cls, url: bool, line: int, separator: bytes, pad: bool = True) -> "Base64Encoder":
        """The only way to one (Java's constructor is private): ``Base64``'s factories."""
        encoder = object.__new__(cls)
        encoder._url, encoder._line, encoder._separator, encoder._pad = url, line, separator, pad
        return encoder

    def _encoded(self, src: Any, method: str) -> bytes:
        data = bytes_arg(src, method, 'Cannot read the array length because "src" is null')
        out = (_b64.urlsafe_b64encode if self._url else _b64.b64encode)(data)
        if not self._pad:
            out = out.rstrip(b"=")
        if self._line > 0 and len(out) > self._line:
            out = self._separator.join(out[i:i + self._line] for i in range(0, len(out), self._line))
        return out

    def encode(self, src: Any) -> PyArray:
        return byte_array(self._encoded(src, "encode"))

    def encodeToString(self, src: Any) -> str:
        return self._encoded(src, "encodeToString").decode("latin-1")

    def withoutPadding(self) -> "Base64Encoder":
        return Base64Encoder._made(self._url, self._line, self._separator, False)


class Base64Decoder(JavaObject):
    """java.util.Base64.Decoder: ``decode`` of a ``String`` or a ``byte[]``, Java's strictness kept."""

    __slots__ = ("_table", "_mime")
    __module__ = "java.util"
    __qualname__ = "Base64$Decoder"

    def __init__(self, *args: Any) -> None:
        raise TypeError("No visible constructors for class (java.util.Base64$Decoder)")

    @classmethod
    def _made(cls, table: tuple[int, ...], mime: bool) -> "Base64Decoder":
        decoder = object.__new__(cls)
        decoder._table, decoder._mime = table, mime
        return decoder

    def decode(self, src: Any) -> PyArray:
        if src is None:
            raise NullPointerException('Cannot invoke "String.getBytes(java.nio.charset.Charset)" '
                                       'because "src" is null')
        return byte_array(self._decoded(bytes_arg(src, "decode")))

    def _decoded(self, src: bytes) -> bytes:
        """OpenJDK's ``decode0``, one byte at a time, with its checks and their order."""
        if not src:
            return b""
        if len(src) < 2 and not self._mime:
            raise IllegalArgumentException("Input byte[] should at least have 2 bytes for base64 bytes")
        table, mime, out = self._table, self._mime, bytearray()
        bits, shift, pos, end = 0, 18, 0, len(src)
        while pos < end:
            value = table[src[pos]]
            pos += 1
            if value < 0:
                if value == _PAD:
                    if shift == 18 or (shift == 6 and (pos == end or src[pos] != 0x3D)):
                        raise IllegalArgumentException("Input byte array has wrong 4-byte ending unit")
                    if shift == 6:
                        pos += 1
                    break
                if mime:
                    continue
                raise IllegalArgumentException("Illegal base64 character " + _hex_of_byte(src[pos - 1]))
            bits |= value << shift
            shift -= 6
            if shift < 0:
                out += bytes(((bits >> 16) & 0xFF, (bits >> 8) & 0xFF, bits & 0xFF))
                bits, shift = 0, 18
        if shift == 6:
            out.append((bits >> 16) & 0xFF)
        elif shift == 0:
            out += bytes(((bits >> 16) & 0xFF, (bits >> 8) & 0xFF))
        elif shift == 12:
            raise IllegalArgumentException("Last unit does not have enough valid bits")
        while pos < end:  # after the padding: only what MIME skips may follow
            if not (mime and table[src[pos]] < 0):
                raise IllegalArgumentException("Input byte array has incorrect ending byte at %d"
                                               % (pos + 1 if mime else pos))
            pos += 1
        return bytes(out)


class Base64(JavaObject):
    """java.util.Base64: only its static factories (Java gives it no public constructor)."""

    __slots__ = ()
    __module__ = "java.util"

    def __new__(cls, *args: Any) -> "Base64":
        raise TypeError("No visible constructors for class (java.util.Base64)")

    Encoder = Base64Encoder
    Decoder = Base64Decoder

    @staticmethod
    def getEncoder() -> Base64Encoder:
        return _ENCODER

    @staticmethod
    def getUrlEncoder() -> Base64Encoder:
        return _URL_ENCODER

    @staticmethod
    def getMimeEncoder(lineLength: Any = None, lineSeparator: Any = None) -> Base64Encoder:
        """``getMimeEncoder()`` (76 characters, CRLF) or ``(lineLength, lineSeparator)``: the length
        rounded down to a multiple of 4 (none at all below 4); a separator holding a character of
        the alphabet or ``=`` is an IllegalArgumentException, as in Java."""
        if lineLength is None:
            return _MIME_ENCODER
        separator = bytes_arg(lineSeparator, "getMimeEncoder")
        for byte in separator:
            if _FROM_BASIC[byte] != -1:
                raise IllegalArgumentException(
                    "Illegal base64 line separator character 0x" + _hex_of_byte(byte))
        line = int(lineLength) & ~3
        return _ENCODER if line <= 0 else Base64Encoder._made(False, line, separator)

    @staticmethod
    def getDecoder() -> Base64Decoder:
        return _DECODER

    @staticmethod
    def getUrlDecoder() -> Base64Decoder:
        return _URL_DECODER

    @staticmethod
    def getMimeDecoder() -> Base64Decoder:
        return _MIME_DECODER


_ENCODER = Base64Encoder._made(False, 0, b"")
_URL_ENCODER = Base64Encoder._made(True, 0, b"")
_MIME_ENCODER = Base64Encoder._made(False, _MIME_LINE, b"\r\n")
_DECODER = Base64Decoder._made(_FROM_BASIC, False)
_URL_DECODER = Base64Decoder._made(_FROM_URL, False)
_MIME_DECODER = Base64Decoder._made(_FROM_BASIC, True)
