def lookup(table, names):
    out = []
    for n in names:
        try:
            out.append(table[n])
        except KeyError, e:
            out.append('?%s' % e)
    return out
print lookup({'a': 1}, ['a', 'b', 3, u'c'])
