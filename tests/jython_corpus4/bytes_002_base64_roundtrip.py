import base64
token = 'user:secret'
enc = base64.b64encode(token)
print enc, type(enc)
print base64.b64decode(enc), base64.urlsafe_b64encode('\xff\xfe?')
print repr(base64.b64decode('AAEC'))
