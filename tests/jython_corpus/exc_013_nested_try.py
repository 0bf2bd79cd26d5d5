def parse(s):
    try:
        try:
            return int(s)
        except ValueError:
            return float(s)
    except ValueError:
        return None
print parse("3"), parse("3.5"), parse("x")
