# sem: backticks
x = 5
print `x`, `'a'`, `[1]`
