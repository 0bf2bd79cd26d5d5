# Membership of a non-ASCII byte-string literal among unicode names from a tag browse.
names = [u'Tank1', u'Mix\xe9r', u'Pump']


def known(kind, found):
    print kind, found


known('bytes literal in list:', 'Mix\xe9r' in names)
known('unicode literal in list:', u'Mix\xe9r' in names)
known('bytes literal not in list:', 'Mix\xe9r' not in names)
known('ascii literal in list:', 'Tank1' in names)
known('bytes literal in tuple:', 'Mix\xe9r' in tuple(names))
known('bytes literal in bytes:', 'Mix\xe9r' in ['Mix\xe9r'])
