class Job:
    def __init__(self, prio):
        self.prio = prio
    def __cmp__(self, other):
        return cmp(self.prio, other.prio)
jobs = [Job(3), Job(1), Job(2)]
jobs.sort()
print [j.prio for j in jobs]
print Job(1) == Job(1), Job(1) is Job(1)
