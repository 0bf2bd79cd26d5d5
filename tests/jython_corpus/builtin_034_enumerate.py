for i, name in enumerate(['pump', 'fan', 'valve']):
    print i, name
print list(enumerate('ab'))
print list(enumerate('ab', 1))
