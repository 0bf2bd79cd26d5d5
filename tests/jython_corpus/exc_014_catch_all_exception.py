results = []
for v in [1, 0, "a", None]:
    try:
        results.append(10 / v)
    except Exception, e:
        results.append(type(e).__name__)
print results
