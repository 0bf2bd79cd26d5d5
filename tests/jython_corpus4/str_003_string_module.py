import string
print string.ascii_letters
print string.digits, string.punctuation
print string.upper('abc'), string.join(['a', 'b'], '-')
print string.capwords('hello big world'), string.zfill('7', 3)
