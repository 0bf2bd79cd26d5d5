class Units(object):
    factor = 2.54
    @staticmethod
    def inch_to_cm(v):
        return v * 2.54
    @classmethod
    def name(cls):
        return cls.__name__
print Units.inch_to_cm(2)
print Units.name(), Units().name()
