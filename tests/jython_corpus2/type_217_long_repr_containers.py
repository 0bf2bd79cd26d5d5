# type: long repr containers
# (written from the Python 2 / Jython docs)
print [1L, 2 ** 40], (10L,), {1L: 2L}
