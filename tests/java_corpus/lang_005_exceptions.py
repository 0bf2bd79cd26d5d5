# Java exceptions in Jython: construction, messages, causes, and how they mix with Python's.
import java.lang
from java.lang import RuntimeException, IllegalArgumentException, IllegalStateException, NullPointerException, Throwable, Integer

def outcome(raiser, catcher):
    try:
        try:
            raiser()
        except catcher, e:
            return "caught"
    except:
        return "passed"

def rte():
    raise RuntimeException("boom")
def iae():
    raise IllegalArgumentException("bad arg")
def val():
    raise ValueError("pyval")
def nfe():
    Integer.parseInt("abc")
def zero():
    return 1 / 0

catchers = [("Exception", Exception), ("BaseException", None), ("StandardError", StandardError), ("ValueError", ValueError),
            ("java.lang.Exception", java.lang.Exception), ("Throwable", Throwable), ("RuntimeException", RuntimeException),
            ("IllegalArgumentException", IllegalArgumentException), ("ZeroDivisionError", ZeroDivisionError)]
for label, raiser in [("RTE", rte), ("IAE", iae), ("ValueError", val), ("NFE", nfe), ("1/0", zero)]:
    results = []
    for name, catcher in catchers:
        if catcher is None:
            continue
        results.append("%s:%s" % (name, outcome(raiser, catcher)))
    print label, " ".join(results)

try:
    iae()
except java.lang.Exception, e:
    print e.getMessage(), "|", e.toString(), "|", str(e), "|", repr(e), "|", e.getCause(), "|", e.message
    print e.getClass().getName(), e.getClass().getSimpleName(), isinstance(e, Throwable), isinstance(e, RuntimeException)
e = RuntimeException("outer", IllegalStateException("inner"))
print e, e.getMessage(), e.getCause(), e.cause, e.getLocalizedMessage()
e2 = RuntimeException(IllegalStateException("inner"))
print e2, "|", e2.getMessage()
e3 = java.lang.Exception()
print e3, e3.getMessage(), e3.toString()
print NullPointerException("x"), java.lang.ArithmeticException("/ by zero"), java.lang.InterruptedException("i"), Throwable("t"), java.lang.UnsupportedOperationException()
try:
    raise java.lang.Exception
except java.lang.Exception, ex:
    print "bare class raise:", ex
try:
    raise java.lang.Exception, "msg2"
except java.lang.Exception, ex:
    print "raise class, msg:", ex
try:
    raise IllegalStateException("state")
except RuntimeException, ex:
    print "caught as RuntimeException:", ex.getClass().getName()
from java.io import StringWriter, PrintWriter
sw = StringWriter()
RuntimeException("top", IllegalArgumentException("root cause")).printStackTrace(PrintWriter(sw))
print sw.toString().splitlines()[0]
print " / ".join([line for line in sw.toString().splitlines() if line.startswith("Caused by")])
