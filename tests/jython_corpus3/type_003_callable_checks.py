# callable(), hasattr() and dir()-free introspection in helpers.
class Job(object):
    def run(self):
        return 'ran'


def hook():
    return 1


for thing in [Job, Job(), hook, len, 5, 'x', lambda: 0]:
    print callable(thing),
print
print hasattr(Job(), 'run'), hasattr(Job(), 'stop'), getattr(Job(), 'run')()
print Job.__name__, hook.__name__, (lambda: 0).__name__, Job().run.__name__
print type(hook).__name__, type(Job().run).__name__, type(len).__name__
