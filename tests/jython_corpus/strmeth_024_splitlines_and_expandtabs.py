text = "a\tb\nc"
for line in text.splitlines():
    print repr(line.expandtabs(4))
