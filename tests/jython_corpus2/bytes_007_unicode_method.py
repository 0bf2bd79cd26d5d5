class P(object):
    def __unicode__(self):
        return u'uni'
    def __str__(self):
        return 'str'
p = P()
print repr(u'%s' % p)
print repr('%s' % p)
print repr(unicode(p))
