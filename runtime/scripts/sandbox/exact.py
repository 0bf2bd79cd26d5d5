"""``fractions.Fraction`` and ``decimal.Decimal`` for scripts: no single call into C that holds
the interpreter for minutes.

* A Fraction normalises every result by a gcd, and its arithmetic multiplies and divides its
  parts: quadratic C code in their size (adding two 200,000-bit fractions: 0.7 s; building one
  from a 9-million-bit and a 4.5-million-bit integer: 37 s), which the watchdog cannot
  interrupt. The scripts' ``Fraction`` (a subclass of the real one, named and printed as it)
  keeps both parts of every value it makes within ``budget.MAX_FRACTION_BITS``: its
  constructor checks what it is given (an integer, a Decimal or a string whose exponent would
  make a huge power of ten), every operation checks its operands first and its result after,
  and hands back the scripts' type again.
* CPython converts between ``int`` and ``Decimal`` by quadratic C code
  (``Decimal(1 << 1000000)``: 1.8 s; ``int(Decimal('1e100000'))``: 0.4 s;
  ``int(Decimal('1e999999999'))`` never ends). The scripts' ``Decimal`` is a pseudo type
  (``runtime.scripts.legacy.py2types.PseudoType``: ``isinstance``, ``type(d) is Decimal`` and
  ``Decimal.from_float`` work on the real type) whose constructor refuses an integer past
  ``budget.MAX_DECIMAL_DIGITS`` digits; ``int()``/``long()`` refuse a Decimal past it
  (``py2types``), as ``math.trunc`` does here (Python 2's ``math.floor``/``ceil`` take a float).

Not covered in-process (process isolation kills them): arithmetic or comparisons between a
Decimal and a huge integer (``Decimal(1) + (1 << 3000000)`` converts in C), a context's
methods given one, ``d.as_integer_ratio()`` and ``'%d' % d`` of a Decimal with a huge exponent.
"""
from __future__ import annotations

import decimal
import fractions
import math
import re
from typing import Any, Callable

from runtime.core.budget import MAX_DECIMAL_DIGITS, MAX_FRACTION_BITS, check_decimal_digits
from runtime.scripts.legacy.py2types import REAL_BASES, VISIBLE_TYPES
from runtime.scripts.sandbox.hashing import CheckedType

_REAL_FRACTION = fractions.Fraction

#: ``1.5e-7`` in a string the Fraction constructor parses: its exponent becomes ``10 ** exp``.
_EXPONENT = re.compile(r"[eE]\s*([-+]?\d+)")

#: Bits a decimal digit stands for (an upper bound: log2(10) < 3.33).
_DIGIT_BITS = 3.33


def _refuse(bits: int, what: str) -> None:
    raise MemoryError(f"{what} would make a Fraction of about {bits:,} bits: over shim's limit of "
                      f"{MAX_FRACTION_BITS:,} bits for a numerator or denominator")


def _bits(value: Any) -> int:
    """The size a Fraction operand or constructor argument stands for (0: not an exact number)."""
    if isinstance(value, int):
        return value.bit_length() if value >= 0 else (-value).bit_length()
    if isinstance(value, _REAL_FRACTION):
        return max(_bits(value.numerator), value.denominator.bit_length())
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            return 0
        exponent = value.as_tuple().exponent
        return int((len(value.as_tuple().digits) + abs(exponent)) * _DIGIT_BITS)  # type: ignore[arg-type]
    if isinstance(value, str):
        found = _EXPONENT.search(value)
        return int((len(value) + (abs(int(found.group(1))) if found else 0)) * _DIGIT_BITS)
    return 0


def _check(value: Any, what: str) -> None:
    bits = _bits(value)
    if bits > MAX_FRACTION_BITS:
        _refuse(bits, what)


def _adopt(result: Any, what: str) -> Any:
    """A real Fraction made by the real methods, as the scripts' type (checked); a tuple
    (``divmod``) item by item; anything else (an int, a float, a bool) as it is."""
    if type(result) is _REAL_FRACTION:
        _check(result, what)
        adopted = object.__new__(Fraction)
        adopted._numerator, adopted._denominator = result._numerator, result._denominator  # noqa: SLF001
        return adopted
    if type(result) is tuple:
        return tuple(_adopt(item, what) for item in result)
    return result


class Fraction(_REAL_FRACTION):
    """The scripts' ``fractions.Fraction`` (see the module docstring)."""

    __slots__ = ()

    def __new__(cls, numerator: Any = 0, denominator: Any = None) -> "Fraction":
        _check(numerator, "Fraction()")
        _check(denominator, "Fraction()")
        made = super().__new__(cls, numerator, denominator)
        _check(made, "Fraction()")
        return made

    @classmethod
    def from_decimal(cls, dec: Any) -> "Fraction":
        _check(dec, "Fraction.from_decimal()")
        return _adopt(_REAL_FRACTION.from_decimal(dec), "Fraction.from_decimal()")

    def __pow__(self, exponent: Any, modulo: Any = None) -> Any:
        if isinstance(exponent, int):  # the parts are raised to it before anything can check
            bits = _bits(self) * abs(exponent)
            if bits > MAX_FRACTION_BITS:
                _refuse(bits, f"a Fraction ** {exponent}")
        return _adopt(_REAL_FRACTION.__pow__(self, exponent), "**")


def _guarded(name: str) -> Callable[..., Any]:
    real = getattr(_REAL_FRACTION, name)

    def method(self: Fraction, *args: Any) -> Any:
        for other in args:
            _check(other, f"Fraction.{name}")
        return _adopt(real(self, *args), f"Fraction.{name}")
    method.__name__ = name
    return method


for _name in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
              "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__",
              "__rdivmod__", "__rpow__", "__pos__", "__neg__", "__abs__", "limit_denominator"):
    setattr(Fraction, _name, _guarded(_name))
Fraction.__module__ = "fractions"


# -- Decimal ------------------------------------------------------------------------------------

def _build_decimal(value: Any = "0", context: Any = None) -> decimal.Decimal:
    if isinstance(value, int) and not -(1 << 64) < value < 1 << 64:
        digits = int(value.bit_length() / _DIGIT_BITS)
        if digits > MAX_DECIMAL_DIGITS:
            raise MemoryError(f"Decimal() of a {value.bit_length():,}-bit integer (about {digits:,} digits): "
                              f"over shim's limit of {MAX_DECIMAL_DIGITS:,} digits")
    return decimal.Decimal(value, context)


class _DecimalType(CheckedType):
    def __repr__(cls) -> str:
        return "<class 'decimal.Decimal'>"


DECIMAL = _DecimalType("Decimal", (), {"__slots__": (), "__module__": "decimal", "build": staticmethod(_build_decimal)})
DECIMAL.real = decimal.Decimal
REAL_BASES[DECIMAL] = decimal.Decimal
VISIBLE_TYPES[decimal.Decimal] = DECIMAL


def trunc(value: Any) -> Any:
    """``math.trunc``: a Decimal with a huge exponent is refused (Python 2's ``floor``/``ceil``
    go through a float: ``runtime.scripts.legacy.builtins``)."""
    check_decimal_digits(value, "math.trunc()")
    return math.trunc(value)
