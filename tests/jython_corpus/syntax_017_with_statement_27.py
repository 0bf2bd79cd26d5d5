import threading
lock = threading.RLock()
with lock:
    print "inside"
    with lock:
        print "reentrant"
print "outside"
