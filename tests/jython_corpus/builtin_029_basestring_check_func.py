def to_list(v):
    if isinstance(v, basestring):
        return [v]
    return list(v)
print to_list("ab")
print to_list(u"ab")
print to_list(("a", "b"))
