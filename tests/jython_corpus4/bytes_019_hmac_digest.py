import hmac
import hashlib
mac = hmac.new('key', 'message', hashlib.sha1)
print mac.hexdigest()
print len(mac.digest()), type(mac.digest())
print hashlib.md5('a' * 100).hexdigest()
