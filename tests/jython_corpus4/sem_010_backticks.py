n = 42
s = 'text'
print `n`, `s`, `[1, 'a']`
print 'value=' + `n`
