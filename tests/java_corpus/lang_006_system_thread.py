# java.lang.System and Thread: clocks, a few properties, sleep.
from java.lang import System, Thread
import java.lang

start = System.currentTimeMillis()
nanos = System.nanoTime()
Thread.sleep(5)
print System.currentTimeMillis() >= start, start > 1600000000000, System.nanoTime() > nanos
print System.getProperty("line.separator") == "\n", System.lineSeparator() == "\n", System.getProperty("nope"), System.getProperty("nope", "dflt")
print System.getProperty("file.separator"), System.getProperty("path.separator")
print type(Thread.currentThread().getName()) in (str, unicode)
try:
    Thread.sleep(-1)
except java.lang.IllegalArgumentException, e:
    print e
