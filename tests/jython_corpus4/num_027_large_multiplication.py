fact = 1
for i in range(1, 25):
    fact *= i
print fact, type(fact)
print len(str(fact)), fact % 1000007
