"""javax.crypto for Jython scripts: ``Mac`` (HMAC) over a ``SecretKeySpec``.

Real Ignition code signs web API calls with it: ``mac = Mac.getInstance("HmacSHA256");
mac.init(SecretKeySpec(secret.getBytes("UTF-8"), "HmacSHA256"));
Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes("UTF-8")))``. The algorithms and
messages are the SunJCE provider's on OpenJDK 17 (checked with the real ``jython``): names are
case-insensitive and ``getAlgorithm()`` gives the name as asked; an unknown one is a
NoSuchAlgorithmException "Algorithm HmacFOO not available"; ``update``/``doFinal`` before ``init``
an IllegalStateException "MAC not initialized". ``Cipher`` and the other engines are not emulated:
importing one says so.
"""
from __future__ import annotations

import hashlib as _hashlib
import hmac as _hmac
from typing import Any as _Any

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jbytes import byte_array as _byte_array
from runtime.emulated.java._jbytes import bytes_arg as _bytes_arg
from runtime.emulated.java._jbytes import update_arg as _update_arg
from runtime.emulated.java._jclass import JavaObject as _JavaObject
from runtime.emulated.java._throwables import IllegalArgumentException as _IllegalArgument
from runtime.emulated.java._throwables import IllegalStateException as _IllegalState
from runtime.emulated.java.security import InvalidKeyException as _InvalidKey
from runtime.emulated.java.security import NoSuchAlgorithmException as _NoSuchAlgorithm
from runtime.emulated.stdlib.jarray_ import PyArray as _PyArray

__all__ = ["Mac", "SecretKey"]

#: SunJCE's HMAC names (upper case) -> hashlib's digest name
_HMACS = {"HMACMD5": "md5", "HMACSHA1": "sha1", "HMACSHA224": "sha224", "HMACSHA256": "sha256",
          "HMACSHA384": "sha384", "HMACSHA512": "sha512", "HMACSHA512/224": "sha512_224",
          "HMACSHA512/256": "sha512_256", "HMACSHA3-224": "sha3_224", "HMACSHA3-256": "sha3_256",
          "HMACSHA3-384": "sha3_384", "HMACSHA3-512": "sha3_512"}


class SecretKey(_JavaObject):
    """javax.crypto.SecretKey: what ``Mac.init`` takes (here: always a SecretKeySpec)."""

    __slots__ = ()
    __module__ = "javax.crypto"


class SecretKeySpec(SecretKey):
    """javax.crypto.spec.SecretKeySpec(key, algorithm) or (key, offset, len, algorithm): raw key bytes."""

    __slots__ = ("_key", "_algorithm")
    __module__ = "javax.crypto.spec"

    def __init__(self, key: _Any, *rest: _Any) -> None:
        if len(rest) not in (1, 3):
            raise TypeError("javax.crypto.spec.SecretKeySpec(): expected 2 or 4 args; got %d"
                            % (len(rest) + 1))
        algorithm = rest[-1]
        if key is None or algorithm is None:
            raise _IllegalArgument("Missing argument")
        raw = _bytes_arg(key, "javax.crypto.spec.SecretKeySpec")
        if len(rest) == 3:
            offset, length = int(rest[0]), int(rest[1])
            if offset < 0 or length < 0 or offset + length > len(raw):
                raise _IllegalArgument("Invalid offset/length combination")
            raw = raw[offset:offset + length]
        if not raw:
            raise _IllegalArgument("Empty key")
        self._key, self._algorithm = raw, str(algorithm)

    def getAlgorithm(self) -> str:
        return self._algorithm

    def getFormat(self) -> str:
        return "RAW"

    def getEncoded(self) -> _PyArray:
        return _byte_array(self._key)

    def equals(self, other: object) -> bool:
        return (isinstance(other, SecretKeySpec) and other._key == self._key
                and other._algorithm.upper() == self._algorithm.upper())

    def hashCode(self) -> int:
        return hash(self._key) & 0x7FFFFFFF

    algorithm = property(getAlgorithm)
    format = property(getFormat)
    encoded = property(getEncoded)


class Mac(_JavaObject):
    """javax.crypto.Mac: ``getInstance``, ``init``, ``update``, ``doFinal`` (which resets), ``reset``."""

    __slots__ = ("_algorithm", "_digest", "_key", "_state", "_bound")
    __module__ = "javax.crypto"

    def __init__(self, *args: _Any) -> None:
        raise TypeError("javax.crypto.Mac(): no public constructor; use Mac.getInstance(algorithm)")

    @staticmethod
    def getInstance(algorithm: _Any, provider: _Any = None) -> "Mac":
        name = str(algorithm)
        digest = _HMACS.get(name.upper())
        if digest is None:
            raise _NoSuchAlgorithm("Algorithm %s not available" % name)
        mac = object.__new__(Mac)
        mac._algorithm, mac._digest, mac._key, mac._state = name, digest, None, None
        mac._bound = False
        return mac

    def init(self, key: _Any, params: _Any = None) -> None:
        """A key Java's providers do not take is an InvalidKeyException whose text depends, as in
        Java, on whether the Mac has already bound its provider (any ``update``/``doFinal``/
        ``getMacLength`` binds it)."""
        if not isinstance(key, SecretKeySpec):
            if self._bound:
                raise _InvalidKey("Secret key expected")
            raise _InvalidKey("No installed provider supports this key: %s" % (
                "(null)" if key is None else type(key).getName()))
        self._key, self._bound = key._key, True
        self.reset()

    def _running(self) -> "_hmac.HMAC":
        self._bound = True
        if self._state is None:
            raise _IllegalState("MAC not initialized")
        return self._state

    def update(self, data: _Any, offset: _Any = None, length: _Any = None) -> None:
        self._running().update(_update_arg(data, offset, length, "Bad arguments"))

    def doFinal(self, data: _Any = None) -> _PyArray:
        if data is not None:
            self.update(data)
        result = self._running().digest()
        self.reset()
        return _byte_array(result)

    def reset(self) -> None:
        if self._key is not None:
            self._state = _hmac.new(self._key, digestmod=self._digest)

    def getAlgorithm(self) -> str:
        return self._algorithm

    def getMacLength(self) -> int:
        self._bound = True
        return _hashlib.new(self._digest).digest_size

    algorithm = property(getAlgorithm)
    macLength = property(getMacLength)


__getattr__ = _missing("javax.crypto")
