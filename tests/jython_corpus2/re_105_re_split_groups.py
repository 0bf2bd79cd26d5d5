# re: re split groups
import re
print re.split(r'(,)', 'a,b'), re.split(r'\s+', ' a  b '), re.split(',', 'a,b,c', 1)
