import string
nums = [1, 2, 3]
print string.join(map(str, nums), ", ")
print ", ".join([str(n * n) for n in nums])
