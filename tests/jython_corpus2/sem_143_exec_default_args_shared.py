# sem: exec default args shared
def log(msg, seen={}):
    seen[msg] = seen.get(msg, 0) + 1
    return seen[msg]
print log('a'), log('a'), log('b')
