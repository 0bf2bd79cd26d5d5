class Row(dict):
    def __repr__(self):
        return "Row(%d cols)" % len(self)
r = Row(a=1)
print r
print repr(r), str(r), "%s" % r, "%r" % r
print [r]
