# sem: exec statement like
code = 'x = 1'
print len(code), code.split('=')[0].strip()
