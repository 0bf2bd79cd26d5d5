def f():
    pass
print callable(f), callable(3)
print type(3).__name__, type(3L).__name__, type(3.0).__name__
print type("s").__name__, type(u"s").__name__, type(None).__name__
