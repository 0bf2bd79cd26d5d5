# str: string module
import string
print string.ascii_letters[:5], string.digits, string.punctuation[:5]
print string.capwords('hello world')
