print '{0}, {1}, {0}'.format('a', 'b')
print '{name} is {age}'.format(name='x', age=3)
print '{0[0]} {1[k]}'.format([9], {'k': 'v'})
print '{:^9}|{:*>6}|{:<5}|'.format('mid', 42, 'l')
