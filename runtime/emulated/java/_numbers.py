"""java.lang's boxed number classes: Integer, Long, Double, Float, Boolean (static API, parsing).

In Jython a boxed Java number is used as a plain Python number, so calling one of these classes
returns a Python ``int``/``float``/``bool`` (``Integer("12") + 1 == 13``); the classes carry the
static API scripts use: ``parseInt``/``valueOf``/``toString``/``toHexString``/``MAX_VALUE`` ...
Parsing follows Java exactly: no surrounding spaces for integers, ``+``/``-`` signs, and
``NumberFormatException`` messages such as ``For input string: "abc"``.
"""
from __future__ import annotations

import math
import re
import struct
from typing import Any, Callable

from runtime.core.jtext import java_long
from runtime.emulated.java._jclass import JavaClass
from runtime.emulated.java._jstr import (INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, double_to_string,
                                float_to_string, to_int32, to_int64)
from runtime.emulated.java._throwables import NullPointerException, NumberFormatException

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_DOUBLE = re.compile(r"[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?)$")
_HEX_DOUBLE = re.compile(r"[+-]?0[xX]([0-9a-fA-F]*\.?[0-9a-fA-F]*)[pP][+-]?\d+[fFdD]?$")


def parse_integer(text: Any, radix: int, low: int, high: int) -> int:
    """Java's ``Integer.parseInt``/``Long.parseLong`` between ``low`` and ``high``."""
    if text is None:
        raise NumberFormatException("Cannot parse null string")
    if radix < 2:
        raise NumberFormatException("radix %d less than Character.MIN_RADIX" % radix)
    if radix > 36:
        raise NumberFormatException("radix %d greater than Character.MAX_RADIX" % radix)
    text = str(text)
    body = text[1:] if text[:1] in "+-" else text
    suffix = "" if radix == 10 else " under radix %d" % radix
    error = NumberFormatException('For input string: "%s"%s' % (text, suffix))
    if not body:
        raise error
    value = 0
    for char in body:
        digit = _digit(char, radix)
        if digit < 0:
            raise error
        value = value * radix + digit
    if text[0] == "-":
        value = -value
    if not low <= value <= high:
        raise error
    return value


def _digit(char: str, radix: int) -> int:
    if char.isdecimal():
        digit = int(char)
    else:
        digit = _DIGITS.find(char.lower()) if char.isascii() else -1
    return digit if 0 <= digit < radix else -1


def to_radix(value: int, radix: int) -> str:
    """``Integer.toString(i, radix)``: signed, lowercase digits, radix 10 when out of 2..36."""
    if not 2 <= radix <= 36:
        radix = 10
    digits, rest = [], abs(value)
    while True:
        rest, digit = divmod(rest, radix)
        digits.append(_DIGITS[digit])
        if not rest:
            break
    return ("-" if value < 0 else "") + "".join(reversed(digits))


def _unsigned(value: int, bits: int, shift: int) -> str:
    value &= (1 << bits) - 1
    return to_radix(value, 1 << shift)


def _decode(text: str, low: int, high: int) -> int:
    if not text:
        raise NumberFormatException("Zero length string")
    negative = text[0] == "-"
    body = text[1:] if text[0] in "+-" else text
    radix = 10
    if body[:2].lower() == "0x":
        radix, body = 16, body[2:]
    elif body[:1] == "#":
        radix, body = 16, body[1:]
    elif body[:1] == "0" and len(body) > 1:
        radix, body = 8, body[1:]
    if body[:1] in ("+", "-"):
        raise NumberFormatException("Sign character in wrong position")
    return parse_integer(("-" if negative else "") + body, radix, low, high)


def parse_double(text: Any) -> float:
    """``Double.parseDouble``: trims blanks, accepts NaN/Infinity, a d/f suffix and hex floats."""
    if text is None:
        raise NullPointerException('Cannot invoke "String.trim()" because "in" is null')
    trimmed = str(text).strip("".join(chr(c) for c in range(33)))
    if not trimmed:
        raise NumberFormatException("empty String")
    if _DOUBLE.match(trimmed):
        return float(trimmed.rstrip("fFdD"))
    if _HEX_DOUBLE.match(trimmed):
        return float.fromhex(trimmed.rstrip("fFdD"))
    raise NumberFormatException('For input string: "%s"' % text)


def to_float32(value: float) -> float:
    """Round a double to Java ``float`` precision (overflow becomes infinity, as a cast does)."""
    if math.isnan(value) or math.isinf(value):
        return value
    try:
        return struct.unpack("f", struct.pack("f", value))[0]
    except OverflowError:
        return math.copysign(math.inf, value)


class _FixedWidthInteger(metaclass=JavaClass):
    """The static API java.lang.Integer and Long share, for the width of the subclass.

    A subclass sets ``SIZE`` (bits), ``MIN_VALUE``/``MAX_VALUE`` and ``_wrap`` (two's-complement
    wrapping to that width) and names its own ``parseInt``/``parseLong``. Calling the class returns
    a Python int, as a boxed number is one in Jython.
    """

    __module__ = "java.lang"
    SIZE: int
    MIN_VALUE: int
    MAX_VALUE: int
    _wrap: Callable[[int], int]

    def __new__(cls, value: Any) -> int:  # type: ignore[misc]
        return cls.valueOf(value)

    @classmethod
    def valueOf(cls, value: Any, radix: int = 10) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            return cls._wrap(value)
        return parse_integer(value, radix, cls.MIN_VALUE, cls.MAX_VALUE)

    @classmethod
    def decode(cls, s: str) -> int:
        return _decode(s, cls.MIN_VALUE, cls.MAX_VALUE)

    @staticmethod
    def toString(i: int, radix: int = 10) -> str:
        return to_radix(i, radix)

    @classmethod
    def toHexString(cls, i: int) -> str:
        return _unsigned(i, cls.SIZE, 4)

    @classmethod
    def toOctalString(cls, i: int) -> str:
        return _unsigned(i, cls.SIZE, 3)

    @classmethod
    def toBinaryString(cls, i: int) -> str:
        return _unsigned(i, cls.SIZE, 1)

    @staticmethod
    def compare(x: int, y: int) -> int:
        return (x > y) - (x < y)

    @staticmethod
    def signum(i: int) -> int:
        return (i > 0) - (i < 0)

    @classmethod
    def bitCount(cls, i: int) -> int:
        return bin(i & ((1 << cls.SIZE) - 1)).count("1")

    @staticmethod
    def max(a: int, b: int) -> int:
        return a if a >= b else b

    @staticmethod
    def min(a: int, b: int) -> int:
        return a if a <= b else b

    @classmethod
    def sum(cls, a: int, b: int) -> int:
        return cls._wrap(a + b)


class Integer(_FixedWidthInteger):
    """java.lang.Integer: ``Integer(x)`` is a Python int; static parse/format helpers."""

    __module__ = "java.lang"
    MAX_VALUE = INT_MAX
    MIN_VALUE = INT_MIN
    SIZE = 32
    BYTES = 4
    _wrap = staticmethod(to_int32)

    @staticmethod
    def parseInt(s: Any, radix: int = 10) -> int:
        return parse_integer(s, radix, INT_MIN, INT_MAX)


class _LongConstant:
    """A ``static final long`` field: Jython reads it as a Python ``long`` (``Long.MAX_VALUE -
    Long.MAX_VALUE`` is ``0L``), made when read since the scripts' ``long`` type is installed
    after this module loads (``runtime.core.jtext``)."""

    __slots__ = ("_value",)

    def __init__(self, value: int) -> None:
        self._value = value

    def __get__(self, obj: Any, owner: Any = None) -> int:
        return java_long(self._value)


class Long(_FixedWidthInteger):
    """java.lang.Long: ``Long(x)`` is a Python int; 64-bit parse/format helpers."""

    __module__ = "java.lang"
    MAX_VALUE = _LongConstant(LONG_MAX)
    MIN_VALUE = _LongConstant(LONG_MIN)
    SIZE = 64
    BYTES = 8
    _wrap = staticmethod(to_int64)

    def __new__(cls, value: Any) -> int:  # type: ignore[misc]
        return int(cls.valueOf(value))  # a boxed Long: prints without the L, as in Jython

    @staticmethod
    def parseLong(s: Any, radix: int = 10) -> int:
        return java_long(parse_integer(s, radix, LONG_MIN, LONG_MAX))

    # Jython hands a Java long back as a Python long (``Long.valueOf('7')`` is ``7L``)
    @classmethod
    def valueOf(cls, value: Any, radix: int = 10) -> int:
        return java_long(super().valueOf(value, radix))

    @classmethod
    def decode(cls, s: str) -> int:
        return java_long(super().decode(s))

    @classmethod
    def sum(cls, a: int, b: int) -> int:
        return java_long(super().sum(a, b))

    @staticmethod
    def max(a: int, b: int) -> int:
        return java_long(a if a >= b else b)

    @staticmethod
    def min(a: int, b: int) -> int:
        return java_long(a if a <= b else b)


class Double(metaclass=JavaClass):
    """java.lang.Double: ``Double(x)`` is a Python float; parse/format and the IEEE constants."""

    __module__ = "java.lang"
    MAX_VALUE = 1.7976931348623157e308
    MIN_VALUE = 5e-324
    MIN_NORMAL = 2.2250738585072014e-308
    POSITIVE_INFINITY = math.inf
    NEGATIVE_INFINITY = -math.inf
    NaN = math.nan
    SIZE = 64
    BYTES = 8

    def __new__(cls, value: Any) -> float:  # type: ignore[misc]
        return cls.valueOf(value)

    @staticmethod
    def parseDouble(s: Any) -> float:
        return parse_double(s)

    @staticmethod
    def valueOf(value: Any) -> float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return parse_double(value)

    @staticmethod
    def toString(d: float) -> str:
        return double_to_string(float(d))

    @staticmethod
    def isNaN(d: float) -> bool:
        return math.isnan(d)

    @staticmethod
    def isInfinite(d: float) -> bool:
        return math.isinf(d)

    @staticmethod
    def isFinite(d: float) -> bool:
        return math.isfinite(d)

    @staticmethod
    def compare(x: float, y: float) -> int:
        """Total order of Double.compare: -0.0 < 0.0 and NaN above everything, equal to itself."""
        def key(v: float) -> tuple[int, float, float]:
            return (1, 0.0, 0.0) if math.isnan(v) else (0, v, math.copysign(1.0, v))
        a, b = key(x), key(y)
        return (a > b) - (a < b)

    @staticmethod
    def sum(a: float, b: float) -> float:
        return a + b

    @staticmethod
    def max(a: float, b: float) -> float:
        return math.nan if math.isnan(a) or math.isnan(b) else max(a, b)

    @staticmethod
    def min(a: float, b: float) -> float:
        return math.nan if math.isnan(a) or math.isnan(b) else min(a, b)


class Float(metaclass=JavaClass):
    """java.lang.Float: values rounded to 32-bit precision, returned as Python floats."""

    __module__ = "java.lang"
    MAX_VALUE = 3.4028234663852886e38
    MIN_VALUE = 1.401298464324817e-45
    POSITIVE_INFINITY = math.inf
    NEGATIVE_INFINITY = -math.inf
    NaN = math.nan
    SIZE = 32
    BYTES = 4

    def __new__(cls, value: Any) -> float:  # type: ignore[misc]
        return cls.valueOf(value)

    @staticmethod
    def parseFloat(s: Any) -> float:
        return to_float32(parse_double(s))

    @staticmethod
    def valueOf(value: Any) -> float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return to_float32(float(value))
        return to_float32(parse_double(value))

    @staticmethod
    def toString(f: float) -> str:
        return float_to_string(to_float32(float(f)))

    @staticmethod
    def isNaN(f: float) -> bool:
        return math.isnan(f)

    @staticmethod
    def isInfinite(f: float) -> bool:
        return math.isinf(f)

    @staticmethod
    def compare(x: float, y: float) -> int:
        return Double.compare(x, y)


class Boolean(metaclass=JavaClass):
    """java.lang.Boolean: ``parseBoolean`` is true only for "true" in any case (None is false)."""

    __module__ = "java.lang"
    TRUE = True
    FALSE = False

    def __new__(cls, value: Any) -> bool:  # type: ignore[misc]
        return cls.valueOf(value)

    @staticmethod
    def parseBoolean(s: Any) -> bool:
        return s is not None and str(s).lower() == "true"

    @staticmethod
    def valueOf(value: Any) -> bool:
        if value is True or value is False:
            return value
        return Boolean.parseBoolean(value)

    @staticmethod
    def toString(b: bool) -> str:
        return "true" if b else "false"

    @staticmethod
    def compare(x: bool, y: bool) -> int:
        return (bool(x) > bool(y)) - (bool(x) < bool(y))

    @staticmethod
    def logicalAnd(a: bool, b: bool) -> bool:
        return bool(a and b)

    @staticmethod
    def logicalOr(a: bool, b: bool) -> bool:
        return bool(a or b)

    @staticmethod
    def logicalXor(a: bool, b: bool) -> bool:
        return bool(a) != bool(b)
