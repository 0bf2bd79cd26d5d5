class Log(object):
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)

log = Log()
print >>log, 'to log', 1
print >>log
print >>log, 'a', 'b'
print log.parts
print ''.join(log.parts),
