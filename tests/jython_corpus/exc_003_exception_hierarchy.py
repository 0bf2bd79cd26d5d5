class BaseErr(Exception): pass
class CommErr(BaseErr): pass
try:
    raise CommErr("link down")
except BaseErr, e:
    print type(e).__name__, e
print issubclass(CommErr, Exception)
