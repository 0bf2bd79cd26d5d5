# Character arrays (type code 'c') for building fixed-width records.
from array import array

rec = array('c', 'PUMP-01')
print rec, rec.tostring(), len(rec), rec.typecode
rec[4] = '_'
print rec, rec[0], rec[1:4], list(rec)[:3]
rec.extend('XY')
print rec, 'X' in rec, rec.count('P'), rec.index('M')
empty = array('c')
empty.fromstring('ab')
print empty, array('c', ['q', 'r'])
print repr(array('c', 'caf\xe9').tostring())
