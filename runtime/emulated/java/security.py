"""java.security for Jython scripts: MessageDigest and the exceptions around it.

Real Ignition code hashes passwords, file contents and record keys with
``MessageDigest.getInstance("SHA-256").digest(String(s).getBytes("UTF-8"))`` and prints the result
in hex through ``BigInteger(1, digest).toString(16)`` or ``"%02x" % (b & 0xff)``. The algorithms
are those of Java 17's SUN provider (checked with the real ``jython`` on OpenJDK 17), by their
standard names, aliases and OIDs, case-insensitively; ``getAlgorithm()`` gives the name as asked.
Only MD2 is missing (Python's hashlib has no MD2): it and unknown names throw
NoSuchAlgorithmException "X MessageDigest not available". Keys, key stores, signatures and
``SecureRandom`` are not emulated; javax.crypto's ``Mac`` (``runtime.emulated.java.crypto``) throws
the key exceptions declared here.
"""
from __future__ import annotations

import hashlib as _hashlib
from typing import Any as _Any

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jbytes import bytes_arg as _bytes_arg
from runtime.emulated.java._jbytes import byte_array as _byte_array
from runtime.emulated.java._jbytes import update_arg as _update_arg
from runtime.emulated.java._jclass import JavaObject as _JavaObject
from runtime.emulated.java._throwables import Exception_ as _JavaException
from runtime.emulated.java._throwables import NullPointerException as _NullPointer
from runtime.emulated.java._throwables import _declare
from runtime.emulated.stdlib.jarray_ import PyArray as _PyArray

__all__ = ["DigestException", "GeneralSecurityException", "InvalidKeyException", "KeyException",
           "MessageDigest", "NoSuchAlgorithmException"]

GeneralSecurityException = _declare("GeneralSecurityException", _JavaException, "java.security")
NoSuchAlgorithmException = _declare("NoSuchAlgorithmException", GeneralSecurityException, "java.security")
DigestException = _declare("DigestException", GeneralSecurityException, "java.security")
KeyException = _declare("KeyException", GeneralSecurityException, "java.security")
InvalidKeyException = _declare("InvalidKeyException", KeyException, "java.security")


def _names() -> dict[str, str]:
    """Every name the SUN provider answers to (upper case) -> hashlib's name."""
    table = {"MD5": "md5", "SHA-1": "sha1", "SHA-224": "sha224", "SHA-256": "sha256",
             "SHA-384": "sha384", "SHA-512": "sha512", "SHA-512/224": "sha512_224",
             "SHA-512/256": "sha512_256", "SHA3-224": "sha3_224", "SHA3-256": "sha3_256",
             "SHA3-384": "sha3_384", "SHA3-512": "sha3_512"}
    aliases = {"SHA": "SHA-1", "SHA1": "SHA-1", "1.3.14.3.2.26": "SHA-1", "SHA224": "SHA-224",
               "SHA256": "SHA-256", "SHA384": "SHA-384", "SHA512": "SHA-512",
               "SHA512/224": "SHA-512/224", "SHA512/256": "SHA-512/256"}
    oids = ("SHA-256", "SHA-384", "SHA-512", "SHA-224", "SHA-512/224", "SHA-512/256",
            "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512")  # 2.16.840.1.101.3.4.2.1 ... .10
    aliases.update(("2.16.840.1.101.3.4.2.%d" % (i + 1), name) for i, name in enumerate(oids))
    table.update((alias, table[name]) for alias, name in aliases.items())
    table.update(("OID." + alias, table[alias]) for alias in list(table) if alias[0].isdigit())
    return table


_ALGORITHMS = _names()


class MessageDigest(_JavaObject):
    """java.security.MessageDigest: ``getInstance``, ``update``, ``digest``, ``reset``, ``isEqual``.

    ``digest()`` resets the object, as in Java; ``update`` takes a byte (an int), a ``byte[]`` (or
    a Python string, which Jython coerces) and an optional offset and length.
    """

    __slots__ = ("_algorithm", "_hash_name", "_state", "_used")
    __module__ = "java.security"

    def __init__(self, algorithm: _Any) -> None:
        raise TypeError("java.security.MessageDigest(): no public constructor; "
                        "use MessageDigest.getInstance(algorithm)")

    @staticmethod
    def getInstance(algorithm: _Any, provider: _Any = None) -> "MessageDigest":
        if algorithm is None:
            raise _NullPointer("null algorithm name")
        name = str(algorithm)
        hash_name = _ALGORITHMS.get(name.upper())
        if hash_name is None:
            raise NoSuchAlgorithmException("%s MessageDigest not available" % name)
        digest = object.__new__(MessageDigest)
        digest._algorithm, digest._hash_name = name, hash_name
        digest.reset()
        return digest

    @staticmethod
    def isEqual(digestA: _Any, digestB: _Any) -> bool:
        """Constant-time comparison, as Java's; None equals only None."""
        if digestA is None or digestB is None:
            return digestA is digestB
        import hmac

        return hmac.compare_digest(_bytes_arg(digestA, "isEqual"), _bytes_arg(digestB, "isEqual"))

    def update(self, data: _Any, offset: _Any = None, length: _Any = None) -> None:
        self._state.update(_update_arg(data, offset, length, "Input buffer too short"))
        self._used = True

    def digest(self, data: _Any = None) -> _PyArray:
        if data is not None:
            self.update(data)
        result = self._state.digest()
        self.reset()
        return _byte_array(result)

    def reset(self) -> None:
        self._state = _hashlib.new(self._hash_name)
        self._used = False

    def getAlgorithm(self) -> str:
        return self._algorithm

    def getDigestLength(self) -> int:
        return self._state.digest_size

    def clone(self) -> "MessageDigest":
        twin = object.__new__(MessageDigest)
        twin._algorithm, twin._hash_name = self._algorithm, self._hash_name
        twin._state, twin._used = self._state.copy(), self._used
        return twin

    def toString(self) -> str:
        return "%s Message Digest from SUN, %s\n" % (
            self._algorithm, "<in progress>" if self._used else "<initialized>")

    algorithm = property(getAlgorithm)
    digestLength = property(getDigestLength)


__getattr__ = _missing("java.security")
