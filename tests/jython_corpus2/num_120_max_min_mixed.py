# num: max min mixed
# (written from the Python 2 / Jython docs)
print max(1, 2.5, 2), min([3, 1L, 2]), max('abc'), min([(2, 'a'), (1, 'z')])
