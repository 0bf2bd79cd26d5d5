# java.io.File and the file readers/writers, in the scripts' working folder (shim: the
# gateway's files folder): a report routine the way 7.x projects wrote them in Java style.
from java.io import File, FileReader, FileWriter, BufferedReader, BufferedWriter, PrintWriter
from java.io import FileInputStream, FileOutputStream, InputStreamReader, FileNotFoundException, IOException
import java.lang

def writeReport(folder, name, rows):
    target = File(folder, name)
    writer = BufferedWriter(FileWriter(target))
    try:
        writer.write("line,count")
        writer.newLine()
        for line, count in rows:
            writer.write("%s,%d" % (line, count))
            writer.newLine()
    finally:
        writer.close()
    return target

def readReport(target):
    reader = BufferedReader(FileReader(target))
    lines = []
    line = reader.readLine()
    while line is not None:
        lines.append(line)
        line = reader.readLine()
    reader.close()
    return lines

folder = File("reports")
print folder.exists(), folder.mkdirs(), folder.mkdirs(), folder.isDirectory(), folder.isFile()
report = writeReport(folder, "shift1.csv", [("L1", 3), ("L2", 14)])
print report, report.getName(), report.getParent(), report.getParentFile().getName(), report.isAbsolute()
print report.exists(), report.isFile(), report.length(), report.lastModified() > 0
print readReport(report)
appender = FileWriter(report, True)
appender.write("total,17\n")
appender.close()
print readReport(report)[-1], report.length()
pw = PrintWriter(File(folder, "notes.txt"))
pw.println("caf\xe9 notes")
pw.printf("%d items%n", 2)
pw.close()
print readReport(File("reports/notes.txt"))
out = FileOutputStream("reports/raw.bin")
for b in (1, 2, 255):
    out.write(b)
out.close()
stream = FileInputStream(File("reports", "raw.bin"))
print stream.available(), stream.read(), stream.read(), stream.read(), stream.read()
stream.close()
text = BufferedReader(InputStreamReader(FileInputStream("reports/notes.txt"), "UTF-8"))
print repr(text.readLine())
print sorted(folder.list()), sorted([f.getName() for f in folder.listFiles()]), len(folder.listFiles())
print File("missing.txt").exists(), File("missing.txt").length(), File("missing.txt").lastModified(), File("missing.txt").list()
try:
    FileReader("missing.txt")
except FileNotFoundException, e:
    print "FileNotFoundException", e.getMessage()
try:
    FileInputStream(folder)
except FileNotFoundException, e:
    print "FileNotFoundException", e.getMessage()
print isinstance(FileNotFoundException("x"), IOException)
new = File(folder, "new.txt")
print new.createNewFile(), new.createNewFile(), new.renameTo(File(folder, "renamed.txt")), new.exists()
print File("reports/renamed.txt").delete(), File("reports/renamed.txt").delete(), folder.delete()
try:
    File("nofolder/x.txt").createNewFile()
except IOException, e:
    print "IOException", e.getMessage()
print File("a//b/"), File("a/b/../c").getPath(), File("x").getParent(), File("/"), File("/x").getParent()
print File.separator, File.pathSeparator, File("x").isAbsolute(), File("/x").isAbsolute()
print File("a") == File("a"), File("a").equals(File("b")), File("a").compareTo(File("b")) < 0
for f in folder.listFiles():
    f.delete()
print folder.delete(), folder.exists()
