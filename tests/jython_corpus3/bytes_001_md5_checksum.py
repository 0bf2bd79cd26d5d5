# A checksum of a recipe payload, as an integrator stores beside it.
import hashlib


def checksum(text):
    if isinstance(text, unicode):
        text = text.encode('utf-8')
    return hashlib.md5(text).hexdigest()


print checksum('recipe:42;temp=80')
print checksum(u'recipe:42;temp=80')
print checksum(u'caf\xe9')
h = hashlib.sha1()
for part in ['a', 'b', 'c']:
    h.update(part)
print h.hexdigest(), len(h.digest()), type(h.digest()).__name__
print hashlib.sha256('x').hexdigest()[:16]
