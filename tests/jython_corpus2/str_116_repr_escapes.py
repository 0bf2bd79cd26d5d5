# str: repr escapes
# (written from the Python 2 / Jython docs)
print repr('tab\there'), repr('quote\'s'), repr("dq\""), repr('back\\slash'), repr('\x01\x7f')
