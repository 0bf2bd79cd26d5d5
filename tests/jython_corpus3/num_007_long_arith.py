# Timestamps in milliseconds are longs; their arithmetic stays long.
start = 1600000000000
end = start + 90000
print repr(start), repr(end), repr(end - start), repr((end - start) / 1000)
print (end - start) / 60000.0, type(end - start).__name__, divmod(end - start, 60000)
secs = [1000L, 2000, 3500L]
print repr(sum(secs)), repr(max(secs)), repr(min(secs)), sorted(secs)
print repr(2 ** 31 + 0), repr(-2 ** 31), repr(abs(-2 ** 31)), repr(int(2 ** 31 - 1))
