text = 'line1\nline2\r\nline3\x0bstill3\x0cstill3\x1cstill3\x85still3\rend'
print repr(text.splitlines())
print repr(text.splitlines(True))
print repr(text.replace('\x0b', ' ').replace('\x0c', ' ').replace('\x1c', ' ').replace('\x85', ' ').decode('latin-1').splitlines())
print repr('a\xe9\nb'.splitlines()), repr(''.splitlines()), repr('x\n'.splitlines())
