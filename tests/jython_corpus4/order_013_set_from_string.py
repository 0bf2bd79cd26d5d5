letters = set('hello world')
print letters
print sorted(letters)
print len(letters)
