stack = []
for i in range(3):
    stack.append(i)
print stack.pop(), stack
queue = [1, 2, 3]
print queue.pop(0), queue
