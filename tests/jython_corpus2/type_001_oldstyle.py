class Old:
    pass
class New(object):
    pass
print type(Old)
print type(Old())
print type(New)
print type(New())
