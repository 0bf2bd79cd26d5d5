# Replacing and counting in log lines.
line = 'WARN: tank low; WARN: pump slow; INFO: ok'
print line.replace('WARN', 'W'), line.replace('WARN', 'W', 1), line.count('WARN')
print line.split(';'), line.split('; ', 1), line.rsplit('; ', 1)
print line.partition(': '), line.rpartition(': '), line.find('x'), line.rfind('WARN')
print u'a-b'.replace('-', u'+'), repr('abc'.replace('b', '')), 'aaa'.replace('a', 'bb', 2)
print line.upper().startswith('WARN'), line.expandtabs(), 'a\tb'.expandtabs(4)
