# Text scraped from an HTML report holds no-break spaces (\xa0) as Latin-1 bytes.
# Byte-string strip() removes ASCII whitespace only.
cells = ['\xa0 12.5 \xa0', ' 7 ', '\t3\n', '\xa0']
for c in cells:
    s = c.strip()
    print repr(s), len(s)
print repr('\xa0x\xa0'.lstrip()), repr('\xa0x\xa0'.rstrip())
print repr(u'\xa0x\xa0'.strip())
print repr(' x '.strip()), repr('..x..'.strip('.'))
print repr('\xa0 x'.strip('\xa0 '))
