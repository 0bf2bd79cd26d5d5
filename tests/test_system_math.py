"""system.math: the statistics Ignition computes with Apache Commons Math, checked against
values computed independently (scipy.stats with bias=False, numpy's "weibull" percentile, the
p(n+1) estimate Commons Math uses by default), through a real handler and directly."""
from __future__ import annotations

import math

import pytest

import system.math as sm
from systemkit import IGN81, fail_one, handler_files, run_one

DATA = [2.0, 4.5, 4.5, 7.0, 11.0, 3.25]


def test_the_manual_example_of_percentile_runs_as_written(make_gateway):
    gw = make_gateway(handler_files("""
# Create a list of values.
values = [3.5, 5.6, 7.4, 3.8]

# Print the 75th percentile.
print system.math.percentile(values, 75)
""", semantics="8.1"), synchronous=True)
    assert run_one(gw).output == ["6.95"]


def test_every_function_in_a_plant_style_handler(make_gateway):
    gw = make_gateway(handler_files("""
logger = system.util.getLogger("stats")
readings = [2, 4.5, 4.5, 7, 11, 3.25]
def summary(values):
    try:
        return "%.4f %.4f %.4f" % (system.math.mean(values), system.math.median(values),
                                   system.math.standardDeviation(values))
    except Exception, e:
        logger.error("stats failed: %s" % e)
        raise
print summary(readings)
print system.math.max(readings), system.math.min(readings), system.math.sum(readings), system.math.mode(readings)
print system.math.sumDifference([5, 7], [1, 2]), system.math.meanDifference(values1=[5, 7], values2=[1, 2])
print system.math.mean([]), system.math.mean(None), system.math.mode([])
""", semantics="8.1"), synchronous=True)
    assert run_one(gw).output == ["5.3750 4.5000 3.2162", "11.0 2.0 32.25 [4.5]", "9.0 4.5", "nan nan []"]


@pytest.mark.parametrize("function, expected", [
    (sm.mean, 5.375), (sm.median, 4.5), (sm.variance, 10.34375), (sm.populationVariance, 8.619791666666666),
    (sm.standardDeviation, 3.2161700825671518), (sm.sum, 32.25), (sm.product, 2.0 * 4.5 * 4.5 * 7 * 11 * 3.25),
    (sm.sumSquares, 4 + 20.25 + 20.25 + 49 + 121 + 10.5625), (sm.sumLog, math.log(2.0 * 4.5 * 4.5 * 7 * 11 * 3.25)),
    (sm.geometricMean, 4.651983705909545), (sm.skewness, 1.198391101310881), (sm.kurtosis, 1.3354204507078258),
    (sm.max, 11.0), (sm.min, 2.0),
])
def test_statistics_match_commons_math(function, expected):
    assert function(DATA) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("p, expected", [(75, 8.0), (10, 2.0), (95, 11.0), (50, 4.5), (100, 11.0), (40, 4.25)])
def test_percentile_is_the_p_n_plus_1_estimate(p, expected):
    assert sm.percentile(DATA, p) == pytest.approx(expected)


def test_small_and_degenerate_inputs():
    assert math.isnan(sm.kurtosis([1, 2, 3])) and math.isnan(sm.skewness([1, 2]))
    assert sm.kurtosis([4, 4, 4, 4]) == 0.0 and sm.skewness([4, 4, 4]) == 0.0
    assert sm.variance([3]) == 0.0 and sm.percentile([7], 30) == 7.0
    assert sm.mode([3, 1, 3, 1, 2]) == [1.0, 3.0]
    assert sm.normalize([1, 2, 3]) == pytest.approx([-1.0, 0.0, 1.0])
    assert math.isnan(sm.sumLog([-1, 2])) and sm.sumLog([0, 2]) == float("-inf")
    assert all(math.isnan(f(None)) for f in (sm.mean, sm.median, sm.variance, sm.sum, sm.max))


@pytest.mark.parametrize("source, message", [
    ("system.math.percentile([1, 2], 0)", "out of bounds quantile value: 0"),
    ("system.math.percentile([1, 2], 101)", "out of bounds quantile value: 101"),
    ("system.math.mean([1, None])", "every value must be a number, not None"),
    ("system.math.mean('123')", "values must be a sequence of numbers"),
    ("system.math.sumDifference([1, 2], [1])", "the sequences differ in length (2 != 1)"),
])
def test_bad_input_raises(make_gateway, source, message):
    gw = make_gateway(handler_files(source, semantics="8.1"), synchronous=True)
    assert message in fail_one(gw).error
