# '%s' of a Java object is its toString(): a Java String, so the result is unicode
from java.lang import String, StringBuilder
from java.util import ArrayList, HashMap, Date
al = ArrayList()
al.add('a')
for v in [String('x'), StringBuilder('sb'), al, HashMap(), Date(0).getTime()]:
    print repr('%s' % v), repr('%s|%s' % (v, 'z')), repr(str(v)), repr(unicode(v)), repr('{0}'.format(v)), repr('%-3s!' % v)
