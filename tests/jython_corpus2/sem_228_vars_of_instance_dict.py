# sem: vars of instance dict
class C(object):
    def __init__(self):
        self.a = 1
        self.b = 2
print sorted(C().__dict__.items())
