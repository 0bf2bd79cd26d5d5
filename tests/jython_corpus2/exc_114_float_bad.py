# exc: float bad
for s in ['abc', '1.2.3', '']:
    try:
        float(s)
    except ValueError, e:
        print e
