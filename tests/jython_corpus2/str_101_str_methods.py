# str: str methods
s = '  Tank Level  '
print repr(s.strip()), repr(s.lstrip()), s.upper(), s.lower(), s.title()
print s.strip().replace('Level', 'Temp'), s.count('a')
