class A(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print A(1) == A(1)
print A(1) != A(1)
