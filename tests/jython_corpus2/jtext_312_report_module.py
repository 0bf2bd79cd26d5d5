# a shift report: Java text, byte literals and logging helpers mixed, as plant code does
from java.lang import StringBuilder
from java.text import SimpleDateFormat
from java.util import Date

def header(line):
    stamp = SimpleDateFormat('yyyy').format(Date(0))
    print 'INFO header for %s' % line
    return '%s - %s' % (line, stamp)

class Report(object):
    def __init__(self, line):
        self.title = header(line)
        self.rows = []
    def add(self, name, value):
        self.rows.append('%-6s %5.1f' % (name, value))
    def render(self):
        return '\n'.join([self.title] + self.rows)

r = Report(StringBuilder('L').append(2).toString())
r.add('temp', 21.5)
r.add(u'level', 3)
out = r.render()
print repr(out), type(out).__name__
print out.upper().splitlines()
