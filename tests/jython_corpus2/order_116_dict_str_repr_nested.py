# order: dict str repr nested
# (written from the Python 2 / Jython docs)
print {'outer': {'b': 1, 'a': 2}, 'list': [{'y': 1, 'x': 2}]}
