# Collections helpers on Java lists.
from java.util import ArrayList, Collections, Arrays

lst = ArrayList()
for v in [5, 3, 9, 1]:
    lst.add(v)
Collections.sort(lst)
print lst, Collections.max(lst), Collections.min(lst)
Collections.reverse(lst)
print lst, lst.indexOf(9), lst.contains(3)
print Arrays.asList([1, 2, 3]), len(lst), [x * 2 for x in lst]
lst.remove(0)
print lst
