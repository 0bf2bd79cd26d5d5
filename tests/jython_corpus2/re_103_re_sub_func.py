# re: re sub func
import re
print re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22')
print re.sub(r'(\w+)@', r'<\1>', 'x@ y@')
