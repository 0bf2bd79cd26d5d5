# exc: exc str repr custom
class PlcError(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'plc fault %d' % code)
        self.code = code
e = PlcError(7)
print e, e.code, e.args, repr(e)
