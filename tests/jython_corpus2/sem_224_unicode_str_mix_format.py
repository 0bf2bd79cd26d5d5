# sem: unicode str mix format
name = u'caf\xe9'
print repr('%s!' % name), repr('<' + name + '>')
