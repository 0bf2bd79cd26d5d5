# java.util.concurrent's values scripts keep in system.util.getGlobals() caches
from java.util.concurrent import TimeUnit, ConcurrentHashMap
from java.util.concurrent.atomic import AtomicInteger, AtomicLong, AtomicBoolean
from java.lang import NullPointerException
print TimeUnit.SECONDS.toMillis(90), TimeUnit.MINUTES.toSeconds(2), TimeUnit.HOURS.toMinutes(3)
print TimeUnit.MILLISECONDS.toSeconds(2500), TimeUnit.DAYS.toHours(2), TimeUnit.MICROSECONDS.toNanos(3)
print TimeUnit.SECONDS.convert(5, TimeUnit.MINUTES), TimeUnit.MILLISECONDS.convert(3, TimeUnit.SECONDS)
print TimeUnit.SECONDS, TimeUnit.SECONDS.name(), TimeUnit.SECONDS.ordinal(), TimeUnit.valueOf('HOURS')
print [str(u) for u in TimeUnit.values()]
print TimeUnit.NANOSECONDS.toMillis(1999999), TimeUnit.SECONDS.toMillis(-3)
TimeUnit.MILLISECONDS.sleep(1)
m = ConcurrentHashMap()
m.put('line1', 10)
m.put('line2', 20)
print m.putIfAbsent('line1', 99), m.putIfAbsent('line3', 30), m.get('line3'), m.size()
print m.containsKey('line2'), m.get('missing'), m.getOrDefault('missing', -1)
print m.remove('line2'), m.size(), m.replace('line1', 11), m.get('line1')
print sorted(m.keySet()), m.isEmpty()
for bad in [lambda: m.put(None, 1), lambda: m.put('k', None), lambda: m.get(None)]:
    try:
        bad()
    except NullPointerException:
        print 'NullPointerException'
print m.remove('line1', 0), m.remove('line1', 11), m.size()
m2 = ConcurrentHashMap()
for i in range(5):
    m2.put('k%d' % i, i)
print m2
print len(m2), 'k1' in m2, m2['k2']
a = AtomicInteger()
print a.get(), a.incrementAndGet(), a.getAndIncrement(), a.get(), a.addAndGet(5), a.getAndAdd(2), a.get()
print a.compareAndSet(9, 1), a.compareAndSet(0, 5), a.get(), a.getAndSet(7), a.decrementAndGet(), a
big = AtomicInteger(2147483647)
print big.incrementAndGet(), AtomicInteger(3).intValue() + 1
l = AtomicLong(2147483647)
print l.incrementAndGet(), l.get(), l
b = AtomicBoolean()
print b.get(), b.compareAndSet(False, True), b.get(), b.getAndSet(False), b
