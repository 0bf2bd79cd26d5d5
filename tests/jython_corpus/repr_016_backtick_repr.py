x = 0.1
print `x`
print `[1, 'a']`
print `10L` + "!"
