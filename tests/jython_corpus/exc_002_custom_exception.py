class PlcError(Exception):
    pass
try:
    raise PlcError("timeout on plc1")
except PlcError, e:
    print "caught:", e
    print str(e), e.args
