# Identity tests against string literals: each evaluation of a literal makes a new object in
# Jython, so 'is' against a literal is False (use ==).
def check_state(state):
    if state is 'Running':
        return 'identical'
    if state == 'Running':
        return 'equal'
    return 'different'


print check_state('Running'), check_state(u'Running'), check_state('Stopped')
x = 'abc'
print x is 'abc', 'abc' is 'abc', x is not 'abc', 'abc' is not x
y = x
print x is y, x == 'abc'
print u'a' is u'a', None is None
