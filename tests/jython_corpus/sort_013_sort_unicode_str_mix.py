words = [u"b", "a", u"c", "B"]
print sorted(words)
print sorted(words, key=lambda w: w.lower())
