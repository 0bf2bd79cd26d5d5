grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print grid
bad = [[0] * 2] * 2
bad[0][0] = 1
print bad
