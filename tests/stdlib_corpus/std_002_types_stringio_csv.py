# types checks, building CSV in memory, pretty printing, copies
import types
import StringIO
import cStringIO
import csv
import pprint
import copy


def kind(value):
    if isinstance(value, types.StringTypes):
        return 'text'
    if isinstance(value, (types.IntType, types.LongType, types.FloatType)):
        return 'number'
    if isinstance(value, (types.ListType, types.TupleType)):
        return 'sequence'
    if isinstance(value, types.DictType):
        return 'mapping'
    if value is None or isinstance(value, types.NoneType):
        return 'none'
    if isinstance(value, types.FunctionType):
        return 'function'
    return 'other'


def f():
    pass


for v in ['a', u'b', 1, 2L, 1.5, [1], (1,), {'a': 1}, None, f, object()]:
    print kind(v),
print

rows = [['tank', 'level', 'ok'], ['T1', 12.5, True], ['T2', 3, False]]
buf = StringIO.StringIO()
writer = csv.writer(buf)
for row in rows:
    writer.writerow(row)
print repr(buf.getvalue())
reader = csv.reader(StringIO.StringIO(buf.getvalue()))
for row in reader:
    print row
out = cStringIO.StringIO()
out.write('line one\n')
out.write('line two\n')
print out.getvalue().splitlines()
dr = csv.DictReader(StringIO.StringIO('a,b\n1,2\n3,4\n'))
for d in dr:
    print sorted(d.items())

config = {'lines': [1, 2, 3], 'name': 'Packer', 'limits': {'hi': 90, 'lo': 10}}
pprint.pprint(config)
print pprint.pformat([1, 2, 3])
deep = copy.deepcopy(config)
deep['limits']['hi'] = 95
print config['limits']['hi'], deep['limits']['hi']
