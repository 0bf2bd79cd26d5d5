# sem: string compare ops
# (written from the Python 2 / Jython docs)
print 'apple' < 'banana', 'Zebra' < 'apple', 'a' * 3 == 'aaa', 'abc' >= 'abd'
