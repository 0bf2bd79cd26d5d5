"""The DecimalFormat pattern language (``#,##0.00``, ``0.###``, ``0.00%``, ``0.0E0``, ``a;b``).

Java rounds HALF_EVEN on the exact binary value of a double (``0.125`` -> ``0.12``, ``2.5`` -> ``2``,
``1.005`` -> ``1.00`` because 1.005 is stored as 1.00499...), keeps the sign of a negative number
that rounds to zero (``-0``), and prints no integer digit when the pattern has none (``.50``).
Supported: prefixes/suffixes with quotes, grouping, min/max integer and fraction digits, ``%``
and per-mille multipliers, an explicit negative subpattern, and scientific notation whose integer
part is all ``0`` (engineering patterns such as ``##0.##E0`` are refused).
"""
from __future__ import annotations

import decimal
import math
from dataclasses import dataclass, replace

_SPECIAL = "#0,."
_PERMILLE = "\u2030"
_CURRENCY = "\u00a4"


class DecimalPatternError(ValueError):
    """An invalid or unsupported pattern (message is Java's where Java has one)."""


@dataclass(frozen=True)
class DecimalPattern:
    """A compiled pattern: affixes, digit counts, grouping, multiplier, exponent digits."""

    positive_prefix: str = ""
    positive_suffix: str = ""
    negative_prefix: str | None = None
    negative_suffix: str | None = None
    min_int: int = 1
    min_frac: int = 0
    max_frac: int = 3
    grouping: int = 3
    grouping_used: bool = True
    multiplier: int = 1
    decimal_always: bool = False
    exponent_digits: int = 0  # 0: no scientific notation

    def with_(self, **changes: object) -> "DecimalPattern":
        return replace(self, **changes)  # type: ignore[arg-type]


def _affix(text: str, start: int, stop_at_number: bool) -> tuple[str, int, int]:
    """Read an affix from ``start``; returns (text, end index, multiplier it implies)."""
    out: list[str] = []
    multiplier = 1
    i = start
    while i < len(text):
        char = text[i]
        if char == "'":
            end = text.find("'", i + 1)
            if end < 0:
                raise DecimalPatternError("Malformed pattern \"%s\"" % text)
            out.append("'" if end == i + 1 else text[i + 1:end])
            i = end + 1
            continue
        if stop_at_number and char in _SPECIAL:
            break
        if char == ";":
            break
        if char == "%":
            multiplier = 100
        elif char == _PERMILLE:
            multiplier = 1000
        elif char == _CURRENCY:
            char = "$"
        out.append(char)
        i += 1
    return "".join(out), i, multiplier


def _number_end(text: str, i: int) -> int:
    """End of the digit part (``#0,.`` then an optional ``E0...``) starting at ``i``."""
    while i < len(text) and text[i] in _SPECIAL:
        i += 1
    if i < len(text) and text[i] == "E":
        i += 1
        while i < len(text) and text[i] == "0":
            i += 1
    return i


def compile_decimal(pattern: str) -> DecimalPattern:
    """Compile a DecimalFormat pattern (Java's ``applyPattern``)."""
    prefix, start, mult_a = _affix(pattern, 0, True)
    end = _number_end(pattern, start)
    number = pattern[start:end]
    suffix, i, mult_b = _affix(pattern, end, False)
    negative_prefix = negative_suffix = None
    if i < len(pattern) and pattern[i] == ";":
        rest = pattern[i + 1:]
        negative_prefix, j, _ = _affix(rest, 0, True)
        negative_suffix = _affix(rest, _number_end(rest, j), False)[0]
    mantissa, has_exponent, exponent = number.partition("E")
    if has_exponent and not exponent:
        raise DecimalPatternError('Malformed exponential pattern "%s"' % pattern)
    integer, dot, fraction = mantissa.partition(".")
    if "." in fraction:
        raise DecimalPatternError('Multiple decimal separators in pattern "%s"' % pattern)
    if "," in fraction:
        raise DecimalPatternError('Malformed pattern "%s"' % pattern)
    digits = integer.replace(",", "")
    if "0#" in digits or "#0" in fraction:
        raise DecimalPatternError('Unexpected \'0\' in pattern "%s"' % pattern)
    if exponent and "#" in digits:
        raise DecimalPatternError("engineering notation (%s) is not emulated by shim" % pattern)
    min_int = digits.count("0")
    if min_int == 0 and "0" not in fraction and "#" in digits and dot:
        min_int = 1  # Java turns "#.##" into "0.##"
    grouping = len(integer) - integer.rfind(",") - 1 if "," in integer else 0
    return DecimalPattern(
        positive_prefix=prefix, positive_suffix=suffix,
        negative_prefix=negative_prefix, negative_suffix=negative_suffix,
        min_int=min_int,
        min_frac=fraction.count("0"), max_frac=len(fraction),
        grouping=grouping, grouping_used=grouping > 0,
        multiplier=max(mult_a, mult_b),
        decimal_always=bool(dot) and not fraction,
        exponent_digits=len(exponent))


def _exact(value: float | int) -> decimal.Decimal:
    return decimal.Decimal(value) if not isinstance(value, decimal.Decimal) else value


def _group(digits: str, size: int) -> str:
    if size <= 0 or len(digits) <= size:
        return digits
    head = len(digits) % size or size
    return ",".join([digits[:head]] + [digits[i:i + size] for i in range(head, len(digits), size)])


def format_decimal(p: DecimalPattern, value: float | int) -> str:
    """Text of ``value`` under pattern ``p``, as ``DecimalFormat.format`` writes it."""
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    negative = value < 0 or (isinstance(value, float) and value == 0
                             and math.copysign(1.0, value) < 0)
    if isinstance(value, float) and math.isinf(value):
        body = "\u221e"
    elif p.exponent_digits:
        body = _scientific(p, abs(_exact(value)) * p.multiplier)
    else:
        body = _fixed(p, abs(_exact(value)) * p.multiplier)
    if negative:
        if p.negative_prefix is not None:
            return p.negative_prefix + body + (p.negative_suffix or "")
        return "-" + p.positive_prefix + body + p.positive_suffix
    return p.positive_prefix + body + p.positive_suffix


def _fixed(p: DecimalPattern, magnitude: decimal.Decimal) -> str:
    with decimal.localcontext() as ctx:
        ctx.prec = 1000
        rounded = magnitude.quantize(decimal.Decimal(1).scaleb(-p.max_frac),
                                     rounding=decimal.ROUND_HALF_EVEN)
    text = "%.*f" % (p.max_frac, rounded)
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0").ljust(p.min_frac, "0")
    whole = whole.lstrip("0").rjust(p.min_int, "0")
    if p.grouping_used:
        whole = _group(whole, p.grouping)
    if not whole and not frac:
        whole = "0"
    return whole + ("." + frac if frac or p.decimal_always else "")


def _scientific(p: DecimalPattern, magnitude: decimal.Decimal) -> str:
    significant = p.min_int + p.max_frac
    if magnitude == 0:
        mantissa_digits, exponent = "0" * significant, 0
    else:
        with decimal.localcontext() as ctx:
            ctx.prec = significant
            ctx.rounding = decimal.ROUND_HALF_EVEN
            rounded = +magnitude
        exponent = rounded.adjusted() - (p.min_int - 1)
        mantissa_digits = "".join(map(str, rounded.as_tuple().digits)).ljust(significant, "0")
    whole = mantissa_digits[:p.min_int]
    frac = mantissa_digits[p.min_int:].rstrip("0").ljust(p.min_frac, "0")
    text = whole + ("." + frac if frac or p.decimal_always else "")
    sign = "-" if exponent < 0 else ""
    return "%sE%s%s" % (text, sign, str(abs(exponent)).zfill(p.exponent_digits))


def parse_decimal(p: DecimalPattern, text: str) -> tuple[float | int, int] | None:
    """(number, end index) parsed from the start of ``text``, or None when nothing parses."""
    negative = False
    pos = 0
    neg_prefix = p.negative_prefix if p.negative_prefix is not None else "-" + p.positive_prefix
    if neg_prefix and text.startswith(neg_prefix):
        negative, pos = True, len(neg_prefix)
    elif text.startswith(p.positive_prefix):
        pos = len(p.positive_prefix)
    else:
        return None
    digits: list[str] = []
    while pos < len(text) and (text[pos].isdigit() or (text[pos] == "," and p.grouping_used)):
        if text[pos] != ",":
            digits.append(text[pos])
        pos += 1
    frac: list[str] = []
    if pos < len(text) and text[pos] == ".":
        pos += 1
        while pos < len(text) and text[pos].isdigit():
            frac.append(text[pos])
            pos += 1
    if not digits and not frac:
        return None
    exponent = 0
    if pos < len(text) and text[pos] == "E":
        mark, pos2 = pos, pos + 1
        sign = 1
        if pos2 < len(text) and text[pos2] in "+-":
            sign = -1 if text[pos2] == "-" else 1
            pos2 += 1
        exp_digits = ""
        while pos2 < len(text) and text[pos2].isdigit():
            exp_digits += text[pos2]
            pos2 += 1
        if exp_digits:
            exponent, pos = sign * int(exp_digits), pos2
        else:
            pos = mark
    suffix = p.negative_suffix if negative and p.negative_suffix is not None else p.positive_suffix
    if suffix and text.startswith(suffix, pos):
        pos += len(suffix)
    value = decimal.Decimal("".join(digits or ["0"]) + "." + "".join(frac or ["0"]))
    value = value.scaleb(exponent) / p.multiplier
    if negative:
        value = value.copy_negate()
    if value == value.to_integral_value() and not (negative and value == 0) \
            and -(2 ** 63) <= value < 2 ** 63:
        return int(value), pos
    return float(value), pos


def _quote(affix: str | None) -> str:
    if not affix:
        return ""
    if any(c in affix for c in "#0,.;%'E" + _PERMILLE):
        return "'" + affix.replace("'", "''") + "'"
    return affix


def pattern_text(p: DecimalPattern) -> str:
    """``toPattern()``: the canonical pattern of ``p``."""
    if p.grouping_used and p.grouping:
        integer = "#" * max(p.grouping + 1 - p.min_int, 1) + "0" * p.min_int
        head = integer[:-p.grouping] or "#"
        integer = head + "," + integer[-p.grouping:]
    else:
        integer = "#" * (p.min_int == 0) + "0" * p.min_int
    fraction = "0" * p.min_frac + "#" * (p.max_frac - p.min_frac)
    number = integer + ("." + fraction if fraction or p.decimal_always else "")
    if p.exponent_digits:
        number += "E" + "0" * p.exponent_digits
    text = _quote(p.positive_prefix) + number + _quote(p.positive_suffix)
    if p.negative_prefix is not None:
        text += ";" + _quote(p.negative_prefix) + number + _quote(p.negative_suffix)
    return text
