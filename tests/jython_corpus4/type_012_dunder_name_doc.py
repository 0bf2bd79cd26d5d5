def area(w, h):
    "Return the area."
    return w * h
print area.__name__, area.__doc__
print area.func_name, area.func_defaults
class K(object):
    "A class."
print K.__doc__, K.__module__
