"""system.file, system.security, system.net, system.opc, the example's recordLevel handler, and a
real client handler that uses tags, SQLite, datasets, tag writes and a message box at once."""
from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from conftest import EXAMPLE
from runtime.cli import main
from runtime.backends.db import databases
from runtime.gateway import Gateway
from runtime.backends.opc import opc
from runtime.backends.tagseed import tag_system
from runtime.backends.ui import ui
from systemkit import fail_one, handler_files, run_one


# -- system.file ---------------------------------------------------------------------------------

def test_files_are_read_and_written_inside_the_sandbox_folder(make_gateway):
    gw = make_gateway(handler_files("""
system.file.writeFile("report.csv", "a,b\\n")
system.file.writeFile("report.csv", "1,2\\n", True)
print repr(system.file.readFileAsString("report.csv"))
system.file.writeFile("blob.bin", [104, 105, -1])
print repr(system.file.readFileAsBytes("blob.bin"))
print system.file.fileExists("report.csv"), system.file.fileExists("nope.txt")
temp = system.file.getTempFile("txt")
print temp.endswith(".txt"), system.file.fileExists(temp), temp.startswith("tmp/")
system.file.writeFile(temp, u"caf\\xe9", False, "ISO-8859-1")
print repr(system.file.readFileAsString(temp, "ISO-8859-1")), repr(system.file.readFileAsBytes(temp))
print system.file.readFileAsString(system.file.getTempFile(".log")) == ""
"""), synchronous=True)
    output = run_one(gw).output
    # readFileAsString gives a Java String: a unicode in Jython
    assert output == ["u'a,b\\n1,2\\n'", "b'hi\\xff'", "True False", "True True True", "u'caf\\xe9' b'caf\\xe9'", "True"]
    sandbox = Path(gw.projects.root) / "_gateway" / "files"
    assert (sandbox / "report.csv").read_text() == "a,b\n1,2\n"


def test_paths_outside_the_sandbox_are_refused_naming_the_path(make_gateway, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    files = handler_files(f"""
for path in ["/etc/passwd", "../../x.txt", "sub/../../escape.txt", "link/secret.txt", r"C:\\reports\\a.csv", "{outside}"]:
    try:
        system.file.readFileAsString(path)
        print path, "READ"
    except IOError, e:
        print e
""")
    gw = make_gateway(files, synchronous=True)
    sandbox = Path(gw.projects.root) / "_gateway" / "files"
    sandbox.mkdir(parents=True)
    os.symlink(tmp_path, sandbox / "link")
    output = run_one(gw).output
    assert len(output) == 6 and all("is outside shim's file sandbox" in line for line in output)
    assert not any(str(gw.projects.root) in line for line in output)  # no host path in what scripts see
    assert output[0].startswith("readFileAsString(): '/etc/passwd' is outside")
    assert "Windows paths" in output[4] and str(outside) in output[5]


def test_missing_files_raise_ioerror_and_the_sandbox_folder_is_configurable(make_gateway, tmp_path):
    shared = tmp_path / "shared"
    gw = make_gateway({**handler_files("""
system.file.writeFile("%s/out.txt", "x")
print system.file.readFileAsString("out.txt")
try:
    system.file.readFileAsString("missing.txt")
except IOError, e:
    print e
""" % shared), "_gateway/gateway.json": {"files": str(shared)}}, synchronous=True)
    assert run_one(gw).output == [
        "x", "java.io.FileNotFoundException: missing.txt (No such file or directory)"]
    assert (shared / "out.txt").read_text() == "x"


def test_file_choosers_are_client_dialogs(make_gateway):
    gw = make_gateway(handler_files("""
print system.file.openFile("csv"), system.file.saveFile("report.csv"), system.file.openFile()
print system.file.openFiles("csv", "/data"), system.file.openFiles()
""", context="client"), synchronous=True)
    bob = gw.open_client("X")
    ui(bob).answer("/data/in.csv", None, None, ["/data/a.csv", "/data/b.csv"])
    assert run_one(gw, scope="C").output == ["/data/in.csv None None", "[u'/data/a.csv', u'/data/b.csv'] None"]
    assert ui(bob).records[1] == ("saveFile", "report.csv", None, None, None)
    assert ui(bob).records[3] == ("openFiles", "csv", "/data", ["/data/a.csv", "/data/b.csv"])
    assert ui(bob).records[4] == ("openFiles", None, None, None)  # Cancel
    gw = make_gateway(handler_files("system.file.openFiles()"), synchronous=True)
    assert "system.file.openFiles exists only in Vision clients" in fail_one(gw).error


# -- system.security -----------------------------------------------------------------------------

USERS = {"users": {"bob": {"password": "pw", "roles": ["Operator", "Maint"]}, "eve": {"password": "x"}}}


def test_security_in_a_client_is_the_sessions_user(make_gateway):
    gw = make_gateway({**handler_files("""
print system.security.getUsername(), system.security.getRoles(), "Admin" in system.security.getRoles()
print system.security.getUserRoles("bob", "pw"), system.security.getUserRoles("bob", "bad"), system.security.getUserRoles("bob", "pw", "ldap")
print system.security.validateUser("eve", "x"), system.security.validateUser("eve", "y", "default", 1000)
print system.security.isScreenLocked(),
system.security.lockScreen()
print system.security.isScreenLocked(),
system.security.unlockScreen()
print system.security.isScreenLocked()
""", context="client"), "_gateway/users.json": USERS}, synchronous=True)
    gw.open_client("X", user="amy", roles=["Admin", "Operator"])
    assert run_one(gw, scope="C").output == [
        "amy (u'Admin', u'Operator') True",
        "(u'Operator', u'Maint') None None",
        "True False",
        "False True False",
    ]


def test_security_in_the_gateway(make_gateway):
    gw = make_gateway({**handler_files('print system.security.getUserRoles("bob", "pw")'),
                       "_gateway/users.json": USERS}, synchronous=True)
    assert run_one(gw).output == ["(u'Operator', u'Maint')"]
    gw = make_gateway(handler_files("system.security.getRoles()"), synchronous=True)
    assert "object has no attribute 'getRoles'" in fail_one(gw).error


# -- system.net ----------------------------------------------------------------------------------

def test_net_reports_a_fixed_identity_never_the_real_host(make_gateway):
    source = "print system.net.getHostName(), system.net.getIpAddress()"
    gw = make_gateway({**handler_files(source), **handler_files(source, context="client")}, synchronous=True)
    gw.open_client("X", host_name="HMI-1", address="10.0.0.5")
    gw.open_client("X")
    outputs = sorted(run.output[0] for run in __import__("systemkit").send(gw, scope="CG"))
    assert outputs == ["HMI-1 10.0.0.5", "shim 127.0.0.1", "shim 127.0.0.1"]
    gw = make_gateway({**handler_files(source), "_gateway/gateway.json": {"hostName": "GW-PLANT",
                                                                          "ipAddress": "10.1.1.1"}},
                      synchronous=True)
    assert run_one(gw).output == ["GW-PLANT 10.1.1.1"]


def test_http_to_hosts_the_gateway_does_not_allow_is_refused(make_gateway):
    gw = make_gateway(handler_files('system.net.httpGet("http://example.com")'), synchronous=True)
    assert "httpGet(): host 'example.com:80' is not allowed" in fail_one(gw).error


# -- system.opc ----------------------------------------------------------------------------------

OPC_TAGS = {
    "tags": [{"name": "Pump", "valueSource": "opc", "dataType": "Boolean",
              "opcItemPath": "ns=1;s=[PLC]Pump.Run", "value": False},
             {"name": "Speed", "dataType": "Int4", "value": 10}],
    "opc": {"ns=1;s=[PLC]Speed": "[default]Speed"},
}


def test_opc_items_mapped_to_tags_read_and_write_them(make_gateway):
    gw = make_gateway({**handler_files("""
qv = system.opc.readValue("Ignition OPC UA Server", "ns=1;s=[PLC]Speed")
print qv.value, qv.quality, qv.quality.isGood()
print system.opc.writeValue("Ignition OPC UA Server", "ns=1;s=[PLC]Pump.Run", True).isGood()
print [v.value for v in system.opc.readValues("S", ["ns=1;s=[PLC]Pump.Run", "ns=1;s=[PLC]Speed"])]
print system.opc.writeValues("S", ["ns=1;s=[PLC]Speed", "ns=1;s=[PLC]Other"], [20, 1])
print system.tag.read("Speed").value, system.tag.read("Pump").value
"""), "_gateway/tags.json": OPC_TAGS}, synchronous=True)
    assert run_one(gw).output == ["10 Good True", "True", "[True, 10]", "[Good, Bad_NotConnected]", "20 True"]
    writes = opc(gw).writes
    assert [(w.item_path, w.value, w.quality, w.tag) for w in writes] == [
        ("ns=1;s=[PLC]Pump.Run", True, "Good", "[default]Pump"),
        ("ns=1;s=[PLC]Speed", 20, "Good", "[default]Speed"),
        ("ns=1;s=[PLC]Other", 1, "Bad_NotConnected", None),
    ]
    assert [w.path for w in tag_system(gw).writes] == ["[default]Pump", "[default]Speed"]


def test_unmapped_opc_items_read_bad_quality(make_gateway):
    gw = make_gateway(handler_files("""
qv = system.opc.readValue("S", "ns=2;s=Unknown")
print qv.value, qv.quality, qv.quality.isGood()
"""), synchronous=True)
    assert run_one(gw).output == ["None Bad_NotConnected False"]


# -- a real handler, and the example ---------------------------------------------------------------

SHIFT_END = """\
def handleMessage(payload):
\t# End of shift on a Vision client: read the line's counters, look the batch up, edit the report
\t# dataset, reset the counters and tell the operator.
\tline = payload["line"]
\tbase = "[default]Lines/Line%d/" % line
\tcount, rejects = [qv.value for qv in system.tag.readAll([base + "Count", base + "Rejects"])]
\tbatch = system.db.runPrepQuery("SELECT batch, target FROM batches WHERE line = ? AND open = 1", [line])
\tif len(batch) == 0:
\t\tsystem.gui.errorBox("No open batch on line %d" % line)
\t\treturn
\treport = system.tag.read(base + "Report").value
\treport = system.dataset.addRow(report, [batch[0]["batch"], count, rejects])
\treport = system.dataset.setValue(report, report.rowCount - 1, "good", count - rejects)
\tsystem.db.runPrepUpdate("UPDATE batches SET produced = produced + ?, open = 0 WHERE batch = ?",
\t                        [count - rejects, batch[0]["batch"]])
\tsystem.tag.writeAll([base + "Count", base + "Rejects", base + "Report"], [0, 0, report])
\tsystem.gui.messageBox("Line %d: %d good of %d (batch %s, target %d)" % (line, count - rejects, count,
\t                      batch[0]["batch"], batch[0]["target"]), "Shift end")
"""


def test_a_real_client_handler_runs_unchanged_and_its_effects_are_visible(make_gateway):
    gw = make_gateway({
        "X/client/message/shiftEnd.py": SHIFT_END,
        "_gateway/tags.json": {"tags": [{"name": "Lines", "tagType": "Folder", "tags": [
            {"name": "Line1", "tagType": "Folder", "tags": [
                {"name": "Count", "value": 120}, {"name": "Rejects", "value": 4},
                {"name": "Report", "dataType": "DataSet", "value": {
                    "columns": [{"name": "batch", "type": "java.lang.String"},
                                {"name": "good", "type": "java.lang.Integer"},
                                {"name": "rejects", "type": "java.lang.Integer"}],
                    "rows": [["B-0", 90, 1]]}}]}]}]},
        "_gateway/db.json": {"datasources": {"MES": {"url": "sqlite://", "init": "mes.sql"}}},
        "_gateway/mes.sql": "CREATE TABLE batches (batch TEXT, line INTEGER, target INTEGER, "
                            "produced INTEGER DEFAULT 0, open INTEGER);"
                            "INSERT INTO batches VALUES ('B-17', 1, 500, 10, 1);",
    }, synchronous=True)
    operator = gw.open_client("X", user="amy")
    run_one(gw, "shiftEnd", {"line": 1}, scope="C")

    tags = tag_system(gw)
    assert [(w.path, w.quality) for w in tags.writes] == [
        ("[default]Lines/Line1/Count", "Good"), ("[default]Lines/Line1/Rejects", "Good"),
        ("[default]Lines/Line1/Report", "Good")]
    assert tags.read("Lines/Line1/Count").value == 0
    report = tags.read("Lines/Line1/Report").value
    assert [[report.getValueAt(r, c) for c in range(3)] for r in range(report.getRowCount())] == [
        ["B-0", 90, 1], ["B-17", 116, 4]]
    produced = databases(gw).execute("test", "SELECT produced, open FROM batches", [], None, None)
    assert produced.rows == [(126, 0)]
    assert ui(operator).records == [("messageBox", "Line 1: 116 good of 120 (batch B-17, target 500)",
                                     "Shift end")]


def test_the_examples_record_level_handler(tmp_path):
    before = sorted(p for p in EXAMPLE.rglob("*") if "__pycache__" not in p.parts)
    with Gateway(EXAMPLE, synchronous=True) as gw:
        for _ in range(2):
            run = run_one(gw, "recordLevel", {"tank": "T1"})
        assert run.output == ["Tank T1: recorded 42.5, average of the last 4 readings 41.6"]
        tags = tag_system(gw)
        assert tags.read("Tanks/T1/AverageLevel").value == 41.625
        recent = tags.read("Tanks/T1/Recent").value
        assert recent.getRowCount() == 4 and recent.getColumnNames() == ["level", "t_stamp", "tank"]
        assert run_one(gw, "recordLevel", {"tank": "T9"}).output == [
            "Tank T9: level is Bad_NotFound, nothing recorded"]
    assert sorted(p for p in EXAMPLE.rglob("*") if "__pycache__" not in p.parts) == before

    result = CliRunner().invoke(main, ["send", "X", "recordLevel", "--payload", '{"tank": "T2"}',
                                       "--scope", "G", "--projects", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert "Tank T2: recorded 13.4, average of the last 2 readings 12.7" in result.stderr
