import re
print re.sub(r'\s+', ' ', 'a   b\t\tc')
print re.split(r'[,;]', 'a,b;c,,d')
print re.sub(r'(\d+)', r'<\1>', 'x1y22z')
print re.subn('a', 'b', 'banana')
