# re: re groups
import re
m = re.match(r'(\w+)/(\w+)', 'Line1/Pump2')
print m.group(1), m.group(2), m.groups(), m.start(2), m.end()
