s = 'the quick brown fox jumps over the lazy dog'
print s.find('the'), s.rfind('the'), s.find('cat'), s.count('o')
print s.index('fox'), s.startswith(('a', 't')), s.endswith('dog')
print s.title()
print s.capitalize(), s.swapcase()[:9]
