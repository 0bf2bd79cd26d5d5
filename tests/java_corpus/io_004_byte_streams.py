# java.io byte streams the way plant code uses them: a binary recipe record packed with
# DataOutputStream into a ByteArrayOutputStream (to hand to system.file.writeFile or an HTTP
# post), read back through BufferedInputStream/DataInputStream, text payloads through
# OutputStreamWriter/InputStreamReader, a stack trace captured through PrintStream.
from java.io import ByteArrayOutputStream, ByteArrayInputStream, BufferedInputStream, BufferedOutputStream
from java.io import DataInputStream, DataOutputStream, InputStreamReader, OutputStreamWriter, BufferedReader
from java.io import PrintStream, InputStream, OutputStream, IOException, EOFException, UTFDataFormatException
from java.io import UnsupportedEncodingException
import java.lang
import jarray

def report(label, fn):
    try:
        result = fn()
        print label, repr(result)
    except TypeError, e:
        print label, "TypeError", e
    except java.lang.Exception, e:
        print label, e.getClass().getSimpleName(), e.getMessage()


class RecipeCodec(object):
    """Packs a recipe (name, setpoints, enabled flag) into bytes and back."""
    VERSION = 3

    def encode(self, name, setpoints, enabled):
        raw = ByteArrayOutputStream()
        out = DataOutputStream(BufferedOutputStream(raw))
        out.writeShort(self.VERSION)
        out.writeUTF(name)
        out.writeInt(len(setpoints))
        for tag, value in setpoints:
            out.writeUTF(tag)
            out.writeDouble(value)
        out.writeBoolean(enabled)
        out.writeLong(1700000000123L)
        out.flush()
        return out.size(), raw.toByteArray()

    def decode(self, data):
        stream = DataInputStream(BufferedInputStream(ByteArrayInputStream(data)))
        try:
            version = stream.readShort()
            name = stream.readUTF()
            points = []
            for i in range(stream.readInt()):
                points.append((stream.readUTF(), stream.readDouble()))
            return version, name, points, stream.readBoolean(), stream.readLong()
        finally:
            stream.close()


codec = RecipeCodec()
size, data = codec.encode(u"Batch caf\xe9 \u20ac", [("Line1/Temp", 72.5), ("Line1/Speed", 1200.0)], True)
print size, len(data), data[:8]
print codec.decode(data)
try:
    codec.decode(data[:20])
except EOFException, e:
    print "truncated record:", e, e.getMessage()

# ByteArrayOutputStream on its own
buf = ByteArrayOutputStream()
print repr(buf.toString()), buf.size(), isinstance(buf, OutputStream)
buf.write(65)
buf.write(0x1ff)
buf.write(-1)
buf.write("hi")
buf.write(jarray.array([1, 2, 3], 'b'), 1, 2)
buf.write([4, 5])
buf.write(u"caf\xe9\u20ac")
print buf.size(), buf.toByteArray()
print repr(buf.toString()), repr(buf.toString("ISO-8859-1"))
print buf, repr(buf)
report("toString(bogus)", lambda: buf.toString("bogus"))
report("write(None)", lambda: buf.write(None))
report("write range", lambda: buf.write("abc", 2, 5))
report("write float", lambda: buf.write(1.5))
report("negative size", lambda: ByteArrayOutputStream(-1))
copy = ByteArrayOutputStream()
buf.writeTo(copy)
buf.reset()
print buf.size(), copy.size()
buf.close()
buf.write(7)
print buf.toByteArray()

# ByteArrayInputStream: read, read into arrays, skip, mark/reset, readAllBytes
stream = ByteArrayInputStream("hello world")
print stream.available(), stream.read(), stream.markSupported(), isinstance(stream, InputStream)
chunk = jarray.zeros(4, 'b')
print stream.read(chunk), chunk
print stream.read(chunk, 1, 2), chunk
stream.mark(0)
print stream.skip(2), stream.skip(-3), stream.read()
stream.reset()
print stream.readNBytes(2), stream.readAllBytes(), stream.read(), stream.read(chunk)
report("read range", lambda: stream.read(chunk, 2, 5))
report("read negative", lambda: stream.read(chunk, -1, 1))
report("read(None)", lambda: stream.read(None))
print stream.read(chunk, 1, 0)
window = ByteArrayInputStream("abcdef", 2, 3)
print window.available(), window.read(), window.skip(10), window.read()
window.reset()
print window.read()
print ByteArrayInputStream("abc", 2, 5).available(), ByteArrayInputStream("abc", 5, 1).read()
report("null buffer", lambda: ByteArrayInputStream(None))
sink = ByteArrayOutputStream()
print ByteArrayInputStream("copy me").transferTo(sink), sink.toString()

# reading a payload in chunks, the usual loop
def readAll(inputStream):
    collected = ByteArrayOutputStream()
    block = jarray.zeros(4, 'b')
    count = inputStream.read(block)
    while count != -1:
        collected.write(block, 0, count)
        count = inputStream.read(block)
    inputStream.close()
    return collected.toByteArray()

print readAll(BufferedInputStream(ByteArrayInputStream("0123456789"), 3)).tostring()

# BufferedInputStream marks and closing
buffered = BufferedInputStream(ByteArrayInputStream("abcdef"), 2)
buffered.mark(1)
print buffered.read(), buffered.read(), buffered.read()
report("reset past the mark", lambda: buffered.reset())
print buffered.read()
buffered = BufferedInputStream(ByteArrayInputStream("abcdef"))
buffered.mark(100)
print buffered.read(), buffered.read(), buffered.available()
buffered.reset()
print buffered.read(), buffered.available()
report("reset without mark", lambda: BufferedInputStream(ByteArrayInputStream("x")).reset())
report("buffered range", lambda: buffered.read(chunk, 2, 5))
report("zero buffer in", lambda: BufferedInputStream(ByteArrayInputStream("x"), 0))
report("zero buffer out", lambda: BufferedOutputStream(ByteArrayOutputStream(), 0))
buffered.close()
report("read after close", lambda: buffered.read())
report("available after close", lambda: buffered.available())
report("not a stream", lambda: DataInputStream("abc"))
report("not an output stream", lambda: BufferedOutputStream(object()))

# BufferedOutputStream holds bytes until its buffer fills
target = ByteArrayOutputStream()
held = BufferedOutputStream(target, 4)
held.write("ab")
print target.size(),
held.write("cde")
print target.size(),
held.write("fghij")
print target.size(),
held.flush()
print target.size(), target.toString()

# DataOutputStream primitives and coercions
raw = ByteArrayOutputStream()
data = DataOutputStream(raw)
report("writeInt(2**31)", lambda: data.writeInt(2 ** 31))
report("writeInt(1.5)", lambda: data.writeInt(1.5))
report("writeInt('1')", lambda: data.writeInt("1"))
report("writeLong(2**63)", lambda: data.writeLong(2 ** 63))
report("writeChar('C')", lambda: data.writeChar("C"))
report("writeUTF(None)", lambda: data.writeUTF(None))
data.writeInt(-2 ** 31)
data.writeByte(1000)
data.writeShort(-70000)
data.writeUTF(u"a\x00\u20ac\U0001F600")
data.writeChars(u"h\xe9")
data.writeBytes(u"h\xe9\u20ac")
data.writeChar(66)
data.writeFloat(0.1)
data.writeDouble(2)
data.writeBoolean(0)
print data.size(), raw.toByteArray()
back = DataInputStream(ByteArrayInputStream(raw.toByteArray()))
print back.readInt(), back.readUnsignedByte(), back.readUnsignedShort(), repr(back.readUTF())
print repr(back.readChar()), repr(back.readChar()), back.readByte(), back.readByte(), back.readByte()
print repr(back.readChar()), back.readFloat(), back.readDouble(), back.readBoolean(), back.available()
report("readInt at the end", lambda: back.readInt())
print back.read(), back.markSupported()
partial = DataInputStream(ByteArrayInputStream("\x00\x01\x02"))
whole = jarray.zeros(5, 'b')
report("readFully short", lambda: partial.readFully(whole))
print whole
report("readUTF short", lambda: DataInputStream(ByteArrayInputStream("\x00\x05abc")).readUTF())
report("readUTF malformed", lambda: DataInputStream(ByteArrayInputStream("\x00\x02\xc3\x28")).readUTF())
report("readUTF partial", lambda: DataInputStream(ByteArrayInputStream("\x00\x01\xc3")).readUTF())
report("readChar wide", lambda: DataInputStream(ByteArrayInputStream("\x3d\xcc")).readChar())
print DataInputStream(ByteArrayInputStream("\x01\x02\x03")).skipBytes(5)

# text over bytes: an HTTP body in, a JSON payload out
body = ByteArrayInputStream(u"status=OK\r\ntemp=72.5 \u00b0F\n".encode("utf-8"))
lines = BufferedReader(InputStreamReader(body, "UTF-8"))
print repr(lines.readLine()), repr(lines.readLine()), lines.readLine()
latin = InputStreamReader(ByteArrayInputStream("caf\xe9"), "ISO-8859-1")
print latin.read(), latin.read(), latin.read(), latin.read(), latin.read()
payload = ByteArrayOutputStream()
writer = OutputStreamWriter(payload, "UTF-8")
writer.write(u'{"line": "caf\xe9"}')
print payload.size(),
writer.close()
print payload.size(), repr(payload.toString("UTF-8"))
wide = ByteArrayOutputStream()
writer = OutputStreamWriter(wide, "UTF-16")
writer.write(u"a")
writer.flush()
writer.write(u"b")
writer.close()
print wide.toByteArray()
big = ByteArrayOutputStream()
writer = OutputStreamWriter(big)
writer.write(u"x" * 9000)
print big.size(),
writer.write(u"\xe9" * 5000)
print big.size(),
writer.flush()
print big.size()
report("writer bogus charset", lambda: OutputStreamWriter(big, "bogus"))
report("writer on None", lambda: OutputStreamWriter(None))

# PrintStream: printing into bytes, and a stack trace captured for the logger
captured = ByteArrayOutputStream()
ps = PrintStream(captured)
ps.print("count=")
ps.println(3)
ps.printf("%s at %.1f%n", "Line1", 72.25)
ps.println(True)
ps.write(65)
ps.append("!")
ps.flush()
print repr(captured.toString()), ps.checkError()
trace = ByteArrayOutputStream()
try:
    raise IOException("disk full")
except IOException, e:
    e.printStackTrace(PrintStream(trace))
print repr(trace.toString().splitlines()[0])
report("PrintStream bogus charset", lambda: PrintStream(captured, False, "bogus"))
print isinstance(UnsupportedEncodingException("x"), IOException), isinstance(EOFException(), IOException)
print isinstance(UTFDataFormatException("x"), IOException)
