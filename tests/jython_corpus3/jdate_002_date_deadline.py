# Deadline checks with Date.before/after and compareTo.
from java.util import Date


class Job(object):
    def __init__(self, name, due_ms):
        self.name = name
        self.due = Date(due_ms)

    def late(self, now):
        return self.due.before(now)


now = Date(10000)
jobs = [Job('a', 5000), Job('b', 15000), Job('c', 10000)]
for j in jobs:
    print j.name, j.late(now), j.due.compareTo(now), j.due.after(now), j.due.getTime()
print [j.name for j in sorted(jobs, key=lambda j: j.due)]
print [j.name for j in sorted(jobs, key=lambda j: j.due, reverse=True)]
