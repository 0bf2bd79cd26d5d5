import string
parts = string.split("a,b,,c", ",")
print parts
print string.join(parts, "-")
print string.join(["x", "y"])
print string.split("  one two  ")
