# jstr: java.lang.String(...) is a Java object; its methods return unicode
from java.lang import String
raw = String('  Tank Farm  ')
print type(raw), raw, repr(raw), isinstance(raw, unicode)
name = raw.trim()
print repr(name), raw.length(), name.length() if hasattr(name, 'length') else len(name)
print repr(raw.toUpperCase()), repr(raw.substring(2, 6)), raw.indexOf('Farm')
print raw.startsWith('  T'), raw.endsWith('x'), raw.contains('Farm'), raw.isEmpty()
print raw.equals('  Tank Farm  '), raw == '  Tank Farm  ', str(raw) == '  Tank Farm  '
print repr(str(raw)), repr(unicode(raw)), repr(raw.charAt(2))
