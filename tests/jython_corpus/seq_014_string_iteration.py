for ch in "abc":
    print ch,
print
print list("xyz"), tuple("xy")
print sorted("banana"), set("aa") == set(["a"])
