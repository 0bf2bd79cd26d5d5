# java.text.SimpleDateFormat: every pattern letter, quotes, zones, and lenient parsing.
from java.text import SimpleDateFormat, ParseException
from java.util import Date, TimeZone
import java.lang

d = Date(1700000000123L)
patterns = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSSZ", "EEE, MMM d, ''yy", "EEEE MMMM dd yyyy", "h:mm a",
            "hh 'o''clock' a, zzzz", "K:mm a, z", "yyyyy.MMMMM.dd GGG hh:mm aaa", "yyMMddHHmmssZ",
            "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "YYYY-'W'ww-u", "D DDD w W F E u k K H", "S SS SSS SSSS",
            "y yy yyy yyyy", "M MM MMM MMMM MMMMM", "d dd ddd", "X XX XXX", "Z ZZ ZZZZ z zz zzz zzzz",
            "L LL LLL LLLL", "a aa", "''", "'abc''def'", "H:mm:ss.S"]
for zid in ["UTC", "America/Los_Angeles", "Asia/Kolkata", "Europe/Paris"]:
    for p in patterns:
        f = SimpleDateFormat(p)
        f.setTimeZone(TimeZone.getTimeZone(zid))
        print zid, p, "->", f.format(d)
for p in ["yyyy-MM-dd HH:mm:ss", "h:mm a", "EEE MMM d HH:mm:ss z yyyy", "D w W F E u k K"]:
    f = SimpleDateFormat(p)
    f.setTimeZone(TimeZone.getTimeZone("UTC"))
    print p, "|", " | ".join([f.format(Date(ms)) for ms in [0, 43200000, 1704067199999L, -1]])
print SimpleDateFormat().toPattern()
try:
    SimpleDateFormat("yyyy-MM-dd q")
except java.lang.IllegalArgumentException, e:
    print e
try:
    SimpleDateFormat("yyyy 'abc")
except java.lang.IllegalArgumentException, e:
    print e

la = TimeZone.getTimeZone("America/Los_Angeles")
out = SimpleDateFormat("yyyy-MM-dd HH:mm:ss.SSS zzz Z")
out.setTimeZone(la)
p = SimpleDateFormat("yyyy-MM-dd HH:mm:ss")
p.setTimeZone(la)
for s in ["2024-03-10 02:30:00", "2024-11-03 01:30:00", "2024-13-45 25:61:61", "2024-1-5 3:4:5", "2024-01-05 03:04:05 trailing", "24-01-05 03:04:05"]:
    print "parse", repr(s), out.format(p.parse(s))
cases = [("yyMMdd", "240105"), ("yyyyMMddHHmmss", "20240105030405"), ("MM/dd/yy", "01/05/24"), ("MM/dd/yy", "01/05/99"),
         ("MM/dd/yy", "01/05/1999"), ("dd MMM yyyy", "05 jan 2024"), ("EEE, d MMM yyyy HH:mm:ss Z", "Fri, 5 Jan 2024 03:04:05 +0100"),
         ("yyyy-MM-dd'T'HH:mm:ssXXX", "2024-01-05T03:04:05Z"), ("yyyy-MM-dd'T'HH:mm:ssXXX", "2024-01-05T03:04:05-02:30"),
         ("h:mm a", "3:04 PM"), ("h:mm a", "12:30 AM"), ("yyyy-MM-dd z", "2024-01-05 PST"), ("yyyy-MM-dd z", "2024-07-05 UTC"),
         ("yyyy-MM-dd HH:mm:ss.SSS", "2024-01-05 03:04:05.7"), ("yyyy", "abc"), ("yyyy-MM-dd", "2024-02-30"),
         ("MMMM d, yyyy", "February 3, 2024"), ("yyyy-MM-dd", " 2024-02-03"), ("yyyy-MM-dd", "2024- 02-03"),
         ("yyyy-MM-dd HH:mm", "2024-02-03"), ("yyyy-MM-dd", "2024-02-03T10"), ("EEE", "Fri"), ("yyyy-MM-dd EEE", "2024-02-03 Mon"),
         ("yyyy-MM-dd kk:mm", "2024-02-03 24:15"), ("yyyy/MM/dd", "2024-02-03")]
for pat, s in cases:
    q = SimpleDateFormat(pat)
    q.setTimeZone(la)
    try:
        result = out.format(q.parse(s))
    except ParseException, e:
        result = "%s at %d" % (e, e.getErrorOffset())
    print "parse", pat, repr(s), result
strict = SimpleDateFormat("yyyy-MM-dd")
strict.setTimeZone(TimeZone.getTimeZone("UTC"))
strict.setLenient(False)
for s in ["2024-02-30", "2024-13-01", "2024-02-29"]:
    try:
        print strict.parse(s).getTime()
    except ParseException, e:
        print e, e.getErrorOffset()
utc = SimpleDateFormat("yyyy-MM-dd")
utc.setTimeZone(TimeZone.getTimeZone("UTC"))
print utc.format(86400000), utc.parse("1970-01-02").getTime(), utc.getTimeZone().getID(), utc.isLenient()
try:
    utc.format(None)
except java.lang.NullPointerException, e:
    print e
try:
    utc.format("x")
except java.lang.IllegalArgumentException, e:
    print e
