class Buffer(object):
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
b = Buffer("abc")
print len(b), b[1], b[-1]
print [x for x in b]
