try:
    raise ValueError(u"unicode message")
except ValueError, e:
    print e
    print repr(e.args)
