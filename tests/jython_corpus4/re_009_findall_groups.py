import re
log = 'ERR 12 at line 5; WARN 3 at line 9'
print re.findall(r'(ERR|WARN) (\d+)', log)
print re.findall(r'line (\d+)', log)
print re.sub(r'line (\d+)', lambda m: 'L' + m.group(1), log)
