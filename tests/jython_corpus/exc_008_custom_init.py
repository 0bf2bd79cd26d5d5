class TagError(Exception):
    def __init__(self, path, code):
        Exception.__init__(self, path, code)
        self.path = path
        self.code = code
try:
    raise TagError("[default]Motor/Speed", 404)
except TagError, e:
    print e.path, e.code
    print e.args
