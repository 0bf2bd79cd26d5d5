class Label(object):
    def __init__(self, text):
        self.text = text
    def __str__(self):
        return "Label:" + str(self.text)
print str(Label("a"))
print "%s" % Label(5)
print Label(2.0)
