# Python 2 modules old Ignition code imports: contextlib, abc, hmac/md5/sha, sets, UserDict,
# unicodedata, xml.sax.saxutils, io, keyword, htmlentitydefs
from __future__ import with_statement
import contextlib, abc, hmac, md5, sha, sets, UserDict, unicodedata, io, keyword, htmlentitydefs
from xml.sax.saxutils import escape, unescape, quoteattr
@contextlib.contextmanager
def tag(name):
    print '<%s>' % name
    try:
        yield name.upper()
    finally:
        print '</%s>' % name
with tag('a') as t:
    print t
try:
    with tag('b'):
        raise ValueError('x')
except ValueError, e:
    print 'caught', e
class R(object):
    def close(self):
        print 'closed'
with contextlib.closing(R()) as r:
    print type(r).__name__
with contextlib.nested(tag('x'), tag('y')) as (a, b):
    print a, b
class Base(object):
    __metaclass__ = abc.ABCMeta
    @abc.abstractmethod
    def run(self):
        pass
    @abc.abstractproperty
    def name(self):
        pass
try:
    Base()
except TypeError, e:
    print e
class Impl(Base):
    def run(self):
        return 'ran'
    name = 'impl'
print Impl().run(), isinstance(Impl(), Base), Impl.name
print hmac.new('key', 'msg').hexdigest(), hmac.new('key', 'msg', md5).hexdigest()
import hashlib
h = hmac.new('key', digestmod=hashlib.sha256)
h.update('msg')
print h.hexdigest(), len(h.digest()), h.digest_size
print md5.new('a').hexdigest(), md5.md5('a').hexdigest(), sha.new('a').hexdigest(), md5.digest_size, sha.digest_size
s = sets.Set([3, 1, 2])
print s, sets.ImmutableSet([1]), len(s), 1 in s
s.add(4)
print sorted(s), s | sets.Set([9]), type(s).__name__
d = UserDict.UserDict({'a': 1})
d['b'] = 2
print sorted(d.keys()), d.has_key('a'), d.get('z', 0), len(d), d.data == {'a': 1, 'b': 2}, sorted(d.items())
print unicodedata.normalize('NFKD', u'caf\xe9').encode('ascii', 'ignore'), unicodedata.category(u'A'), unicodedata.name(u'a'), unicodedata.combining(u'\u0301'), unicodedata.lookup('LATIN SMALL LETTER A')
print escape('<a & b>'), escape('x', {'x': 'y'}), unescape('&lt;&amp;&gt;'), quoteattr('a"b'), quoteattr("it's")
b = io.BytesIO()
b.write('abc')
print repr(b.getvalue())
u = io.StringIO()
u.write(u'text')
print repr(u.getvalue())
try:
    u.write('bytes')
except TypeError, e:
    print 'TypeError', e
print keyword.iskeyword('print'), keyword.iskeyword('None'), len(keyword.kwlist)
print htmlentitydefs.name2codepoint['amp'], htmlentitydefs.codepoint2name[62], repr(htmlentitydefs.entitydefs['eacute'])
i = sets.ImmutableSet([1, 2])
print i | sets.Set([3]), i.union([4]), sets.Set([1]) - sets.Set([1]), type(i & i).__name__
print 'end'
