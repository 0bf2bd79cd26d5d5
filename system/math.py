"""``system.math``: statistics over sequences of numbers (Ignition 8.0.? / 8.1 manual,
``system.math.*``).

Ignition hands the sequence to Apache Commons Math (``StatUtils``, ``DescriptiveStatistics``), so
the results follow its definitions, which this module reproduces: ``variance`` and
``standardDeviation`` are the bias-corrected sample ones (n - 1), ``populationVariance`` divides
by n, ``percentile`` is Commons Math's default estimate (position ``p * (n + 1) / 100``,
interpolated), ``median`` its 50th percentile, ``kurtosis``/``skewness`` the bias-corrected
sample statistics (NaN below 4/3 values), ``mode`` the most frequent values in ascending order.
Every function returns NaN for an empty sequence or ``None`` (manual: "or NaN if the input was
empty or null"); a ``None`` inside the sequence raises, as the manual says it may not contain one.
"""
from __future__ import annotations

import builtins
import math as _m
from collections import Counter
from typing import Any

from runtime.emulated.java._throwables import _declare
from runtime.emulated.java.lang import IllegalArgumentException

#: What Commons Math throws for sequences of different lengths (8.1 manual, system.math.meanDifference
#: and sumDifference: "Throws a DimensionMismatchException if the two sequences have different lengths").
DimensionMismatchException = _declare("DimensionMismatchException", IllegalArgumentException,
                                      "org.apache.commons.math3.exception")

__all__ = [
    "geometricMean", "kurtosis", "max", "mean", "meanDifference", "median", "min", "mode",
    "normalize", "percentile", "populationVariance", "product", "skewness", "standardDeviation",
    "sum", "sumDifference", "sumLog", "sumSquares", "variance",
]

_NAN = float("nan")


def _values(function: str, values: Any) -> list[float] | None:
    """The sequence as doubles (None when absent); anything else raises like Ignition's
    conversion to ``double[]``."""
    if values is None:
        return None
    if isinstance(values, (str, bytes, dict)) or not hasattr(values, "__iter__"):
        raise TypeError(f"{function}(): values must be a sequence of numbers, "
                        f"not {type(values).__name__}")
    out = []
    for value in values:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{function}(): every value must be a number, "
                            f"not {'None' if value is None else type(value).__name__}")
        out.append(float(value))
    return out


def _mean(xs: list[float]) -> float:
    return builtins.sum(xs) / len(xs)


def _central(xs: list[float], power: int) -> float:
    m = _mean(xs)
    return builtins.sum((x - m) ** power for x in xs)


def geometricMean(values) -> float:
    """exp(sum of logs / n) (manual, ``system.math.geometricMean``); NaN if a value is negative."""
    xs = _values("geometricMean", values)
    if not xs:
        return _NAN
    return _m.exp(sumLog(xs) / len(xs))


def kurtosis(values) -> float:
    """The bias-corrected sample kurtosis (manual, ``system.math.kurtosis``); NaN for fewer
    than four values, 0.0 when every value is the same."""
    xs = _values("kurtosis", values)
    if not xs or len(xs) <= 3:
        return _NAN
    n = float(len(xs))
    m2 = _central(xs, 2)
    var = m2 / (n - 1)
    if var < 10e-20:
        return 0.0
    m4 = _central(xs, 4)
    return ((n * (n + 1) * m4 - 3 * m2 * m2 * (n - 1))
            / ((n - 1) * (n - 2) * (n - 3) * var * var))


def max(values) -> float:  # noqa: A001 - Ignition's name
    """The greatest value (manual, ``system.math.max``)."""
    xs = _values("max", values)
    return builtins.max(xs) if xs else _NAN


def mean(values) -> float:
    """The arithmetic mean (manual, ``system.math.mean``)."""
    xs = _values("mean", values)
    return _mean(xs) if xs else _NAN


def _pairs(function: str, values1: Any, values2: Any) -> tuple[list[float], list[float]] | None:
    xs, ys = _values(function, values1), _values(function, values2)
    if xs is None or ys is None:
        return None
    if len(xs) != len(ys):
        raise DimensionMismatchException(f"{function}(): the sequences differ in length "
                                         f"({len(xs)} != {len(ys)})")
    return xs, ys


def meanDifference(values1, values2) -> float:
    """The mean of the signed differences ``values1[i] - values2[i]`` (manual,
    ``system.math.meanDifference``); sequences of different lengths raise."""
    pairs = _pairs("meanDifference", values1, values2)
    if not pairs or not pairs[0]:
        return _NAN
    return sumDifference(*pairs) / len(pairs[0])


def median(values) -> float:
    """The 50th percentile (manual, ``system.math.median``)."""
    xs = _values("median", values)
    return percentile(xs, 50) if xs else _NAN


def min(values) -> float:  # noqa: A001 - Ignition's name
    """The smallest value (manual, ``system.math.min``)."""
    xs = _values("min", values)
    return builtins.min(xs) if xs else _NAN


def mode(values) -> list:
    """The most frequent value(s), ascending (manual, ``system.math.mode``); an empty list for
    an empty sequence."""
    xs = _values("mode", values)
    if not xs:
        return []
    counts = Counter(xs)
    top = builtins.max(counts.values())
    return sorted(x for x, c in counts.items() if c == top)


def normalize(values) -> list:
    """Each value minus the mean, divided by the sample standard deviation (manual,
    ``system.math.normalize``)."""
    xs = _values("normalize", values)
    if not xs:
        return []
    m, sd = _mean(xs), standardDeviation(xs)
    return [(x - m) / sd if sd else _NAN for x in xs]


def percentile(values, percentile) -> float:  # noqa: A002 - Ignition's parameter name
    """The estimated percentile, 0 < ``percentile`` <= 100, else an exception (manual,
    ``system.math.percentile``; Commons Math's estimate at position p(n+1)/100)."""
    if isinstance(percentile, bool) or not isinstance(percentile, (int, float)) \
            or not 0 < percentile <= 100:
        raise IllegalArgumentException(f"out of bounds quantile value: {percentile}, must be in (0, 100]")
    xs = _values("percentile", values)
    if not xs:
        return _NAN
    ordered = sorted(xs)
    n = len(ordered)
    if n == 1:
        return ordered[0]
    pos = percentile * (n + 1) / 100.0
    if pos < 1:
        return ordered[0]
    if pos >= n:
        return ordered[-1]
    whole = int(_m.floor(pos))
    lower, upper = ordered[whole - 1], ordered[whole]
    return lower + (pos - whole) * (upper - lower)


def populationVariance(values) -> float:
    """The variance dividing by n (manual, ``system.math.populationVariance``)."""
    xs = _values("populationVariance", values)
    return _central(xs, 2) / len(xs) if xs else _NAN


def product(values) -> float:
    """The product of the values (manual, ``system.math.product``)."""
    xs = _values("product", values)
    return float(_m.prod(xs)) if xs else _NAN


def skewness(values) -> float:
    """The bias-corrected sample skewness (manual, ``system.math.skewness``); NaN for fewer
    than three values, 0.0 when every value is the same."""
    xs = _values("skewness", values)
    if not xs or len(xs) < 3:
        return _NAN
    n = float(len(xs))
    var = _central(xs, 2) / (n - 1)
    if var < 10e-20:
        return 0.0
    return (n / ((n - 1) * (n - 2))) * _central(xs, 3) / (var * _m.sqrt(var))


def standardDeviation(values) -> float:
    """The sample standard deviation, n - 1 (manual, ``system.math.standardDeviation``)."""
    v = variance(values)
    return _m.sqrt(v) if v == v else _NAN


def sum(values) -> float:  # noqa: A001 - Ignition's name
    """The sum of the values (manual, ``system.math.sum``)."""
    xs = _values("sum", values)
    return float(_m.fsum(xs)) if xs else _NAN


def sumDifference(values1, values2) -> float:
    """The sum of the signed differences ``values1[i] - values2[i]`` (manual,
    ``system.math.sumDifference``); sequences of different lengths raise."""
    pairs = _pairs("sumDifference", values1, values2)
    if not pairs or not pairs[0]:
        return _NAN
    return float(builtins.sum(x - y for x, y in zip(*pairs)))


def sumLog(values) -> float:
    """The sum of the natural logarithms (manual, ``system.math.sumLog``); NaN for a negative
    value, -Infinity for a zero, as Java's Math.log."""
    xs = _values("sumLog", values)
    if not xs:
        return _NAN
    total = 0.0
    for x in xs:
        total += _NAN if x < 0 else (float("-inf") if x == 0 else _m.log(x))
    return total


def sumSquares(values) -> float:
    """The sum of the squares (manual, ``system.math.sumSquares``)."""
    xs = _values("sumSquares", values)
    return float(builtins.sum(x * x for x in xs)) if xs else _NAN


def variance(values) -> float:
    """The bias-corrected sample variance, n - 1; 0.0 for one value (manual,
    ``system.math.variance``)."""
    xs = _values("variance", values)
    if not xs:
        return _NAN
    if len(xs) == 1:
        return 0.0
    return _central(xs, 2) / (len(xs) - 1)
