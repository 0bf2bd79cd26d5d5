# Worker threads as older plant code starts them: java.lang.Thread with a Runnable, a function,
# a Thread subclass; threading.Thread with target/args and a subclass; threading.Timer
from java.lang import Thread, Runnable, IllegalThreadStateException
import threading

results = []


class Job(Runnable):
    def __init__(self, n):
        self.n = n

    def run(self):
        results.append(self.n * 2)


t = Thread(Job(21))
t.start()
t.join()
print results, t.isAlive(), t.getName().startswith("Thread-")


def collect():
    results.append("f")


t2 = Thread(collect, "worker-1")
print t2, t2.isAlive()
t2.start()
t2.join(1000)
print results, t2.getName(), t2


class Worker(Thread):
    def __init__(self, items):
        Thread.__init__(self, "W")
        self.items = items
        self.total = 0

    def run(self):
        for i in self.items:
            self.total += i


w = Worker([1, 2, 3])
w.setDaemon(True)
w.start()
w.join()
print w.total, w.isDaemon(), w.getName()
try:
    w.start()
except IllegalThreadStateException, e:
    print "again:", e

out = []


def work(a, b=0):
    out.append(a + b)


th = threading.Thread(target=work, args=(1,), kwargs={'b': 2}, name="py-1")
th.start()
th.join()
print out, th.is_alive(), th.isAlive(), th.getName(), th.name


class T(threading.Thread):
    def __init__(self):
        threading.Thread.__init__(self)
        self.v = None

    def run(self):
        self.v = "ran"


tt = T()
tt.setDaemon(True)
tt.start()
tt.join(2.0)
print tt.v, tt.daemon
tm = threading.Timer(0.1, work, [10])
tm.start()
tm.join()
tm2 = threading.Timer(5, work, [99])
tm2.start()
tm2.cancel()
tm2.join()
print out
try:
    th.start()
except RuntimeError, e:
    print e
