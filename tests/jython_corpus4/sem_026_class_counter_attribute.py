class Widget(object):
    count = 0
    def __init__(self, name):
        Widget.count += 1
        self.name = name
    def __repr__(self):
        return '<Widget %s>' % self.name
ws = [Widget('a'), Widget('b')]
print Widget.count, ws
print ws[0].count, ws[0].__dict__
