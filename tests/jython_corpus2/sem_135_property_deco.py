# sem: property deco
class Tank(object):
    def __init__(self):
        self._level = 5
    @property
    def level(self):
        return self._level * 2
print Tank().level
