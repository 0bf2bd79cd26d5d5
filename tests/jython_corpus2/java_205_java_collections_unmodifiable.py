# java: java collections unmodifiable
from java.util import ArrayList, Collections
l = ArrayList()
l.add(1)
u = Collections.unmodifiableList(l)
print u.size(), u.get(0)
