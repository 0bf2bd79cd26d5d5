"""Python 2's ``str``-is-bytes for the modules that take and give bytes: hashlib (and the old
``md5``, ``sha``, ``hmac``), base64,
struct, binascii and zlib, as Jython 2.7 answers; and for the ``str`` methods that know letters,
case and whitespace (:func:`bytes_method`).

A script's ``str`` is a Python 3 ``str`` of characters 0-255 (see ``py2types``); these modules
want ``bytes``. Each function here takes the script's strings (``unicode`` is encoded as ASCII,
as Python 2's implicit conversion does), calls the real module, and hands back the script's
``str``. Checksums are signed 32-bit as in Jython (``zlib.crc32('The quick brown fox')`` is
``-1220184866``); ``struct`` gives ``long`` for the unsigned and 64-bit codes, as Jython does.
``zlib.decompress`` stops at a size limit rather than inflating a bomb into the gateway's memory.
"""
from __future__ import annotations

import base64 as _base64
import binascii as _binascii
import hashlib as _hashlib
import hmac as _hmac
import struct as _struct
import zlib as _zlib
from typing import Any, Callable

from runtime.scripts.legacy.py2types import STR_METHODS, as_long, unicode
from runtime.scripts.legacy.semantics import BYTE_TEXT_METHODS

#: the most bytes ``zlib.decompress`` inflates for a script (a larger result is a MemoryError)
MAX_INFLATED = 64 * 1024 * 1024


def to_bytes(text: Any) -> bytes:
    """A script's string as bytes: ``str`` holds characters 0-255, ``unicode`` must be ASCII."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    if isinstance(text, unicode):
        return text.encode("ascii")
    if isinstance(text, str):
        try:
            return text.encode("latin-1")
        except UnicodeEncodeError:
            return text.encode("utf-8")
    raise TypeError(f"must be string or buffer, not {type(text).__name__}")


def to_str(data: bytes) -> str:
    """Bytes as the script's ``str`` (one character per byte)."""
    return data.decode("latin-1")


def bytes_method(text: Any, name: str, *args: Any) -> Any:
    """``text.name(*args)`` with Python 2's byte-string rules when ``text`` is a script's ``str``:
    ``u'caf\xe9'.encode('utf-8').lower()`` keeps its UTF-8 bytes, ``'\xe9'.isalpha()`` is False.
    A ``unicode`` or any other receiver calls its own method. ``name`` is one of
    ``semantics.BYTE_TEXT_METHODS`` (the compiler's constant), never a script's string."""
    if name not in BYTE_TEXT_METHODS:
        raise ValueError(f"{name!r} is not a byte-string text method")
    data = None
    if text.__class__ is str and not text.isascii():
        try:
            data = text.encode("latin-1")
        except UnicodeEncodeError:  # characters past 255 (a literal shim keeps as text)
            pass
    if data is None or (args and name != "splitlines"):  # a separator given: no whitespace rule
        return getattr(text, name)(*args)
    result = getattr(bytes, name)(data, *args)
    if type(result) is bytes:
        return result.decode("latin-1")
    if type(result) is list:
        return [part.decode("latin-1") for part in result]
    return result


def _unbound(name: str) -> Callable:
    def method(text: Any, *args: Any) -> Any:
        return bytes_method(text, name, *args)

    method.__name__ = method.__qualname__ = name
    return method


STR_METHODS.update((name, _unbound(name)) for name in BYTE_TEXT_METHODS)


def _signed32(value: int) -> int:
    return value - (1 << 32) if value >= 1 << 31 else value


# -- hashlib ----------------------------------------------------------------------------------

class _Hash:
    """A hash object whose ``digest()`` is a ``str`` and whose ``update`` takes one."""

    __slots__ = ("_h",)

    def __init__(self, h: Any) -> None:
        self._h = h

    name = property(lambda self: self._h.name)
    digest_size = property(lambda self: self._h.digest_size)
    block_size = property(lambda self: self._h.block_size)
    digestsize = digest_size

    def update(self, data: Any) -> None:
        self._h.update(to_bytes(data))

    def digest(self) -> str:
        return to_str(self._h.digest())

    def hexdigest(self) -> str:
        return self._h.hexdigest()

    def copy(self) -> "_Hash":
        twin = object.__new__(type(self))
        twin._h = self._h.copy()
        return twin


def _hasher(name: str) -> Callable[..., _Hash]:
    def make(data: Any = "") -> _Hash:
        return _Hash(_hashlib.new(name, to_bytes(data)))
    make.__name__ = name
    return make


def _hash_new(name: str, data: Any = "") -> _Hash:
    return _Hash(_hashlib.new(str(name).lower(), to_bytes(data)))


HASHLIB = {name: _hasher(name) for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")}
HASHLIB["new"] = _hash_new
HASHLIB["algorithms"] = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")

#: Python 2's ``md5`` and ``sha`` modules, old code's spelling of ``hashlib.md5``/``sha1``
MD5 = {"new": HASHLIB["md5"], "md5": HASHLIB["md5"], "digest_size": 16, "blocksize": 1}
SHA = {"new": HASHLIB["sha1"], "sha": HASHLIB["sha1"], "digest_size": 20, "digestsize": 20,
       "blocksize": 1}


class _Hmac(_Hash):
    """Python 2's ``hmac.HMAC``: key, message and ``digest()`` are the script's ``str``."""

    __slots__ = ()

    def __init__(self, key: Any, msg: Any = None, digestmod: Any = None) -> None:
        super().__init__(_hmac.new(to_bytes(key), None, _digest_name(digestmod)))
        if msg is not None:
            self.update(msg)


def _digest_name(digestmod: Any) -> str:
    """The hash a Python 2 ``digestmod`` names: md5 when omitted, else a module with ``new``
    (``md5``, ``sha``) or a constructor (``hashlib.sha256``), as Python 2.7's hmac takes."""
    if digestmod is None:
        return "md5"
    made = digestmod.new() if hasattr(digestmod, "new") else digestmod()
    if not isinstance(made, _Hash):
        raise TypeError("digestmod must be a hashlib constructor or a module with new()")
    return made.name


HMAC_MODULE = {"new": _Hmac, "HMAC": _Hmac}


# -- base64 and binascii ------------------------------------------------------------------------

def _bytes_in_out(function: Callable[..., bytes]) -> Callable[..., str]:
    """``function`` with the script's strings in (every positional argument that is one) and out."""
    def call(*args: Any, **kwargs: Any) -> str:
        return to_str(function(*(to_bytes(a) if isinstance(a, (str, bytes)) else a for a in args), **kwargs))
    call.__name__ = function.__name__
    call.__doc__ = function.__doc__
    return call


BASE64 = {name: _bytes_in_out(getattr(_base64, name)) for name in (
    "b16decode", "b16encode", "b32decode", "b32encode", "b64decode", "b64encode",
    "standard_b64decode", "standard_b64encode", "urlsafe_b64decode", "urlsafe_b64encode")}
BASE64["encodestring"] = BASE64["encodebytes"] = _bytes_in_out(_base64.encodebytes)
BASE64["decodestring"] = BASE64["decodebytes"] = _bytes_in_out(_base64.decodebytes)

BINASCII = {name: _bytes_in_out(getattr(_binascii, name)) for name in (
    "a2b_base64", "a2b_hex", "a2b_qp", "b2a_base64", "b2a_hex", "b2a_qp", "hexlify", "unhexlify")}
BINASCII["crc32"] = lambda data, value=0: _signed32(_binascii.crc32(to_bytes(data), value & 0xFFFFFFFF))
BINASCII["crc_hqx"] = lambda data, value: _binascii.crc_hqx(to_bytes(data), value)
BINASCII["Error"] = _binascii.Error
BINASCII["Incomplete"] = _binascii.Incomplete


# -- struct -------------------------------------------------------------------------------------

_LONG_CODES = frozenset("ILqQ")


def _codes(fmt: str) -> list[str]:
    """The value codes of a struct format, one per value it packs (``'2s'`` is one value)."""
    codes, count = [], ""
    for ch in fmt.lstrip("@=<>!"):
        if ch.isdigit():
            count += ch
            continue
        if ch in "sp":
            codes.append(ch)
        elif ch != "x" and not ch.isspace():
            codes.extend(ch * int(count or 1))
        count = ""
    return codes


def _script_values(fmt: str, values: tuple) -> tuple:
    return tuple(to_str(v) if isinstance(v, bytes) else as_long(v) if code in _LONG_CODES else v
                 for code, v in zip(_codes(fmt), values))


def _pack(fmt: Any, *values: Any) -> str:
    return to_str(_struct.pack(str(fmt), *(to_bytes(v) if isinstance(v, str) else v for v in values)))


def _unpack(fmt: Any, data: Any) -> tuple:
    return _script_values(str(fmt), _struct.unpack(str(fmt), to_bytes(data)))


def _unpack_from(fmt: Any, data: Any, offset: int = 0) -> tuple:
    return _script_values(str(fmt), _struct.unpack_from(str(fmt), to_bytes(data), offset))


STRUCT = {"pack": _pack, "unpack": _unpack, "unpack_from": _unpack_from,
          "calcsize": lambda fmt: _struct.calcsize(str(fmt)), "error": _struct.error}


# -- zlib ---------------------------------------------------------------------------------------

def _decompress(data: Any, wbits: int = _zlib.MAX_WBITS, bufsize: int = 16384) -> str:
    inflater = _zlib.decompressobj(wbits)
    out = inflater.decompress(to_bytes(data), MAX_INFLATED)
    if inflater.unconsumed_tail:
        raise MemoryError(f"zlib.decompress: the data inflates past {MAX_INFLATED // (1024 * 1024)} MB")
    return to_str(out + inflater.flush())


ZLIB = {
    "compress": lambda data, level=-1: to_str(_zlib.compress(to_bytes(data), level)),
    "decompress": _decompress,
    "crc32": lambda data, value=0: _signed32(_zlib.crc32(to_bytes(data), value & 0xFFFFFFFF)),
    "adler32": lambda data, value=1: _signed32(_zlib.adler32(to_bytes(data), value & 0xFFFFFFFF)),
    "error": _zlib.error, "MAX_WBITS": _zlib.MAX_WBITS, "DEFLATED": _zlib.DEFLATED,
    "Z_BEST_COMPRESSION": _zlib.Z_BEST_COMPRESSION, "Z_BEST_SPEED": _zlib.Z_BEST_SPEED,
    "Z_DEFAULT_COMPRESSION": _zlib.Z_DEFAULT_COMPRESSION,
}

