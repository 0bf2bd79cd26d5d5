from collections import Counter
a = Counter(a=3, b=1)
b = Counter(a=1, b=2)
print sorted((a + b).items())
print sorted((a - b).items())
