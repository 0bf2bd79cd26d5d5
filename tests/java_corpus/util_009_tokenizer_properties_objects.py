# java.util StringTokenizer, Properties and Objects as project libraries use them: splitting tag paths
# and legacy CSV lines, reading a recipe/site configuration, null checks in shared helpers.
import java.lang
from java.util import StringTokenizer, Properties, Objects, Hashtable
from java.io import StringReader, StringWriter

class Log:
    def __init__(self, name):
        self.name = name
    def info(self, msg):
        print "INFO [%s]" % self.name, msg
    def warn(self, msg):
        print "WARN [%s]" % self.name, msg
log = Log("config")

def splitTagPath(path):
    parts = []
    st = StringTokenizer(path, "/")
    while st.hasMoreTokens():
        parts.append(st.nextToken())
    return parts

def parseLegacyLine(line):
    """Fields of a 7.x export line; empty fields kept by returning the delimiters."""
    fields, last = [], ","
    for tok in StringTokenizer(line, ",", True):
        if tok == ",":
            if last == ",":
                fields.append("")
        else:
            fields.append(tok.strip())
        last = tok
    if last == ",":
        fields.append("")
    return fields

SITE = """# site configuration, exported by the MES
! legacy comment style
site.name = North Plant
site.code=NP01
db.url: jdbc:postgresql://db01:5432/mes
db.pool   8
recipes.path = /recipes/\\
               north,\\
               common
label.degree=\\u00b0C
label.tab=a\\tb
key\\ with\\ spaces = spaced value   
empty.value=
only.key
colon\\:in\\=key = v
   indented.key = indented
last.line.continues = x\\
"""

class SiteConfig(object):
    DEFAULTS = {"db.pool": "4", "db.timeout": "30", "site.name": "unnamed"}
    def __init__(self, text):
        self.defaults = Properties()
        for k, v in sorted(self.DEFAULTS.items()):
            self.defaults.setProperty(k, v)
        self.props = Properties(self.defaults)
        try:
            self.props.load(StringReader(text))
        except java.lang.IllegalArgumentException, e:
            log.warn("bad config: %s" % e.getMessage())
    def get(self, key, default=None):
        value = self.props.getProperty(key, default)
        if value is None:
            log.warn("missing %s" % key)
        return value
    def getInt(self, key):
        try:
            return int(self.get(key))
        except (TypeError, ValueError), e:
            log.warn("not a number %s: %s" % (key, e))
            return 0

cfg = SiteConfig(SITE)
for key in sorted(cfg.props.stringPropertyNames()):
    print repr(key), "->", repr(cfg.get(key))
print cfg.getInt("db.pool"), cfg.getInt("db.timeout"), cfg.getInt("site.code"), repr(cfg.get("nope")), cfg.get("nope", "fallback")
print cfg.props.size(), cfg.defaults.size(), cfg.props.get("db.timeout"), cfg.props.containsKey("db.timeout"), cfg.props.getProperty("db.timeout")
print isinstance(cfg.props, Hashtable), cfg.props["site.code"], "site.code" in cfg.props, len(cfg.props)
bad = SiteConfig("a=\\u12G4\n")
print bad.props.size()

small = Properties()
small.setProperty("line", "L4")
small.setProperty("shift", "B")
print small, small.toString(), small.setProperty("shift", "C"), small.getProperty("shift"), small.remove("line"), small
for call in [lambda: small.setProperty("n", 5), lambda: small.setProperty(5, "n")]:
    try:
        call()
    except TypeError, e:
        print "TypeError", e
try:
    small.getProperty(None)
except java.lang.NullPointerException, e:
    print "NPE", e.getMessage()

w = StringWriter()
out = Properties()
out.setProperty("a key", " lead=space")
out.setProperty("path", "C:\\data\\x#1!")
out.setProperty("unit", u"\u00b0C")
out.store(w, "written by shim test\nsecond line\n#third")
lines = w.toString().split("\n")
print lines[:3], len(lines[3]) > 10, sorted(lines[4:])
again = Properties()
again.load(StringReader(w.toString()))
print sorted([(k, again.getProperty(k)) for k in again.stringPropertyNames()])

print splitTagPath("[default]Area1/Line4/Motor 2/Amps"), splitTagPath("//a//b/"), splitTagPath("")
print parseLegacyLine("L4,,Motor 2, 12.5 ,"), parseLegacyLine(",x"), parseLegacyLine("")
st = StringTokenizer("a b\tc\nd\re\ff")
print st.countTokens(), [st.nextToken() for i in range(st.countTokens())], st.hasMoreTokens(), st.hasMoreElements()
st = StringTokenizer("k1=v1;k2=v2", ";")
print st.nextToken("="), st.nextToken(), st.nextToken(";"), st.countTokens()
st = StringTokenizer("x", ",", True)
print st.nextElement(), type(st.nextToken if 1 else 0).__name__
for call in [lambda: st.nextToken(), lambda: StringTokenizer(None), lambda: StringTokenizer("abc", None).countTokens()]:
    try:
        call()
    except java.util.NoSuchElementException, e:
        print "NSEE", e
    except java.lang.NullPointerException, e:
        print "NPE", e.getMessage()
print list(StringTokenizer("one two")), StringTokenizer(",,", ",").hasMoreTokens(), StringTokenizer(",,", ",", True).countTokens()

def describe(tag, value, quality=None):
    Objects.requireNonNull(tag, "tag path is required")
    return "%s=%s (%s)" % (tag, Objects.toString(value), Objects.toString(quality, "Good"))
print describe("Line4/Amps", 12.5), describe("Line4/Run", True), describe("Line4/Count", 7, "Bad")
try:
    describe(None, 1)
except java.lang.NullPointerException, e:
    print "NPE", e.getMessage()
print Objects.equals("a", u"a"), Objects.equals(1, 1.0), Objects.equals(1, 1), Objects.equals(1.5, 1.5), Objects.equals(True, 1), Objects.equals("a", None)
print Objects.hash(1, "a", None), Objects.hash(), Objects.hash("Line4", 3), Objects.hashCode("abc"), Objects.hashCode(7), Objects.hashCode(True)
print Objects.isNull(None), Objects.nonNull(0), Objects.toString([1, 2]), Objects.toString(5), Objects.toString(None, "n/a")
print repr(Objects.requireNonNull("x", "m")), repr(Objects.requireNonNullElse(None, "d")), repr(Objects.requireNonNullElse("v", "d"))
for call in [lambda: Objects.equals(None, None), lambda: Objects.hashCode(None), lambda: Objects.toString(None), lambda: Objects.requireNonNull(None), lambda: Objects.compare(1, 2, None), lambda: Objects.requireNonNullElse(None, None)]:
    try:
        call()
    except java.lang.NullPointerException, e:
        print "NPE", e.getMessage()
print Objects.compare("a", "a", None)
try:
    Objects()
except TypeError, e:
    print "TypeError", e
