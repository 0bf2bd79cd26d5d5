raw = 'line1\nline2\ttab\\'
esc = raw.encode('string_escape')
print esc
print esc.decode('string_escape') == raw
print repr('\xe9'.encode('hex')), '616263'.decode('hex')
