import hashlib
print hashlib.md5('hello').hexdigest()
print hashlib.sha1('abc').hexdigest()
h = hashlib.sha256()
h.update('a')
h.update('b')
print h.hexdigest()
