names = ["bob", "Alice", "carl", "Dave"]
print sorted(names)
print sorted(names, cmp=lambda a, b: cmp(a.lower(), b.lower()))
print sorted(names, key=str.lower)
