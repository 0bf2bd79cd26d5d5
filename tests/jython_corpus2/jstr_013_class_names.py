# jstr: getClass().getName() and getSimpleName() are unicode
from java.util import ArrayList, HashMap
for obj in [ArrayList(), HashMap()]:
    cls = obj.getClass()
    print repr(cls.getName()), repr(cls.getSimpleName())
name = ArrayList().getClass().getName()
print name.split('.')[-1], name.startswith('java.')
