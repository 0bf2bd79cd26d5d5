# javax.swing.SwingUtilities on a headless JVM (a gateway): invokeLater and invokeAndWait run
# on the event dispatch thread in order, invokeAndWait waits; a Runnable object works too.
from javax.swing import SwingUtilities
import java.lang

ran = []

class Refresh(java.lang.Runnable):
    def __init__(self, name):
        self.name = name
    def run(self):
        ran.append((self.name, SwingUtilities.isEventDispatchThread()))

def later():
    ran.append(("later", SwingUtilities.isEventDispatchThread()))

print SwingUtilities.isEventDispatchThread()
SwingUtilities.invokeLater(later)
SwingUtilities.invokeLater(Refresh("runnable"))
SwingUtilities.invokeAndWait(lambda: ran.append(("wait", SwingUtilities.isEventDispatchThread())))
print ran
def nested():
    try:
        SwingUtilities.invokeAndWait(lambda: None)
        ran.append("nested ran")
    except java.lang.Error, e:
        ran.append(e.getMessage())
SwingUtilities.invokeAndWait(nested)
print ran[-1]
