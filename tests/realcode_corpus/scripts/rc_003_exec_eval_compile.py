# exec statements, eval and compile as recipe and expression engines use them
import plantcore.tools as tools

exec 'total = 6 * 7'
print total
exec "def ratio(a, b):\n\treturn a / b\n"
print ratio(7, 2), ratio(7.0, 2)

ns = {'limit': 10}
exec 'over = [v for v in (4, 12, 30) if v > limit]' in ns
print ns['over'], 'limit' in ns, 'over' in ns

local_vars = {}
exec 'a = 1\nb = a + 1' in {}, local_vars
print sorted(local_vars.items())

print eval('3 / 2'), eval('3 // 2'), eval('2 ** 10')
print eval('x * y', {'x': 3}, {'y': 4})
print eval('scale * 2', {'scale': tools.SCALE})

expr = compile('level * 1.5 + offset', '<recipe>', 'eval')
for level in (1, 2):
	print eval(expr, {'offset': 1, 'level': level})

code = compile('result = []\nfor i in range(3):\n\tresult.append(i * i)\n', '<calc>', 'exec')
scope = {}
exec code in scope
print scope['result']

formulas = {'flow': 'rate * 60', 'volume': 'flow * hours'}
values = {'rate': 2.5, 'hours': 8}
for key in ('flow', 'volume'):
	values[key] = eval(formulas[key], {}, values)
print values['flow'], values['volume']

try:
	eval('1 +')
except SyntaxError, e:
	print 'SyntaxError caught'
try:
	exec 'undefined_name + 1'
except NameError, e:
	print 'NameError:', e
