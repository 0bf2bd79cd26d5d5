# shuffle with an explicit random function, and Random subclassing.
import random

r = random.Random(9)
items = list('abcdef')
random.shuffle(items, r.random)
print items


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(123)
print [d.roll() for i in range(8)]
