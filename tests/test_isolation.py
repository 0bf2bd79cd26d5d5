"""Process isolation (gateway.json ``"isolation": "process"``): a project's gateway message
handlers run in worker processes that the gateway kills and replaces when a run overruns its
time budget, crashes or blows its memory limit, while every other project keeps being served.

The attacks are the ones an in-process watchdog cannot stop (C code holding the interpreter, a
segfault); where a test needs a worker to hang or crash *for certain* (the in-process guards
may refuse a given attack first), it stops or signals the worker process itself, which is what
such C code looks like from the gateway. Figures (how long an attack lasted) are printed.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from runtime.core.errors import ProjectError
from runtime.gateway import Gateway
from runtime.isolation import supervisor
from runtime.messaging.requests import RequestError

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="worker processes use Linux rlimits and /proc")

#: A plant project: a recipe loader with a shared library, logging in every function.
PLANT = {
    "_gateway/gateway.json": {"isolation": "process"},
    "Plant/library/recipes.py": '''
import system
log = system.util.getLogger("Plant.recipes")

class Recipe(object):
    def __init__(self, name, steps):
        self.name = name
        self.steps = steps

    def total(self):
        return sum([s["minutes"] for s in self.steps])

def load(name, steps):
    log.info("loading recipe %s" % name)
    try:
        return Recipe(name, steps)
    except Exception, e:
        log.error("bad recipe %s: %s" % (name, e))
        raise
''',
    "Plant/gateway/message/recipeTotal.py": '''
def handleMessage(payload):
    import project.recipes
    recipe = project.recipes.load(payload["name"], payload["steps"])
    print "recipe %s takes %d minutes" % (recipe.name, recipe.total())
    return {"name": recipe.name, "minutes": recipe.total()}
''',
    "Plant/gateway/message/crunch.py": '''
def handleMessage(payload):
    logger = system.util.getLogger("Plant.crunch")
    logger.info("crunching")
    import decimal
    reading = 1 << 9000000  # a 9-million-bit number: allowed (under the 10-million-bit limit)
    total = decimal.Decimal(0) + reading  # int to Decimal in C, quadratic: minutes the watchdog cannot stop
    print "crunched", total > 0
''',
    "Plant/gateway/message/crunch.json": {"timeLimit": 1},
    "Plant/gateway/message/nap.py": '''
def handleMessage(payload):
    print "napping"
    import time
    time.sleep(payload.get("seconds", 30))
    print "woke up"
''',
    "Plant/gateway/message/nap.json": {"timeLimit": 2},
    "Plant/gateway/message/count.py": '''
def handleMessage(payload):
    g = system.util.getGlobals()
    g["count"] = g.get("count", 0) + 1
    print "message %s: count %d" % (payload["n"], g["count"])
''',
    "Plant/gateway/message/relay.py": '''
def handleMessage(payload):
    try:
        answer = system.util.sendRequest("Plant", "recipeTotal", {"name": "bread", "steps": [{"minutes": 5}]})
        print "relay got %s" % answer["minutes"]
        failed = system.util.sendRequest("Plant", "crunch", {})
    except Exception, e:
        print "relay failed: %s" % e
    sent = system.util.sendMessage("Mill", "ping", {"n": 7}, scope="G")
    print "sent %d" % len(sent)
    return answer["minutes"]
''',
    "Plant/project.json": {"ignition": "7.9"},
    "Mill/gateway/message/ping.py": '''
def handleMessage(payload):
    print "ping %s" % payload.get("n")
    return payload.get("n")
''',
}


@pytest.fixture
def plant(make_gateway):
    gateway = make_gateway(PLANT)
    lines: list[str] = []
    gateway.log.subscribe(lambda record: lines.append(str(record)))
    gateway.lines = lines
    return gateway


def _wait_for(lines: list[str], text: str, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not any(text in line for line in lines):
        assert time.monotonic() < end, f"{text!r} never logged: {lines}"
        time.sleep(0.02)


def test_handlers_run_in_a_worker_with_their_library_and_messaging(plant):
    request = plant.send_request("Plant", "recipeTotal", {"name": "soup", "steps": [{"minutes": 10}, {"minutes": 25}]})
    assert request.get() == {"name": "soup", "minutes": 35}
    assert plant.host("Plant").worker_pids and plant.host("Plant").worker_pids[0] != os.getpid()
    # a request to its own project's queue runs at once on a second worker; one to a handler whose
    # worker is killed fails as a handler failure; a message to another project is delivered
    assert plant.send_request("Plant", "relay").get() == 5
    plant.wait_idle()
    text = "\n".join(plant.lines)
    assert "[gateway Plant/recipeTotal] recipe soup takes 35 minutes" in text
    assert "INFO  Plant.recipes: loading recipe soup" in text
    assert "[gateway Plant/relay] relay got 5" in text
    assert "relay failed: Error executing message handler Plant/crunch: worker killed: time budget exceeded" in text
    assert "[gateway Plant/relay] sent 1" in text
    assert "[gateway Mill/ping] ping 7" in text


def test_a_c_level_hang_is_killed_while_other_projects_are_served(plant):
    plant.send_request("Plant", "recipeTotal", {"name": "warm", "steps": []}).get()  # a worker is up
    started = time.monotonic()
    attack = plant.send_request("Plant", "crunch", timeout=60)
    finished = threading.Event()
    attack.onSuccess(lambda result: finished.set())
    attack.onError(lambda error: finished.set())
    served = []
    while not finished.is_set():  # the other project answers throughout the attack
        served.append(plant.send_request("Mill", "ping", {"n": len(served)}).get())
        time.sleep(0.05)
    lasted = time.monotonic() - started
    print(f"\nC-level hang (a huge integer added to a Decimal), time budget 1 s: ended after {lasted:.2f} s; "
          f"the other project answered {len(served)} requests meanwhile")
    with pytest.raises(RequestError) as caught:
        attack.get()
    assert str(caught.value).startswith("Error executing message handler Plant/crunch: ")
    assert served and served == list(range(len(served)))
    assert lasted < 1 + 1 + 2  # budget + a second, + slack for a loaded machine; unkilled it runs minutes
    plant.wait_idle()
    failure = [line for line in plant.lines if "ERROR gateway.MessageHandler" in line]
    assert len(failure) == 1 and "Error executing message handler Plant/crunch" in failure[0]
    assert "worker killed: time budget exceeded (it ran past 1 s and was stopped)" in "\n".join(plant.lines)


def test_a_hung_worker_is_killed_at_its_budget_and_queued_messages_run_on_a_new_one(plant):
    plant.send_message("Plant", "nap", {"seconds": 30})
    _wait_for(plant.lines, "napping")
    (pid,) = plant.host("Plant").worker_pids
    os.kill(pid, signal.SIGSTOP)  # as C code holding the interpreter: its own watchdog never runs
    stopped = time.monotonic()
    for n in range(3):  # queued behind the hung run
        plant.send_message("Plant", "count", {"n": n})
    assert plant.wait_idle(30)
    print(f"\nstopped worker killed {time.monotonic() - stopped:.2f} s after it stopped (budget 2 s)")
    text = "\n".join(plant.lines)
    assert "Error executing message handler Plant/nap\nworker killed: time budget exceeded" in text
    assert [line.split("] ")[1] for line in plant.lines if "Plant/count" in line] == \
        ["message 0: count 1", "message 1: count 2", "message 2: count 3"]  # getGlobals() is the gateway's
    assert pid not in plant.host("Plant").worker_pids


def test_a_segfault_is_logged_and_answered_as_a_handler_failure(plant):
    runs = []
    plant.log.on_run(runs.append)
    request = plant.send_request("Plant", "nap", {"seconds": 30})
    _wait_for(plant.lines, "napping")
    (pid,) = plant.host("Plant").worker_pids
    os.kill(pid, signal.SIGSEGV)
    with pytest.raises(RequestError) as caught:
        request.get()
    assert str(caught.value) == "Error executing message handler Plant/nap: worker killed: crashed (SIGSEGV)"
    plant.wait_idle()
    assert [(run.handler, run.status) for run in runs] == [("nap", "error")]
    assert plant.send_request("Mill", "ping", {"n": 1}).get() == 1
    assert plant.send_request("Plant", "recipeTotal", {"name": "x", "steps": []}).get()["minutes"] == 0


def test_a_worker_that_died_while_idle_is_replaced_and_the_next_message_delivered(plant):
    """An idle worker killed from outside (the system's OOM killer, or a thread a script left
    behind that crashed it after its run): the next message goes to a fresh worker and is
    answered; nothing is logged as failed, and a run a worker had started is never run twice
    (the segfault test above)."""
    runs = []
    plant.log.on_run(runs.append)
    for n in range(3):
        assert plant.send_request("Plant", "recipeTotal", {"name": "warm", "steps": []}).get()["minutes"] == 0
        pids = plant.host("Plant").worker_pids
        assert pids
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        answer = plant.send_request("Plant", "recipeTotal", {"name": f"after{n}", "steps": [{"minutes": n}]})
        assert answer.get() == {"name": f"after{n}", "minutes": n}
        assert not set(pids) & set(plant.host("Plant").worker_pids)
    plant.wait_idle()
    assert [run.status for run in runs] == ["ok"] * 6
    assert not [line for line in plant.lines if "ERROR" in line]


def test_workers_sign_the_compile_cache_with_the_gateways_own_key(make_gateway, tmp_path, monkeypatch):
    """With a key file of its own (``$SHIM_KEY_FILE``, or ``$XDG_CONFIG_HOME``), the gateway's
    workers sign the cache entries they write with that same key: the gateway (and the next
    worker) load them; unpassed, a worker made a key of its own and every entry it wrote was
    refused by the others as forged."""
    import hashlib
    import hmac

    from runtime.scripts.sandbox import compiler

    monkeypatch.setenv("SHIM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SHIM_KEY_FILE", str(tmp_path / "keys" / "cache.key"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(compiler, "_KEY", None)
    gateway = make_gateway(PLANT)
    assert gateway.send_request("Plant", "recipeTotal", {"name": "a", "steps": []}).get()["minutes"] == 0
    entries = [path for path in (tmp_path / "cache").rglob("*") if path.is_file() and len(path.name) == 64]
    assert entries  # the worker compiled the handler and the library, and cached them
    signing = (tmp_path / "keys" / "cache.key").read_bytes()
    for path in entries:
        data = path.read_bytes()
        assert hmac.compare_digest(data[:32], hmac.new(signing, path.name.encode() + data[32:], hashlib.sha256).digest())
    assert not (tmp_path / "config" / "shim" / "cache.key").exists()


def test_real_crash_attack_ends_at_once(plant):
    """A million nested iterators: a segfault in C, or refused by the in-process guards;
    either way it ends at once and the gateway goes on."""
    plant.projects.root.joinpath("Plant/gateway/message/nest.py").write_text(
        "def handleMessage(payload):\n\timport itertools\n\tit = iter([1])\n"
        "\tfor i in xrange(1000000):\n\t\tit = itertools.islice(it, 1)\n\tprint list(it)\n")
    plant.reload()
    started = time.monotonic()
    with pytest.raises(RequestError) as caught:
        plant.send_request("Plant", "nest").get()
    print(f"\nnested iterators: {caught.value} after {time.monotonic() - started:.2f} s")
    assert plant.send_request("Mill", "ping", {"n": 2}).get() == 2


def test_a_memory_limit_fails_the_script_and_replaces_its_worker(make_gateway):
    files = dict(PLANT)
    files["_gateway/gateway.json"] = {"isolation": "process", "worker": {"memory": "600M"}}
    files["Plant/gateway/message/hog.py"] = '''
def handleMessage(payload):
    chunks = []
    try:
        for i in range(payload["mb"] // 50):
            chunks.append("x" * (50 * 1024 * 1024))
        print "allocated %d chunks" % len(chunks)
    except MemoryError, e:
        chunks = None
        print "out of memory"
        raise
'''
    gateway = make_gateway(files)
    lines: list[str] = []
    gateway.log.subscribe(lambda record: lines.append(str(record)))
    with pytest.raises(RequestError) as caught:
        gateway.send_request("Plant", "hog", {"mb": 700}).get()
    assert str(caught.value).endswith("MemoryError")
    gateway.wait_idle()
    text = "\n".join(lines)
    assert "[gateway Plant/hog] out of memory" in text
    assert "replaced after a MemoryError (memory limit 600 MiB)" in text
    assert gateway.host("Plant").worker_pids == []
    assert gateway.send_request("Plant", "hog", {"mb": 100}).get() is None
    assert "allocated 2 chunks" in "\n".join(lines)


def test_isolation_settings_are_checked(make_projects):
    with pytest.raises(ProjectError, match='"isolation" must be one of'):
        Gateway(make_projects({"_gateway/gateway.json": {"isolation": "processes"}}))
    with pytest.raises(ProjectError, match='"worker" has unknown setting'):
        Gateway(make_projects({"_gateway/gateway.json": {"isolation": "process", "worker": {"ram": 1}}}))
    with pytest.raises(ProjectError, match="memory must be at least 64M"):
        Gateway(make_projects({"_gateway/gateway.json": {"isolation": "process", "worker": {"memory": "1M"}}}))
    gateway = Gateway(make_projects({"_gateway/gateway.json": {}}), start=False)
    assert gateway.isolation == "none"  # the Python API's default
    gateway.close()


# -- escapes: a worker is untrusted ---------------------------------------------------------------

def test_a_worker_holds_nothing_of_the_gateway_but_its_pipes(plant, tmp_path):
    secret = open(tmp_path / "secret.txt", "w")  # the gateway's own open file
    os.environ["SHIM_TEST_SECRET"] = "hunter2"
    try:
        plant.send_request("Plant", "recipeTotal", {"name": "a", "steps": []}).get()
        (pid,) = plant.host("Plant").worker_pids
        fds = {fd: os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
        assert sorted(target for target in fds.values() if not target.startswith("pipe:")) == \
            ["/dev/null", "/dev/null"]  # stdin and stdout point at /dev/null, no file of the gateway's
        assert len(fds) == 5  # 0, 1, stderr, and the channel's two pipe ends
        environment = Path(f"/proc/{pid}/environ").read_bytes()
        assert b"SHIM_TEST_SECRET" not in environment
        assert os.getsid(pid) == pid  # its own session: a terminal's signals reach the gateway only
        limits = Path(f"/proc/{pid}/limits").read_text()
        assert [line.split()[3] for line in limits.splitlines() if line.startswith("Max address space")] == \
            [str(1 << 30)]
    finally:
        secret.close()
        del os.environ["SHIM_TEST_SECRET"]


HOSTILE = r'''
import json, os, struct, sys
inp, out = sys.stdin.buffer, sys.stdout.buffer
def send(obj):
    body = json.dumps(obj).encode()
    out.write(struct.pack(">I", len(body)) + body); out.flush()
def receive():
    n = struct.unpack(">I", inp.read(4))[0]
    return json.loads(inp.read(n))
receive()
send({"ready": os.getpid()})
while True:
    job = receive()
    attack = job["job"]["payload"]["attack"]
    if attack == "spoof":  # a log line tagged as another project, then a fair answer
        send({"log": ["ERROR", "gateway.MessageHandler", "forged", "gateway Mill/ping"]})
        send({"done": {"status": "ok", "result": 1, "output": []}})
    elif attack == "bad-args":  # a call with a project that is not a string: refused, not run
        send({"call": "send_message", "id": 1, "args": {"project": 5, "handler": "ping"}})
        reply = receive()
        send({"log": ["INFO", "stdout", "reply " + json.dumps(reply), "gateway Plant/x"]})
        send({"call": "send_message", "id": 2, "args": {"project": "Mill", "handler": "ping",
              "payload": {"$shim": "pickle", "value": "cos\nsystem\n"}}})
        reply = receive()
        send({"log": ["INFO", "stdout", "reply " + json.dumps(reply), "gateway Plant/x"]})
        send({"done": {"status": "ok", "result": 2, "output": []}})
    elif attack == "unknown-call":
        send({"call": "__import__", "id": 1, "args": {"name": "os"}})
        receive()
    elif attack == "huge-frame":
        out.write(struct.pack(">I", 2**31)); out.flush()
        receive()
    elif attack == "not-json":
        out.write(struct.pack(">I", 3) + b"\x80ab"); out.flush()
        receive()
    elif attack == "bad-globals":  # getGlobals() changes holding a value no codec makes
        send({"done": {"status": "ok", "result": 0, "output": [],
                       "globals": {"set": {"g": {"$shim": "pickle", "value": "cos\nsystem\n"}}, "delete": []}}})
    elif attack == "globals-shape":
        send({"done": {"status": "ok", "result": 0, "output": [], "globals": {"set": [], "delete": 5}}})
'''


@pytest.fixture
def hostile(plant, tmp_path, monkeypatch):
    script = tmp_path / "hostile.py"
    script.write_text(HOSTILE)
    plant.projects.root.joinpath("Plant/gateway/message/x.py").write_text("return 0\n")
    plant.reload()
    plant.send_request("Mill", "ping", {"n": 0}).get()  # Mill's worker is up (the real one), idle
    monkeypatch.setattr(supervisor, "COMMAND", [sys.executable, str(script)])
    return plant


def test_a_compromised_worker_cannot_spoof_other_projects_or_call_outside_the_protocol(hostile):
    assert hostile.send_request("Plant", "x", {"attack": "spoof"}).get() == 1
    assert hostile.send_request("Plant", "x", {"attack": "bad-args"}).get() == 2
    hostile.wait_idle()
    text = "\n".join(hostile.lines)
    assert "[gateway Plant] " in text and "ERROR gateway.MessageHandler: forged" in text
    assert not any("forged" in line and "[gateway Mill" in line for line in hostile.lines)  # re-tagged
    assert 'reply {"reply": 1, "error": ["TypeError", "project must be a non-empty string"]}' in text
    assert 'unknown tagged value \'pickle\'' in text
    for attack, why in (("bad-globals", "globals changes that do not decode (unknown tagged value 'pickle'"),
                        ("globals-shape", "globals changes that do not decode (globals changes must be"),
                        ("unknown-call", "an unknown call '__import__'"),
                        ("huge-frame", "a frame of 2,147,483,648 bytes is over the limit"),
                        ("not-json", "a frame that is not JSON")):
        with pytest.raises(RequestError) as caught:
            hostile.send_request("Plant", "x", {"attack": attack}).get()
        assert "worker killed: killed for a protocol violation (" in str(caught.value)
        assert why in str(caught.value)
    assert hostile.send_request("Mill", "ping", {"n": 3}).get() == 3  # Mill's workers run the real code
    assert "g" not in hostile.globals


def test_a_gateway_stops_its_workers_when_it_closes(make_gateway):
    gateway = make_gateway(PLANT)
    gateway.send_request("Plant", "recipeTotal", {"name": "a", "steps": []}).get()
    pids = gateway.host("Plant").worker_pids
    gateway.send_message("Plant", "nap", {"seconds": 30})
    gateway.close(wait=0.5)  # the nap is still running: its worker is killed
    assert pids and not any(Path(f"/proc/{pid}").exists() for pid in pids)
    assert gateway.host("Plant").worker_pids == []


def test_the_kernel_cpu_limit_ends_a_run_the_gateway_would_still_wait_for(make_gateway):
    files = dict(PLANT)
    files["_gateway/gateway.json"] = {"isolation": "process", "worker": {"cpu": 1}}
    files["Plant/gateway/message/crunch.json"] = {"timeLimit": 30}
    gateway = make_gateway(files)
    started = time.monotonic()
    with pytest.raises(RequestError) as caught:
        gateway.send_request("Plant", "crunch").get()
    print(f"\nRLIMIT_CPU of 1 s: {caught.value} after {time.monotonic() - started:.2f} s (time budget 30 s)")
    assert str(caught.value) == "Error executing message handler Plant/crunch: worker killed: " \
                                "CPU limit exceeded (SIGXCPU)"


SHARED = dict(PLANT)
SHARED.update({
    "_gateway/tags.json": {"Line1/Speed": 10},
    "_gateway/db.json": {"datasources": {"Plant": {"url": "sqlite://", "init": "db/schema.sql"}}, "default": "Plant"},
    "_gateway/db/schema.sql": "CREATE TABLE batches (line INTEGER, speed INTEGER);\n",
    "Plant/gateway/message/batch.py": '''
import java.lang

def handleMessage(payload):
    log = system.util.getLogger("Plant.batch")
    speed = system.tag.read("[default]Line1/Speed").value
    quality = system.tag.write("[default]Line1/Speed", speed + payload["delta"])
    log.info("speed %s -> %s (%s)" % (speed, speed + payload["delta"], quality))
    tx = system.db.beginTransaction()
    try:
        system.db.runPrepUpdate("INSERT INTO batches (line, speed) VALUES (?, ?)", [1, speed], tx=tx)
        system.db.commitTransaction(tx)
    finally:
        system.db.closeTransaction(tx)
    rows = system.db.runQuery("SELECT line, speed FROM batches ORDER BY speed")
    try:
        system.db.runQuery("SELECT * FROM no_such_table")
    except java.lang.Exception, e:
        print "db error caught"
    try:
        system.alarm.queryStatus()
    except Exception, e:
        print "alarms: %s" % e
    for row in system.util.getSessionInfo():
        print "session of %s on %s" % (row["username"], row["project"])
    return [speed, rows.rowCount, rows[rows.rowCount - 1]["speed"]]
''',
})


def test_tags_and_databases_are_the_gateways_own_seen_from_every_worker(make_gateway):
    """Two workers (a shared run and a nested request) and the gateway itself read and write one
    tag provider and one private in-memory database: nothing is copied into a worker."""
    gateway = make_gateway(SHARED)
    lines: list[str] = []
    gateway.log.subscribe(lambda record: lines.append(str(record)))
    gateway.open_client("Plant", user="amy")
    assert gateway.send_request("Plant", "batch", {"delta": 5}).get() == [10, 1, 10]
    assert gateway.send_request("Plant", "batch", {"delta": 1}).get() == [15, 2, 15]
    gateway.wait_idle()
    from runtime.core.context import activate, deactivate
    import system

    token = activate(gateway.gateway_context("Plant"))
    try:
        assert system.tag.read("[default]Line1/Speed").value == 16
        assert system.db.runScalarQuery("SELECT COUNT(*) FROM batches") == 2
    finally:
        deactivate(token)
    text = "\n".join(lines)
    assert "INFO  Plant.batch: speed 10 -> 15 (1)" in text
    assert text.count("[gateway Plant/batch] db error caught") == 2
    assert text.count("[gateway Plant/batch] session of amy on Plant") == 2  # the gateway's sessions
    assert "[gateway Plant/batch] alarms: this use of the gateway's tags (alarms) is not available to a " \
           "message handler running in an isolated worker process" in text  # refused, never a private copy


def test_shim_serve_isolates_by_default(make_projects):
    """``shim serve`` runs message handlers in workers unless gateway.json says "none": a startup
    script's message to a handler stuck in C code is killed there, the next message is served."""
    import subprocess

    root = make_projects({
        "T/gateway/events/startup.py": "system.util.sendMessage('T', 'crunch', scope='G')\n"
                                       "system.util.sendMessage('T', 'status', {'n': 1}, scope='G')\n",
        "T/gateway/message/crunch.py": PLANT["Plant/gateway/message/crunch.py"],
        "T/gateway/message/crunch.json": {"timeLimit": 1},
        "T/gateway/message/status.py": "def handleMessage(payload):\n\tprint 'status', payload['n']\n",
    })
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.run([sys.executable, "-m", "runtime", "serve", "--name", "G", "--projects", str(root),
                              "--duration", "2"], capture_output=True, text=True, env=env, timeout=120)
    assert process.returncode == 0, process.stderr
    assert "gateway scripts (message handlers, event scripts) run in worker processes (isolation: process;" in process.stderr
    assert "Error executing message handler T/crunch\nworker killed: time budget exceeded" in process.stderr
    assert "[gateway T/status] status 1" in process.stderr


def test_a_dedicated_handler_gets_a_worker_of_its_own(make_gateway):
    files = dict(PLANT)
    files["Plant/gateway/message/nap.json"] = {"timeLimit": 2, "threading": "dedicated"}
    gateway = make_gateway(files)
    lines: list[str] = []
    gateway.log.subscribe(lambda record: lines.append(str(record)))
    napping = gateway.send_request("Plant", "nap", {"seconds": 30})
    _wait_for(lines, "napping")
    answer = gateway.send_request("Plant", "recipeTotal", {"name": "tea", "steps": [{"minutes": 3}]}).get()
    assert answer == {"name": "tea", "minutes": 3}  # the shared queue is served while the nap blocks
    assert len(gateway.host("Plant").worker_pids) == 2
    with pytest.raises(RequestError, match="ran past its time budget of 2 s"):
        napping.get()  # the worker's own watchdog stops a sleeping script, as in-process
