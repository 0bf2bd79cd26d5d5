# java.io in memory: StringWriter/PrintWriter/BufferedWriter, StringReader/BufferedReader.
from java.io import StringWriter, PrintWriter, StringReader, BufferedReader, BufferedWriter, IOException
import java.io
import java.lang

sw = StringWriter()
pw = PrintWriter(sw)
pw.println("ab")
pw.println(3)
pw.println(1.5)
pw.println(None)
pw.printf("%d items, %s%n", 3, "ok")
pw.write("w")
pw.write(65)
pw.append("x").append("y")
pw.flush()
print sw.toString().replace("\n", "|")
bw = BufferedWriter(sw)
bw.write("line")
bw.newLine()
bw.close()
print sw.toString()[-5:].replace("\n", "|")
br = BufferedReader(StringReader("first\r\nsecond\nthird"))
print br.readLine(), br.readLine(), br.readLine(), br.readLine()
sr = StringReader("ab")
print sr.read(), sr.read(), sr.read()
try:
    raise IOException("disk")
except java.io.IOException, e:
    print e, isinstance(e, java.lang.Exception)
