class Legacy:
    def run(self):
        return 1

obj = Legacy()
print type(Legacy), type(obj)
print Legacy.__name__, obj.__class__.__name__
print isinstance(obj, Legacy)
