def label(name, n):
    try:
        return name + n
    except TypeError, e:
        return 'TypeError: %s' % e

print label('tag', 5)
print label(5, 'tag')
print label([1], (2,))
print label(None, 1)
