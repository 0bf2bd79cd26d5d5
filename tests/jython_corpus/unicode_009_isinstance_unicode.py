def describe(v):
    if isinstance(v, unicode):
        return "unicode"
    elif isinstance(v, str):
        return "str"
    return "other"
print describe("x"), describe(u"x"), describe(1)
