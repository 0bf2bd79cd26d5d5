import re
m = re.match(r"(?P<tag>\w+)=(?P<val>[\d.]+)", "temp=21.5")
print m.group('tag'), m.group('val')
print sorted(m.groupdict().items())
print float(m.group('val')) * 2
