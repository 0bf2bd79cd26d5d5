# split()/strip() of byte strings see ASCII whitespace only; unicode sees more
rows = ['a\xa0b c', ' \xa0x\xa0 ', 'one\x85two', 'p\tq\nr']
for row in rows:
    print repr(row.split()), repr(row.strip()), repr(row.lstrip()), repr(row.rstrip()), repr(row.rsplit(None, 1))
    u = row.decode('latin-1')
    print repr(u.split()), repr(u.strip())
