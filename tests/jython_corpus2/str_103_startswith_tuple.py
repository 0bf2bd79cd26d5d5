# str: startswith tuple
tag = '[default]Line1/Pump'
print tag.startswith(('[default]', '[edge]')), tag.endswith('Pump'), tag.find('/'), tag.rfind('x')
