# str: str count find
s = 'banana'
print s.count('a'), s.count('an'), s.find('an'), s.find('an', 2), s.rfind('an'), s.index('n')
