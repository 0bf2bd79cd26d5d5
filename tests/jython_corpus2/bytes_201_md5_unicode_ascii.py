# bytes: md5 unicode ascii
import hashlib
print hashlib.md5(u'pump').hexdigest(), hashlib.sha1('').hexdigest()
