# A report writer that must emit UTF-8 bytes for unicode operator names.
class Report(object):
    def __init__(self):
        self.lines = []

    def add(self, name, value):
        if isinstance(name, unicode):
            name = name.encode('utf-8')
        self.lines.append('%s=%s' % (name, value))

    def body(self):
        return '\n'.join(self.lines)


r = Report()
r.add(u'Jos\xe9', 3)
r.add('Anna', 5)
r.add(u'\u017dofia', 7)
b = r.body()
print repr(b), type(b).__name__, len(b)
print b.decode('utf-8') == u'Jos\xe9=3\nAnna=5\n\u017dofia=7'
print [len(x) for x in b.split('\n')]
