# jutil: a TreeMap as a piecewise lookup table (floorKey/ceilingKey) for a valve curve
from java.util import TreeMap
curve = TreeMap()
for pct, flow in [(0, 0.0), (25, 12.5), (50, 31.0), (75, 52.5), (100, 60.0)]:
    curve.put(pct, flow)
def flow_at(pct):
    lo, hi = curve.floorKey(pct), curve.ceilingKey(pct)
    if lo is None or hi is None:
        return None
    if lo == hi:
        return curve.get(lo)
    f0, f1 = curve.get(lo), curve.get(hi)
    return f0 + (f1 - f0) * (pct - lo) / float(hi - lo)
for p in [0, 10, 50, 80, 100, 120, -5]:
    print p, flow_at(p)
print curve.higherKey(50), curve.lowerKey(50), curve.lowerKey(0), curve.higherKey(100)
print curve.floorEntry(60), curve.ceilingEntry(60).getValue()
