# bytes: hash update chunks
import hashlib
h = hashlib.md5()
for chunk in ['line1', 'line2']:
    h.update(chunk)
print h.hexdigest(), len(h.digest()), type(h.digest())
