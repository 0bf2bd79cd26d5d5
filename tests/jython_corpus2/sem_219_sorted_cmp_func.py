# sem: sorted cmp func
def by_len(a, b):
    return cmp(len(a), len(b))
print sorted(['ccc', 'a', 'bb'], by_len), sorted(['ccc', 'a', 'bb'], cmp=by_len, reverse=True)
