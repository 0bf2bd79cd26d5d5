# Picking operators and shuffling a work list deterministically.
import random

random.seed(2024)
operators = ['alice', 'bob', 'carol', 'dave']
print [random.choice(operators) for i in range(6)]
jobs = range(1, 11)
random.shuffle(jobs)
print jobs
print random.sample(operators, 2), random.sample(range(1000), 4)
letters = list('ABCDEFG')
random.shuffle(letters)
print ''.join(letters)
