# codec: decoding escaped text from a config field (string_escape)
cfg = {'sep': '\\t', 'eol': '\\r\\n', 'stx': '\\x02', 'oct': '\\101\\102', 'odd': 'a\\qb'}
for key in sorted(cfg):
    print key, repr(cfg[key].decode('string_escape'))
for bad in ['end\\', 'x\\x4']:
    try:
        bad.decode('string_escape')
    except ValueError, e:
        print type(e).__name__, e
print repr('line1\\\nline2'.decode('string_escape')), type('a'.decode('string_escape')).__name__
