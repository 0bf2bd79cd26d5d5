"""Gateway event scripts under process isolation (gateway.json ``"isolation": "process"``):
startup, shutdown, timer, tag change and scheduled scripts run in their project's worker
processes, under the same time budget as in-process, with the same calls back to the gateway
(tags, messages, databases), killed and replaced when a run hangs where the worker's own
watchdog cannot stop it (C code holding the interpreter) or crashes.

Ignition logs a failing gateway event script in the gateway log with the script's own traceback
(8.1 manual, "Gateway Event Scripts"; "Wrapper Logs": the errors of Gateway scoped resources);
the manual does not name the logger, so both modes log under the one shim uses in-process
(``gateway.EventScripts``): a user sees the same lines whichever mode runs the project.
As in tests/test_isolation.py, a hang or crash is made for certain by stopping or signalling
the worker process from the test, which is what such C code looks like from the gateway.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import defaultdict
from datetime import datetime

import pytest

from runtime.execution.clock import VirtualClock
from runtime.execution.events import EventScripts
from runtime.gateway import Gateway
from test_events import line_project

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="worker processes use Linux rlimits and /proc")

#: The Line project of tests/test_events.py (8.1), plus a scheduled shift report that reads the
#: counter and tells another project, and an alarm script whose library call fails on its own line.
SCENARIO = line_project({
    "_gateway/tags.json": {"Line/Count": 0, "Line/State": "idle", "Line/Alarm": False},
    "Line/library/alarms.py": '''
import system
log = system.util.getLogger("Line.alarms")

def raise_alarm(path, value):
\tlog.warn("alarm on %s" % path)
\tlimits = {"Count": 5}
\treturn value > limits[path.split("/")[-1].lower()]
''',
    "Line/gateway/events/tagchange/alarm.py": '''
if not initialChange and newValue.value:
\tprint "alarm raised at count", system.tag.read("[default]Line/Count").value
\talarms.raise_alarm(str(event.tagPath), newValue.value)
''',
    "Line/gateway/events/tagchange/alarm.json": {"tags": ["[default]Line/Alarm"]},
    "Line/gateway/events/scheduled/report.py": '''
count = system.tag.read("[default]Line/Count").value
sent = system.util.sendMessage("Office", "shiftReport", {"count": count}, scope="G")
print "shift report: %d cycles, sent to %d" % (count, len(sent))
''',
    "Line/gateway/events/scheduled/report.json": {"cron": "* * * * *"},
    "Office/gateway/message/shiftReport.py": 'def handleMessage(payload):\n\tprint "office got", payload["count"]\n',
}, semantics="8.1")


def _scenario(root, isolation: str, monkeypatch) -> tuple[dict, list, list]:
    """Run the line for 70 virtual seconds; its log per place, its runs, and in-process event runs."""
    here: list[str] = []
    original = EventScripts.run_here

    def spy(self, spec, variables, payload=None):
        if self.host.gateway is gateway:  # not a gateway another test left running
            here.append(f"{self.host.tag}/{spec.label}")
        return original(self, spec, variables, payload)
    records: dict[str, list] = defaultdict(list)
    runs: list = []
    gateway = Gateway(root, clock=VirtualClock(datetime(2026, 3, 2, 5, 59, 0)), isolation=isolation,
                      time_limit=20, start=False)
    monkeypatch.setattr(EventScripts, "run_here", spy)
    gateway.log.subscribe(lambda r: records[r.tag].append((r.level, r.logger, r.message)))
    gateway.log.on_run(lambda run: runs.append((run.handler, run.status)))
    try:
        gateway.start()
        gateway.advance(70)
        assert gateway.send_request("Line", "status").get() is None
        if isolation == "process":
            assert gateway.host("Line").worker_pids
    finally:
        gateway.close()
    return dict(records), sorted(runs), here


def test_event_scripts_run_in_the_worker_and_log_as_in_process(make_projects, monkeypatch):
    root = make_projects(SCENARIO)
    inline, inline_runs, inline_here = _scenario(root, "none", monkeypatch)
    isolated, isolated_runs, isolated_here = _scenario(root, "process", monkeypatch)
    assert "gateway Line/startup" in inline_here and "gateway Line/timer/poll" in inline_here
    assert isolated_here == []  # no event script ran in the gateway's process
    assert isolated_runs == inline_runs
    assert ("timer/poll", "ok") in isolated_runs and ("scheduled/report", "ok") in isolated_runs
    assert ("tagchange/alarm", "error") in isolated_runs
    # what a user reads: the same lines, script by script (scripts run concurrently, so only each
    # script's own order is fixed), printed lines, loggers and the failing line of the library
    assert {tag: lines for tag, lines in isolated.items() if tag != "gateway"} == \
        {tag: lines for tag, lines in inline.items() if tag != "gateway"}
    alarm = "\n".join(message for _, _, message in isolated["gateway Line/tagchange/alarm"])
    assert "alarm raised at count 3" in alarm
    assert "Error executing tagchange script Line/tagchange/alarm" in alarm
    assert "KeyError: 'alarm'" in alarm and 'limits[path.split("/")[-1].lower()]' in alarm
    assert isolated["gateway Line/scheduled/report"] == [("INFO", "stdout", "shift report: 59 cycles, sent to 1")]
    assert isolated["gateway Office/shiftReport"] == [("INFO", "stdout", "office got 59")]
    assert isolated["gateway Line/shutdown"] == [("INFO", "stdout", "line stopping at 70")]
    # the startup script's getGlobals() entry reached the handler, which ran on another worker
    assert isolated["gateway Line/status"] == [("INFO", "stdout", "ready=True state=running")]


#: A packing line whose timer runs every 100 ms and spends half a second per run (so a test
#: signal finds a run in progress), and a mill that answers requests meanwhile.
PACKING = {
    "_gateway/gateway.json": {"isolation": "process", "worker": {"grace": 0.5}},
    "_gateway/tags.json": {"Pack/Cycles": 0},
    "Pack/project.json": {"ignition": "7.9"},
    "Pack/library/counters.py": '''
import system
log = system.util.getLogger("Pack.counters")

def cycle():
\ttry:
\t\tcount = system.tag.read("[default]Pack/Cycles").value + 1
\t\tsystem.tag.write("[default]Pack/Cycles", count)
\t\treturn count
\texcept Exception, e:
\t\tlog.error("cycle failed: %s" % e)
\t\traise
''',
    "Pack/gateway/events/timer/cycle.py": '''
import time
count = project.counters.cycle()
print "tick", count
time.sleep(0.5)
''',
    "Pack/gateway/events/timer/cycle.json": {"delay": 100},
    "Mill/gateway/message/ping.py": 'def handleMessage(payload):\n\treturn payload["n"]\n',
}


def _ticks(lines: list[str]) -> list[int]:
    return [int(line.rsplit(" ", 1)[1]) for line in lines if "[gateway Pack/timer/cycle] tick" in line]


def _wait(lines: list[str], done, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < end, "\n".join(lines[-30:])
        time.sleep(0.01)


@pytest.mark.parametrize("attack", ["hang", "segfault"])
def test_a_hung_or_crashed_timer_is_replaced_and_the_next_tick_runs(make_gateway, attack):
    gateway = make_gateway(PACKING, time_limit=2)
    lines: list[str] = []
    gateway.log.subscribe(lambda record: lines.append(str(record)))
    _wait(lines, lambda: len(_ticks(lines)) >= 2)
    seen = len(_ticks(lines))
    _wait(lines, lambda: len(_ticks(lines)) > seen)  # a run has just started: it sleeps 0.5 s
    pids = gateway.host("Pack").worker_pids
    assert pids and os.getpid() not in pids
    attacked = time.monotonic()
    for pid in pids:  # as C code holding the interpreter, or crashing in it
        os.kill(pid, signal.SIGSTOP if attack == "hang" else signal.SIGSEGV)
    answered = 0
    why = "time budget exceeded (it ran past 2 s and was stopped)" if attack == "hang" else "crashed (SIGSEGV)"
    failure = f"Error executing timer script Pack/timer/cycle\nworker killed: {why}"
    while not any(failure in line for line in lines):  # meanwhile, other projects are served
        assert gateway.send_request("Mill", "ping", {"n": answered}).get() == answered
        answered += 1
        assert time.monotonic() - attacked < 60, "\n".join(lines[-30:])
    ended = time.monotonic() - attacked
    before = _ticks(lines)[-1]
    _wait(lines, lambda: _ticks(lines)[-1] > before)  # the next tick, on a fresh worker
    print(f"\n{attack}: the timer's worker was replaced {ended:.2f} s after the attack (budget 2 s, "
          f"grace 0.5 s); another project answered {answered} requests meanwhile")
    assert not set(pids) & set(gateway.host("Pack").worker_pids)
    assert _ticks(lines) == sorted(_ticks(lines))  # the cycle counter lives in the gateway's tags


def test_a_timer_that_hangs_in_c_is_killed_and_the_timer_goes_on(make_gateway):
    """A real C-level hang, not a signal: on its second run the timer adds a 9-million-bit
    integer to a Decimal (CPython converts it in quadratic C code: minutes that the worker's own
    watchdog cannot interrupt). The gateway kills that worker at the time budget plus grace,
    logs the run as a failed timer script, and the next tick runs on a fresh worker, while
    another project answers throughout."""
    files = dict(PACKING)
    files["Pack/gateway/events/timer/cycle.py"] = '''
count = project.counters.cycle()
print "tick", count
if count == 2:
    import decimal
    reading = 1 << 9000000
    print "total", decimal.Decimal(0) + reading > 0
'''
    gateway = make_gateway(files, time_limit=1)
    lines: list[str] = []
    gateway.log.subscribe(lambda record: lines.append(str(record)))
    _wait(lines, lambda: 2 in _ticks(lines))
    attacked = time.monotonic()
    failure = "Error executing timer script Pack/timer/cycle\nworker killed: time budget exceeded (it ran past 1 s"
    answered = 0
    while not any(failure in line for line in lines):
        assert gateway.send_request("Mill", "ping", {"n": answered}).get() == answered
        answered += 1
        assert time.monotonic() - attacked < 60, "\n".join(lines[-30:])
    ended = time.monotonic() - attacked
    _wait(lines, lambda: _ticks(lines)[-1] >= 4)  # the timer goes on, on a fresh worker
    print(f"\nC-level hang in a timer script: killed {ended:.2f} s after its run started (budget 1 s, grace "
          f"0.5 s); another project answered {answered} requests meanwhile; ticks {_ticks(lines)[:5]}")
    assert answered > 0 and _ticks(lines)[:4] == [1, 2, 3, 4]
    assert not any("[gateway Pack/timer/cycle] total" in line for line in lines)


#: Two projects' gateway scripts and one legacy globals dictionary (as one Ignition JVM has):
#: a recipe cache filled by one project's startup script, read and extended by another's.
GLOBALS = {
    "_gateway/gateway.json": {"isolation": "process"},
    "Recipes/project.json": {"ignition": "7.9"},
    "Recipes/gateway/events/startup.py": '''
g = system.util.getGlobals()
g["recipes"] = {"bread": {"minutes": 40, "steps": ["mix", "proof", "bake"]}}
g["loadedBy"] = system.util.getProjectName()
g["log"] = system.util.getLogger("Recipes")  # a Java object: it cannot leave this worker
g["log"].info("recipes cached")
''',
    "Bakery/project.json": {"ignition": "7.9"},
    "Bakery/gateway/message/addRecipe.py": '''
def handleMessage(payload):
\tg = system.util.getGlobals()
\ttry:
\t\tg["recipes"][payload["name"]] = {"minutes": payload["minutes"], "steps": []}  # changed in place
\t\tg["recipes"]["bread"]["steps"].append("cool")
\t\tg["added"] = g.get("added", 0) + 1
\t\tif "scratch" in g:
\t\t\tdel g["scratch"]
\texcept Exception, e:
\t\tprint "cannot add: %s" % e
\treturn sorted(g["recipes"].keys())
''',
    "Bakery/gateway/message/show.py": '''
def handleMessage(payload):
\tg = system.util.getGlobals()
\treturn {"names": sorted(g["recipes"].keys()), "bread": g["recipes"]["bread"]["steps"],
\t        "added": g.get("added"), "by": g.get("loadedBy"), "log": "log" in g, "scratch": "scratch" in g}
''',
    "Bakery/gateway/message/show.json": {"threading": "dedicated"},
}


def test_get_globals_is_one_dictionary_for_every_projects_gateway_scripts(make_gateway):
    """8.x manual, ``system.util.getGlobals``: the dictionary "persists across the lifetime of
    the JVM"; 7.9 gives its scope as "All". In-process that is ``Gateway.globals``; isolated
    workers see it and change it through the gateway (runtime/isolation/globals.py)."""
    gateway = make_gateway(GLOBALS, start=False)
    lines: list[str] = []
    gateway.log.subscribe(lambda record: lines.append(str(record)))
    gateway.start()
    gateway.globals["scratch"] = "set in the gateway's own process"
    assert gateway.send_request("Bakery", "addRecipe", {"name": "rye", "minutes": 55}).get() == ["bread", "rye"]
    # "show" is dedicated: it runs on a second worker, which starts from the gateway's dictionary
    assert gateway.send_request("Bakery", "show").get() == {
        "names": ["bread", "rye"], "bread": ["mix", "proof", "bake", "cool"], "added": 1, "by": "Recipes",
        "log": False, "scratch": False}
    assert gateway.globals["recipes"]["rye"] == {"minutes": 55, "steps": []}
    # a worker killed and replaced: the entries are the gateway's, so they stay
    for pid in gateway.host("Bakery").worker_pids:
        os.kill(pid, signal.SIGKILL)
    _wait(lines, lambda: not gateway.host("Bakery").worker_pids)
    assert gateway.send_request("Bakery", "addRecipe", {"name": "spelt", "minutes": 50}).get() == \
        ["bread", "rye", "spelt"]
    assert gateway.globals["added"] == 2
    gateway.wait_idle()
    text = "\n".join(lines)
    assert "INFO  Recipes: recipes cached" in text
    warning = next(line for line in lines if "WARN  gateway.Globals" in line)
    print("\n" + warning)
    assert "[gateway Recipes] " in warning and "getGlobals()['log'] holds a " in warning
    assert "it stays in this worker process" in warning
