class Tank(object):
    def __init__(self):
        self._level = 0
    def get_level(self):
        return self._level
    def set_level(self, v):
        self._level = max(0, min(100, v))
    level = property(get_level, set_level)
t = Tank()
t.level = 150
print t.level
t.level = -5
print t.level
