print None < 1 < 2
print None < 0, None < '', None > None
print sorted([3, None, 1])
