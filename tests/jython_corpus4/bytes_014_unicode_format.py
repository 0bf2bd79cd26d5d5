class Tag(object):
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return 'Tag:' + self.name
    def __unicode__(self):
        return u'UTag:' + self.name

t = Tag('x')
print str(t), '%s' % t
print repr(u'%s' % t), repr(unicode(t))
