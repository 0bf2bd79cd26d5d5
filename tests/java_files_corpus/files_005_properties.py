# A site configuration file in the files folder, read the ways 7.x libraries read it.
from java.io import File, FileInputStream, FileOutputStream, FileReader, FileWriter, BufferedReader
from java.util import Properties
import java.lang

def loadConfig(path):
    props = Properties()
    stream = FileInputStream(path)
    try:
        props.load(stream)
    finally:
        stream.close()
    return props

out = FileOutputStream("site.properties")
out.write("# line config\nline.name=Line 4\nline.unit=\xb0C\nline.escaped=\\u00e9t\\u00e9\nline.speed : 1200\n")
out.close()
props = loadConfig("site.properties")
for key in sorted(props.stringPropertyNames()):
    print repr(key), repr(props.getProperty(key))
viaReader = Properties()
viaReader.load(BufferedReader(FileReader("site.properties")))
print viaReader.getProperty("line.speed"), viaReader.size() == props.size()
try:
    loadConfig("missing.properties")
except java.io.FileNotFoundException, e:
    print "FileNotFoundException", File("missing.properties").exists()
except java.lang.Exception, e:
    print "other", type(e).__name__
try:
    Properties().load(None)
except java.lang.NullPointerException, e:
    print "NPE"
