class Base(object):
    kind = 'base'
class Child(Base):
    pass
print Child.__bases__, Child.__name__
print Child.kind, issubclass(Child, Base)
print [k.__name__ for k in Child.__mro__]
