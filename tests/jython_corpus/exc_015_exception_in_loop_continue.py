data = ["1", "2", "x", "4"]
total = 0
bad = []
for d in data:
    try:
        total += int(d)
    except ValueError:
        bad.append(d)
print total, bad
