"""Threads real code starts itself: ``java.lang.Thread`` (with a Runnable, a function, or a
subclass overriding ``run()``) and ``threading.Thread``/``Timer``. Each runs as
``system.util.invokeAsynchronous`` runs a function (Ignition manual, system.util.invokeAsynchronous):
in the caller's project, under the gateway's time limit, within its cap on background threads,
an uncaught error logged with the script's own file and line."""
from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from systemkit import handler_files, run_one

PLANT_WORKERS = """
from java.lang import Thread, Runnable, IllegalThreadStateException
import threading
logger = system.util.getLogger("Plant.Workers")
results = []

class LineReader(Runnable):
    def __init__(self, line):
        self.line = line
    def run(self):
        try:
            results.append("line %d on %s" % (self.line, system.util.getProjectName()))
        except Exception, e:
            logger.error("read failed: %s" % e)

class Totaliser(Thread):
    def __init__(self, values):
        Thread.__init__(self, "totaliser")
        self.values = values
        self.total = 0
    def run(self):
        for v in self.values:
            self.total += v

readers = [Thread(LineReader(n)) for n in (1, 2)]
for r in readers:
    r.start()
for r in readers:
    r.join()
print sorted(results), [r.isAlive() for r in readers]
t = Totaliser([1.5, 2.5, 4])
t.setDaemon(True)
t.start()
t.join(5000)
print t.total, t.getName(), t.isDaemon(), t
try:
    t.start()
except IllegalThreadStateException, e:
    print "restart refused:", e
def stamp(prefix, suffix=""):
    results.append(prefix + suffix)
p = threading.Thread(target=stamp, args=("py",), kwargs={"suffix": "!"}, name="stamper")
p.start()
p.join()
timer = threading.Timer(0.05, stamp, ["timer"])
timer.start()
timer.join()
late = threading.Timer(30, stamp, ["never"])
late.start()
late.cancel()
late.join()
print results[2:], p.getName(), p.is_alive()
"""


def test_threads_real_code_starts_run_in_the_callers_project(make_gateway):
    gw = make_gateway(handler_files(PLANT_WORKERS, project="Plant"))
    assert run_one(gw, project="Plant").output == [
        "[u'line 1 on Plant', u'line 2 on Plant'] [False, False]",
        "8.0 totaliser True Thread[totaliser,5,]",
        "restart refused: java.lang.IllegalThreadStateException",
        "['py!', 'timer'] stamper False",
    ]


def test_an_uncaught_error_in_a_thread_is_logged_at_the_users_line(make_gateway):
    gw = make_gateway(handler_files("""
from java.lang import Thread
class Poller(Thread):
    def run(self):
        value = {}["missing"]
w = Poller()
w.start()
w.join()
print "handler goes on"
"""))
    records = []
    gw.log.subscribe(records.append)
    assert run_one(gw).output == ["handler goes on"]
    errors = [r.message for r in records if r.level == "ERROR"]
    assert len(errors) == 1 and "KeyError" in errors[0] and "line 5, in run" in errors[0], errors


def test_a_thread_that_never_ends_is_stopped_by_the_time_limit(make_gateway):
    gw = make_gateway(handler_files("""
import threading
def spin():
    while True:
        pass
threading.Thread(target=spin, name="spinner").start()
"""), time_limit=0.3)
    records = []
    gw.log.subscribe(records.append)
    gw.send_message("X", "h", scope="G")
    assert gw.wait_idle(5)
    assert any("ScriptTimeout" in r.message and "the thread spinner" in r.message for r in records), \
        [r.message for r in records]


def test_joining_a_long_thread_stays_within_the_waiting_handlers_budget(make_gateway):
    """A plain wait blocks in C, where the watchdog cannot stop it: join polls the budget."""
    gw = make_gateway({**handler_files("""
from java.lang import Thread
def slow():
    Thread.sleep(20000)
t = Thread(slow)
t.start()
t.join()
"""), "X/gateway/message/h.json": {"timeLimit": 0.3}}, time_limit=30)
    runs = []
    gw.log.on_run(runs.append)
    started = time.monotonic()
    gw.send_message("X", "h", scope="G")
    while not runs and time.monotonic() - started < 10:
        time.sleep(0.05)
    assert runs and runs[0].status == "error" and "time budget" in runs[0].error
    assert time.monotonic() - started < 5


def test_threads_share_the_gateways_cap_on_background_threads(make_gateway):
    gw = make_gateway(handler_files("""
import threading
from java.lang import Thread
def wait():
    Thread.sleep(2000)
started = 0
try:
    while True:
        threading.Thread(target=wait).start()
        started += 1
except RuntimeError, e:
    print started, "then:", str(e).split(":")[0]
"""), time_limit=5)
    out = run_one(gw).output
    assert out == ["256 then: threading.Thread"], out


CORPUS = Path(__file__).resolve().parent / "threads_corpus"
JYTHON = shutil.which("jython")


@pytest.mark.parametrize("script", sorted(CORPUS.glob("*.py")), ids=lambda p: p.name)
def test_threads_print_what_jython_prints(make_gateway, script):
    """Differential: the same script under the real jython and as a gateway handler (threads
    need a gateway to run in)."""
    if JYTHON is None:
        pytest.skip("jython is not installed: it is the oracle of tests/threads_corpus")
    expected = subprocess.run([JYTHON, str(script)], capture_output=True, text=True, timeout=300)
    assert expected.returncode == 0, expected.stderr[-2000:]
    gw = make_gateway(handler_files(script.read_text(encoding="utf-8")))
    assert run_one(gw).output == expected.stdout.splitlines()


def test_a_thread_subclass_passes_target_to_the_base_init(make_gateway):
    """``threading.Thread.__init__(self, target=f)`` in a subclass: the guarded host slot
    takes its object positionally only, so a ``target=`` keyword reaches the base class."""
    gw = make_gateway(handler_files("import threading\ndone = []\n"
                                    "class W(threading.Thread):\n    def __init__(self):\n"
                                    "        threading.Thread.__init__(self, target=lambda: done.append(1))\n"
                                    "w = W()\nw.start()\nw.join()\nprint done\n"))
    assert run_one(gw).output == ["[1]"]
