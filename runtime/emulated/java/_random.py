"""java.util.Random (Java's documented 48-bit LCG, bit for bit) and java.util.UUID.

``Random(42).nextInt(100)`` yields the same sequence as on a JVM, so scripts that seed a Random
for repeatable simulations or test data produce the same values under shim as in Ignition.
"""
from __future__ import annotations

import hashlib
import math
import os
import uuid as _uuid
from typing import Any

from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._jstr import to_int32, to_int64
from runtime.emulated.java._numbers import parse_integer
from runtime.emulated.java._throwables import IllegalArgumentException, NullPointerException

_MULTIPLIER = 0x5DEECE66D
_MASK = (1 << 48) - 1


class Random(JavaObject):
    """java.util.Random: ``Random()`` (random seed) or ``Random(seed)`` (Java's exact sequence)."""

    __slots__ = ("_seed", "_next_gaussian")
    __module__ = "java.util"

    def __init__(self, seed: int | None = None) -> None:
        self.setSeed(int.from_bytes(os.urandom(8), "big") if seed is None else seed)

    def setSeed(self, seed: int) -> None:
        self._seed = (int(seed) ^ _MULTIPLIER) & _MASK
        self._next_gaussian: float | None = None

    def _next(self, bits: int) -> int:
        self._seed = (self._seed * _MULTIPLIER + 0xB) & _MASK
        return to_int32(self._seed >> (48 - bits))

    def nextInt(self, bound: int | None = None) -> int:
        if bound is None:
            return self._next(32)
        if bound <= 0:
            raise IllegalArgumentException("bound must be positive")
        if bound & -bound == bound:
            return to_int32((bound * self._next(31)) >> 31)
        while True:
            bits = self._next(31)
            value = bits % bound
            if to_int32(bits - value + (bound - 1)) >= 0:
                return value

    def nextLong(self) -> int:
        return to_int64((self._next(32) << 32) + self._next(32))

    def nextBoolean(self) -> bool:
        return self._next(1) != 0

    def nextFloat(self) -> float:
        return self._next(24) / float(1 << 24)

    def nextDouble(self) -> float:
        return ((self._next(26) << 27) + self._next(27)) * (1.0 / (1 << 53))

    def nextGaussian(self) -> float:
        """Marsaglia's polar method with the cached second value, as Java implements it."""
        if self._next_gaussian is not None:
            value, self._next_gaussian = self._next_gaussian, None
            return value
        while True:
            v1 = 2 * self.nextDouble() - 1
            v2 = 2 * self.nextDouble() - 1
            s = v1 * v1 + v2 * v2
            if 0 < s < 1:
                break
        multiplier = math.sqrt(-2 * math.log(s) / s)
        self._next_gaussian = v2 * multiplier
        return v1 * multiplier

    def nextBytes(self, count: int) -> list:
        """Jython passes a byte array; shim returns a list of ``count`` signed bytes instead."""
        out: list[int] = []
        while len(out) < count:
            rnd = self._next(32)
            for _ in range(min(4, count - len(out))):
                out.append(to_int32(rnd << 24) >> 24)
                rnd >>= 8
        return out


class UUID(JavaObject):
    """java.util.UUID: ``randomUUID()``, ``fromString(s)``, ``nameUUIDFromBytes(b)``, ``toString()``."""

    __slots__ = ("_value",)
    __module__ = "java.util"

    def __init__(self, most: int, least: int) -> None:
        self._value = _uuid.UUID(int=((most & 0xFFFFFFFFFFFFFFFF) << 64)
                                 | (least & 0xFFFFFFFFFFFFFFFF))

    @staticmethod
    def randomUUID() -> "UUID":
        return UUID._of(_uuid.uuid4())

    @staticmethod
    def nameUUIDFromBytes(data: Any) -> "UUID":
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(b & 0xFF for b in data)
        digest = bytearray(hashlib.md5(raw).digest())
        digest[6] = (digest[6] & 0x0F) | 0x30
        digest[8] = (digest[8] & 0x3F) | 0x80
        return UUID._of(_uuid.UUID(bytes=bytes(digest)))

    @staticmethod
    def fromString(name: str) -> "UUID":
        """Java's lenient parse: five dash-separated hex groups, each masked to its width."""
        if name is None:
            raise NullPointerException()
        text = str(name)
        if len(text) > 36:
            raise IllegalArgumentException("UUID string too large")
        parts = text.split("-")
        if len(parts) != 5:
            raise IllegalArgumentException("Invalid UUID string: " + text)
        values = [parse_integer(p, 16, -(2 ** 63), 2 ** 63 - 1) for p in parts]
        most = ((values[0] & 0xFFFFFFFF) << 32) | ((values[1] & 0xFFFF) << 16) \
            | (values[2] & 0xFFFF)
        least = ((values[3] & 0xFFFF) << 48) | (values[4] & 0xFFFFFFFFFFFF)
        return UUID(most, least)

    @staticmethod
    def _of(value: _uuid.UUID) -> "UUID":
        return UUID(value.int >> 64, value.int)

    def getMostSignificantBits(self) -> int:
        return to_int64(self._value.int >> 64)

    def getLeastSignificantBits(self) -> int:
        return to_int64(self._value.int)

    def version(self) -> int:
        return (self._value.int >> 76) & 0xF

    def variant(self) -> int:
        """Java's formula: 0 (NCS), 2 (IETF, the usual), 6 (Microsoft) or 7 (reserved)."""
        least = self._value.int & 0xFFFFFFFFFFFFFFFF
        if not least >> 63:
            return 0
        return least >> (64 - (least >> 62))

    def toString(self) -> str:
        return str(self._value)

    def equals(self, other: object) -> bool:
        return isinstance(other, UUID) and other._value == self._value

    def hashCode(self) -> int:
        bits = self.getMostSignificantBits() ^ self.getLeastSignificantBits()
        return to_int32((bits >> 32) ^ bits)

    def compareTo(self, other: "UUID") -> int:
        mine = (self.getMostSignificantBits(), self.getLeastSignificantBits())
        theirs = (other.getMostSignificantBits(), other.getLeastSignificantBits())
        return (mine > theirs) - (mine < theirs)

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return self.hashCode()
