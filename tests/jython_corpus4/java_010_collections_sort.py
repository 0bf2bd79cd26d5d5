from java.util import ArrayList, Collections
lst = ArrayList()
for v in [5, 1, 4, 2]:
    lst.add(v)
Collections.sort(lst)
print lst
Collections.reverse(lst)
print lst, Collections.max(lst)
