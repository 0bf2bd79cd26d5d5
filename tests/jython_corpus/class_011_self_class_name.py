class Handler(object):
    def describe(self):
        return "I am " + self.__class__.__name__
class AlarmHandler(Handler):
    pass
print Handler().describe()
print AlarmHandler().describe()
