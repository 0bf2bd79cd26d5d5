import hashlib
for text in ['hello', '', 'tag:plc1/motor']:
    print hashlib.md5(text).hexdigest(), hashlib.sha1(text).hexdigest()[:12]
h = hashlib.sha256()
h.update('part1')
h.update('part2')
print h.hexdigest()
