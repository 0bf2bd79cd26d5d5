"""Vision windows with a root container and components (system.nav, system.gui): component
scripts with ``event``, the manual's examples run as written, definitions from a test or the
project's client/windows/*.json."""
from __future__ import annotations

import inspect

import pytest

import system.gui
import system.nav
from runtime.backends.ui import ui
from runtime.tools.interpreter import Interpreter
from systemkit import handler_files, leak_probe, run_one

OVERVIEW = {"title": "Plant Overview",
            "root": {"lineNo": 1, "components": {
                "Tank": {"value": 50.0, "x": 10, "y": 20},
                "Button": {"text": "Close", "x": 5, "y": 5},
                "TextArea": {"text": ""},
                "Table": {"data": None},
                "Header": {"x": 100, "y": 0, "components": {"Title": {"text": "Line 1"}}}}}}


@pytest.fixture
def client(make_gateway):
    gw = make_gateway({**handler_files("pass", context="client"),
                       "X/client/windows/Main/Trends.json": {"root": {"components": {"Chart": {"pens": 3}}}}},
                      synchronous=True)
    bob = gw.open_client("X", user="bob")
    ui(bob).define("Overview", OVERVIEW)
    return gw, bob


def script(gw, session, source: str, event: tuple | None = None) -> list[str]:
    """Run ``source`` in the session as a component script would run, ``event`` from the
    component ``event=(window, "Header/Title")``."""
    out, err = [], []
    interpreter = Interpreter(gw, gw.session_host(session), out.append, err.append)
    if event is not None:
        interpreter.namespace["event"] = ui(session).event(*event)
    assert interpreter.run_script(source, "<component script>"), "\n".join(err)
    return out


def test_openwindow_returns_a_window_whose_components_hold_properties(client):
    gw, bob = client
    output = script(gw, bob, """
window = system.nav.openWindow('Overview', {'tankNumber' : 8, 'tankName' : 'Tank 8'})
root = window.rootContainer
print window.title, root.tankNumber, root.tankName, root.lineNo, root.name
tank = root.getComponent('Tank')
print tank.value, tank.name, tank.parent.name, root.getComponent('Nope')
tank.value = 75.5
root.getComponent('Header').getComponent('Title').text = "Line 2"
print system.gui.getWindow('Overview').getRootContainer().getComponent('Tank').value
print [c.name for c in root.getComponents()], root.getComponentCount()
try:
    tank.level
except AttributeError, e:
    print e
""")
    assert output == ["Plant Overview 8 Tank 8 1 Root Container",
                      "50.0 Tank Root Container None",
                      "75.5",
                      "['Tank', 'Button', 'TextArea', 'Table', 'Header'] 5",
                      "'Tank' component has no property 'level'"]
    window = ui(bob).window("Overview")
    assert window.component("Header/Title").text == "Line 2"
    assert window.component("Tank").value == 75.5


def test_definitions_come_from_the_project_files_and_each_open_is_fresh(client):
    gw, bob = client
    output = script(gw, bob, """
print system.nav.swapTo('Main/Trends').rootContainer.getComponent('Chart').pens
print system.gui.getWindowNames()
w = system.nav.openWindow('Overview')
w.rootContainer.getComponent('Tank').value = 1
system.nav.closeWindow(w)
print system.nav.openWindow('Overview').rootContainer.getComponent('Tank').value
print system.nav.openWindow('Blank').rootContainer.getComponents()
""")
    assert output == ["3", "(u'Main/Trends', u'Overview')", "50.0", "()"]


def test_getwindow_manual_example_and_its_error(client):
    """The manual's example (system.gui.getWindow), first with the window closed."""
    gw, bob = client
    source = """
try:
    window = system.gui.getWindow('Overview')
    system.nav.closeWindow(window)
except ValueError:
    system.gui.warningBox("The Overview window isn't open")
"""
    script(gw, bob, source)
    assert ui(bob).records[-1] == ("warningBox", "The Overview window isn't open", "Warning")
    script(gw, bob, "system.nav.openWindow('Overview')")
    script(gw, bob, source)
    assert ui(bob).windows == [] and ("closeWindow", "Overview") in ui(bob).records
    assert script(gw, bob, """
try:
    system.gui.getWindow('Overview')
except ValueError, e:
    print e
""") == ["Window Overview is not open."]


def test_getopenedwindows_manual_example(client):
    gw, bob = client
    script(gw, bob, "system.nav.openWindow('Overview'); system.nav.openWindow('Main/Trends')")
    assert script(gw, bob, """
# This example prints out into the console the full path for each opened window.
windows = system.gui.getOpenedWindows()
print 'There are %d windows open' % len(windows)
for window in windows:
  print window.getPath()
""") == ["There are 2 windows open", "Overview", "Main/Trends"]


def test_event_scripts_getparentwindow_getsibling_closeparentwindow(client):
    """The manual's examples for getParentWindow, getSibling, color and closeParentWindow."""
    gw, bob = client
    script(gw, bob, "system.nav.openWindow('Overview')")
    output = script(gw, bob, """
window = system.gui.getParentWindow(event)
print window.getPath(), window.rootContainer.lineNo
textArea = system.gui.getSibling(event, 'TextArea')
textArea.text = "Pressed"
print system.gui.getSibling(event, 'Missing')
myComponent = event.source
myComponent.background = system.gui.color(255,0,0) # turn the component red
print myComponent.background, system.gui.convertPointToScreen(1, 2, event)
""", event=("Overview", "Button"))
    assert output == ["Overview 1", "None", "java.awt.Color[r=255,g=0,b=0] (6, 7)"]
    assert ui(bob).window("Overview").component("TextArea").text == "Pressed"
    script(gw, bob, "system.nav.closeParentWindow(event)", event=("Overview", "Header/Title"))
    assert ui(bob).windows == []


def test_getscreens_manual_example(client):
    gw, bob = client
    ui(bob).screens = [(1920, 1080), (1280, 1024)]
    script(gw, bob, "system.nav.openWindow('Overview')")
    script(gw, bob, """
# This example fetches monitor data and pushes it to a table in the same container.
screens = system.gui.getScreens()
pyData = []
for screen in screens:
    pyData.append([screen[0], screen[1], screen[2]])
# Pushes data to a Table component
event.source.parent.getComponent('Table').data = system.dataset.toDataSet(["screen", "width","height"], pyData)
""", event=("Overview", "Button"))
    data = ui(bob).window("Overview").component("Table").data
    assert [list(data.getValueAt(r, c) for c in range(3)) for r in range(data.getRowCount())] == [
        [0, 1920, 1080], [1, 1280, 1024]]


def test_swapwindow_from_an_event_and_centerwindow(client):
    gw, bob = client
    script(gw, bob, "system.nav.openWindow('Overview')")
    output = script(gw, bob, """
w = system.nav.swapWindow(event, 'Main/Trends', {'pen': 'TK-101'})
print w.path, w.rootContainer.pen, system.gui.getOpenedWindowNames()
print system.nav.centerWindow(w).rootContainer.getComponent('Chart').pens
""", event=("Overview", "Button"))
    assert output == ["Main/Trends TK-101 (u'Main/Trends',)", "3"]


def test_color_forms_and_errors(client):
    gw, bob = client
    output = script(gw, bob, """
print system.gui.color("red"), system.gui.color("#00FF0080").alpha, system.gui.color("10,20,30").getBlue()
print system.gui.color(1, 2, 3, 4).getRGB(), system.gui.color("white") == system.gui.color(255, 255, 255)
for bad in [("nope",), (300, 0, 0), ("1", 2, 3)]:
    try:
        system.gui.color(*bad)
    except (ValueError, TypeError), e:
        print e
""")
    assert output == ["java.awt.Color[r=255,g=0,b=0] 128 30", "67174915 True",
                      "color(): 'nope' is not a color name, #RRGGBB code or r,g,b",
                      "Color parameter outside of expected range: Red Green Blue Alpha (0-255)",
                      "color(): red, green, blue (and alpha) must be integers"]


def test_touchscreen_keypads_chooser_screens_desktops(client):
    gw, bob = client
    ui(bob).answer(42, "abc")
    output = script(gw, bob, """
print system.gui.showNumericKeypad(7), system.gui.showTouchscreenKeyboard("x")
print system.gui.showNumericKeypad(7), system.gui.showTouchscreenKeyboard("x", passwordMode=True)
print system.gui.chooseColor(system.gui.color("blue"))
print system.gui.isTouchscreenModeEnabled(),
system.gui.setTouchscreenModeEnabled(True)
print system.gui.isTouchscreenModeEnabled(), system.gui.getScreenIndex()
system.gui.openDesktop(screen=0, handle="Alarms", windows=["Overview"])
print system.gui.getDesktopHandles(), system.gui.getCurrentDesktop(), system.gui.desktop().getScreenIndex()
system.gui.closeDesktop("Alarms")
print system.gui.getDesktopHandles()
try:
    system.gui.setScreenIndex(3)
except ValueError, e:
    print e
system.gui.openDiagnostics()
""")
    assert output == ["42 abc", "7 x", "java.awt.Color[r=0,g=0,b=255]", "False True 0",
                      "(u'Alarms',) primary 0", "()", "setScreenIndex(): no screen 3 (the client has 1)"]
    assert ("openDesktop", "Alarms", 0, ["Overview"]) in ui(bob).records
    assert ui(bob).records[-1] == ("openDiagnostics",)


def test_popup_menu_calls_the_chosen_item_and_transform_moves(client):
    gw, bob = client
    script(gw, bob, "system.nav.openWindow('Overview')")
    ui(bob).answer("Acknowledge")
    output = script(gw, bob, """
def ack(event):
    event.source.text = "acked"
def shelve(event):
    event.source.text = "shelved"
menu = system.gui.createPopupMenu(["Acknowledge", "Shelve"], [ack, shelve])
menu.show(event)
print event.source.text
menu.show(event)
print event.source.text
done = []
system.gui.transform(event.source, newX=40, newWidth=200, callback=lambda: done.append(1))
print event.source.x, event.source.width, done, system.gui.getQuality(event.source, "text")
""", event=("Overview", "Button"))
    assert output == ["acked", "acked", "40 200 [1] Good"]


def test_nav_desktop_and_signatures():
    assert [p.name for p in inspect.signature(system.nav.closeParentWindow).parameters.values()] == ["event"]
    assert inspect.signature(system.gui.transform).parameters["framesPerSecond"].default == 60
    assert inspect.signature(system.gui.chooseColor).parameters["dialogTitle"].default == "Choose Color"


def test_components_refuse_private_names_and_reserved_properties(client):
    gw, bob = client
    script(gw, bob, "system.nav.openWindow('Overview')")
    output = script(gw, bob, "root = system.gui.getWindow('Overview').rootContainer" + leak_probe(
        "root._props", "root._window", 'getattr(root, "__dict__")') + """
try:
    root.name = "x"
except AttributeError, e:
    print e
""")
    assert "LEAK" not in output and output[-1] == "cannot set 'name' of component 'Root Container'"


def test_gateway_messages_open_windows_in_the_client(make_gateway):
    gw = make_gateway(handler_files("""
w = system.nav.openWindow("Popups/Pump", {"pump": payload["pump"]})
print w.rootContainer.pump, w.name
""", context="client"), synchronous=True)
    bob = gw.open_client("X")
    assert run_one(gw, payload={"pump": 3}, scope="C").output == ["3 Pump"]
    assert ui(bob).window("Popups/Pump").rootContainer.pump == 3


def test_findwindow_lists_instances_and_desktop_handles(client):
    gw, bob = client
    output = script(gw, bob, """
system.nav.openWindow('Overview', {'n': 1})
system.nav.openWindowInstance('Overview', {'n': 2})
print [w.rootContainer.n for w in system.gui.findWindow('Overview')], system.gui.findWindow('Nope')
print system.nav.desktop().getCurrentWindow(), system.nav.desktop("primary") is system.nav.desktop()
for call in [lambda: system.nav.desktop("Alarms"), lambda: system.gui.findWindow(3)]:
    try:
        call()
    except (ValueError, TypeError), e:
        print e
""")
    assert output == ["[1, 2] []", "Overview True",
                      "desktop(): no desktop with handle 'Alarms' (shim's clients have one: 'primary')",
                      "findWindow(): path must be a string, not int"]


def test_dataset_html_and_exports_through_the_save_chooser(client):
    gw, bob = client
    ui(bob).answer("exports/lines.csv", None, "lines.html")
    (gw.projects.root / "_gateway" / "files" / "exports").mkdir(parents=True)
    output = script(gw, bob, """
ds = system.dataset.toDataSet(["line", "note"], [[1, "a<b"], [2, None]])
print system.dataset.dataSetToHTML(True, ds, "Lines").splitlines()[2:5]
print system.dataset.exportCSV("lines.csv", True, ds), system.dataset.exportCSV("lines.csv", True, ds)
print system.dataset.exportHTML("lines.html", False, ds, "Lines")
""")
    assert output == ["[u'<TR><TH>line</TH><TH>note</TH></TR>', u'<TR><TD>1</TD><TD>a&lt;b</TD></TR>', "
                      "u'<TR><TD>2</TD><TD></TD></TR>']",
                      "exports/lines.csv None", "lines.html"]
    files = gw.projects.root / "_gateway" / "files"
    assert (files / "exports" / "lines.csv").read_text().splitlines()[0] == '"line","note"'
    assert "<TH>" not in (files / "lines.html").read_text()
    assert ("saveFile", "lines.csv", "csv", None, None) in ui(bob).records


def test_export_excel_saves_where_the_user_chose(client):
    gw, bob = client
    ui(bob).answer("report.xlsx")
    assert script(gw, bob, """
ds = system.dataset.toDataSet(["line"], [[1], [2]])
print system.dataset.exportExcel("report.xlsx", True, [ds, ds])
""") == ["report.xlsx"]
    assert (gw.projects.root / "_gateway" / "files" / "report.xlsx").read_bytes()[:2] == b"PK"
