state = {'runs': 0}
limit = 3
def run():
    state['runs'] += 1
    return state['runs'] < limit
while run():
    pass
print state['runs']
