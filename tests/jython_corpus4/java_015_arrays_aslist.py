from java.util import Arrays
lst = Arrays.asList(3, 1, 2)
print lst, lst.size(), lst.get(1)
print list(lst), sorted(lst)
