class Units(object):
    factor = 2.54
    @staticmethod
    def inches(cm):
        return cm / 2.54
    @classmethod
    def cm(cls, inches):
        return inches * cls.factor
print round(Units.inches(10), 3), Units.cm(2)
print Units().cm(1)
