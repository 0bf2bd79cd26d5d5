# java.util.regex Pattern/Matcher and String regex methods: Java syntax, flags, groups, errors.
from java.util.regex import Pattern, Matcher, PatternSyntaxException
import java.lang
p = Pattern.compile(r"(\w+)@(\w+)\.com")
m = p.matcher("mail bob@acme.com and amy@corp.com now")
while m.find():
    print m.group(), m.group(0), m.group(1), m.group(2), m.start(), m.end(), m.start(1), m.end(2), m.groupCount()
print p, p.pattern(), p.flags(), p.toString()
print Pattern.matches(r"\d+", "123"), Pattern.matches(r"\d+", "123a")
m = Pattern.compile("a(b)?c").matcher("ac")
print m.matches(), m.group(1), m.start(1), repr(m.group(0))
m = Pattern.compile("ab").matcher("abc")
print m.matches(), m.lookingAt(), m.find(), m.find(0), m.group()
try:
    Pattern.compile("x").matcher("y").group()
except java.lang.IllegalStateException, e:
    print e
m = Pattern.compile("(x)").matcher("x"); m.find()
try:
    m.group(3)
except java.lang.IndexOutOfBoundsException, e:
    print e
try:
    Pattern.compile("(a")
except PatternSyntaxException, e:
    print "PSE", e.getPattern()
print Pattern.quote("a.b*c"), Pattern.matches(Pattern.quote("a.b"), "a.b"), Pattern.matches(Pattern.quote("a.b"), "axb")
print list(Pattern.compile(",").split("a,b,,c,,")), list(Pattern.compile(",").split("a,b,,c,,", -1)), list(Pattern.compile(",").split("a,b,c", 2))
print Pattern.compile("(\\d+)").matcher("a1b22").replaceAll("<$1>"), Pattern.compile("\\d").matcher("a1b2").replaceFirst("#")
p = Pattern.compile("hello", Pattern.CASE_INSENSITIVE)
print p.matcher("HeLLo").matches(), p.flags(), Pattern.CASE_INSENSITIVE, Pattern.MULTILINE, Pattern.DOTALL, Pattern.UNICODE_CASE, Pattern.COMMENTS, Pattern.LITERAL
print Pattern.compile("^x$", Pattern.MULTILINE).matcher("a\nx\nb").find()
print Pattern.compile("a.b", Pattern.DOTALL).matcher("a\nb").matches(), Pattern.compile("a.b").matcher("a\nb").matches()
print Pattern.compile("\\w+").matcher(u"caf\u00e9").matches(), Pattern.compile("(?i)CAF\u00c9").matcher(u"caf\u00e9").matches()
m = Pattern.compile("(?<year>\\d{4})-(?<mon>\\d\\d)").matcher("on 2024-05 ok")
print m.find(), m.group("year"), m.group("mon"), m.start("mon")
m.reset(); print m.find(), m.group()
m.reset("1999-12"); print m.find(), m.group()
print Pattern.compile("a*+a").matcher("aaa").find(), Pattern.compile("\\Qa.b\\E+").matcher("a.ba.b").matches()
print Pattern.compile("x\\z").matcher("x\n").find(), Pattern.compile("x\\Z").matcher("x\n").find(), Pattern.compile("x$").matcher("x\n").find()
from java.lang import String
print String("a1b2").replaceAll("\\d", "#"), list(String("a.b").split("\\.")), String("x1y").matches("x\\dy")
m = Pattern.compile("o").matcher("foo boo")
print m.find(3), m.start()
m = Pattern.compile("(a)|(b)").matcher("b"); m.find(); print m.group(1), m.start(1), m.end(1), m.group(2)
print type(Pattern.compile("a").matcher("a").group if 1 else 0).__name__
m = Pattern.compile("a").matcher("a"); m.find(); print type(m.group())
print Pattern.compile("\\p{Alpha}+\\p{Digit}").matcher("ab1").matches(), Pattern.compile("\\p{Upper}\\p{Lower}").matcher("Ab").matches(), Pattern.compile("\\p{L}+").matcher("ab").matches()
print Pattern.compile("a b # c", Pattern.COMMENTS).matcher("ab").matches(), Pattern.compile("a.b", Pattern.LITERAL).matcher("a.b").matches()
m = Pattern.compile("(\\w)(\\d)").matcher("a1 b2 c3")
sb = java.lang.StringBuffer()
while m.find():
    m.appendReplacement(sb, "$2$1")
m.appendTail(sb)
print sb.toString()
print Pattern.compile("a").matcher("banana").replaceAll("$0$0"), Matcher.quoteReplacement("$1\\x")
