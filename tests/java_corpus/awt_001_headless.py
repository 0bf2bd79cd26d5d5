# java.awt and javax.swing on a headless JVM, as on Ignition's gateway: every dialog and the
# screen size raise java.awt.HeadlessException (an UnsupportedOperationException); the
# JOptionPane constants and AWT's value classes work.
from java.awt import Toolkit, HeadlessException, Dimension, Point
from javax.swing import JOptionPane
import java.awt
import java.lang
def attempt(name, call):
    try:
        call()
        print name, "shown"
    except HeadlessException, e:
        print name, e.getClass().getName(), isinstance(e, java.lang.UnsupportedOperationException)
attempt("message", lambda: JOptionPane.showMessageDialog(None, "Batch done"))
attempt("confirm", lambda: JOptionPane.showConfirmDialog(None, "Sure?", "Title", JOptionPane.YES_NO_OPTION))
attempt("input", lambda: JOptionPane.showInputDialog(None, "Batch id?"))
attempt("screen", lambda: Toolkit.getDefaultToolkit().getScreenSize())
print JOptionPane.YES_OPTION, JOptionPane.NO_OPTION, JOptionPane.CANCEL_OPTION, JOptionPane.ERROR_MESSAGE, JOptionPane.WARNING_MESSAGE, JOptionPane.QUESTION_MESSAGE, JOptionPane.PLAIN_MESSAGE, JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.OK_CANCEL_OPTION, JOptionPane.CLOSED_OPTION
d = Dimension(800, 600)
d.width = 1024
p = Point(3, 4)
print d, d.getWidth(), d.height, p, p.getX(), p.y
