"""java.awt, javax.swing and java.net as a gateway and a Vision client have them.

A gateway is headless: Swing dialogs and AWT's screen raise ``java.awt.HeadlessException``, as on
Ignition's gateway. In a Vision client ``JOptionPane`` dialogs go to the same record and answer
queue as system.gui.messageBox/confirm/inputBox (8.1 manual, system.gui.messageBox, confirm,
inputBox; javadoc, javax.swing.JOptionPane). java.net's parsing half is differential against real
Jython in tests/java_corpus/net_001_url_encoder.py; here are its refusals (no connection leaves)
and escape attempts through the new classes.
"""
from __future__ import annotations

import pytest

from runtime.backends.ui import ui
from systemkit import handler_files, leak_probe, run_one

#: a Vision client script the way older projects wrote it: Swing dialogs instead of system.gui
OPERATOR_DIALOGS = '''
from javax.swing import JOptionPane
from java.awt import Toolkit
import system

def askRestart(line):
    answer = JOptionPane.showConfirmDialog(None, "Restart %s?" % line, "Restart", JOptionPane.YES_NO_OPTION)
    if answer == JOptionPane.YES_OPTION:
        return "restart"
    if answer == JOptionPane.NO_OPTION:
        return "keep"
    return "cancelled"

def askBatch():
    value = JOptionPane.showInputDialog(None, "Batch id?", "B-1")
    if value is None:
        return "no batch"
    return value.strip().upper()

print askRestart("Line 1"), askRestart("Line 2"), askRestart("Line 3")
print askBatch(), askBatch(), askBatch()
print JOptionPane.showInputDialog("Operator?")
JOptionPane.showMessageDialog(None, "Batch done")
JOptionPane.showMessageDialog(None, "Pump fault", "Line 1", JOptionPane.ERROR_MESSAGE)
JOptionPane.showMessageDialog(None, "Tank high", "Level", JOptionPane.WARNING_MESSAGE)
size = Toolkit.getDefaultToolkit().getScreenSize()
print size.width, size.height, size
'''


def test_joptionpane_in_a_vision_client_is_the_system_gui_record(make_gateway):
    gw = make_gateway(handler_files(OPERATOR_DIALOGS, context="client"), synchronous=True)
    bob = gw.open_client("X")
    ui(bob).answer(True, False, None, " b-7 ", None)
    assert run_one(gw, scope="C").output == [
        "restart keep cancelled", "B-7 no batch B-1", "", "1920 1080 java.awt.Dimension[width=1920,height=1080]"]
    assert ui(bob).records == [
        ("confirm", "Restart Line 1?", "Restart", True), ("confirm", "Restart Line 2?", "Restart", False),
        ("confirm", "Restart Line 3?", "Restart", None), ("inputBox", "Batch id?", "B-1", " b-7 "),
        ("inputBox", "Batch id?", "B-1", None), ("inputBox", "Batch id?", "B-1", "B-1"),
        ("inputBox", "Operator?", "", ""), ("messageBox", "Batch done", "Message"),
        ("errorBox", "Pump fault", "Line 1"), ("warningBox", "Tank high", "Level")]


def test_copy_to_clipboard_in_a_vision_client(make_gateway):
    """The Vision idiom for a "copy" button: Toolkit's system clipboard and a StringSelection
    (javadoc, java.awt.datatransfer); recorded on the client, read back by getContents."""
    gw = make_gateway(handler_files('''
from java.awt import Toolkit
from java.awt.datatransfer import StringSelection, DataFlavor
def copyText(text):
    clipboard = Toolkit.getDefaultToolkit().getSystemClipboard()
    clipboard.setContents(StringSelection(text), None)
    return clipboard.getContents(None).getTransferData(DataFlavor.stringFlavor)
print copyText("Batch B-7\tLine 1")
''', context="client"), synchronous=True)
    bob = gw.open_client("X")
    assert run_one(gw, scope="C").output == ["Batch B-7\tLine 1"]
    assert ui(bob).records == [("setClipboard", "Batch B-7\tLine 1")] and ui(bob).clipboard == "Batch B-7\tLine 1"


def test_swing_and_awt_on_a_gateway_are_headless(make_gateway):
    gw = make_gateway(handler_files('''
import java.awt
from javax.swing import JOptionPane
from java.awt import Toolkit, HeadlessException
def notify(text):
    try:
        JOptionPane.showMessageDialog(None, text)
        return "shown"
    except HeadlessException, e:
        return "headless: %s" % e
print notify("Batch done")
for call in [lambda: JOptionPane.showConfirmDialog(None, "Sure?"), lambda: JOptionPane.showInputDialog("Id?"),
             lambda: Toolkit.getDefaultToolkit().getScreenSize()]:
    try:
        call()
    except java.awt.HeadlessException, e:
        print e.getClass().getName()
try:
    JOptionPane.showMessageDialog(None, "x")
except Exception, e:
    print "never: a Java exception is not a Python Exception"
'''), synchronous=True)
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("X", "h", {}, scope="G")
    gw.wait_idle()
    assert runs[0].output == ["headless: java.awt.HeadlessException"] + ["java.awt.HeadlessException"] * 3
    assert "java.awt.HeadlessException" in runs[0].error


def test_java_net_opens_no_connection(run):
    out = run('''
from java.lang import Exception as JavaException
from java.net import URL, InetAddress
u = URL("http://mes.plant.local/api")
for call in [u.openConnection, u.openStream, u.getContent]:
    try:
        call()
    except JavaException, e:
        print e
try:
    InetAddress.getByName("mes.plant.local")
except JavaException, e:
    print e
print InetAddress.getLocalHost()
''')
    refusal = ("java.lang.SecurityException: java.net.URL.%s is refused by shim's sandbox: use "
               "system.net.httpGet/httpPost or system.net.httpClient, which follow the gateway's HTTP allow-list")
    assert out.splitlines() == [refusal % "openConnection", refusal % "openStream", refusal % "getContent",
                                "java.net.UnknownHostException: mes.plant.local: shim does not look up host "
                                "names (the network is outside the sandbox)", "localhost/127.0.0.1"]


def test_inet_address_get_local_host_is_the_configured_identity(make_gateway):
    gw = make_gateway({**handler_files("from java.net import InetAddress\nh = InetAddress.getLocalHost()\n"
                                       "print h, h.getHostName() == system.net.getHostName(), "
                                       "InetAddress.getByName('Line1-GW').getHostAddress()"),
                       "_gateway/gateway.json": {"hostName": "Line1-GW", "ipAddress": "10.0.0.7"}},
                      synchronous=True)
    assert run_one(gw).output == ["Line1-GW/10.0.0.7 True 10.0.0.7"]


ESCAPES = [
    "JOptionPane.showMessageDialog.__globals__", "URL('http://a/').openConnection.__func__",
    "URL('http://a/')._host", "Toolkit.getDefaultToolkit().__class__.__subclasses__()",
    "Toolkit.getDefaultToolkit().getScreenSize.__globals__", "InetAddress.getLocalHost()._address",
    "type(InetAddress).mro()", "URLEncoder.encode.__globals__['_host']", "swing._screen",
    "getattr(swing, '__getattr__')", "awt.screen", "net._host", "URLDecoder.decode.__code__",
]


def test_escape_attempts_through_the_new_classes_are_refused(run):
    source = ("from javax.swing import JOptionPane\nfrom java.awt import Toolkit\n"
              "from java.net import URL, URLEncoder, URLDecoder, InetAddress\n"
              "import javax.swing as swing\nimport java.awt as awt\nimport java.net as net\n")
    out = run(source + leak_probe(*ESCAPES)).splitlines()
    assert len(out) == len(ESCAPES) and "LEAK" not in out, list(zip(ESCAPES, out))


@pytest.mark.parametrize("statement", [
    "JOptionPane.YES_OPTION = 1", "URL.openConnection = len", "Toolkit.getDefaultToolkit = len",
])
def test_the_shared_classes_cannot_be_changed(run, statement):
    out = run("from javax.swing import JOptionPane\nfrom java.net import URL\nfrom java.awt import Toolkit\n"
              + statement + "\n")
    assert out.startswith("AttributeRefused: setting attributes of"), out


def test_a_perspective_session_has_no_swing_screen(make_gateway):
    """Perspective scripts run on the gateway (8.1 manual, "Script Logging and Print Statement
    Output Reference": Perspective scripts run on the Gateway): Swing is headless there too."""
    gw = make_gateway({"X/project.json": {"ignition": "8.1"}, "X/perspective/message/h.py": '''
from javax.swing import JOptionPane
from java.awt import HeadlessException
try:
    JOptionPane.showMessageDialog(None, "Batch done")
except HeadlessException, e:
    print "headless", e
'''}, synchronous=True)
    gw.open_perspective("X")
    assert run_one(gw, scope="S").output == ["headless java.awt.HeadlessException"]


def test_swing_utilities_run_on_the_clients_ui_thread(make_gateway):
    """In a Vision client SwingUtilities.invokeLater queues on the client's UI thread, the very
    queue system.util.invokeLater uses, so the two keep their order (8.1 manual,
    system.util.invokeLater; javadoc, javax.swing.SwingUtilities); invokeAndWait from that
    thread is Java's Error."""
    gw = make_gateway(handler_files('''
from javax.swing import SwingUtilities
import java.lang
order = []
def report():
    print order, SwingUtilities.isEventDispatchThread()
    try:
        SwingUtilities.invokeAndWait(report)
    except java.lang.Error, e:
        print e.getMessage()
system.util.invokeLater(lambda: order.append("util"))
SwingUtilities.invokeLater(lambda: order.append("swing"))
system.util.invokeLater(lambda: order.append("util 2"))
SwingUtilities.invokeLater(report)
print SwingUtilities.isEventDispatchThread()
''', context="client"), synchronous=True)
    gw.open_client("X")
    assert run_one(gw, scope="C").output == [
        "False", "['util', 'swing', 'util 2'] True", "Cannot call invokeAndWait from the event dispatcher thread"]


EVENT_ESCAPES = [
    "KeyEvent.getKeyText.__globals__['_KEY_TEXT']", "KeyEvent._KEY_TEXT", "getattr(KeyEvent, '__dict__')",
    "event._KEYS", "event._constants(KeyEvent, VK_ENTER=13)", "getattr(event, '_const' + 'ants')",
    "Cursor.getPredefinedCursor(3)._type", "Cursor.getPredefinedCursor.__globals__['_PREDEFINED']",
    "type(Cursor.getDefaultCursor()).__subclasses__()", "SwingConstants.__dict__", "awt._PREDEFINED",
]


def test_escape_attempts_through_the_event_constants_and_cursors_are_refused(run):
    """java.awt.event, java.awt.Cursor and javax.swing.SwingConstants (javadoc: their constants,
    Java 17's values; differential in tests/java_corpus/awt_004_events_cursor.py)."""
    source = ("from java.awt.event import KeyEvent\nimport java.awt.event as event\n"
              "from java.awt import Cursor\nimport java.awt as awt\nfrom javax.swing import SwingConstants\n")
    out = run(source + leak_probe(*EVENT_ESCAPES)).splitlines()
    assert len(out) == len(EVENT_ESCAPES) and "LEAK" not in out, list(zip(EVENT_ESCAPES, out))
    assert run(source + "KeyEvent.VK_ENTER = 13\nprint 'changed'").count("changed") == 0
    assert run(source + "print KeyEvent.VK_ENTER, Cursor.getPredefinedCursor(3).getType()") == "10 3\n"
