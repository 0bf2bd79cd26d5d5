s = "hELLO wORLD"
print s.upper(), s.lower()
print s.title(), s.capitalize(), s.swapcase()
