"""Python 2's ``codecs`` for scripts, on the script's byte strings (``str`` holding chars 0-255)
and ``unicode``, as Jython 2.7 gives them: ``encode``/``decode`` (``codecs.encode(u'caf\\xe9',
'utf-8')`` is ``'caf\\xc3\\xa9'``, the ``hex``/``base64``/``string_escape`` codecs too),
``lookup`` (a ``CodecInfo`` naming the codec, ``LookupError: unknown encoding: x``),
``getencoder``/``getdecoder`` (functions answering ``(result, length consumed)``), the ``BOM``
constants, and ``open`` with an encoding, which opens as the script's ``open()`` does: inside
the gateway's files folder only (``runtime.emulated.stdlib.fileio``), never the host's files.
The stream, incremental and registry parts (``register``, ``StreamReader`` ...) stay out: they
hand the host's codec machinery to scripts.
"""
from __future__ import annotations

import codecs as _codecs
from typing import Any, Callable, Iterator

from runtime.emulated.stdlib.fileio import open_ as _open
from runtime.scripts.legacy.py2types import py2_decode, py2_encode

#: Python 2 names that are not CPython 3 codecs but that ``str.encode`` knows (py2types)
_BYTE_CODEC_NAMES = {"hex": "hex", "hex_codec": "hex", "base64": "base64", "base64_codec": "base64",
                     "base_64": "base64", "string_escape": "string_escape", "string-escape": "string_escape"}


def encode(obj: Any, encoding: Any = "ascii", errors: Any = "strict") -> Any:
    """``codecs.encode(u'caf\\xe9', 'utf-8')``: the byte string, as ``unicode.encode`` gives it."""
    return py2_encode(obj, encoding, errors)


def decode(obj: Any, encoding: Any = "ascii", errors: Any = "strict") -> Any:
    """``codecs.decode('caf\\xc3\\xa9', 'utf-8')``: the ``unicode``, as ``str.decode`` gives it."""
    return py2_decode(obj, encoding, errors)


def _codec_name(encoding: Any) -> str:
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument 1 must be string, not %s" % type(encoding).__name__)
    special = _BYTE_CODEC_NAMES.get(encoding.lower())
    if special is not None:
        return special
    try:
        return _codecs.lookup(encoding).name
    except LookupError:
        raise LookupError("unknown encoding '%s'" % encoding) from None


class CodecInfo(tuple):
    """What ``codecs.lookup`` answers: ``name``, ``encode`` and ``decode`` (each giving
    ``(result, length consumed)``), and ``(encode, decode, None, None)`` as a tuple."""

    __slots__ = ()

    def __new__(cls, name: str) -> "CodecInfo":
        return tuple.__new__(cls, (getencoder(name), getdecoder(name), None, None))

    @property
    def name(self) -> str:
        return self.encode.codec

    @property
    def encode(self) -> Callable[..., tuple]:
        return self[0]

    @property
    def decode(self) -> Callable[..., tuple]:
        return self[1]

    def __repr__(self) -> str:
        return "<codecs.CodecInfo object for encoding %s at 0x%x>" % (self.name, id(self) & 0xFFFFFFFF)


class _Coder:
    """``codecs.getencoder('utf-8')``: called with the text (and errors), answers the result and
    how much of the input it consumed (all of it)."""

    __slots__ = ("codec", "_function")

    def __init__(self, codec: str, function: Callable[..., Any]) -> None:
        self.codec, self._function = codec, function

    def __call__(self, data: Any, errors: Any = "strict") -> tuple:
        return self._function(data, self.codec, errors), len(data)

    def __repr__(self) -> str:
        return "<built-in function %s>" % ("utf_8_encode" if self._function is py2_encode else "utf_8_decode")


def lookup(encoding: Any) -> CodecInfo:
    return CodecInfo(_codec_name(encoding))


def getencoder(encoding: Any) -> _Coder:
    return _Coder(_codec_name(encoding), py2_encode)


def getdecoder(encoding: Any) -> _Coder:
    return _Coder(_codec_name(encoding), py2_decode)


class _EncodedFile:
    """``codecs.open(name, 'r', 'utf-8')``: a file of the files folder whose reads give
    ``unicode`` and whose writes take it, encoded as ``encoding``."""

    __slots__ = ("_file", "encoding", "errors")

    def __init__(self, file: Any, encoding: str, errors: str) -> None:
        self._file, self.encoding, self.errors = file, encoding, errors

    def read(self, size: Any = -1) -> Any:
        return py2_decode(self._file.read() if size is None or size < 0 else self._file.read(size),
                          self.encoding, self.errors)

    def readlines(self, sizehint: Any = None) -> list:
        return self.read().splitlines(True)

    def readline(self, size: Any = None) -> Any:
        return py2_decode(self._file.readline(), self.encoding, self.errors)

    def __iter__(self) -> Iterator:
        return iter(self.readlines())

    def write(self, text: Any) -> None:
        self._file.write(py2_encode(text, self.encoding, self.errors))

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def close(self) -> None:
        self._file.close()

    @property
    def closed(self) -> bool:
        return self._file.closed

    @property
    def name(self) -> str:
        return self._file.name

    def __enter__(self) -> "_EncodedFile":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


def open(filename: Any, mode: Any = "rb", encoding: Any = None, errors: Any = "strict",
         buffering: Any = 1) -> Any:
    """``codecs.open('data/names.txt', 'r', 'utf-8')``: a file of the gateway's files folder
    (as ``open()``), reading and writing ``unicode``; without ``encoding``, the plain file."""
    if encoding is not None and "b" not in mode:
        mode += "b"  # as Python 2: the codec does the text
    file = _open(filename, mode, buffering)
    return file if encoding is None else _EncodedFile(file, _codec_name(encoding), errors)


def _byte_string(data: bytes) -> str:
    return data.decode("latin-1")


#: the byte order marks, as the script's byte strings; the unmarked ones are big-endian, the
#: JVM's byte order (Jython's ``codecs.BOM_UTF16`` is ``'\xfe\xff'``)
BOMS = {name: _byte_string(getattr(_codecs, name)) for name in (
    "BOM_UTF8", "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32_BE", "BOM_UTF32_LE")}
BOMS.update(BOM=BOMS["BOM_UTF16_BE"], BOM_BE=BOMS["BOM_UTF16_BE"], BOM_LE=BOMS["BOM_UTF16_LE"],
            BOM_UTF16=BOMS["BOM_UTF16_BE"], BOM_UTF32=BOMS["BOM_UTF32_BE"])

#: the module's members for the sandbox's ``codecs`` proxy
CODECS = {"encode": encode, "decode": decode, "lookup": lookup, "getencoder": getencoder,
          "getdecoder": getdecoder, "open": open, "CodecInfo": CodecInfo, **BOMS}
