print zip([1, 2, 3], ['a', 'b'])
print zip("abcd", range(2), [True, False, None])
print len(zip("ab", "xyz"))
