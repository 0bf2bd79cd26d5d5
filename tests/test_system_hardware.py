"""system.opchda (no HDA servers: "not connected"), system.device (gateway.json devices),
system.opc connections, system.print (recorded print jobs) and system.security's logout and
switchUser in a Vision client."""
from __future__ import annotations

from runtime.backends.devices import devices
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
        "['PLC1', True, 'Disconnected', 'ModbusTcp']",
        "['Scale', False, 'Disabled', 'TCP']",
        "10.0.0.6",
        "['PLC1', 'PLC2']",
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
""") == ["['Ignition OPC UA Server', 'Kepware'] CONNECTED None",
         "['Ignition OPC UA Server'] ['Ignition OPC UA Server', 'Kepware'] False DISABLED",
         "isServerEnabled(): no OPC connection named 'Nope' (connections: Ignition OPC UA Server, Kepware)"]
    assert gateway_run(make_gateway, "print system.opc.getServers()", {}) == ["['Ignition OPC UA Server']"]


def client_script(make_gateway, source: str, event=None, **login):
    gw = make_gateway({**handler_files("pass", context="client"),
                       "_gateway/users.json": {"users": {"ann": {"password": "pw", "roles": ["Supervisor"]}}}},
                      synchronous=True)
    session = gw.open_client("X", user="bob", roles=["Operator"], **login)
    ui(session).define("Report", {"root": {"components": {"Chart": {"title": "Line 1"}}}})
    out, err = [], []
    interpreter = Interpreter(gw, gw.session_host(session), out.append, err.append)
    interpreter.run_script("system.nav.openWindow('Report')", "<open>")
    if event:
        interpreter.namespace["event"] = ui(session).event("Report", event)
    assert interpreter.run_script(source, "<script>"), err
    return gw, session, out


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
try:
    system.print.createImage(event.source)
except AttributeError, e:
    print e
""", event="Chart")
    assert out == ["['Default Printer'] Default Printer False 0.5",
                   "no printer named 'Plotter' (printers: Default Printer)",
                   "system.print.createImage is not emulated by shim"]
    [(call, path, settings)] = [r for r in ui(session).records if r[0] == "print"]
    assert path == "Root Container.Chart" and settings["showPrintDialog"] == 0
    assert settings["fitToPage"] is False and settings["topMargin"] == 0.5
    assert settings["printerName"] == "Default Printer"


def test_switchuser_and_logout_change_the_sessions_user(make_gateway):
    gw, session, out = client_script(make_gateway, """
print system.security.switchUser("ann", "wrong", event), system.security.getUsername()
print system.security.switchUser("ann", "pw", event), system.security.getUsername(), system.security.getRoles()
print system.security.switchUser("bob", "x", event, True)
system.security.logout()
print repr(system.security.getUsername())
""", event="Chart")
    assert out == ["False bob", "True ann ('Supervisor',)", "False", "''"]
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
