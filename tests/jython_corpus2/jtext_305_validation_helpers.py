# a plant validation helper class: names must be letters, codes digits (byte-string rules)
class Validator(object):
    def __init__(self, name):
        self.name = name

    def check(self, value):
        flags = [value.isalpha(), value.isalnum(), value.isdigit(), value.isspace(),
                 value.isupper(), value.islower(), value.istitle()]
        return ''.join([f and '1' or '0' for f in flags])

v = Validator('tag')
for value in ['Pump', 'PUMP', 'pump1', '123', '\xb2', ' \t', 'Caf\xe9', '\xc9T\xc9', '\xa0', u'Caf\xe9', u'\xa0']:
    print repr(value), v.check(value)
