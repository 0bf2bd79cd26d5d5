# java.util.Random reproduces the JVM's sequence for a seed; java.util.UUID parsing/printing.
from java.util import Random, UUID
import java.lang

r = Random(42)
print [r.nextInt(100) for i in range(5)], r.nextInt(), r.nextLong(), r.nextBoolean()
print "%.12f %.6f %.12f" % (r.nextDouble(), r.nextFloat(), r.nextGaussian())
print [r.nextInt(16) for i in range(6)], [r.nextInt(7) for i in range(6)]
r2 = Random(-123456789012345L)
print r2.nextLong(), r2.nextInt(1000000), "%.12f" % r2.nextGaussian(), "%.12f" % r2.nextGaussian()
r.setSeed(42); print r.nextInt(100)
try:
    r.nextInt(0)
except java.lang.IllegalArgumentException, e:
    print e
u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000")
print u, u.toString(), u.version(), u.variant(), u.hashCode(), u.getMostSignificantBits(), u.getLeastSignificantBits()
print UUID.fromString("1-2-3-4-5"), UUID.nameUUIDFromBytes("abc"), u.equals(UUID.fromString(str(u))), u.compareTo(UUID.fromString("1-2-3-4-5"))
v = UUID.randomUUID()
print len(v.toString()), v.version(), v.variant()
for bad in ["xyz", "1-2-3-4", "0123456789-0123456789-0123456789-0123"]:
    try:
        UUID.fromString(bad)
    except java.lang.IllegalArgumentException, e:
        print e
