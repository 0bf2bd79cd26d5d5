# Java arrays, URL encoding, XML parsing, queues, inspect, weakref
import jarray
import array
import urllib
import urlparse
import Queue
import inspect
import weakref
import xml.dom.minidom
from java.lang import String

ints = jarray.array([1, 2, 3], 'i')
print ints, len(ints), ints[0], ints[-1]
ints[1] = 20
print list(ints)
print jarray.zeros(3, 'd'), jarray.zeros(2, 'i')
print jarray.array(['a', 'b'], String)
a = array.array('i', [4, 5])
a.append(6)
print a, a.tolist()

print urllib.quote('Line 3/Tank A'), urllib.quote_plus('a b&c'), urllib.unquote('a%20b')
print urllib.urlencode([('tank', 'T1'), ('level', 12)])
parts = urlparse.urlparse('http://gw:8088/main/data?tag=a&x=1#top')
print parts.scheme, parts.netloc, parts.path, parts.query, parts.fragment
print urlparse.urljoin('http://gw/a/b', 'c'), urlparse.parse_qs('a=1&a=2&b=3')['a']

q = Queue.Queue()
for i in range(3):
    q.put(i)
print q.qsize(), q.get(), q.get(), q.empty()
try:
    Queue.Queue().get(False)
except Queue.Empty:
    print 'empty'


def handler(payload, retries=3, *args, **kwargs):
    pass


print inspect.getargspec(handler)
print inspect.isfunction(handler), inspect.isclass(Queue.Queue)


class Node(object):
    pass


n = Node()
r = weakref.ref(n)
print r() is n

doc = xml.dom.minidom.parseString('<recipe name="R1"><step n="1">fill</step><step n="2">mix</step></recipe>')
root = doc.documentElement
print root.tagName, root.getAttribute('name')
for step in root.getElementsByTagName('step'):
    print step.getAttribute('n'), step.firstChild.data
print doc.toxml()
