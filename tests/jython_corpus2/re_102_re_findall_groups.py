# re: re findall groups
import re
print re.findall(r'(\w)(\d)', 'a1 b2 c')
print re.findall(r'\d+', 'T101 and T202')
