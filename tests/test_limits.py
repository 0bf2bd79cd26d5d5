"""Issue #16, "Resources": gateway.json ``"limits"`` caps what one project may hold, in both
isolation modes: the payload one send may carry (``payloadBytes``), the messages and payload
bytes a receiver holds queued or running (``queueMessages``, ``queueBytes``), and the bytes of the
gateway's files folder (``filesQuota``). Each test looks at what a user sees: result strings,
the sender's error, the gateway log, the files' contents.
"""
from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings, strategies as st

from conftest import write_tree
from runtime.backends.files import files_root
from runtime.backends.limits import Limits, limits
from runtime.core.errors import ProjectError
from runtime.messaging import wire
from runtime.messaging.requests import RequestError

#: "none" (the gateway's own process) and "process" (worker processes, Linux only)
MODES = ["none", pytest.param("process", marks=pytest.mark.skipif(sys.platform != "linux",
                                                                  reason="worker processes need Linux"))]

#: A handler that holds its queue until the test creates the file "go" in the files folder.
HOLD = '''import time
while not system.file.fileExists("go"):
    time.sleep(0.02)
print "held", payload["n"]
'''

PING = "print 'pong', payload['n']\nreturn payload['n']\n"


def _gateway(make_gateway, mode: str, caps: dict, files: dict | None = None):
    gw = make_gateway({"_gateway/gateway.json": {"isolation": mode, "limits": caps},
                       "A/gateway/message/hold.py": HOLD, "A/gateway/message/hold.json": {"timeLimit": 60},
                       "B/gateway/message/ping.py": PING, **(files or {})})
    files_root(gw).mkdir(parents=True, exist_ok=True)
    runs = []
    gw.log.on_run(runs.append)
    return gw, runs


def _status(line: str) -> str:
    return line.rsplit("sendStatus=", 1)[1]


def _release(gw) -> None:
    (files_root(gw) / "go").write_text("")


# -- settings -------------------------------------------------------------------------------------

def test_defaults_are_finite_and_generous(make_gateway):
    gw = make_gateway({"X/project.json": {}}, synchronous=True)
    assert limits(gw) == Limits(300_000, 16 << 20, 10_000, 256 << 20, 1 << 30)


def test_sizes_take_units_and_zero_or_null_mean_no_limit(make_gateway):
    gw = make_gateway({"_gateway/gateway.json": {"limits": {
        "payloadBytes": "64K", "queueBytes": 0, "queueMessages": None, "filesQuota": "2G"}},
        "X/project.json": {}}, synchronous=True)
    assert limits(gw) == Limits(300_000, 64 << 10, None, None, 2 << 30)


@pytest.mark.parametrize("caps, named", [
    ({"queueBytes": "lots"}, '"queueBytes" must be a positive number'),
    ({"payloadBytes": -1}, '"payloadBytes" must be a positive number'),
    ({"queueMessages": True}, '"queueMessages" must be a positive number'),
    ({"filesQuota": "inf"}, '"filesQuota" must be a positive number'),
    ({"filesquota": "1G"}, 'unknown limit "filesquota"'),
])
def test_a_bad_limit_stops_the_gateway_with_one_line(make_gateway, caps, named):
    with pytest.raises(ProjectError, match=named) as refused:
        make_gateway({"_gateway/gateway.json": {"limits": caps}, "X/project.json": {}}, synchronous=True)
    assert "\n" not in str(refused.value) and "gateway.json" in str(refused.value)


def test_the_command_line_names_a_bad_limit_and_exits_2(tmp_path):
    from test_cli_inputs import shim

    root = write_tree(tmp_path / "projects", {"_gateway/gateway.json": {"limits": {"queueBytes": "lots"}},
                                              "B/gateway/message/ping.py": PING})
    done = shim("send", "B", "ping", "--projects", root)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and '"queueBytes" must be a positive number' in done.stderr
    checked = shim("check", "--projects", root)
    assert checked.returncode != 0 and '"queueBytes" must be a positive number' in checked.stdout + checked.stderr


# -- payloadBytes ---------------------------------------------------------------------------------

BIG_SENDER = '''try:
    system.util.sendMessage("B", "ping", {"n": 1, "blob": "x" * 2000}, scope="G")
except ValueError, e:
    print "message refused:", e
print system.util.sendMessage("B", "ping", {"n": 2, "blob": "x" * 500}, scope="G")[0].split(",")[-1]
try:
    system.util.sendRequest("B", "ping", {"n": 3, "blob": "x" * 2000})
except ValueError, e:
    print "request refused:", e
'''


@pytest.mark.parametrize("mode", MODES)
def test_an_over_size_payload_is_refused_to_the_sender_and_never_runs(make_gateway, mode):
    gw, runs = _gateway(make_gateway, mode, {"payloadBytes": 1000}, {"A/gateway/message/big.py": BIG_SENDER})
    gw.send_message("A", "big", scope="G")
    assert gw.wait_idle(60)
    [sender] = [r for r in runs if r.handler == "big"]
    refusal = "payload is 2,017 bytes as sent: over the limit of 1,000 bytes (gateway.json limits.payloadBytes)"
    assert sender.output == [f"message refused: {refusal}", "sendStatus=SENT", f"request refused: {refusal}"]
    assert [r.output for r in runs if r.handler == "ping"] == [["pong 2"]]  # only the one that fitted
    with pytest.raises(ValueError, match=r"2,017 bytes as sent: over the limit of 1,000 bytes"):
        gw.send_message("B", "ping", {"n": 4, "blob": "x" * 2000}, scope="G")  # the gateway's own check


# -- queueMessages / queueBytes -------------------------------------------------------------------

RELAY = 'print system.util.sendMessage("A", "hold", {"n": 99}, scope="G")[0].split(",")[-1]\n'


@pytest.mark.parametrize("mode", MODES)
def test_a_flooded_project_refuses_sends_and_another_project_still_delivers(make_gateway, mode):
    gw, runs = _gateway(make_gateway, mode, {"queueMessages": 3}, {"B/gateway/message/relay.py": RELAY})
    lines = [gw.send_message("A", "hold", {"n": n}, scope="G")[0] for n in range(500)]
    assert [_status(line) for line in lines] == ["SENT"] * 3 + ["ERROR"] * 497
    assert lines[3] == ("type=Gateway,project=A,messageHandler=hold,filterParams={hostName=, clientSessionId=, "
                        "scope=G, user=, hasRole=},sendStatus=ERROR")
    # project B is untouched: its messages and requests are delivered while A is full and held
    assert _status(gw.send_message("B", "ping", {"n": 1}, scope="G")[0]) == "SENT"
    assert gw.send_request("B", "ping", {"n": 2}, timeout=30).get() == 2
    with pytest.raises(RequestError, match=r"A/hold refused the request: its queue holds 3 messages"):
        gw.send_request("A", "hold", {"n": 100}, timeout=30).get()
    gw.send_request("B", "relay", timeout=30).get()  # what a script sees: an ERROR status, not an exception
    refusals = [r for r in gw.log.records if "refused" in r.message and r.tag == "gateway A/hold"]
    assert refusals and refusals[0].level == "ERROR"
    assert refusals[0].message == ("Message to A/hold refused: its queue holds 3 messages, the limit "
                                   "(gateway.json limits.queueMessages 3)")
    assert len(refusals) < 10  # a flood is logged about once a second, with a count
    _release(gw)
    assert gw.wait_idle(60)
    assert [r.output for r in runs if r.handler == "hold"] == [["held 0"], ["held 1"], ["held 2"]]
    assert [r.output for r in runs if r.handler == "relay"] == [["sendStatus=ERROR"]]
    assert sorted(r.output[0] for r in runs if r.handler == "ping") == ["pong 1", "pong 2"]
    assert _status(gw.send_message("A", "hold", {"n": 3}, scope="G")[0]) == "SENT"  # room again
    assert gw.wait_idle(60)


@pytest.mark.parametrize("mode", MODES)
def test_queued_payload_bytes_are_capped_per_receiver(make_gateway, mode):
    gw, runs = _gateway(make_gateway, mode, {"queueBytes": 2000})
    blob = "x" * 600  # {"n":0,"blob":"xx..."} is 617 bytes as sent
    lines = [gw.send_message("A", "hold", {"n": n, "blob": blob}, scope="G")[0] for n in range(4)]
    assert [_status(line) for line in lines] == ["SENT", "SENT", "SENT", "ERROR"]
    assert _status(gw.send_message("A", "hold", {"n": 9}, scope="G")[0]) == "SENT"  # a small one still fits
    assert _status(gw.send_message("B", "ping", {"n": 1, "blob": blob * 3}, scope="G")[0]) == "SENT"
    [refusal] = [r for r in gw.log.records if r.tag == "gateway A/hold" and "refused" in r.message]
    assert ("its queue holds 1,851 payload bytes and this message has 617: over the limit "
            "(gateway.json limits.queueBytes 2,000)") in refusal.message
    _release(gw)
    assert gw.wait_idle(60)
    assert [r.output for r in runs if r.handler == "hold"] == [["held 0"], ["held 1"], ["held 2"], ["held 9"]]


def test_client_sessions_are_receivers_of_their_own(make_gateway):
    gw = make_gateway({"_gateway/gateway.json": {"limits": {"queueMessages": 2}},
                       "A/client/message/hold.py": HOLD})
    files_root(gw).mkdir(parents=True, exist_ok=True)
    first, second = gw.open_client("A"), gw.open_client("A")
    lines = gw.send_message("A", "hold", {"n": 0}, scope="C", client_session_id=first.id)
    lines += gw.send_message("A", "hold", {"n": 1}, scope="C", client_session_id=first.id)
    lines += gw.send_message("A", "hold", {"n": 2}, scope="C")  # both sessions: the first is full
    assert [(line.split(",")[1], _status(line)) for line in lines] == [
        (f"sessionId={first.id}", "SENT"), (f"sessionId={first.id}", "SENT"),
        (f"sessionId={first.id}", "ERROR"), (f"sessionId={second.id}", "SENT")]
    _release(gw)
    assert gw.wait_idle(60)


# -- filesQuota -----------------------------------------------------------------------------------

WRITER = '''import java.io
def attempt(what, write):
    try:
        write()
        print what, "written"
    except IOError, e:
        print what, "refused:", e
    except java.io.IOException, e:
        print what, "refused:", e.getMessage()

def append_stream():
    f = open("keep.txt", "a")
    try:
        f.write("y" * 1000)
    finally:
        f.close()

attempt("first", lambda: system.file.writeFile("a.txt", "x" * 600))
attempt("replace", lambda: system.file.writeFile("keep.txt", "z" * 1000))
attempt("append", lambda: system.file.writeFile("keep.txt", "z" * 1000, True))
attempt("open", append_stream)
attempt("java", lambda: java.io.FileWriter("keep.txt", True).write("j" * 1000))
attempt("temp", lambda: system.file.writeFile(system.file.getTempFile("txt"), "t" * 1000))
print "keep.txt holds", repr(system.file.readFileAsString("keep.txt"))
print "deleted", java.io.File("a.txt").delete()
attempt("after delete", lambda: system.file.writeFile("keep.txt", "z" * 900))
'''


@pytest.mark.parametrize("mode", MODES)
def test_writes_past_the_files_quota_fail_and_leave_files_intact(make_gateway, mode):
    gw, runs = _gateway(make_gateway, mode, {"filesQuota": 1000},
                        {"_gateway/files/keep.txt": "original", "A/gateway/message/write.py": WRITER})
    gw.send_message("A", "write", scope="G")
    assert gw.wait_idle(60)
    [run] = [r for r in runs if r.handler == "write"]
    assert run.status == "ok", run.error
    quota = "would take the files folder past its quota of 1,000 bytes (gateway.json limits.filesQuota; 608 in use)"
    assert run.output == [
        "first written",
        f"replace refused: [Errno 28] writeFile(): writing 992 more bytes to 'keep.txt' {quota}",
        f"append refused: [Errno 28] writeFile(): writing 1,000 more bytes to 'keep.txt' {quota}",
        f"open refused: [Errno 28] write(): writing 1,000 more bytes to 'keep.txt' {quota}",
        f"java refused: [Errno 28] FileWriter(): writing 1,000 more bytes to 'keep.txt' {quota}",
        run.output[5],
        "keep.txt holds u'original'",
        "deleted True",
        "after delete written",
    ]
    assert run.output[5].startswith("temp refused: [Errno 28] writeFile(): writing 1,000 more bytes to 'tmp/shim-")
    folder = files_root(gw)
    assert (folder / "keep.txt").read_text() == "z" * 900 and not (folder / "a.txt").exists()


# -- how a payload is measured ------------------------------------------------------------------

_VALUES = st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.binary() | \
    st.lists(st.integers() | st.text(), max_size=3) | st.dictionaries(st.text(), st.floats(), max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text() | st.just("$shim"), _VALUES, max_size=6))
def test_a_payload_is_measured_as_the_wire_writes_it(payload):
    assert wire.encoded_size(payload) == len(wire.dumps(wire.encode(payload)))


# -- SQLite databases scripts write through count toward the files quota --------------------------

RECIPES = '''import system
import java.lang
logger = system.util.getLogger("recipes")

class RecipeStore(object):
    """A plant's recipe archive: each batch's recipe blob kept in a database of its own."""
    def __init__(self, name):
        self.name = name
        system.db.runUpdateQuery("CREATE TABLE recipe (id INTEGER PRIMARY KEY, body TEXT)", name)

    def archive(self, count, size):
        stored = 0
        try:
            for n in range(count):
                system.db.runPrepUpdate("INSERT INTO recipe (body) VALUES (?)", ["r%03d" % n + "x" * size], self.name)
                stored += 1
        except java.lang.Exception, e:  # JDBC's SQLException arrives as a Java exception
            logger.warn("archive %s stopped after %d rows" % (self.name, stored))
            print self.name, "stopped after", stored, "rows:", e.cause.getMessage()
        return stored

    def rows(self):
        return system.db.runScalarQuery("SELECT COUNT(*) FROM recipe", self.name)

for name in ("Scratch", "Archive"):
    store = RecipeStore(name)
    stored = store.archive(400, 50000)
    print name, "holds", store.rows(), "rows", stored == store.rows()
try:
    system.file.writeFile("report.txt", "y" * 200000)
    print "report written"
except IOError, e:
    print "report refused:", e
'''


@pytest.mark.parametrize("mode", MODES)
def test_sqlite_databases_scripts_fill_stop_at_the_files_quota(make_gateway, mode):
    """The gateway's SQLite databases that count toward the files quota (a private ``sqlite://``
    one, kept in a temporary folder, and a file in the files folder) grow inside SQLite, where no
    write asks first: without a cap, a loop of inserts filled the host's temporary folder. Each statement now fails with SQLite's "database
    or disk is full" once the files folder's quota is reached, naming the quota, what was stored
    stays, the disk holds no more than the quota and SQLite's write-ahead logs, and other
    projects keep running."""
    quota = 3_000_000
    gw, runs = _gateway(make_gateway, mode, {"filesQuota": quota}, {
        "A/gateway/message/recipes.py": RECIPES, "A/gateway/message/recipes.json": {"timeLimit": 60},
        "_gateway/db.json": {"datasources": {"Scratch": "sqlite://", "Archive": "sqlite:///files/db/recipes.db"}}})
    gw.send_message("A", "recipes", scope="G")
    assert gw.wait_idle(120)
    [run] = [r for r in runs if r.handler == "recipes"]
    assert run.status == "ok", run.error
    full = ("database or disk is full: the database may not take the files folder past its quota of 3,000,000 "
            "bytes (gateway.json limits.filesQuota; ")
    scratch_stop, scratch_holds, archive_stop, archive_holds, report = run.output
    stored = int(scratch_stop.split()[3])
    assert scratch_stop.startswith("Scratch stopped after ") and full in scratch_stop
    assert 40 <= stored < 60  # 50 KB rows in 3 MB: about 58 before anything else is counted
    assert scratch_holds == f"Scratch holds {stored} rows True"
    assert archive_stop.startswith("Archive stopped after 0 rows: ") and full in archive_stop  # no room left
    assert archive_holds == "Archive holds 0 rows True"
    if mode == "none":
        assert report.startswith("report refused: [Errno 28] writeFile(): writing 200,000 more bytes to 'report.txt'")
    else:  # a worker counts the files folder itself and does not see the private databases (README)
        assert report == "report written"
        (files_root(gw) / "report.txt").unlink()
    used = sum(p.stat().st_size for folder in (files_root(gw), gw.service("db", None)._scratch)
               for p in folder.rglob("*") if p.is_file())
    assert used <= quota + 64 * 1024  # the logs and the page being written when the room ran out
    assert gw.send_request("B", "ping", {"n": 7}, timeout=30).get() == 7
