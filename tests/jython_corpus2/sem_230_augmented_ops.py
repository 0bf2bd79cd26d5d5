# sem: augmented ops
l = [1]
l += [2]
s = 'a'
s += 'b'
n = 10
n -= 3
n *= 2
n %= 5
print l, s, n
