def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print append_to(1)
print append_to(2)
print append_to(3, [])
