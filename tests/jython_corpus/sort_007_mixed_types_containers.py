print [] < ()
print {} < []
print (1,) > [1, 2, 3]
print "" < u"a"
