# str: string template
from string import Template
t = Template('$tank at $level%')
print t.substitute(tank='T1', level=50), t.safe_substitute(tank='T2')
