# str: str encode utf8 noop
s = 'plain ascii'
print repr(s.encode('utf-8')), repr(s.decode('utf-8'))
