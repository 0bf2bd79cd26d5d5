# -*- coding: utf-8 -*-
s = u"Größe"
print s
print repr(s)
print len(s)
