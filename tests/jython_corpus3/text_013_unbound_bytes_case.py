# str.upper and friends through the class on Latin-1 bytes: ASCII rules.
words = ['caf\xe9', '\xc9t\xe9', 'na\xefve']
print map(str.upper, words)
print map(str.lower, ['CAF\xc9'])
print [str.isalpha(w) for w in words]
print str.swapcase('Caf\xe9'), repr(str.capitalize('\xe9cole'))
print map(str.strip, ['\xa0a\xa0', ' b '])
print [w.upper() for w in words]
print [u.upper() for u in [u'caf\xe9']]
