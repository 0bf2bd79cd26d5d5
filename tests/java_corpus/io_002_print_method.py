from java.io import StringWriter, PrintWriter
sw = StringWriter()
pw = PrintWriter(sw)
pw.print("a")
pw . print(1)
pw.println("b")
pw.flush()
print sw.toString(),
print "x.print", 'y . print'
