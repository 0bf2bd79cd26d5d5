class Job(object):
    def __call__(self):
        return 'ran'
def f():
    pass
for v in [f, Job, Job(), 5, 'x', len]:
    print callable(v),
print
print Job()()
