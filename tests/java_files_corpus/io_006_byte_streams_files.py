# Byte streams over files in the files folder: a historian export written as binary records
# through BufferedOutputStream/DataOutputStream, read back in chunks, an audit log through
# PrintStream, a file copied stream to stream.
from java.io import File, FileInputStream, FileOutputStream, BufferedInputStream, BufferedOutputStream
from java.io import DataInputStream, DataOutputStream, PrintStream, ByteArrayOutputStream, IOException
import java.lang
import jarray

def exportSamples(path, samples):
    out = DataOutputStream(BufferedOutputStream(FileOutputStream(path)))
    try:
        out.writeInt(len(samples))
        for tag, stamp, value in samples:
            out.writeUTF(tag)
            out.writeLong(stamp)
            out.writeFloat(value)
    finally:
        out.close()
    return File(path).length()

def importSamples(path):
    stream = DataInputStream(BufferedInputStream(FileInputStream(path)))
    try:
        return [(stream.readUTF(), stream.readLong(), stream.readFloat()) for i in range(stream.readInt())]
    finally:
        stream.close()

def copyFile(source, target):
    inp = FileInputStream(source)
    out = FileOutputStream(target)
    block = jarray.zeros(16, 'b')
    total = 0
    count = inp.read(block)
    while count > 0:
        out.write(block, 0, count)
        total += count
        count = inp.read(block)
    inp.close()
    out.close()
    return total

File("export").mkdirs()
print exportSamples("export/samples.bin", [(u"Line1/Temp", 1700000000000L, 72.5), (u"Line2/Temp \xb0C", 1700000060000L, -3.25)])
print importSamples("export/samples.bin")
print copyFile("export/samples.bin", "export/copy.bin"), File("export/copy.bin").length()
raw = FileInputStream("export/copy.bin")
print raw.available(), raw.markSupported(), raw.readNBytes(4), raw.skip(2), len(raw.readAllBytes()), raw.read()
try:
    raw.reset()
except IOException, e:
    print "reset:", e.getMessage()
log = PrintStream(File("export/audit.log"))
log.println("exported 2 samples")
log.printf("%s=%d%n", "rows", 2)
log.close()
held = BufferedOutputStream(FileOutputStream("export/held.txt", True))
held.write("not yet")
print File("export/held.txt").length(),
held.close()
print File("export/held.txt").length()
buffered = ByteArrayOutputStream()
FileInputStream("export/audit.log").transferTo(buffered)
print repr(buffered.toString())
