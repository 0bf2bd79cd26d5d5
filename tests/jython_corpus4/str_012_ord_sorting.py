words = ['banana', 'Apple', 'cherry', 'apple']
print sorted(words)
print sorted(words, key=lambda w: w.lower())
print min(words), max(words)
