def to_float(value):
    try:
        return float(value)
    except (ValueError, TypeError), e:
        return '%s: %s' % (e.__class__.__name__, e)

for v in ['1.5', 'nan', 'x1', '', None, [1]]:
    print to_float(v)
