class Config(object):
    RAW = ' Caf\xe9 Noir '
    CLEAN = RAW.strip().lower()
    WORDS = RAW.split()
    UP = [w.upper() for w in WORDS]

print repr(Config.CLEAN), repr(Config.WORDS), repr(Config.UP)
print repr(' \xc9t\xc9 '.strip().lower()), repr('\xe9'.upper()), repr(u'\xe9'.upper())
f = lambda s: s.strip().capitalize()
print repr(f(' \xe9a ')), repr(map(lambda s: s.upper(), ['a\xe9', u'a\xe9']))
