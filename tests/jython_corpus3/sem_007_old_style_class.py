# Old-style classes (no base) are still common in legacy project libraries.
class Motor:
    count = 0

    def __init__(self, name):
        self.name = name
        Motor.count += 1


m = Motor('M1')
print type(m).__name__, type(Motor).__name__, Motor.count
print isinstance(m, Motor), m.__class__.__name__, m.name
class NewMotor(object):
    pass
print type(NewMotor()).__name__, type(NewMotor).__name__
