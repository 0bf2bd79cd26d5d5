"""system.gui and system.nav: recorded on a simulated Vision client, missing in the Gateway and
in Perspective sessions as in Ignition."""
from __future__ import annotations

import pytest

from runtime.backends.ui import ui
from systemkit import IGN81, fail_one, handler_files, run_one

SCRIPT_PACKAGE = "'com.inductiveautomation.ignition.common.script.ScriptPackage' object has no attribute"


def client(make_gateway, source: str, **open_args):
    gw = make_gateway(handler_files(source, context="client"), synchronous=True)
    return gw, gw.open_client("X", **open_args)


def test_message_boxes_are_recorded_with_ignitions_default_titles(make_gateway):
    gw, bob = client(make_gateway, """
system.gui.messageBox("Batch done")
system.gui.warningBox("Tank high", "Level")
system.gui.errorBox("Pump fault")
system.gui.messageBox(message="kw", title="T")
""")
    run_one(gw, scope="C")
    assert ui(bob).records == [("messageBox", "Batch done", "Information"),
                               ("warningBox", "Tank high", "Level"),
                               ("errorBox", "Pump fault", "Error"),
                               ("messageBox", "kw", "T")]
    assert any("messageBox('Batch done', 'Information')" in r.message for r in gw.log.records)


def test_dialogs_answer_from_the_queue_then_with_the_default_button(make_gateway):
    gw, bob = client(make_gateway, """
print system.gui.confirm("Start?"), system.gui.confirm("Stop?", "Line 1", True)
print system.gui.inputBox("Batch id?", "B-1"), system.gui.passwordBox("Password")
print system.gui.confirm("Again?"), system.gui.inputBox("Batch id?", "B-1"), repr(system.gui.passwordBox("Password"))
print system.gui.inputBox("Empty?")
""")
    ui(bob).answer(False, None, "B-7", "s3cret")
    assert run_one(gw, scope="C").output == ["False None", "B-7 s3cret", "True B-1 u''", ""]
    assert ui(bob).records[:2] == [("confirm", "Start?", "Confirm", False),
                                   ("confirm", "Stop?", "Line 1", None)]
    assert ui(bob).records[2] == ("inputBox", "Batch id?", "B-1", "B-7")


def test_dialog_arguments_are_checked(make_gateway):
    gw, _ = client(make_gateway, "system.gui.messageBox(42)")
    assert "TypeError: messageBox(): message must be a string, not int" in fail_one(gw, scope="C").error


@pytest.mark.parametrize("call,name", [
    ('system.gui.messageBox("hi")', "messageBox"),
    ('system.gui.confirm("sure?")', "confirm"),
    ('system.nav.openWindow("Main")', "openWindow"),
    ('system.nav.getCurrentWindow()', "getCurrentWindow"),
    ('system.security.getUsername()', "getUsername"),
    ('system.file.openFile()', "openFile"),
    ('system.dataset.exportCSV("a.csv", True, None)', "exportCSV"),
    ('system.print.getPrinterNames()', "getPrinterNames"),
    ('system.net.openURL("http://x")', "openURL"),
])
def test_client_only_functions_fail_in_the_gateway_as_in_ignition(make_gateway, call, name):
    gw = make_gateway(handler_files(call), synchronous=True)
    error = fail_one(gw).error
    assert f"AttributeError: {SCRIPT_PACKAGE} '{name}'" in error
    assert "this script runs in the gateway scope" in error


def test_client_only_functions_fail_in_perspective_sessions(make_gateway):
    gw = make_gateway({"X/project.json": IGN81,
                       "X/perspective/message/h.py": 'system.gui.messageBox("hi")'}, synchronous=True)
    gw.open_perspective("X")
    error = fail_one(gw, scope="S").error
    assert f"{SCRIPT_PACKAGE} 'messageBox'" in error and "perspective scope" in error


def test_windows_open_swap_close_and_navigate(make_gateway):
    gw, bob = client(make_gateway, """
w = system.nav.openWindow("Main/Overview", {"line": 1})
print w, w.name, w.getPath(), system.nav.getCurrentWindow()
popup = system.nav.openWindow("Popups/Pump")
print system.gui.getOpenedWindowNames()
print system.nav.swapTo("Main/Line", {"line": 2}), system.nav.getCurrentWindow(), system.gui.getOpenedWindowNames()
system.nav.swapWindow("Main/Line", "Main/Trends")
print system.nav.getCurrentWindow()
print system.nav.goBack(), system.nav.goBack(), system.nav.goBack()
print system.nav.goForward(), system.nav.getCurrentWindow()
print system.nav.goHome(), system.nav.getCurrentWindow()
system.nav.openWindowInstance("Popups/Pump", {"pump": 2})
print system.gui.getOpenedWindowNames()
system.nav.closeWindow(popup)
system.nav.closeWindow("Popups/Nope")
print system.gui.getOpenedWindowNames(), system.nav.centerWindow("Popups/Pump"), system.nav.centerWindow("Nope")
""")
    assert run_one(gw, scope="C").output == [
        "Main/Overview Overview Main/Overview Main/Overview",
        "(u'Main/Overview', u'Popups/Pump')",
        "Main/Line Main/Line (u'Main/Line', u'Popups/Pump')",
        "Main/Trends",
        "Main/Line Main/Overview None",
        "Main/Line Main/Line",
        "Main/Overview Main/Overview",
        "(u'Main/Overview', u'Popups/Pump', u'Popups/Pump')",
        "(u'Main/Overview', u'Popups/Pump') Popups/Pump None",
    ]
    screen = ui(bob)
    assert screen.current == "Main/Overview" and screen.home == "Main/Overview"
    assert screen.records[0] == ("openWindow", "Main/Overview", {"line": 1})
    assert ("swapTo", "Main/Line", {"line": 2}) in screen.records
    assert ("swapWindow", "Main/Line", "Main/Trends", None) in screen.records
    assert ("closeWindow", "Popups/Nope") in screen.records


def test_window_objects_say_what_they_do_not_emulate(make_gateway):
    gw, _ = client(make_gateway, """
w = system.nav.openWindow("Main/Overview")
try:
    w.getContentPane()
except AttributeError, e:
    print e
try:
    w._path
except AttributeError:
    print "private refused"
""")
    assert run_one(gw, scope="C").output == [
        "FPMIWindow.getContentPane is not emulated by shim (windows are simulated: path, name, title and "
        "rootContainer are known)",
        "private refused",
    ]


def test_each_client_has_its_own_screen(make_gateway):
    gw = make_gateway(handler_files('system.nav.swapTo(payload["to"]); system.gui.messageBox(payload["to"])',
                                    context="client"), synchronous=True)
    amy, bob = gw.open_client("X", user="amy"), gw.open_client("X", user="bob")
    gw.send_message("X", "h", {"to": "Main/A"}, scope="C", user="amy")
    gw.send_message("X", "h", {"to": "Main/B"}, scope="C", user="bob")
    gw.wait_idle()
    assert (ui(amy).current, ui(bob).current) == ("Main/A", "Main/B")
    assert ui(amy).records[-1] == ("messageBox", "Main/A", "Information")
