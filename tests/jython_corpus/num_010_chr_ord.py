print chr(65), ord('A'), ord(u'\xe9')
print [ord(c) for c in "Hi!"]
print chr(97 + 2)
print repr(chr(200))
