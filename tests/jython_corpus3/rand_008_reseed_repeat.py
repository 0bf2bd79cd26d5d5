# Re-seeding repeats the sequence; a new seed changes it.
import random


def draw(n):
    return [random.randint(1, 6) for i in range(n)]


random.seed(5)
first = draw(8)
random.seed(5)
second = draw(8)
random.seed(6)
third = draw(8)
print first
print first == second, first == third
print third
