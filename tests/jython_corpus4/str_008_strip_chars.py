print repr('xxhixx'.strip('x')), repr('  a  '.lstrip()), repr('  a  '.rstrip())
print repr('00120'.lstrip('0')), repr('path///'.rstrip('/'))
print 'Hello'.replace('l', 'L', 1)
