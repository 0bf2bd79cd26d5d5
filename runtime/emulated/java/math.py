"""java.math for Jython scripts: BigDecimal, BigInteger, RoundingMode, as Java computes them.

A ``BigDecimal`` is an unscaled integer and a scale (``1.10`` is 110 with scale 2), and Java's
arithmetic keeps scales the way plant code relies on for money and totals: ``add`` takes the
larger scale (``1.10 + 2.205 = 3.305``), ``multiply`` the sum of the scales (``2.42550``),
``divide`` is exact or raises ``ArithmeticException`` unless given a scale and a rounding mode,
``equals`` compares scale too (``1.0`` is not ``1.00``) while ``compareTo`` does not. The
quotients are computed on exact fractions, so no precision is ever lost before rounding.
``toString`` is the General Decimal Arithmetic scientific string (``1E+3``), which Python's
``Decimal`` shares with Java. ``BigInteger`` divides toward zero and ``mod`` is never negative,
as in Java (Python's ``//`` and ``%`` floor instead).
"""
from __future__ import annotations

import decimal
import math
from fractions import Fraction
from typing import Any

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jbytes import bytes_arg
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._throwables import ArithmeticException, NumberFormatException
from runtime.emulated.stdlib.jarray_ import PyArray

__all__ = ["BigDecimal", "BigInteger", "MathContext", "RoundingMode"]


class RoundingMode(JavaObject):
    """``java.math.RoundingMode``; ``BigDecimal.ROUND_*`` are its ordinals."""

    __slots__ = ("_name", "_ordinal")
    __module__ = "java.math"

    def __init__(self, name: str, ordinal: int) -> None:
        self._name, self._ordinal = name, ordinal

    def ordinal(self) -> int:
        return self._ordinal

    def name(self) -> str:  # type: ignore[override]
        return self._name

    def toString(self) -> str:
        return self._name

    @staticmethod
    def valueOf(value: Any) -> "RoundingMode":
        for mode in _MODES:
            if value == mode._ordinal or value == mode._name:
                return mode
        raise NumberFormatException(f"No enum constant java.math.RoundingMode.{value}")


_MODES = [RoundingMode(n, i) for i, n in enumerate(
    ("UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY"))]
for _mode in _MODES:
    setattr(RoundingMode, _mode._name, _mode)


def _mode_of(mode: Any) -> int:
    return mode._ordinal if isinstance(mode, RoundingMode) else int(mode)


def _round(value: Fraction, mode: int) -> int:
    """``value`` to an integer by Java rounding mode ``mode`` (an ordinal)."""
    floor = math.floor(value)
    rest = value - floor
    if rest == 0:
        return floor
    away = floor + 1 if value > 0 else floor  # away from zero
    toward = floor if value > 0 else floor + 1
    if mode == 0:
        return away
    if mode == 1:
        return toward
    if mode == 2:
        return floor + 1
    if mode == 3:
        return floor
    if mode == 7:
        raise ArithmeticException("Rounding necessary")
    half = Fraction(1, 2)
    if rest != half:
        return floor + 1 if rest > half else floor
    if mode == 4:
        return away
    if mode == 5:
        return toward
    return floor if floor % 2 == 0 else floor + 1  # HALF_EVEN


class MathContext(JavaObject):
    """``java.math.MathContext(precision[, roundingMode])``."""

    __slots__ = ("_precision", "_mode")
    __module__ = "java.math"

    def __init__(self, precision: int, mode: Any = 4) -> None:
        self._precision, self._mode = int(precision), _mode_of(mode)

    def getPrecision(self) -> int:
        return self._precision

    def getRoundingMode(self) -> RoundingMode:
        return _MODES[self._mode]

    def toString(self) -> str:
        return f"precision={self._precision} roundingMode={_MODES[self._mode]._name}"


class _Comparable(JavaObject):
    """``<``/``>`` through ``compareTo``, as Jython orders Java ``Comparable`` objects."""

    __slots__ = ()
    __module__ = "java.math"

    def __lt__(self, other: Any) -> bool:
        return self.compareTo(other) < 0

    def __le__(self, other: Any) -> bool:
        return self.compareTo(other) <= 0

    def __gt__(self, other: Any) -> bool:
        return self.compareTo(other) > 0

    def __ge__(self, other: Any) -> bool:
        return self.compareTo(other) >= 0


class BigInteger(_Comparable):
    """``java.math.BigInteger``: an immutable integer of any size.

    Besides text (with a radix) it is built from a ``byte[]`` as Java reads one: ``BigInteger(bytes)``
    is big-endian two's complement, ``BigInteger(signum, magnitude)`` a sign and an unsigned
    magnitude, the usual way to print a MessageDigest in hex: ``BigInteger(1, md.digest()).toString(16)``.
    """

    __slots__ = ("_v",)
    __module__ = "java.math"

    def __init__(self, value: Any, radix: Any = 10) -> None:
        if isinstance(value, BigInteger):
            self._v = value._v
            return
        if isinstance(value, int) and not isinstance(radix, int):  # (signum, magnitude)
            magnitude = int.from_bytes(bytes_arg(radix, "java.math.BigInteger"), "big")
            if value not in (-1, 0, 1):
                raise NumberFormatException("Invalid signum value")
            if value == 0 and magnitude:
                raise NumberFormatException("signum-magnitude mismatch")
            self._v = value * magnitude
            return
        if isinstance(value, (PyArray, bytearray)):
            data = bytes_arg(value, "java.math.BigInteger")
            if not data:
                raise NumberFormatException("Zero length BigInteger")
            self._v = int.from_bytes(data, "big", signed=True)
            return
        if isinstance(value, int):
            self._v = value
            return
        try:
            self._v = int(str(value), radix)
        except ValueError:
            raise NumberFormatException(f'For input string: "{value}"') from None

    @staticmethod
    def valueOf(value: int) -> "BigInteger":
        return BigInteger(int(value))

    def _of(self, other: Any) -> int:
        return other._v if isinstance(other, BigInteger) else int(other)

    def add(self, other: Any) -> "BigInteger":
        return BigInteger(self._v + self._of(other))

    def subtract(self, other: Any) -> "BigInteger":
        return BigInteger(self._v - self._of(other))

    def multiply(self, other: Any) -> "BigInteger":
        return BigInteger(self._v * self._of(other))

    def divide(self, other: Any) -> "BigInteger":
        d = self._of(other)
        if d == 0:
            raise ArithmeticException("BigInteger divide by zero")
        q = abs(self._v) // abs(d)
        return BigInteger(q if (self._v >= 0) == (d >= 0) else -q)

    def remainder(self, other: Any) -> "BigInteger":
        return BigInteger(self._v - self.divide(other)._v * self._of(other))

    def mod(self, other: Any) -> "BigInteger":
        m = self._of(other)
        if m <= 0:
            raise ArithmeticException("BigInteger: modulus not positive")
        return BigInteger(self._v % m)

    def divideAndRemainder(self, other: Any) -> list:
        return [self.divide(other), self.remainder(other)]

    def pow(self, exponent: int) -> "BigInteger":
        if exponent < 0:
            raise ArithmeticException("Negative exponent")
        from runtime.core.budget import power  # the same size limit as a script's own **

        return BigInteger(power(self._v, int(exponent)))

    def modPow(self, exponent: Any, modulus: Any) -> "BigInteger":
        return BigInteger(pow(self._v, self._of(exponent), self._of(modulus)))

    def gcd(self, other: Any) -> "BigInteger":
        return BigInteger(math.gcd(self._v, self._of(other)))

    def negate(self) -> "BigInteger":
        return BigInteger(-self._v)

    def abs(self) -> "BigInteger":
        return BigInteger(abs(self._v))

    def signum(self) -> int:
        return (self._v > 0) - (self._v < 0)

    def bitLength(self) -> int:
        return (self._v if self._v >= 0 else ~self._v).bit_length()

    def compareTo(self, other: Any) -> int:
        o = self._of(other)
        return (self._v > o) - (self._v < o)

    def max(self, other: "BigInteger") -> "BigInteger":
        return self if self.compareTo(other) >= 0 else other

    def min(self, other: "BigInteger") -> "BigInteger":
        return self if self.compareTo(other) <= 0 else other

    def intValue(self) -> int:
        return (self._v + 2 ** 31) % 2 ** 32 - 2 ** 31

    def longValue(self) -> int:
        return (self._v + 2 ** 63) % 2 ** 64 - 2 ** 63

    def doubleValue(self) -> float:
        return float(self._v)

    def toString(self, radix: int = 10) -> str:
        if radix == 10:
            return str(self._v)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        n, out = abs(self._v), ""
        while n:
            n, r = divmod(n, radix)
            out = digits[r] + out
        return ("-" if self._v < 0 else "") + (out or "0")

    def equals(self, other: object) -> bool:
        return isinstance(other, BigInteger) and other._v == self._v

    def hashCode(self) -> int:
        return hash(self._v)

    def __int__(self) -> int:
        return self._v

    def __index__(self) -> int:
        return self._v

    def __float__(self) -> float:
        return float(self._v)


BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.TEN = (BigInteger(v) for v in (0, 1, 2, 10))


class BigDecimal(_Comparable):
    """``java.math.BigDecimal``: an unscaled integer and a scale, with Java's scale rules."""

    __slots__ = ("_u", "_s")
    __module__ = "java.math"

    ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR = 0, 1, 2, 3
    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_UNNECESSARY = 4, 5, 6, 7

    def __init__(self, value: Any, scale_or_context: Any = None) -> None:
        if isinstance(value, BigDecimal):
            self._u, self._s = value._u, value._s
        elif isinstance(value, BigInteger):
            self._u, self._s = value._v, int(scale_or_context or 0)
        elif isinstance(value, bool):
            raise NumberFormatException("a boolean is not a number")
        elif isinstance(value, int):
            self._u, self._s = value, 0
        elif isinstance(value, float):  # new BigDecimal(double): the double's exact value
            if math.isnan(value) or math.isinf(value):
                raise NumberFormatException("Infinite or NaN")
            self._u, self._s = _parts(decimal.Decimal(value))
        else:
            text = str(value).strip()
            try:
                number = decimal.Decimal(text)
            except decimal.InvalidOperation:
                number = None
            if number is None or not number.is_finite() or text != str(value) or "_" in text:
                raise NumberFormatException(f"Character array is missing \"exponent\" mark 'e' or 'E'."
                                            if number is None else "Infinite or NaN")
            self._u, self._s = _parts(number)
        if isinstance(scale_or_context, MathContext):
            self._u, self._s = _rounded(self, scale_or_context)

    @staticmethod
    def valueOf(value: Any, scale: int | None = None) -> "BigDecimal":
        """``valueOf(long[, scale])``, or ``valueOf(double)`` through ``Double.toString``."""
        if isinstance(value, float):
            from runtime.emulated.java._jstr import double_to_string

            return BigDecimal(double_to_string(value))
        return _make(int(value), int(scale or 0))

    # -- arithmetic ---------------------------------------------------------------------
    def _frac(self) -> Fraction:
        return Fraction(self._u, 10 ** self._s) if self._s >= 0 else Fraction(self._u * 10 ** -self._s)

    def add(self, other: "BigDecimal", mc: MathContext | None = None) -> "BigDecimal":
        s = max(self._s, other._s)
        return _ctx(_make(self._u * 10 ** (s - self._s) + other._u * 10 ** (s - other._s), s), mc)

    def subtract(self, other: "BigDecimal", mc: MathContext | None = None) -> "BigDecimal":
        return self.add(other.negate(), mc)

    def multiply(self, other: "BigDecimal", mc: MathContext | None = None) -> "BigDecimal":
        return _ctx(_make(self._u * other._u, self._s + other._s), mc)

    def divide(self, other: "BigDecimal", scale: Any = None, mode: Any = None) -> "BigDecimal":
        """``divide(d)`` exact, ``divide(d, roundingMode)`` at this scale, ``divide(d, scale,
        roundingMode)``, or ``divide(d, MathContext)``."""
        if other._u == 0:
            raise ArithmeticException("Division by zero" if self._u else "Division undefined")
        quotient = self._frac() / other._frac()
        if isinstance(scale, MathContext):
            return _rounded_fraction(quotient, scale, self._s - other._s)
        if scale is None:
            return _exact(quotient, self._s - other._s)
        if mode is None:  # divide(d, roundingMode)
            scale, mode = self._s, scale
        scale = int(scale)
        return _make(_round(quotient * Fraction(10) ** scale, _mode_of(mode)), scale)

    def divideToIntegralValue(self, other: "BigDecimal") -> "BigDecimal":
        return _make(_round(self._frac() / other._frac(), 1), 0)

    def remainder(self, other: "BigDecimal") -> "BigDecimal":
        return self.subtract(self.divideToIntegralValue(other).multiply(other))

    def pow(self, n: int) -> "BigDecimal":
        from runtime.core.budget import power

        return _make(power(self._u, int(n)), self._s * int(n))

    def negate(self) -> "BigDecimal":
        return _make(-self._u, self._s)

    def abs(self) -> "BigDecimal":
        return _make(abs(self._u), self._s)

    def plus(self) -> "BigDecimal":
        return self

    def setScale(self, scale: int, mode: Any = 7) -> "BigDecimal":
        scale = int(scale)
        return _make(_round(self._frac() * Fraction(10) ** scale, _mode_of(mode)), scale)

    def round(self, mc: MathContext) -> "BigDecimal":
        return _ctx(self, mc)

    def movePointLeft(self, n: int) -> "BigDecimal":
        return _make(self._u, max(self._s + int(n), 0)) if self._s + n >= 0 else _make(self._u * 10 ** -(self._s + n), 0)

    def movePointRight(self, n: int) -> "BigDecimal":
        return self.movePointLeft(-int(n))

    def scaleByPowerOfTen(self, n: int) -> "BigDecimal":
        return _make(self._u, self._s - int(n))

    def stripTrailingZeros(self) -> "BigDecimal":
        u, s = self._u, self._s
        if u == 0:
            return _make(0, 0)
        while u % 10 == 0:
            u, s = u // 10, s - 1
        return _make(u, s)

    # -- reading ------------------------------------------------------------------------
    def scale(self) -> int:
        return self._s

    def precision(self) -> int:
        return len(str(abs(self._u)))

    def unscaledValue(self) -> BigInteger:
        return BigInteger(self._u)

    def signum(self) -> int:
        return (self._u > 0) - (self._u < 0)

    def compareTo(self, other: "BigDecimal") -> int:
        a, b = self._frac(), other._frac()
        return (a > b) - (a < b)

    def max(self, other: "BigDecimal") -> "BigDecimal":
        return self if self.compareTo(other) >= 0 else other

    def min(self, other: "BigDecimal") -> "BigDecimal":
        return self if self.compareTo(other) <= 0 else other

    def equals(self, other: object) -> bool:
        return isinstance(other, BigDecimal) and (other._u, other._s) == (self._u, self._s)

    def hashCode(self) -> int:
        return 31 * hash(self._u) + self._s

    def doubleValue(self) -> float:
        return float(self._decimal())

    floatValue = doubleValue

    def intValue(self) -> int:
        return BigInteger(int(self._frac())).intValue()

    def longValue(self) -> int:
        return BigInteger(int(self._frac())).longValue()

    def toBigInteger(self) -> BigInteger:
        return BigInteger(int(self._frac()))

    def _decimal(self) -> decimal.Decimal:
        return decimal.Decimal((0 if self._u >= 0 else 1, tuple(map(int, str(abs(self._u)))), -self._s))

    def toString(self) -> str:
        return str(self._decimal())

    def toPlainString(self) -> str:
        return format(self._decimal(), "f")

    def toEngineeringString(self) -> str:
        return self._decimal().to_eng_string()

    def __float__(self) -> float:
        return self.doubleValue()

    def __int__(self) -> int:
        return int(self._frac())


def _make(unscaled: int, scale: int) -> BigDecimal:
    value = BigDecimal.__new__(BigDecimal)
    value._u, value._s = unscaled, scale
    return value


def _parts(number: decimal.Decimal) -> tuple[int, int]:
    sign, digits, exponent = number.as_tuple()
    unscaled = int("".join(map(str, digits)) or "0")
    return (-unscaled if sign else unscaled), -int(exponent)


def _exact(quotient: Fraction, preferred: int) -> BigDecimal:
    """The exact quotient at the smallest scale >= ``preferred`` that holds it (Java's
    ``divide(d)``), or ArithmeticException for a non-terminating expansion."""
    d = quotient.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        raise ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.")
    scale = preferred
    while (quotient * Fraction(10) ** scale).denominator != 1:
        scale += 1
    value = quotient * Fraction(10) ** scale
    return _make(int(value), scale)


def _rounded_fraction(value: Fraction, mc: MathContext, preferred: int) -> BigDecimal:
    if mc._precision == 0:
        return _exact(value, preferred)
    if value == 0:
        return _make(0, max(preferred, 0))
    exponent = math.floor(math.log10(abs(value)))
    scale = mc._precision - 1 - exponent
    unscaled = _round(value * Fraction(10) ** scale, mc._mode)
    if len(str(abs(unscaled))) > mc._precision:  # rounding carried into a new digit
        scale -= 1
        unscaled = _round(value * Fraction(10) ** scale, mc._mode)
    result = _make(unscaled, scale)
    while result._s > preferred and result._u % 10 == 0:  # back towards the preferred scale
        result = _make(result._u // 10, result._s - 1)
    return result


def _rounded(value: BigDecimal, mc: MathContext) -> tuple[int, int]:
    if mc._precision == 0 or value.precision() <= mc._precision:
        return value._u, value._s
    result = _rounded_fraction(value._frac(), mc, value._s)
    return result._u, result._s


def _ctx(value: BigDecimal, mc: MathContext | None) -> BigDecimal:
    if mc is None:
        return value
    return _make(*_rounded(value, mc))


for _name, _value in (("ZERO", 0), ("ONE", 1), ("TEN", 10)):
    setattr(BigDecimal, _name, _make(_value, 0))
MathContext.DECIMAL32, MathContext.DECIMAL64 = MathContext(7, 6), MathContext(16, 6)
MathContext.DECIMAL128, MathContext.UNLIMITED = MathContext(34, 6), MathContext(0, 4)

__getattr__ = _missing("java.math")
