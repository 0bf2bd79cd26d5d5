import string
print string.letters
print len(string.punctuation), string.punctuation
