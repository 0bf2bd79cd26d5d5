class Widget(object):
    pass
class OldWidget:
    pass
w = Widget()
o = OldWidget()
print type(w).__name__
print w.__class__.__name__, o.__class__.__name__
print type(o).__name__
