# sem: nonzero len
class Empty(object):
    def __len__(self):
        return 0
class No(object):
    def __nonzero__(self):
        return False
print bool(Empty()), bool(No()), 'yes' if No() else 'no'
