"""system.util's client-machine and host functions (8.1 manual, system.util.beep, exit,
playSoundClip, retarget, get/setConnectTimeout, get/setReadTimeout, getInactivitySeconds,
setConnectionMode, execute, getModules, getGatewayStatus): the manual's examples as written, a
Vision client's recorded screen, scope rules (a Vision-only function fails in the gateway as
Ignition's missing attribute does), and the sandbox refusing host processes and files."""
from __future__ import annotations

import os

import pytest

from netservers import HttpServer
from runtime.backends.ui import ui
from runtime.tools.interpreter import Interpreter
from systemkit import fail_one, handler_files, leak_probe, run_one

STATION = '''
import system

logger = system.util.getLogger("Station")


class Station(object):
\t"""What an operator station does around its screen."""

\tdef __init__(self, name):
\t\tself.name = name

\tdef alert(self, level):
\t\ttry:
\t\t\tif level > 2:
\t\t\t\tsystem.util.playSoundClip("sounds/alarm.wav", 0.8, False)
\t\t\telse:
\t\t\t\tsystem.util.beep()
\t\t\tlogger.info("%s alerted at level %d" % (self.name, level))
\t\texcept Exception, e:
\t\t\tlogger.error("%s could not alert: %s" % (self.name, e))

\tdef slowNetwork(self):
\t\tsystem.util.setConnectTimeout(30000)
\t\tsystem.util.setReadTimeout(120000)
\t\treturn system.util.getConnectTimeout(), system.util.getReadTimeout()

\tdef idleLogout(self, limit):
\t\tidle = system.util.getInactivitySeconds()
\t\tif idle > limit:
\t\t\tlogger.info("%s idle for %d s, leaving" % (self.name, idle))
\t\t\tsystem.util.exit(True)
\t\t\treturn True
\t\treturn False
'''


@pytest.fixture
def client(make_gateway, tmp_path):
    files = {**handler_files("pass", context="client", semantics="8.1"), "X/library/station.py": STATION,
             "Other/project.json": {"ignition": "8.1"},
             "_gateway/files/sounds/alarm.wav": "RIFF....WAVE"}
    gw = make_gateway(files, synchronous=True)
    return gw, gw.open_client("X", user="bob")


def script(gw, session, source: str) -> list[str]:
    out, err = [], []
    ok = Interpreter(gw, gw.session_host(session), out.append, err.append).run_script(source, "<button>")
    assert ok, "\n".join(err)
    return out


def failure(gw, session, source: str) -> str:
    out, err = [], []
    assert not Interpreter(gw, gw.session_host(session), out.append, err.append).run_script(source, "<button>")
    return "\n".join(err)


def test_manual_timeout_examples_and_defaults(client):
    """getConnectTimeout: "Default is 10,000"; setConnectTimeout(30000) as the manual writes it."""
    gw, bob = client
    assert script(gw, bob, """
print system.util.getConnectTimeout(), system.util.getReadTimeout()
system.util.setConnectTimeout(30000)
print system.util.getConnectTimeout()
""") == ["10000 60000", "30000"]
    other = gw.open_client("X", user="ann")
    assert script(gw, other, "print system.util.getConnectTimeout()") == ["10000"]  # per client


def test_station_library_records_sounds_timeouts_and_exit(client):
    gw, bob = client
    output = script(gw, bob, """
import station
s = station.Station("Press 4")
s.alert(1)
s.alert(3)
print s.slowNetwork()
print s.idleLogout(3600)
print s.idleLogout(-1)
""")
    assert output == ["(30000, 120000)", "False", "True"]
    assert [r for r in ui(bob).records if r[0] in ("beep", "playSoundClip", "exit")] == [
        ("beep",), ("playSoundClip", "sounds/alarm.wav", 0.8, False), ("exit", True)]
    assert gw.sessions.get(bob.id) is None  # the client is gone
    logged = "\n".join(str(r) for r in gw.log.records)
    assert "Press 4 alerted at level 3" in logged and "Press 4 idle for" in logged


def test_exit_asks_first_unless_forced(client):
    gw, bob = client
    ui(bob).answer(False)
    script(gw, bob, "system.util.exit()")
    assert gw.sessions.get(bob.id) is not None
    assert ui(bob).records[-1] == ("confirmExit", "Are you sure you want to exit?", False)
    script(gw, bob, "system.util.exit()")
    assert gw.sessions.get(bob.id) is None


def test_inactivity_counts_from_the_last_input(client):
    gw, bob = client
    ui(bob).last_input = ui(bob).last_input or 0.0
    assert int(script(gw, bob, "print system.util.getInactivitySeconds()")[0]) > 1000
    ui(bob).touch()
    assert script(gw, bob, "print system.util.getInactivitySeconds()") == ["0"]


def test_retarget_records_and_checks_the_project(client):
    gw, bob = client
    script(gw, bob, """
system.util.retarget("Other")
system.util.retarget("Remote", "10.30.0.5:8088", {"line": 3}, ["Main/Overview"])
""")
    assert [r for r in ui(bob).records if r[0] == "retarget"] == [
        ("retarget", "Other", None, None, None),
        ("retarget", "Remote", ["10.30.0.5:8088"], {"line": 3}, ["Main/Overview"])]
    assert "Nowhere" in failure(gw, bob, 'system.util.retarget("Nowhere")')


def test_connection_mode_2_stops_tag_writes_and_updates_but_not_reads_or_messages(make_gateway):
    files = {**handler_files("print 'got it'", semantics="8.1"), "X/project.json": {"ignition": "8.1"},
             "_gateway/tags.json": {"tags": [{"name": "Speed", "valueSource": "memory", "dataType": "Int4",
                                              "value": 10}]}}
    gw = make_gateway(files, synchronous=True)
    bob = gw.open_client("X", user="bob")
    output = script(gw, bob, """
print system.util.getConnectionMode()
system.util.setConnectionMode(2)
print system.util.getConnectionMode(), system.tag.readBlocking(["[default]Speed"])[0].value
try:
    system.tag.writeBlocking(["[default]Speed"], [20])
except Exception, e:
    print "refused:", e
print len(system.util.sendMessage("X", "h", scope="G"))
system.util.setConnectionMode(1)
try:
    system.tag.readBlocking(["[default]Speed"])
except Exception, e:
    print "refused:", e
system.util.setConnectionMode(3)
print system.tag.writeBlocking(["[default]Speed"], [30])[0]
""")
    assert output == [
        "3", "2 10",
        "refused: writing tag [default]Speed refused: this client is in connection mode 2 (read-only, set by "
        "system.util.setConnectionMode); it needs mode 3 (read/write)",
        "1",
        "refused: reading tag [default]Speed refused: this client is in connection mode 1 (off, set by "
        "system.util.setConnectionMode); it needs mode 3 (read/write) or 2 (read-only)",
        "Good"]


@pytest.mark.parametrize("source, message", [
    ("system.util.setConnectionMode(4)", "mode must be 1 (disconnected), 2 (read-only) or 3 (read/write)"),
    ('system.util.setConnectTimeout("30s")', "connectTimeout must be a number of milliseconds"),
    ("system.util.playSoundClip('sounds/alarm.wav', 1.5)", "volume must be between 0.0 and 1.0"),
    ("system.util.playSoundClip('sounds/missing.wav')", "FileNotFoundException: sounds/missing.wav"),
    ("system.util.playSoundClip('/etc/passwd')", "outside shim's file sandbox"),
    ("system.util.playSoundClip('http://10.9.9.9/alarm.wav')", "host '10.9.9.9:80' is not allowed"),
    ("system.util.retarget('Other', params='line=3')", "params must be a dictionary"),
])
def test_client_util_errors(client, source, message):
    gw, bob = client
    assert message in failure(gw, bob, source)


@pytest.mark.parametrize("call", ["beep()", "exit()", "getConnectTimeout()", "setReadTimeout(5)",
                                  "getInactivitySeconds()", "setConnectionMode(2)", "retarget('X')",
                                  "playSoundClip('a.wav')"])
def test_vision_only_functions_do_not_exist_in_the_gateway(make_gateway, call):
    error = fail_one(make_gateway(handler_files(f"system.util.{call}"), synchronous=True)).error
    assert "object has no attribute" in error and "exists only in Vision clients" in error


def test_execute_is_refused_and_runs_nothing(make_gateway, tmp_path):
    marker = tmp_path / "ran"
    gw = make_gateway(handler_files(f"""
try:
    system.util.execute(["sh", "-c", "touch {marker}"])
except Exception, e:
    print type(e).__name__, e
try:
    system.util.execute("touch {marker}")
except TypeError, e:
    print "TypeError", e
"""), synchronous=True)
    output = run_one(gw).output
    assert output[0].startswith(f"SandboxError system.util.execute(['sh', '-c', 'touch {marker}']) refused: "
                                "shim's scripts never start programs on the host")
    assert output[1] == "TypeError execute(): commands must be a list of strings (the program, then its arguments)"
    assert not os.path.exists(marker)


def test_new_util_functions_do_not_lead_to_the_host(make_gateway):
    probe = leak_probe("system.util.execute.__globals__", "system.util.getModules.__globals__['os']",
                       "system.util.getModules().__class__.__init__.__globals__",
                       "getattr(system.util.beep, '__glo' + 'bals__')", "system.util.exit.func_globals")
    gw = make_gateway(handler_files(probe), synchronous=True)
    assert "LEAK" not in run_one(gw).output


def test_manual_getmodules_example(make_gateway):
    """The 8.1 manual's example: the names of all installed modules."""
    gw = make_gateway({**handler_files("""
results = system.util.getModules()
for row in range(results.rowCount):
    names = results.getValueAt(row, "Name")
    print names
print results.getColumnCount(), results.getColumnName(4), results.getValueAt(1, "State")
"""), "_gateway/gateway.json": {"version": "8.1.33", "modules": [
        {"id": "com.inductiveautomation.vision", "name": "Vision"},
        {"id": "com.example.mes", "name": "MES", "version": "3.81.2", "state": "Faulted", "license": "Trial"}]}},
        synchronous=True)
    assert run_one(gw).output == ["Vision", "MES", "5 LicenseState Faulted"]
    gw2 = make_gateway({**handler_files("""
m = system.util.getModules()
print m.getValueAt(0, "Id"), m.getValueAt(0, "Version"), m.getValueAt(0, "State"), m.rowCount
"""), "_gateway/gateway.json": {}}, synchronous=True)
    assert run_one(gw2).output == ["com.inductiveautomation.vision 7.9.21 Running 6"]


def test_getmodules_is_gateway_scope_only(client):
    gw, bob = client
    assert "exists only in the Gateway scope" in failure(gw, bob, "system.util.getModules()")


@pytest.fixture(scope="module")
def web():
    server = HttpServer()
    yield server
    server.close()


def test_manual_gateway_status_example(make_gateway, web):
    """The 7.9 manual's example, against a local server answering StatusPing; hosts not allowed
    answer ERROR and are never contacted."""
    address = web.base.replace("http://", "")
    gw = make_gateway({**handler_files(f"""
def checkRemoteGateway():
    status = system.util.getGatewayStatus("{address}/main")
    if status == "RUNNING":
        print "Central Gateway is available!"
    else:
        print "Error: " + status
checkRemoteGateway()
print system.util.getGatewayStatus("{address}", 1000, 1000)
print system.util.getGatewayStatus("10.20.6.253:8088/main")
print system.util.getGatewayStatus("127.0.0.1:1", 500)
"""), "_gateway/gateway.json": {"http": {"allow": ["127.0.0.1"]}}}, synchronous=True)
    before = len(web.requests)
    output = run_one(gw).output
    assert output[:2] == ["Central Gateway is available!", "RUNNING"]
    assert output[2].startswith("ERROR getGatewayStatus(): host '10.20.6.253:8088' is not allowed")
    assert output[3].startswith("ERROR getGatewayStatus(): java.net.ConnectException")
    assert [r[1] for r in web.requests[before:]] == ["/main/StatusPing", "/StatusPing"]
