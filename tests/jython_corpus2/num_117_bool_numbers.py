# num: bool numbers
print True + 1, False * 10, True / 2
print sum([True, True, False])
