"""system.opchda (no HDA servers: "not connected"), system.device (gateway.json devices),
system.opc connections, system.print (recorded print jobs) and system.security's logout and
switchUser in a Vision client."""
from __future__ import annotations

import struct
import zlib

from runtime.backends.devices import devices
from runtime.backends.files import files_root
from runtime.backends.ui import ui
from runtime.tools.interpreter import Interpreter
from systemkit import handler_files, run_one

DEVICES = {"devices": {"PLC1": {"type": "ModbusTcp", "hostname": "10.0.0.5", "description": "Line 1"},
                       "Scale": {"type": "TCP", "hostname": "10.0.0.9", "enabled": False}},
           "opcServers": ["Ignition OPC UA Server", "Kepware"]}


def gateway_run(make_gateway, source: str, config: dict | None = None) -> list[str]:
    files = {**handler_files(source), "_gateway/gateway.json": DEVICES if config is None else config}
    return run_one(make_gateway(files, synchronous=True)).output


def test_opchda_behaves_as_servers_that_are_not_connected(make_gateway):
    assert gateway_run(make_gateway, """
print system.opchda.getServers(), system.opchda.isServerAvailable("Matrikon"), system.opchda.browse("")
start = system.date.getDate(2022, 3, 14)
end = system.date.now()
results = system.opchda.readRaw("Matrikon", ["Random.Real8", "Random.Int4"], start, end, 0, False)
print len(results), results[0].serviceResult, results[0].serviceResult.isGood(), list(results[1])
print len(system.opchda.readProcessed("Matrikon", ["a"], start, end, 60000, [1])), system.opchda.getAggregates("Matrikon")
print system.opchda.insert("Matrikon", "a", 1, end, 192), system.opchda.readAttributes("Matrikon", "a", [1, 2], start, end)[1].serviceResult
for call in [lambda: system.opchda.readRaw("Matrikon", "a", start, end, 0, False),
             lambda: system.opchda.readProcessed("Matrikon", ["a", "b"], start, end, 1000, [1]),
             lambda: system.opchda.isServerAvailable(None)]:
    try:
        call()
    except (TypeError, ValueError), e:
        print e
""") == ["[] False []",
         "2 Bad_NotConnected False []",
         "1 []",
         "Bad_NotConnected Bad_NotConnected",
         "readRaw(): itemIds must be a list of item ids",
         "readProcessed(): aggregates must be a list with one aggregate per item id",
         "isServerAvailable(): serverName must be a non-empty string"]


def test_opchda_attributes_and_history_edits_without_a_server(make_gateway):
    """getAttributes / insertReplace / replace (manual, system.opchda): no attributes and
    Bad_NotConnected writes, as a server that is not connected answers; a bad name is refused."""
    assert gateway_run(make_gateway, """
now = system.date.now()
print system.opchda.getAttributes("Matrikon")
print system.opchda.insertReplace("Matrikon", "Random.Real8", 1.5, now, 192), system.opchda.replace("Matrikon", "Random.Real8", 2.5, now, 192)
try:
    system.opchda.replace("", "a", 1, now, 192)
except TypeError, e:
    print e
""") == ["[]", "Bad_NotConnected Bad_NotConnected", "replace(): serverName must be a non-empty string"]


def test_devices_list_add_enable_rename_remove(make_gateway):
    gw = make_gateway({**handler_files("""
ds = system.device.listDevices()
print [ds.getColumnName(c) for c in range(ds.getColumnCount())]
for row in range(ds.getRowCount()):
    print [ds.getValueAt(row, c) for c in range(4)]
system.device.addDevice(deviceType="ModbusTcp", deviceName="PLC2", deviceProps={"HostName": "10.0.0.6", "Port": 502})
print system.device.getDeviceHostname("plc2")
system.device.setDeviceEnabled("PLC1", False)
system.device.setDeviceHostname("PLC1", "10.0.0.50")
system.device.restart("PLC1")
system.device.refreshBrowse("PLC2")
system.device.removeDevice("Scale")
print [system.device.listDevices().getValueAt(r, 0) for r in range(system.device.listDevices().getRowCount())]
for call in [lambda: system.device.getDeviceHostname("Nope"), lambda: system.device.addDevice("TCP", "plc1", {}),
             lambda: system.device.addDevice("TCP", "X", "host=1")]:
    try:
        call()
    except (ValueError, TypeError), e:
        print e
"""), "_gateway/gateway.json": DEVICES}, synchronous=True)
    # Dataset.getColumnName is a Java method returning a String: Jython hands it over as unicode
    assert run_one(gw).output == [
        "[u'Name', u'Enabled', u'State', u'Driver']",
        "[u'PLC1', True, u'Disconnected', u'ModbusTcp']",
        "[u'Scale', False, u'Disabled', u'TCP']",
        "10.0.0.6",
        "[u'PLC1', u'PLC2']",
        "getDeviceHostname(): Device 'Nope' not found.",
        "addDevice(): a device named 'plc1' already exists",
        "addDevice(): deviceProps must be a dictionary"]
    assert devices(gw).changes == [("addDevice", "PLC2", "ModbusTcp"), ("setDeviceEnabled", "PLC1", False),
                                   ("setDeviceHostname", "PLC1", "10.0.0.50"), ("restart", "PLC1"),
                                   ("refreshBrowse", "PLC2"), ("removeDevice", "Scale")]


def test_opc_connections(make_gateway):
    assert gateway_run(make_gateway, """
print system.opc.getServers(), system.opc.getServerState("Kepware"), system.opc.getServerState("Nope")
system.opc.setServerEnabled("Kepware", False)
print system.opc.getServers(), system.opc.getServers(True), system.opc.isServerEnabled("Kepware"), system.opc.getServerState("Kepware")
try:
    system.opc.isServerEnabled("Nope")
except ValueError, e:
    print e
""") == ["[u'Ignition OPC UA Server', u'Kepware'] CONNECTED None",
         "[u'Ignition OPC UA Server'] [u'Ignition OPC UA Server', u'Kepware'] False DISABLED",
         "isServerEnabled(): no OPC connection named 'Nope' (connections: Ignition OPC UA Server, Kepware)"]
    assert gateway_run(make_gateway, "print system.opc.getServers()", {}) == ["[u'Ignition OPC UA Server']"]


def client_script(make_gateway, source: str, event=None, answers=(), fails=False, **login):
    """Run ``source`` in a Vision client with the Report window open; its printed lines (or,
    with ``fails``, what it wrote on stderr)."""
    gw = make_gateway({**handler_files("pass", context="client"),
                       "_gateway/users.json": {"users": {"ann": {"password": "pw", "roles": ["Supervisor"]}}}},
                      synchronous=True)
    session = gw.open_client("X", user="bob", roles=["Operator"], **login)
    files_root(gw).mkdir(parents=True)
    (files_root(gw) / "link").symlink_to(files_root(gw).parent.parent)
    ui(session).define("Report", {"width": 640, "height": 480, "root": {"components": {
        "Chart": {"title": "Line 1", "width": 320, "height": 200},
        "Label": {"text": "no size"}, "TestPieChart": {"width": 300, "height": 250}}}})
    out, err = [], []
    interpreter = Interpreter(gw, gw.session_host(session), out.append, err.append)
    interpreter.run_script("system.nav.openWindow('Report')", "<open>")
    ui(session).answer(*answers)
    if event:
        interpreter.namespace["event"] = ui(session).event("Report", event)
    assert interpreter.run_script(source, "<script>") is not fails, err
    return gw, session, err if fails else out


def test_print_jobs_are_recorded_with_their_settings(make_gateway):
    """The manual's example (system.print.createPrintJob), run as written on a button."""
    _, session, out = client_script(make_gateway, """
job = system.print.createPrintJob(event.source.parent.getComponent('Chart'))
job.setShowPrintDialog(0)
job.fitToPage = False
job.setMargins(0.5)
job.print()
print system.print.getPrinterNames(), system.print.getDefaultPrinterName(), job.isFitToPage(), job.getLeftMargin()
try:
    job.printerName = "Plotter"
except ValueError, e:
    print e
""", event="Chart")
    assert out == ["[u'Default Printer'] Default Printer False 0.5",
                   "no printer named 'Plotter' (printers: Default Printer)"]
    [(call, path, settings)] = [r for r in ui(session).records if r[0] == "print"]
    assert path == "Root Container.Chart" and settings["showPrintDialog"] == 0
    assert settings["fitToPage"] is False and settings["topMargin"] == 0.5
    assert settings["printerName"] == "Default Printer"


def _png_size_and_first_pixel(data: bytes) -> tuple[int, int, bytes]:
    """Read a PNG back by its chunks (signature, IHDR, CRCs, IDAT), as an image viewer would."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = {}, 8
    while at < len(data):
        (length,), kind = struct.unpack(">I", data[at:at + 4]), data[at + 4:at + 8]
        body = data[at + 8:at + 8 + length]
        assert struct.unpack(">I", data[at + 8 + length:at + 12 + length])[0] == zlib.crc32(kind + body)
        chunks[kind] = chunks.get(kind, b"") + body
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, colour) == (8, 6) and b"IEND" in chunks
    pixels = zlib.decompress(chunks[b"IDAT"])
    assert len(pixels) == height * (1 + 4 * width)
    return width, height, pixels[1:5]


def test_create_image_and_print_to_image_write_a_png_of_the_components_size(make_gateway):
    """system.print.createImage / printToImage (8.1 manual pages): a BufferedImage of the
    component (its size; shim paints its background only), and printToImage's Example #2 as
    written (the path from system.file.saveFile); Example #1's "C:\\temp\\Screen.jpg" is outside
    the files folder and refused."""
    gw, session, out = client_script(make_gateway, r"""
import java.lang
chart = event.source.parent.getComponent('Chart')
chart.background = system.gui.color(255, 255, 255)
image = system.print.createImage(chart)
print image.getWidth(), image.getHeight(), image.width, image.getRGB(0, 0) == system.gui.color(255, 255, 255).getRGB()
root = system.print.createImage(event.source.parent)
print root.getWidth(), root.getHeight(), root.getRGB(0, 0)

# Ask the user for a location. Uses a default filename of "image.png"
path = system.file.saveFile("image.png")

# If the path is not None...
if path != None:
    #Save the file
    system.print.printToImage(event.source.parent, path)
system.print.printToImage(chart, "chart.png")
system.print.printToImage(chart)
for call in [lambda: system.print.createImage(event.source.parent.getComponent('Label')),
             lambda: system.print.printToImage(event.source.parent, "C:\\temp\\Screen.jpg"),
             lambda: system.print.createImage("Chart")]:
    try:
        call()
    except java.lang.IllegalArgumentException, e:  # a Java exception: not a Python Exception
        print "IllegalArgumentException", e.getMessage()
    except Exception, e:
        print type(e).__name__, e
""", event="Chart", answers=("image.png",))
    assert out == ["320 200 320 True", "640 480 0",
                   "IllegalArgumentException Width (0) and height (0) cannot be <= 0",
                   "FileRefused printToImage(): 'C:\\temp\\Screen.jpg' is outside shim's file sandbox (the gateway's "
                   "files folder): Windows paths are not available here",
                   "TypeError createImage(): component must be a component (e.g. event.source.parent)"]
    folder = files_root(gw)
    assert _png_size_and_first_pixel((folder / "image.png").read_bytes()) == (640, 480, b"\x00\x00\x00\x00")
    assert _png_size_and_first_pixel((folder / "chart.png").read_bytes()) == (320, 200, b"\xff\xff\xff\xff")
    records = ui(session).records
    assert ("printToImage", "Root Container.Chart", None) in records  # the chooser, cancelled
    assert ("printToImage", "Root Container.Chart", "chart.png") in records
    assert sorted(p.name for p in folder.iterdir()) == ["chart.png", "image.png", "link"]


def test_the_manuals_create_image_example_runs_as_written(make_gateway):
    """The 8.1 manual's createImage snippet word for word: ``user.home`` is the files folder
    (the scripts' working folder), so ``File(rawPath)`` names a file there. createImage gives a
    ``TYPE_INT_ARGB`` image, which JDK 11+ cannot write as JPEG: ``ImageIO.write`` returns False
    and writes nothing, as on a JDK 17 client (javax.imageio, tests/java_files_corpus); the same
    image as PNG is written."""
    gw, _, out = client_script(make_gateway, """
from java.io import File
from javax.imageio import ImageIO

component = event.source.parent.getComponent('TestPieChart')
bufferedImage = system.print.createImage(component)

rawPath = system.util.getProperty("user.home") + system.util.getProperty("file.separator") +"chart_createImage.jpg"
formattedPath = File(rawPath)

ImageIO.write(bufferedImage , "jpg", formattedPath)
print ImageIO.write(bufferedImage , "jpg", formattedPath), formattedPath.exists(), formattedPath.getName()
png = File(formattedPath.getParentFile(), "chart_createImage.png")
print ImageIO.write(bufferedImage, "png", png), png.exists(), ImageIO.read(png).getWidth()
""", event="Chart")
    assert out == ["False False chart_createImage.jpg", "True True 300"]
    assert sorted(p.name for p in files_root(gw).iterdir()) == ["chart_createImage.png", "link"]


def test_print_images_do_not_reach_the_host(make_gateway, tmp_path):
    """Escape attempts through the image and printToImage's path: private state, function
    globals, class rewrites, paths out of the files folder (relative, absolute, by symlink)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    gw, session, out = client_script(make_gateway, """
chart = event.source.parent.getComponent('Chart')
image = system.print.createImage(chart)
attempts = [lambda: image._argb, lambda: image.png.__func__, lambda: image.getRGB.__globals__,
            lambda: setattr(image, "width", 1), lambda: setattr(type(image), "getWidth", None),
            lambda: image.__class__.__subclasses__(), lambda: image._data, lambda: image._fill,
            lambda: system.print.printToImage(chart, "../../x.png"),
            lambda: system.print.printToImage(chart, "%s/x.png"),
            lambda: system.print.printToImage(chart, "link/x.png")]
for attempt in attempts:
    try:
        attempt()
        print "reached"
    except Exception, e:
        print "refused"
print image.getWidth()
""" % outside, event="Chart")
    assert out == ["refused"] * 11 + ["320"]
    assert list(outside.iterdir()) == [] and not (files_root(gw).parent.parent / "x.png").exists()


def test_print_images_fail_in_gateway_scope(make_gateway):
    assert gateway_run(make_gateway, """
for name in ["createImage", "printToImage"]:
    try:
        getattr(system.print, name)(None)
    except AttributeError, e:
        print e
""") == ["'com.inductiveautomation.ignition.common.script.ScriptPackage' object has no attribute '%s' "
         "(system.print.%s exists only in Vision clients; this script runs in the gateway scope)" % (n, n)
         for n in ("createImage", "printToImage")]


def test_switchuser_and_logout_change_the_sessions_user(make_gateway):
    gw, session, out = client_script(make_gateway, """
print system.security.switchUser("ann", "wrong", event), system.security.getUsername()
print system.security.switchUser("ann", "pw", event), system.security.getUsername(), system.security.getRoles()
print system.security.switchUser("bob", "x", event, True)
system.security.logout()
print repr(system.security.getUsername())
""", event="Chart")
    assert out == ["False bob", "True ann (u'Supervisor',)", "False", "u''"]
    records = ui(session).records
    assert ("errorBox", "Invalid username or password.", "Error") in records
    assert records.count(("errorBox", "Invalid username or password.", "Error")) == 1  # hideError
    assert ("switchUser", "ann") in records and records[-1] == ("logout",)


def test_switched_user_routes_messages(make_gateway):
    gw, session, _ = client_script(make_gateway, 'system.security.switchUser("ann", "pw", None)')
    results = gw.send_message("X", "h", {}, scope="C", user="ann")
    assert len(results) == 1 and session.id in results[0]
    assert gw.send_message("X", "h", {}, scope="C", user="bob") == []


def test_opc_browse_lists_the_items_tags_map(make_gateway):
    gw = make_gateway({**handler_files("""
for tag in system.opc.browse(device="PLC"):
    print tag.getOpcServer(), tag.getOpcItemPath(), tag.getDisplayName(), tag.getDataType()
print len(system.opc.browse("Kepware", opcItemPath="*Speed")), len(system.opc.browse(opcItemPath="*.Nope"))
print [e.getNodeId() for e in system.opc.browseServer("Kepware", None)]
print [(e.getDisplayName(), e.getElementType()) for e in system.opc.browseServer("Kepware", "[PLC]")]
print len(system.opc.browseSimple("Kepware", "*", "*", "*"))
"""), "_gateway/gateway.json": DEVICES, "_gateway/tags.json": {
        "tags": [{"name": "Pump", "valueSource": "opc", "dataType": "Boolean", "opcItemPath": "ns=1;s=[PLC]Pump.Run",
                  "value": False}, {"name": "Speed", "dataType": "Int4", "value": 10}],
        "opc": {"ns=1;s=[PLC]Speed": "[default]Speed"}}}, synchronous=True)
    assert run_one(gw).output == [
        "Ignition OPC UA Server ns=1;s=[PLC]Pump.Run Run Boolean",
        "Ignition OPC UA Server ns=1;s=[PLC]Speed Speed Int4",
        "Kepware ns=1;s=[PLC]Pump.Run Run Boolean",
        "Kepware ns=1;s=[PLC]Speed Speed Int4",
        "1 0",
        "['[PLC]']",
        "[('Pump.Run', 'TAG'), ('Speed', 'TAG')]",
        "2",
    ]
