# java.awt.datatransfer as Vision scripts copy text: StringSelection and DataFlavor.stringFlavor;
# on a headless JVM (a gateway) the system clipboard is a HeadlessException.
from java.awt import Toolkit, HeadlessException
from java.awt.datatransfer import StringSelection, DataFlavor, UnsupportedFlavorException
s = StringSelection("Batch B-7")
print s.getTransferData(DataFlavor.stringFlavor), s.isDataFlavorSupported(DataFlavor.stringFlavor)
print DataFlavor.stringFlavor.getHumanPresentableName(), len(s.getTransferDataFlavors()) > 0
try:
    Toolkit.getDefaultToolkit().getSystemClipboard().setContents(s, None)
    print "copied"
except HeadlessException, e:
    print "headless"
