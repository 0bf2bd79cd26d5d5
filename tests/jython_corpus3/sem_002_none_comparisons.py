# Tag values can be None; Python 2 orders None before everything.
def over_limit(value, limit):
    return value > limit


print over_limit(None, 10), over_limit(15, 10), over_limit(5, None)
print None < 1 < 2, None < -1000, None < '', None < [], None < ()
vals = [3, None, 1, None, 2]
print sorted(vals), min(vals), max(vals)
print sorted([None, 'a', 1, u'b', 2.5, [1], (1,)])
