class QualityError(Exception):
    def __init__(self, q):
        self.q = q
    def __str__(self):
        return "bad quality: %s" % self.q
try:
    raise QualityError("Bad_Stale")
except QualityError, e:
    print e
    print "msg=%s" % e
