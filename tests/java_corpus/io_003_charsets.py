# java.nio.charset as project libraries use it: payloads for web APIs and devices encoded with
# StandardCharsets or Charset.forName, legacy CSV exports in windows-1252, UTF-16 barcode labels,
# and the error handling around a charset name read from a tag or a config row.
import java.lang
from java.lang import String
from java.nio.charset import Charset, StandardCharsets, UnsupportedCharsetException, IllegalCharsetNameException
from java.io import UnsupportedEncodingException
from java.net import URLEncoder, URLDecoder

def warn(msg):
    print "WARN", msg

def toBytes(text, charsetName):
    try:
        return String(text).getBytes(charsetName)
    except UnsupportedEncodingException, e:
        warn("cannot encode with %r: %s" % (charsetName, e))
        return None

def charsetFromConfig(name, fallback=StandardCharsets.UTF_8):
    try:
        return Charset.forName(name)
    except UnsupportedCharsetException, e:
        warn("unknown charset %s, using %s" % (e.getMessage(), fallback))
    except IllegalCharsetNameException, e:
        warn("illegal charset name %r" % e.getMessage())
    except java.lang.IllegalArgumentException, e:
        warn("no charset given: %s" % e.getMessage())
    return fallback

class LabelEncoder(object):
    """Builds the byte payload a label printer expects, in its configured charset."""
    def __init__(self, charsetName):
        self.charset = charsetFromConfig(charsetName)
    def payload(self, text):
        return String(text).getBytes(self.charset)
    def roundTrip(self, text):
        return String(self.payload(text), self.charset)

for name in ["utf8", "UTF-8", "latin1", "ascii", "Cp1252", "utf16", "UTF-16LE", "ISO8859_1",
             "windows-1250", "iso-8859-2", "UnicodeBigUnmarked", "bogus", "", "a b", None]:
    cs = charsetFromConfig(name)
    print repr(name), cs, cs.name(), cs.displayName(), Charset.isSupported(cs.name())

print StandardCharsets.UTF_8, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1
print StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE
print StandardCharsets.UTF_8 == Charset.forName("utf8"), StandardCharsets.UTF_8 is Charset.forName("UTF8")
print StandardCharsets.UTF_8.equals(Charset.forName("unicode-1-1-utf-8")), StandardCharsets.UTF_8 == StandardCharsets.UTF_16
print StandardCharsets.UTF_8.compareTo(StandardCharsets.US_ASCII) > 0, StandardCharsets.UTF_8.hashCode() == Charset.forName("utf8").hashCode()
print Charset.defaultCharset(), Charset.isSupported("utf8"), Charset.isSupported("no-such-charset")
for cs in [StandardCharsets.UTF_8, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1,
           StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
           Charset.forName("windows-1252")]:
    print cs, sorted(cs.aliases()), cs.aliases().contains("UTF8")

text = u"Temp 21\u00b0C \u20ac5"
for cs in ["UTF-8", "ISO-8859-1", "US-ASCII", "windows-1252", "UTF-16", "UTF-16BE", "UTF-16LE"]:
    raw = toBytes(text, cs)
    print cs, len(raw), list(raw)
    print repr(String(raw, cs)), repr(String(raw, Charset.forName(cs)))
print toBytes(text, "bogus"), toBytes(text, "a b")
for args in [("bogus",), (None,)]:
    try:
        String("x").getBytes(*args)
    except java.lang.Exception, e:
        print "getBytes", args, e
    try:
        String([104, 105], *args)
    except java.lang.Exception, e:
        print "String", args, e
for bad in [None, ""]:
    try:
        Charset.isSupported(bad)
    except java.lang.IllegalArgumentException, e:
        print "isSupported", repr(bad), e

le = String(u"h\u00e9").getBytes("UTF-16LE")
print repr(String(le, "UTF-16")), repr(String([-1, -2] + list(le), "UTF-16")), repr(String([-1, 104], "UTF-8"))
print repr(String([-61, -87], StandardCharsets.UTF_8)), repr(String([-23], StandardCharsets.ISO_8859_1))
print repr(String([-128], "windows-1252")), repr(String([-128], "US-ASCII"))

printer = LabelEncoder("UTF-16")
print list(printer.payload("AB")), repr(printer.roundTrip(u"Z\u00fcrich"))
print LabelEncoder("nope").charset

print URLEncoder.encode(u"caf\u00e9 & cr\u00e8me", StandardCharsets.UTF_8)
print URLEncoder.encode(u"caf\u00e9", "ISO-8859-1"), URLDecoder.decode("caf%E9", StandardCharsets.ISO_8859_1)
try:
    URLEncoder.encode("x", "nope")
except UnsupportedEncodingException, e:
    print "URLEncoder", e
