# type: tuple single
# (written from the Python 2 / Jython docs)
print (1,), repr((1,)), str(('a',)), ((),)
