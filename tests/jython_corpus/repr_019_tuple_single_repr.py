print (1,)
print ((1, 2),)
print repr(())
print tuple("ab")
