# type: function repr
def handler():
    pass
print repr(handler).split(' at ')[0], handler.__name__
