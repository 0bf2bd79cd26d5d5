# num: cmp builtin
# (written from the Python 2 / Jython docs)
print cmp(None, 0), cmp('a', 1), cmp([1, 2], [1, 3]), cmp((1,), [1])
