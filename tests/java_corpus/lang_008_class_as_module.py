# Jython imports names from a Java class as from a module, and a class as a module
# (real gateway code: "from java.lang.System import currentTimeMillis", "import java.lang.Math as Math").
from java.lang.System import currentTimeMillis, nanoTime
from java.lang.Math import max as jmax, abs as jabs
from java.lang.Integer import parseInt, MAX_VALUE
import java.lang.System
import java.lang.Math as Math


def elapsedMs(start):
    try:
        return currentTimeMillis() - start
    except Exception, e:
        print "failed:", e
        return -1


class Timer(object):
    def __init__(self):
        self.start = currentTimeMillis()
        self.nanos = nanoTime()

    def ok(self):
        return elapsedMs(self.start) >= 0 and nanoTime() >= self.nanos


print Timer().ok(), java.lang.System.currentTimeMillis() > 1600000000000
print jmax(3, 7), jabs(-2.5), Math.min(4, 9), Math.round(2.5)
print parseInt("42") + 1, MAX_VALUE
try:
    from java.lang.System import noSuchMember
except ImportError, e:
    print "ImportError"
