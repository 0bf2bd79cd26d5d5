# java.util.ArrayList / LinkedList: Java methods, Python protocols, Jython's remove().
from java.util import ArrayList, LinkedList, Arrays, Collections, Random
import java.lang
import java.util

al = ArrayList()
al.add(1); al.add(1.5); al.add(None); al.add(True); al.add("s"); al.add([1, 'a']); al.add(1e10); al.add(1e-4); al.add(100.0)
print al
print len(al), al.size(), al.get(0), al.isEmpty(), al.contains(None), al.indexOf("s"), al.lastIndexOf(42)
for f in [lambda: ArrayList().get(3), lambda: ArrayList().get(-1), lambda: ArrayList().set(0, 1), lambda: ArrayList().add(2, 'x')]:
    try:
        f()
    except java.lang.IndexOutOfBoundsException, e:
        print e
l = ArrayList([3, 1, 2])
l.add(0, 9)
print l, l[0], l[-1], l[1:3]
print l.set(0, 8)
print l
a = ArrayList([5, 6, 7]); a.remove(1); print a
a = ArrayList(["p", "q"]); a.remove("q"); print a
try:
    ArrayList(["a"]).remove("z")
except ValueError, e:
    print "ValueError", e
try:
    ArrayList([1])[5]
except IndexError, e:
    print "IndexError", e
x = ArrayList([5]); x[0] = 6; print x
del x[0]; print x, x == [], bool(x)
y = ArrayList([1, 2, 3, 4]); print 2 in y, y.contains(5), sum(y), [v * 2 for v in y], y == [1, 2, 3, 4], y.equals([1, 2, 3, 4])
print ArrayList([1, 2]).hashCode(), ArrayList(["a", "b"]).hashCode(), ArrayList(5), ArrayList(range(3))
s = ArrayList(["b", "a", "c"]); print "".join(sorted(s)), "".join(list(s)), s.subList(0, 2), ", ".join(s)
it = s.iterator()
out = []
while it.hasNext():
    out.append(it.next())
print "".join(out)
s.sort(None); print s
c = ArrayList([3, 1, 2]); Collections.sort(c); print c, Collections.max(c), Collections.min(c)
Collections.reverse(c); print c, Collections.frequency(c, 1), Collections.nCopies(3, "x"), Collections.singletonList(5), Collections.emptyList()
rnd = ArrayList(range(10)); Collections.shuffle(rnd, Random(7)); print rnd
print Arrays.asList(1, 2, 3), Arrays.asList([4, 5]), Arrays.asList("a", "b").size()
ll = LinkedList([1, 2, 3])
print ll.pop()
ll.push(9)
print ll, ll.peekLast(), ll.getFirst(), ll.getLast()
print ll.pollLast(), ll.removeFirst(), ll
ll.offer(7); ll.addFirst(0); ll.addLast(10); print ll, ll.peek()
print ll.poll(), ll
for f in [lambda: LinkedList().getFirst(), lambda: LinkedList().removeLast()]:
    try:
        f()
    except java.util.NoSuchElementException, e:
        print e
print LinkedList().peek(), LinkedList().poll()
