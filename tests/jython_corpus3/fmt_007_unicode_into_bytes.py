# A unicode value formatted into a byte-string template: encoded as ASCII.
def render(template, **fields):
    try:
        result = template.format(**fields)
        return type(result).__name__, result
    except UnicodeEncodeError, e:
        return 'UnicodeEncodeError', str(e)


print render('Line {name}', name=u'North')
print render('Line {name}', name=u'Nord\xe9')
print render(u'Line {name}', name=u'Nord\xe9')
print render(u'Line {name}', name='Nord')
print repr('{0}'.format('caf\xe9')), repr(u'{0}'.format('caf\xe9'))
print render('{0:>6}', name=None) if False else repr('{0:>6}'.format(u'ab'))
