"""How Java turns values into text: ``toString``, ``Double.toString``, ``hashCode``, ``String.format``.

Jython hands Python values to Java as boxed objects (int -> Integer, float -> Double, None -> null,
bool -> Boolean) and Java formats those, so ``ArrayList([1.0, None, True])`` prints
``[1.0, null, true]`` and ``String.format("%.1f", 0.05)`` gives ``0.1`` (Java rounds the shortest
decimal form half-up; Python's ``%`` rounds the binary value). Every emulated class formats
through this module so the rules live in one place. Nothing here is exposed to scripts.
"""
from __future__ import annotations

import decimal
import math
import re
import struct
from typing import Any, Sequence

INT_MIN, INT_MAX = -(2 ** 31), 2 ** 31 - 1
LONG_MIN, LONG_MAX = -(2 ** 63), 2 ** 63 - 1


def double_to_string(value: float) -> str:
    """``Double.toString``: ``1.0E10``, ``1.0E-4``, ``100.0``, ``NaN``, ``-Infinity``.

    Plain notation for 1e-3 <= |x| < 1e7, computerized scientific notation otherwise, always
    with at least one fractional digit; the digits are the shortest that round-trip.
    """
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    if abs(value) == 5e-324:  # Double.MIN_VALUE: Java keeps the two digits of its older algorithm
        return "-4.9E-324" if value < 0 else "4.9E-324"
    sign, digits, exponent = decimal.Decimal(repr(value)).as_tuple()
    text = "".join(map(str, digits)).rstrip("0") or "0"
    point = len(digits) + int(exponent)  # digits before the decimal point
    prefix = "-" if sign else ""
    if 1e-3 <= abs(value) < 1e7:
        if point <= 0:
            return prefix + "0." + "0" * -point + text
        whole = text[:point].ljust(point, "0")
        return prefix + whole + "." + (text[point:] or "0")
    return prefix + text[0] + "." + (text[1:] or "0") + "E" + str(point - 1)


def float_to_string(value: float) -> str:
    """``Float.toString`` of a value already rounded to float precision."""
    if math.isnan(value) or math.isinf(value) or value == 0:
        return double_to_string(value)
    for digits in range(1, 10):
        candidate = float("%.*e" % (digits - 1, value))
        if struct.unpack("f", struct.pack("f", candidate))[0] == value:
            return double_to_string(candidate)
    return double_to_string(value)


def to_string(value: Any) -> str:
    """Java's ``String.valueOf(Object)`` of a value as Jython boxes it."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, float):
        return double_to_string(value)
    if isinstance(value, str):
        return value
    to_str = getattr(type(value), "toString", None)
    if to_str is not None and not isinstance(value, type):
        return to_str(value)
    return str(value)


def overload_string(value: Any) -> str:
    """Text of a value passed to an overloaded ``valueOf``/``append``, as Jython 2.7 picks overloads.

    Jython matches a Python bool to the ``int`` overload (``String.valueOf(True)`` is ``"1"``) and a
    long too big for Java's ``long`` to the ``double`` one (``append(10**20)`` gives ``"1.0E20"``).
    """
    if value is True or value is False:
        return "1" if value else "0"
    if isinstance(value, int) and not LONG_MIN <= value <= LONG_MAX:
        return double_to_string(float(value))
    return to_string(value)


def java_type_name(value: Any) -> str:
    """The Java class name Jython would box ``value`` into (used in Java's error messages)."""
    if value is True or value is False:
        return "java.lang.Boolean"
    if isinstance(value, int):
        if INT_MIN <= value <= INT_MAX:
            return "java.lang.Integer"
        return "java.lang.Long" if LONG_MIN <= value <= LONG_MAX else "java.math.BigInteger"
    if isinstance(value, float):
        return "java.lang.Double"
    if isinstance(value, str):
        return "java.lang.String"
    if isinstance(value, list):
        return "org.python.core.PyList"
    if isinstance(value, dict):
        return "org.python.core.PyDictionary"
    if isinstance(value, tuple):
        return "org.python.core.PyTuple"
    cls = type(value)
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def to_int32(value: int) -> int:
    """Wrap an integer to Java's 32-bit ``int``."""
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value > INT_MAX else value


def to_int64(value: int) -> int:
    """Wrap an integer to Java's 64-bit ``long``."""
    value &= 0xFFFFFFFFFFFFFFFF
    return value - (1 << 64) if value > LONG_MAX else value


def string_hash(text: str) -> int:
    """``String.hashCode``: s[0]*31^(n-1) + ... over UTF-16 code units, as a 32-bit int."""
    h = 0
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h = (31 * h + (data[i] | data[i + 1] << 8)) & 0xFFFFFFFF
    return to_int32(h)


def java_hash(value: Any) -> int:
    """``hashCode()`` of a value as Jython boxes it (decides HashMap/HashSet iteration order)."""
    if value is None:
        return 0
    if value is True or value is False:
        return 1231 if value else 1237
    if isinstance(value, int):
        if INT_MIN <= value <= INT_MAX:
            return value
        return to_int32(value ^ (value >> 32))
    if isinstance(value, float):
        if value == 0.0 and math.copysign(1.0, value) > 0:
            return 0
        bits = struct.unpack(">q", struct.pack(">d", value))[0]
        return to_int32(bits ^ (bits >> 32))
    if isinstance(value, str):
        return string_hash(value)
    if isinstance(value, (tuple, list)):
        h = 1
        for item in value:
            h = (31 * h + java_hash(item)) & 0xFFFFFFFF
        return to_int32(h)
    method = getattr(type(value), "hashCode", None)
    if method is not None and not isinstance(value, type):
        return to_int32(method(value))
    return to_int32(hash(value))


# --- java.util.Formatter ---------------------------------------------------------------------

_SPEC = re.compile(r"%(\d+\$)?([-#+ 0,(<]*)(\d+)?(\.\d+)?([a-zA-Z%])")


class FormatError(Exception):
    """A Formatter failure; ``kind`` names the java.util exception class to raise."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _half_up(value: float, places: int) -> decimal.Decimal:
    quantum = decimal.Decimal(1).scaleb(-places)
    with decimal.localcontext() as ctx:
        ctx.prec = 1000
        return decimal.Decimal(repr(value)).quantize(quantum, rounding=decimal.ROUND_HALF_UP)


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return ",".join(parts)


def _fixed(value: float, precision: int, grouping: bool) -> str:
    text = "%.*f" % (precision, abs(_half_up(value, precision)))
    if grouping:
        whole, _, frac = text.partition(".")
        text = _group(whole) + ("." + frac if frac else "")
    return text


def _scientific(value: float, precision: int, upper: bool) -> str:
    if value == 0:
        mantissa, exponent = "0" + ("." + "0" * precision if precision else ""), 0
    else:
        dec = decimal.Decimal(repr(abs(value)))
        exponent = dec.adjusted()
        scaled = dec.scaleb(-exponent)
        with decimal.localcontext() as ctx:
            ctx.prec = 1000
            rounded = scaled.quantize(decimal.Decimal(1).scaleb(-precision),
                                      rounding=decimal.ROUND_HALF_UP)
        if rounded >= 10:
            exponent += 1
            rounded = (rounded / 10).quantize(decimal.Decimal(1).scaleb(-precision))
        mantissa = "%.*f" % (precision, rounded)
    text = "%se%s%02d" % (mantissa, "-" if exponent < 0 else "+", abs(exponent))
    return text.upper() if upper else text


def _general(value: float, precision: int, upper: bool) -> str:
    """%g: ``precision`` significant digits, plain for 1e-4 <= m < 10^precision, else scientific."""
    precision = precision or 1
    if value == 0:
        return _fixed(0.0, precision - 1, False)
    with decimal.localcontext() as ctx:
        ctx.prec = precision
        ctx.rounding = decimal.ROUND_HALF_UP
        rounded = +decimal.Decimal(repr(abs(value)))
    if decimal.Decimal("1e-4") <= rounded < decimal.Decimal(10) ** precision:
        return _fixed(value, max(precision - rounded.adjusted() - 1, 0), False)
    return _scientific(value, precision - 1, upper)


def _signed(body: str, negative: bool, flags: str) -> str:
    if negative:
        return "(" + body + ")" if "(" in flags else "-" + body
    if "+" in flags:
        return "+" + body
    if " " in flags:
        return " " + body
    return body


def _pad(text: str, width: int | None, flags: str, numeric: bool) -> str:
    if width is None or len(text) >= width:
        return text
    if "-" in flags:
        return text.ljust(width)
    if numeric and "0" in flags:
        sign = text[0] if text[:1] in "+- (" and text[:1] else ""
        if text.startswith(("0x", "0X")):
            sign = text[:2]
        body = text[len(sign):]
        return sign + body.rjust(width - len(sign), "0")
    return text.rjust(width)


def _convert(conv: str, arg: Any, flags: str, width: int | None, precision: int | None) -> str:
    lower = conv.lower()
    upper = conv.isupper()
    if lower == "s":
        text = to_string(arg)
        if precision is not None:
            text = text[:precision]
        return _pad(text.upper() if upper else text, width, flags, False)
    if lower == "b":
        text = "false" if arg is None or arg is False else "true"
        if precision is not None:
            text = text[:precision]
        return _pad(text.upper() if upper else text, width, flags, False)
    if lower == "h":
        text = "null" if arg is None else "%x" % (java_hash(arg) & 0xFFFFFFFF)
        return _pad(text.upper() if upper else text, width, flags, False)
    if lower == "c":
        if arg is None:
            return _pad("null", width, flags, False)
        if isinstance(arg, bool) or not isinstance(arg, int):
            raise FormatError("IllegalFormatConversionException",
                              "c != %s" % java_type_name(arg))
        text = chr(arg)
        return _pad(text.upper() if upper else text, width, flags, False)
    if arg is None:
        return _pad("null", width, flags, False)
    if lower in "dox":
        if isinstance(arg, bool) or not isinstance(arg, int):
            raise FormatError("IllegalFormatConversionException",
                              "%s != %s" % (conv, java_type_name(arg)))
        if lower == "d":
            body = _group(str(abs(arg))) if "," in flags else str(abs(arg))
            return _pad(_signed(body, arg < 0, flags), width, flags, True)
        value = arg
        if INT_MIN <= arg <= INT_MAX and arg < 0:
            value = arg & 0xFFFFFFFF
        body = ("%o" if lower == "o" else "%x") % abs(value)
        if "#" in flags:
            body = ("0" if lower == "o" else "0x") + body
        text = ("-" if value < 0 else "") + body
        return _pad(text.upper() if upper else text, width, flags, True)
    if lower in "efga":
        if isinstance(arg, bool) or not isinstance(arg, float):
            raise FormatError("IllegalFormatConversionException",
                              "%s != %s" % (conv, java_type_name(arg)))
        if math.isnan(arg) or math.isinf(arg):
            text = "NaN" if math.isnan(arg) else ("Infinity" if arg > 0 else "-Infinity")
            if arg > 0 and math.isinf(arg):
                text = _signed(text, False, flags)
            return _pad(text, width, flags, False)
        prec = 6 if precision is None else precision
        if lower == "f":
            body = _fixed(arg, prec, "," in flags)
        elif lower == "e":
            body = _scientific(arg, prec, upper)
        elif lower == "g":
            body = _general(arg, prec, upper)
        else:
            body = float.hex(abs(arg))
        negative = math.copysign(1.0, arg) < 0
        return _pad(_signed(body, negative, flags), width, flags, True)
    raise FormatError("UnknownFormatConversionException", "Conversion = '%s'" % conv)


def java_format(pattern: str, args: Sequence[Any]) -> str:
    """``String.format(pattern, args...)`` for the s b h c d o x e f g % n conversions."""
    out: list[str] = []
    pos = 0
    ordinary = 0
    last: int | None = None
    while True:
        start = pattern.find("%", pos)
        if start < 0:
            out.append(pattern[pos:])
            break
        out.append(pattern[pos:start])
        match = _SPEC.match(pattern, start)
        if match is None:
            bad = pattern[start + 1:start + 2] or "%"
            raise FormatError("UnknownFormatConversionException", "Conversion = '%s'" % bad)
        index, flags, width, precision, conv = match.groups()
        pos = match.end()
        if conv == "%":
            out.append(_pad("%", int(width) if width else None, flags, False))
            continue
        if conv == "n":
            out.append("\n")
            continue
        if "<" in flags:
            slot = last
        elif index:
            slot = int(index[:-1]) - 1
        else:
            slot = ordinary
            ordinary += 1
        if slot is None or slot >= len(args):
            raise FormatError("MissingFormatArgumentException",
                              "Format specifier '%s'" % match.group(0))
        last = slot
        out.append(_convert(conv, args[slot], flags.replace("<", ""),
                            int(width) if width else None,
                            int(precision[1:]) if precision else None))
    return "".join(out)
