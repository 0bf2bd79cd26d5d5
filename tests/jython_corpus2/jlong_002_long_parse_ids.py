# jlong: batch ids parsed with Long.parseLong come back as longs
from java.lang import Long, Integer
ids = [Long.parseLong(s) for s in ['1001', '1002', '77']]
print ids, sum(ids), max(ids)
print Long.valueOf('12'), repr(Long.valueOf(12)), repr(Long.decode('0x1F')), repr(Integer.valueOf('12'))
print repr(Long.sum(1, 2)), repr(Long.max(4, 9)), Long.compare(1, 2), Long.signum(-3)
batch = {'id': Long.parseLong('42'), 'qty': Integer.parseInt('5')}
print batch, repr(Long(5))
