import re
pat = re.compile(r'(?P<tag>[A-Z]+)(?P<num>\d+)')
m = pat.search('id: TT101')
print m.group('tag'), m.group('num'), m.groupdict() == {'tag': 'TT', 'num': '101'}
print pat.findall('A1 B22 c3')
