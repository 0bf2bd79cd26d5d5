def by_len(a, b):
    return cmp(len(a), len(b))
words = ["ccc", "a", "bb"]
words.sort(by_len)
print words
print sorted(words, by_len, reverse=True)
