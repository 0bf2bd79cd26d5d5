import base64
s = base64.b64encode('hello world')
print s, type(s)
print base64.b64decode(s), type(base64.b64decode(s))
print base64.urlsafe_b64encode('\xff\xfe')
