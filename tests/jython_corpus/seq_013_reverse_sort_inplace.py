a = ['b', 'c', 'a']
print a.reverse()
print a
print a.sort()
print a
