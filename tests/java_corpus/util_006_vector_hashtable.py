# java.util.Vector / Stack / Hashtable: Java 1.0 names, Hashtable bucket order, null refusals.
from java.util import Vector, Stack, Hashtable
import java.lang
v = Vector()
v.add(1); v.addElement("a"); v.add(2.5); v.insertElementAt("z", 0)
v.removeElementAt(0); print v
print v.removeElement("a"), v.removeElement("q"), v
v.setElementAt(9, 0); print v
e = v.elements()
while e.hasMoreElements():
    print e.nextElement(),
print
v.removeAllElements(); print v, v.isEmpty()
try:
    Vector().firstElement()
except java.lang.Exception, ex:
    print type(ex).__name__, ex
try:
    Vector().elementAt(2)
except java.lang.Exception, ex:
    print type(ex).__name__, ex
s = Stack()
print s.push(1), s.push("b"), s.push(3.0)
print s, s.peek(), s.pop(), s, s.search("b"), s.search(1), s.search(7), s.empty()
s.pop(); s.pop()
print s.empty()
for f in (s.pop, s.peek):
    try:
        f()
    except java.lang.Exception, ex:
        print type(ex).__name__, ex
h = Hashtable()
for k in ["b", "a", "c", "dd", "x", 1, 20, 13, 11, "hello"]:
    h.put(k, len(str(k)))
print h
print h.toString()
print h.get("a"), h.get("zz"), h.containsKey("b"), h.contains(1), h.containsValue(5), h.size()
try:
    h.put("n", None)
except java.lang.Exception, ex:
    print type(ex).__name__, ex
try:
    h.put(None, 1)
except java.lang.Exception, ex:
    print type(ex).__name__, ex
print h.remove("b"), h.remove("zz"), h
h2 = Hashtable({"p": 1, "q": 2})
print h2, len(h2), "p" in h2, h2["q"]
h3 = Hashtable()
for i in range(30):
    h3.put(i, i)
print h3
print v.size(), Vector(3), Vector([1, 2])
print h.keySet(), h.values(), list(h.keys()), list(h.elements())
for k in h2:
    print k,
print
s = Stack(); s.addElement(4); s.push(5); print s, s.elementAt(0), s.search(4)
try:
    Vector([1]).insertElementAt(0, 3)
except java.lang.ArrayIndexOutOfBoundsException, ex:
    print ex
h4 = Hashtable(3)
for k in ["k%d" % i for i in range(12)]:
    h4.put(k, 1)
h4.remove("k3"); h4["z"] = 2
print h4, h4.hashCode(), h4.equals({"z": 2}), h4.isEmpty()
