from java.util import ArrayList
lst = ArrayList()
lst.add('x')
lst.add('y')
for item in lst:
    print item,
print
print len(lst), 'x' in lst
