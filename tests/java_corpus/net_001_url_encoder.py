# java.net as plant code uses it: building and taking apart URLs for a web API, encoding query
# parameters, checking addresses (no connection is opened).
from java.lang import Exception as JavaException
from java.net import URL, URLEncoder, URLDecoder, InetAddress, MalformedURLException


def describe(spec):
    try:
        u = URL(spec)
    except MalformedURLException, e:
        return "bad: %s" % e
    return "|".join([u.getProtocol(), u.getHost(), str(u.getPort()), str(u.getDefaultPort()),
                     repr(u.getPath()), str(u.getQuery()), repr(u.getFile()), str(u.getRef()),
                     str(u.getAuthority()), str(u.getUserInfo()), u.toString()])


def query(params):
    parts = []
    for key in sorted(params):
        parts.append("%s=%s" % (URLEncoder.encode(key, "UTF-8"), URLEncoder.encode(params[key], "UTF-8")))
    return "&".join(parts)


for spec in ["http://Host.Example:8080/path/a.html?x=1&y=2#frag", "http://host", "https://u:p@h/x?q",
             "ftp://f.org/pub/", "file:/tmp/x.txt", "mailto:a@b.c", "http://h/a#b?c", "notaurl",
             "foo://x", "http://h:abc/"]:
    print describe(spec)

base = URL("http://mes.plant.local/api/v1/orders.html")
print URL(base, "lines.html"), URL(base, "/status?line=3"), URL("http", "h", 81, "/f?q"), URL("http", "h", "/f")
print base.getHost() == "mes.plant.local", URL("http://a/b") == URL("http://a/b")
api = URL(base, "/api/v1/search?" + query({"line": "Line 3", "q": "a b~c*d_e.f-g/h?&=", "who": u"\u00e9t\u00e9 \u20ac"}))
print api
print URLDecoder.decode(api.getQuery().split("&")[1].split("=")[1], "UTF-8")
print URLDecoder.decode("a+b%7Ec%2F%C3%A9", "UTF-8")
for s in ["%zz", "abc%2", "%"]:
    try:
        URLDecoder.decode(s, "UTF-8")
    except JavaException, e:
        print type(e).__name__, e
try:
    URLEncoder.encode("x", "NOPE")
except JavaException, e:
    print type(e).__name__, e
a = InetAddress.getByName("127.0.0.1")
print a, a.getHostAddress(), a.isLoopbackAddress(), InetAddress.getByName("10.1.2.3").getHostAddress()
print InetAddress.getByName("localhost").getHostAddress(), InetAddress.getLoopbackAddress().isLoopbackAddress()
try:
    InetAddress.getByName("300.1.1.1")
except JavaException, e:
    print type(e).__name__
