def process(items):
    out = []
    try:
        for i in items:
            out.append(10 / i)
    finally:
        out.append('done')
    return out

try:
    process([1, 2, 0])
except ZeroDivisionError, e:
    print 'failed:', e
print process([5, 2])
