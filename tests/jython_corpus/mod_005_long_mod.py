big = 2 ** 70
print big % 1000
print -big % 1000
print divmod(big, 12345)
