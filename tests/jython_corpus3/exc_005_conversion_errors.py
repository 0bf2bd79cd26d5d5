# Converting operator input.
inputs = ['42', ' 7 ', '3.5', 'abc', '', None, [1], '0x1f']
for s in inputs:
    try:
        print repr(s), '->', int(s)
    except (ValueError, TypeError), e:
        print repr(s), '->', type(e).__name__, e
for s in ['2.5', 'nan', '1e3', 'x', None]:
    try:
        print repr(s), float(s)
    except (ValueError, TypeError), e:
        print repr(s), type(e).__name__, e
