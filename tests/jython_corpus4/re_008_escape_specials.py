import re
print re.escape('C:\\path\\file.txt')
print re.escape('50% off!'), re.escape('a-b_c')
print re.search(re.escape('1+1'), 'is 1+1=2?').group()
