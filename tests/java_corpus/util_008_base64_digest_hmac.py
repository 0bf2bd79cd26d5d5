# java.util.Base64, java.security.MessageDigest and javax.crypto.Mac as project libraries use them:
# Basic auth headers, signed web API calls, hashed passwords and file fingerprints, hex printing.
import java.lang
from java.lang import String
from java.math import BigInteger
from java.util import Base64
from java.security import MessageDigest, NoSuchAlgorithmException
from javax.crypto import Mac
from javax.crypto.spec import SecretKeySpec
import jarray

class Log:
    def info(self, msg):
        print "INFO", msg
    def error(self, msg):
        print "ERROR", msg
logger = Log()

def basicAuthHeader(user, password):
    token = Base64.getEncoder().encodeToString(String(user + ":" + password).getBytes("UTF-8"))
    return {"Authorization": "Basic " + token}

def parseBasicAuth(header):
    try:
        raw = Base64.getDecoder().decode(header.replace("Basic ", ""))
        user, password = String(raw, "UTF-8").split(":", 2)
        return user, password
    except java.lang.IllegalArgumentException, e:
        logger.error("bad auth header %r: %s" % (header, e.getMessage()))
        return None

def sha256Hex(text):
    md = MessageDigest.getInstance("SHA-256")
    digest = md.digest(String(text).getBytes("UTF-8"))
    return "".join(["%02x" % (b & 0xff) for b in digest])

def md5Hex(text):
    md = MessageDigest.getInstance("MD5")
    md.update(String(text).getBytes("UTF-8"))
    return BigInteger(1, md.digest()).toString(16).zfill(32)

def signRequest(secret, method, path, stamp):
    payload = "%s\n%s\n%s" % (method, path, stamp)
    mac = Mac.getInstance("HmacSHA256")
    mac.init(SecretKeySpec(String(secret).getBytes("UTF-8"), "HmacSHA256"))
    return Base64.getEncoder().encodeToString(mac.doFinal(String(payload).getBytes("UTF-8")))

class Fingerprint(object):
    """Chunked hashing of a recipe file, as a line-by-line reader would feed it."""
    def __init__(self, algorithm="SHA-1"):
        try:
            self.md = MessageDigest.getInstance(algorithm)
        except NoSuchAlgorithmException, e:
            logger.error("no digest: %s" % e)
            self.md = MessageDigest.getInstance("SHA-1")
        self.count = 0
    def feed(self, line):
        self.md.update(line)
        self.count += len(line)
    def hexdigest(self):
        return "".join(["%02x" % (b & 0xff) for b in self.md.digest()])

hdr = basicAuthHeader("operator", u"p\u00e4ss:word")
print hdr
print parseBasicAuth(hdr["Authorization"])
print parseBasicAuth("Basic not*base64")
print parseBasicAuth("Basic YQ=")
print sha256Hex("Line 4 batch 1182"), md5Hex("hello"), md5Hex("")
print signRequest("s3cr3t", "GET", "/api/v1/tags", "20261207T120000Z")
fp = Fingerprint("SHA-512/256")
for line in ["recipe=A12\n", "temp=71.5\n", "speed=1200\n"]:
    fp.feed(line)
print fp.count, fp.hexdigest()
fp = Fingerprint("WHIRLPOOL")
fp.feed("x")
print fp.hexdigest(), fp.md.getAlgorithm(), fp.md.getDigestLength()

enc = Base64.getEncoder()
for data in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\x00\x7f"]:
    print repr(enc.encodeToString(data)), repr(Base64.getUrlEncoder().withoutPadding().encodeToString(data)),
    print list(Base64.getDecoder().decode(enc.encodeToString(data)))
print repr(Base64.getMimeEncoder().encodeToString("0123456789" * 9))
print repr(Base64.getMimeEncoder(8, "|").encodeToString("abcdefghijkl"))
print list(Base64.getMimeDecoder().decode("YWJj\r\nZGVm#*"))
print enc.encode("ab"), type(enc.encodeToString("ab")), Base64.getDecoder().decode(jarray.array([89, 87, 73, 61], 'b'))
print repr(enc.encodeToString(jarray.array([-1, 0, 1, 127, -128], 'b'))), repr(enc.encodeToString([1, -1, True])), repr(enc.encodeToString((127, -128)))
print repr(enc.encodeToString(u"h\u00e9\u20ac"))
for bad in ["a", "ab=c", "YQ=", "Y Q==", "__79", "YQ==YQ==", "Y===", "Zg=\u00e9", u"Zg\u20ac="]:
    try:
        print "decoded", list(Base64.getDecoder().decode(bad))
    except java.lang.IllegalArgumentException, e:
        print "IAE", e.getMessage()
print list(Base64.getUrlDecoder().decode("__79")), list(Base64.getDecoder().decode("abc")), list(Base64.getMimeDecoder().decode("!"))
for bad in ["a", "=", "YQ==YQ==", "YQ==\r\n", "YQ==!"]:
    try:
        print "mime", list(Base64.getMimeDecoder().decode(bad))
    except java.lang.IllegalArgumentException, e:
        print "IAE", e.getMessage()
for args in [(10, "a"), (10, "="), (3, "\n"), (-4, "\n")]:
    try:
        print repr(Base64.getMimeEncoder(*args).encodeToString("x" * 12))
    except java.lang.IllegalArgumentException, e:
        print "IAE", e.getMessage()
for call in [lambda: enc.encodeToString(None), lambda: Base64.getDecoder().decode(None)]:
    try:
        call()
    except java.lang.NullPointerException, e:
        print "NPE", e.getMessage()
for bad in [42, [255], [1.5], [u"a"]]:
    try:
        enc.encodeToString(bad)
    except TypeError, e:
        print "TypeError", e
try:
    Base64()
except TypeError, e:
    print "TypeError", e

for name in ["md5", "SHA", "sha1", "SHA-224", "SHA256", "sha-384", "SHA512", "SHA-512/224", "SHA3-256", "sha3-512", "2.16.840.1.101.3.4.2.1"]:
    md = MessageDigest.getInstance(name)
    print name, md.getAlgorithm(), md.getDigestLength(), md.digest("abc")[:4]
for name in ["FOO", "SHA-3"]:
    try:
        MessageDigest.getInstance(name)
    except NoSuchAlgorithmException, e:
        print "NSAE", e.getMessage(), isinstance(e, java.security.GeneralSecurityException)
try:
    MessageDigest.getInstance(None)
except java.lang.NullPointerException, e:
    print "NPE", e.getMessage()
md = MessageDigest.getInstance("SHA-1")
print repr(md.toString())
md.update(65); md.update([66, 67]); md.update("xyzDEF", 3, 3)
print repr(md.toString())
twin = md.clone()
print md.digest() == twin.digest(), list(md.digest()) == list(MessageDigest.getInstance("SHA-1").digest())
try:
    md.update("abc", 2, 5)
except java.lang.IllegalArgumentException, e:
    print "IAE", e.getMessage()
md.update("junk"); md.reset()
print md.digest("ABCDEF").tostring().encode("hex")
print MessageDigest.isEqual(md.digest("a"), MessageDigest.getInstance("SHA-1").digest("a")), MessageDigest.isEqual(md.digest("a"), md.digest("b"))
print md.digest(u"\u00e9")[:3], md.digest(u"\u20ac")[:3]

print BigInteger(jarray.array([-1], 'b')), BigInteger(jarray.array([1, 0], 'b')), BigInteger(jarray.array([0, -128], 'b')), BigInteger(-1, jarray.array([1, 0], 'b'))
for args in [(2, jarray.array([1], 'b')), (0, jarray.array([1], 'b')), (jarray.array([], 'b'),)]:
    try:
        print BigInteger(*args)
    except java.lang.NumberFormatException, e:
        print "NFE", e.getMessage()

key = SecretKeySpec(String("secret").getBytes("UTF-8"), "HmacSHA256")
print key.getAlgorithm(), key.getFormat(), key.getEncoded(), key.equals(SecretKeySpec("secret", "HMACSHA256"))
print list(SecretKeySpec("abcdef", 1, 3, "AES").getEncoded())
for name in ["HmacMD5", "hmacsha1", "HmacSHA224", "HmacSHA384", "HmacSHA512", "HmacSHA3-256"]:
    mac = Mac.getInstance(name)
    mac.init(key)
    mac.update("m"); mac.update("sg")
    print name, mac.getAlgorithm(), mac.getMacLength(), Base64.getEncoder().encodeToString(mac.doFinal()), mac.doFinal("msg")[:2]
mac = Mac.getInstance("HmacSHA1")
for call in [lambda: mac.doFinal("x"), lambda: mac.update("x")]:
    try:
        call()
    except java.lang.IllegalStateException, e:
        print "ISE", e.getMessage()
for call in [lambda: Mac.getInstance("HmacFOO"), lambda: mac.init(None)]:
    try:
        call()
    except java.security.GeneralSecurityException, e:
        print type(e).__name__, e.getMessage()
for args in [("", "HmacSHA1"), (None, "HmacSHA1"), ("k", None)]:
    try:
        SecretKeySpec(*args)
    except java.lang.IllegalArgumentException, e:
        print "IAE", e.getMessage()
try:
    sha256Hex(None)
except java.lang.NullPointerException, e:
    print "NPE from String(None)"
try:
    Base64.getDecoder().decode("!!")
except Exception, e:
    print "never: a Java exception is not a Python Exception"
except java.lang.Exception, e:
    print "caught as java.lang.Exception:", e
