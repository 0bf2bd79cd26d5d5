class Tag(object):
    def __init__(self, path):
        self.path = path
    def __eq__(self, other):
        return isinstance(other, Tag) and self.path == other.path
    def __ne__(self, other):
        return not self.__eq__(other)
a = Tag("a/b")
print a == Tag("a/b"), a != Tag("a/b"), a == Tag("c")
print a in [Tag("x"), Tag("a/b")]
