# sem: sorted reverse key
print sorted([3, 1, 2], reverse=True), sorted(['Bb', 'a', 'C'], key=str.lower)
print sorted({'b': 1, 'a': 2})
