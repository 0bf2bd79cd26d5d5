n = 42
print `n`
s = "value=" + `n`
print s
print `"str"`
