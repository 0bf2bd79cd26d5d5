# type: unicode repr containers
# (written from the Python 2 / Jython docs)
print [u'a', 'b'], {u'k': u'v'}, (u'x',), set([u'q'])
