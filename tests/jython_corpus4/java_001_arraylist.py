from java.util import ArrayList
lst = ArrayList()
lst.add('a')
lst.add(2)
lst.add(3.5)
print lst, lst.size(), lst.get(0)
print lst.contains(2), lst.indexOf(3.5)
