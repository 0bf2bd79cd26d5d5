# with statements over locks and a context manager class.
import threading

lock = threading.Lock()


class Section(object):
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self

    def __exit__(self, kind, value, tb):
        self.log.append('exit %s %s' % (self.name, kind.__name__ if kind else None))
        return kind is KeyError


log = []
with lock:
    with Section('a', log) as s:
        log.append('inside ' + s.name)
with Section('b', log):
    {}['missing']
print log, lock.locked()
