from __future__ import with_statement
import threading
lock = threading.Lock()
with lock:
    print "locked", 7 / 2
print "done"
