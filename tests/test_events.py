"""Event scripts on the gateway and in client sessions: startup, shutdown, timers, tag change,
scheduled, keystroke and menu scripts (Ignition 8.1 manual, "Gateway Event Scripts" and
"Client Event Scripts"; 7.9 "Client and Gateway Event Scripts"; "Tag Change Scripts").

The scripts are written as plant code is: long bodies, loggers, ``except Exception, e:``, shared
helpers in the project library, state kept in tags and ``system.util.getGlobals()``.
"""
from __future__ import annotations

import threading
from datetime import datetime

import pytest

from runtime.core.errors import ProjectError
from runtime.execution.clock import VirtualClock
from runtime.gateway import Gateway
from runtime.projects.loader import load_projects

TAGS = {"_gateway/tags.json": {"Line/Count": 0, "Line/State": "idle", "Line/Alarm": False}}

LINE_LIBRARY = '''
import system

def logger():
\treturn system.util.getLogger("Line")

def bump(path, by=1):
\t"""Read a counter tag, add to it, write it back; returns the new value."""
\tlog = logger()
\ttry:
\t\tcurrent = system.tag.read(path).value
\t\tsystem.tag.write(path, current + by)
\t\tlog.debug("bumped %s to %s" % (path, current + by))
\t\treturn current + by
\texcept Exception, e:
\t\tlog.error("cannot bump %s: %s" % (path, e))
\t\treturn None
'''

STARTUP = '''
# Gateway startup: initialise what the handlers rely on
g = system.util.getGlobals()
g["lineReady"] = True
g["started"] = g.get("started", 0) + 1
system.tag.write("[default]Line/State", "running")
logger = system.util.getLogger("Startup")
logger.info("line initialised")
'''

STATUS_HANDLER = '''def handleMessage(payload):
\tg = system.util.getGlobals()
\tstate = system.tag.read("[default]Line/State").value
\tprint "ready=%s state=%s" % (g.get("lineReady"), state)
'''

TIMER = '''
# poll the line every second; count cycles in a tag
count = project.line.bump("[default]Line/Count")
if count is not None and count % 2 == 0:
\tprint "even cycle", count
else:
\tprint "odd cycle", count
'''

TAG_CHANGE = '''
path = str(event.tagPath)
name = event.tagPath.itemName
if initialChange:
\tprint "subscribed %s = %s (run %d)" % (name, newValue.value, executionCount)
else:
\tprint "%s changed %s -> %s (run %d)" % (name, previousValue.value, newValue.value, executionCount)
\tif newValue.value >= 3:
\t\tsystem.tag.write("[default]Line/Alarm", True)
'''


def line_project(extra: dict | None = None, semantics: str = "7.9") -> dict:
    files = {
        **TAGS,
        "Line/project.json": {"ignition": semantics},
        "Line/library/line.py": LINE_LIBRARY,
        "Line/gateway/events/startup.py": STARTUP,
        "Line/gateway/events/shutdown.py": 'print "line stopping at", system.tag.read("[default]Line/Count").value\n',
        "Line/gateway/message/status.py": STATUS_HANDLER,
        "Line/gateway/events/timer/poll.py": TIMER,
        "Line/gateway/events/timer/poll.json": {"delay": 1000},
        "Line/gateway/events/tagchange/count.py": TAG_CHANGE,
        "Line/gateway/events/tagchange/count.json": {"tags": ["[default]Line/Count"], "triggers": ["value"]},
    }
    if semantics == "8.1":  # 8.x: the library by its own name
        files["Line/gateway/events/timer/poll.py"] = TIMER.replace("project.line", "line")
    files.update(extra or {})
    return files


def outputs(gateway: Gateway) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    gateway.log.on_run(lambda run: runs.extend((run.handler, line) for line in run.output))
    return runs


# -- startup and shutdown ------------------------------------------------------------------


def test_startup_runs_before_the_first_message(make_projects):
    """Ignition runs a project's startup script when the gateway starts it, before handlers
    take messages: the handler sees what the startup script initialised."""
    root = make_projects(line_project())
    gateway = Gateway(root)  # async workers: the message is queued the moment it is sent
    runs = outputs(gateway)
    try:
        gateway.send_message("Line", "status", {}, scope="G")
        gateway.wait_idle()
    finally:
        gateway.close()
    assert ("status", "ready=True state=running") in runs


def test_shutdown_runs_when_the_gateway_stops_and_startup_only_once(make_gateway):
    gateway = make_gateway(line_project(), synchronous=True, clock="virtual", start=False)
    runs = outputs(gateway)
    gateway.start()
    gateway.start()  # a second start is a no-op
    gateway.close()
    gateway.close()
    kinds = [handler for handler, _ in runs]
    assert kinds.count("shutdown") == 1
    assert runs[-1] == ("shutdown", "line stopping at 0")
    assert gateway.globals["started"] == 1


def test_no_startup_when_asked(make_gateway):
    gateway = make_gateway(line_project(), synchronous=True, start=False)
    runs = outputs(gateway)
    gateway.send_message("Line", "status", {}, scope="G")
    assert runs == [("status", "ready=None state=idle")]


# -- timers and tag change ------------------------------------------------------------------


def test_timer_writes_a_tag_and_the_tag_change_script_reacts(make_gateway):
    """The chain a plant relies on: a timer script writes a tag, a tag change script on that
    tag runs with the values Ignition passes (initialChange, newValue, previousValue, event,
    executionCount), and its own write lands."""
    gateway = make_gateway(line_project(), synchronous=True, clock="virtual", start=False)
    runs = outputs(gateway)
    gateway.start()
    assert runs[-1] == ("tagchange/count", "subscribed Count = 0 (run 1)")
    assert gateway.advance(3.5) == 3  # due at 1, 2, 3 s
    assert [line for handler, line in runs if handler == "timer/poll"] == [
        "odd cycle 1", "even cycle 2", "odd cycle 3"]
    changes = [line for handler, line in runs if handler == "tagchange/count"]
    assert changes == ["subscribed Count = 0 (run 1)", "Count changed 0 -> 1 (run 2)",
                       "Count changed 1 -> 2 (run 3)", "Count changed 2 -> 3 (run 4)"]
    from runtime.backends.tagseed import tag_system
    assert tag_system(gateway).read("[default]Line/Alarm").value is True


def test_tag_change_triggers_value_only_ignores_rewrites_of_the_same_value(make_gateway):
    gateway = make_gateway(line_project(), synchronous=True, clock="virtual")
    runs = outputs(gateway)
    host = gateway.host("Line")
    host.run_source('system.tag.write("[default]Line/Count", 0)\nsystem.tag.write("[default]Line/Count", 5)\n', "<test>")
    assert [line for handler, line in runs if handler == "tagchange/count"] == ["Count changed 0 -> 5 (run 2)"]


def test_timer_runs_on_a_real_clock_without_overlapping_itself(make_gateway):
    """A timer slower than its delay never runs twice at once and never piles up runs: a
    fixed-rate timer that overran starts its next run once, right away (generous bounds:
    the machine may be busy)."""
    gateway = make_gateway({
        "Slow/project.json": {"ignition": "8.1"},
        "Slow/gateway/events/timer/slow.py": (
            "import time\n"
            "g = system.util.getGlobals()\n"
            "g['running'] = g.get('running', 0) + 1\n"
            "g['most'] = max(g.get('most', 0), g['running'])\n"
            "time.sleep(0.15)\n"
            "g['runs'] = g.get('runs', 0) + 1\n"
            "g['running'] -= 1\n"),
        "Slow/gateway/events/timer/slow.json": {"delay": 20, "fixedRate": True},
    })
    finished = threading.Event()
    gateway.log.on_run(lambda run: gateway.globals.get("runs", 0) >= 4 and finished.set())
    assert finished.wait(10)
    gateway.close()
    assert gateway.globals["most"] == 1
    # 20 ms fixed rate for >= 0.6 s would be 30+ runs if missed runs were caught up
    assert gateway.globals["runs"] <= 8


def _slow_scripts(gateway: Gateway, seconds: float) -> None:
    """Each event script run takes ``seconds`` of virtual time (a slow script)."""
    events = gateway.host("T").events
    original = events.run

    def slow_run(spec, variables=None, payload=None):
        run = original(spec, variables, payload)
        gateway.clock.now += seconds
        return run
    events.run = slow_run


@pytest.mark.parametrize("fixed_rate, starts", [
    (False, [0.1, 0.5, 0.9]),        # fixed delay: 0.1 s from the end of one run to the next
    (True, [0.1, 0.4, 0.7, 1.0]),    # fixed rate overrun: the next starts as the last ends
])
def test_fixed_delay_and_fixed_rate(make_gateway, fixed_rate, starts):
    gateway = make_gateway({
        "T/gateway/events/timer/t.py": "print 'tick'\n",
        "T/gateway/events/timer/t.json": {"delay": 100, "fixedRate": fixed_rate},
    }, synchronous=True, clock="virtual", start=False)
    seen: list[float] = []
    gateway.log.on_run(lambda run: seen.append(round(gateway.clock.now, 3)))
    _slow_scripts(gateway, 0.3)
    gateway.start()
    gateway.advance(1.0)
    assert seen == starts


def test_dedicated_timer_runs_on_its_own_thread(make_gateway):
    gateway = make_gateway({
        "T/gateway/events/timer/own.py": "print 'own thread'\n",
        "T/gateway/events/timer/own.json": {"delay": 500, "threading": "dedicated"},
        "T/gateway/events/timer/shared.py": "print 'shared thread'\n",
        "T/gateway/events/timer/shared.json": {"delay": 500},
    }, clock="virtual")
    threads: dict[str, str] = {}
    gateway.log.on_run(lambda run: threads.__setitem__(run.handler, threading.current_thread().name))
    gateway.advance(0.5)
    assert threads["timer/own"].startswith("shim-dedicated-")
    assert threads["timer/shared"].startswith("shim-worker-")


def test_disabled_timer_does_not_run(make_gateway):
    gateway = make_gateway({
        "T/gateway/events/timer/off.py": "print 'never'\n",
        "T/gateway/events/timer/off.json": {"delay": 100, "enabled": False},
    }, synchronous=True, clock="virtual")
    runs = outputs(gateway)
    gateway.advance(5)
    assert runs == []


def test_scheduled_script_follows_its_cron_expression(make_projects):
    """8.1 scheduled scripts: every 15 minutes from 06:00 for an hour is 4 runs."""
    root = make_projects({
        "S/project.json": {"ignition": "8.1"},
        "S/gateway/events/scheduled/report.py": (
            "now = system.date.now()\n"
            "print 'shift report'\n"),
        "S/gateway/events/scheduled/report.json": {"cron": "*/15 * * * *"},
    })
    gateway = Gateway(root, synchronous=True, clock=VirtualClock(datetime(2026, 3, 2, 5, 59, 30)))
    runs = outputs(gateway)
    fired = []
    gateway.log.on_run(lambda run: fired.append(gateway.clock.wall().strftime("%H:%M")))
    gateway.advance(3600)
    gateway.close()
    assert fired == ["06:00", "06:15", "06:30", "06:45"]
    assert len(runs) == 4


def test_advance_needs_a_virtual_clock(make_gateway):
    gateway = make_gateway({"T/gateway/message/h.py": "pass\n"})
    with pytest.raises(ValueError, match="virtual"):
        gateway.advance(1)


# -- scoping ---------------------------------------------------------------------------------

SCOPING = '''
limit = 5
import math
def over(value):
\treturn value > limit
def root(value):
\treturn math.sqrt(value)
try:
\tprint "over:", over(7)
except NameError, e:
\tprint "NameError:", e
print "root:", root(16)
'''


def test_legacy_scoping_in_79_event_scripts(make_gateway):
    """Ignition 7: an event script's top-level names are locals, so functions it defines
    cannot see them; the unhandled one is logged with the user's line."""
    gateway = make_gateway({"P/gateway/events/startup.py": SCOPING}, synchronous=True, clock="virtual", start=False)
    runs = []
    gateway.log.on_run(runs.append)
    gateway.start()
    (run,) = runs
    # Python 2's print writes "over: " before it calls over(7), as Jython does
    assert run.output[0].startswith("over: NameError:") and "'limit' is not defined" in run.output[0]
    assert run.status == "error"
    assert 'line 7, in root' in run.error and "return math.sqrt(value)" in run.error
    assert "startup.py" in run.error


def test_standard_scoping_in_81_event_scripts(make_gateway):
    gateway = make_gateway({"P/project.json": {"ignition": "8.1"}, "P/gateway/events/startup.py": SCOPING},
                           synchronous=True, clock="virtual", start=False)
    runs = []
    gateway.log.on_run(runs.append)
    gateway.start()
    assert runs[0].output == ["over: True", "root: 4.0"]
    assert runs[0].status == "ok"


# -- failures -------------------------------------------------------------------------------


def test_a_failing_timer_is_logged_with_its_line_and_keeps_its_schedule(make_gateway):
    gateway = make_gateway({
        "T/gateway/events/timer/broken.py": "readings = [1, 2]\nprint 'reading', readings[5]\n",
        "T/gateway/events/timer/broken.json": {"delay": 1000},
        "T/gateway/events/timer/fine.py": "print 'still running'\n",
        "T/gateway/events/timer/fine.json": {"delay": 1000},
    }, synchronous=True, clock="virtual")
    records = []
    gateway.log.subscribe(records.append)
    runs = []
    gateway.log.on_run(runs.append)
    gateway.advance(2)
    errors = [r for r in records if r.level == "ERROR"]
    assert len(errors) == 2
    assert errors[0].message.startswith("Error executing timer script T/timer/broken")
    assert "broken.py\", line 2" in errors[0].message and "print 'reading', readings[5]" in errors[0].message
    assert [run.handler for run in runs if run.status == "ok"] == ["timer/fine", "timer/fine"]


def test_a_runaway_event_script_is_stopped(make_gateway):
    gateway = make_gateway({"T/gateway/events/startup.py": "while True:\n\tpass\n"},
                           synchronous=True, clock="virtual", time_limit=0.2, start=False)
    runs = []
    gateway.log.on_run(runs.append)
    gateway.start()
    assert runs[0].status == "error" and "time budget" in runs[0].error


# -- client sessions -------------------------------------------------------------------------

CLIENT = {
    **TAGS,
    "HMI/client/events/startup.py": (
        "g = system.util.getGlobals()\n"
        "g['screen'] = 'Overview'\n"
        "print 'client started for', system.security.getUsername()\n"),
    "HMI/client/events/shutdown.py": "print 'client closing'\n",
    "HMI/client/events/timer/clock.py": "print 'refresh', system.util.getGlobals()['screen']\n",
    "HMI/client/events/timer/clock.json": {"delay": 2000},
    "HMI/client/events/tagchange/alarm.py": (
        "if not initialChange and newValue.value:\n"
        "\tprint 'ALARM on', event.tagPath\n"),
    "HMI/client/events/tagchange/alarm.json": {"tags": ["[default]Line/Alarm"]},
    "HMI/client/events/keystroke/F1.py": "print 'help for', event.getKeyText()\n",
    "HMI/client/events/keystroke/save.py": "print 'saving', event.isControlDown()\n",
    "HMI/client/events/keystroke/save.json": {"key": "ctrl S"},
    "HMI/client/events/menu/Command/Logout.py": "print 'logout from', event.actionCommand\n",
    "HMI/client/message/noop.py": "pass\n",
}


def test_client_event_scripts_run_per_session(make_gateway):
    gateway = make_gateway(CLIENT, synchronous=True, clock="virtual")
    runs = []
    gateway.log.on_run(runs.append)
    bob = gateway.open_client("HMI", user="bob")
    amy = gateway.open_client("HMI", user="amy")
    gateway.advance(2)
    gateway.host("HMI").run_source('system.tag.write("[default]Line/Alarm", True)\n', "<test>")
    gateway.keystroke(bob, "F1")
    gateway.keystroke(bob, "Ctrl  s")
    gateway.menu(amy, "Command/Logout")
    gateway.close_session(bob)

    def lines(session):
        return [line for run in runs if run.session_id == session.id for line in run.output]
    assert lines(bob) == ["client started for bob", "refresh Overview", "ALARM on [default]Line/Alarm",
                          "help for f1", "saving True", "client closing"]
    assert lines(amy) == ["client started for amy", "refresh Overview", "ALARM on [default]Line/Alarm",
                          "logout from Logout"]
    assert all(run.context == "client" for run in runs)
    with pytest.raises(LookupError, match="no keystroke script"):
        gateway.keystroke(amy, "F9")
    gateway.advance(2)  # bob's timer stopped with his session
    assert lines(bob)[-1] == "client closing"


def test_client_sessions_opened_before_start_get_their_startup(make_gateway):
    gateway = make_gateway(CLIENT, synchronous=True, clock="virtual", start=False)
    runs = []
    gateway.log.on_run(runs.append)
    bob = gateway.open_client("HMI", user="bob")
    assert runs == []
    gateway.start()
    assert [run.handler for run in runs if run.session_id == bob.id] == ["startup", "tagchange/alarm"]


def test_reload_restarts_the_event_scripts(make_gateway):
    """Saving a project in Ignition restarts its scripts: shutdown, then the new startup."""
    gateway = make_gateway({"R/gateway/events/startup.py": "print 'v1'\n",
                            "R/gateway/events/shutdown.py": "print 'bye'\n"},
                           synchronous=True, clock="virtual", start=False)
    runs = outputs(gateway)
    gateway.start()
    (gateway.projects.root / "R/gateway/events/startup.py").write_text("print 'v2'\n")
    gateway.reload()
    assert runs == [("startup", "v1"), ("shutdown", "bye"), ("startup", "v2")]


# -- what scripts may touch ------------------------------------------------------------------

@pytest.mark.parametrize("attempt", [
    "event._path",
    "event.tagPath._text",
    "event.getTagPath().__init__.__globals__",
    "newValue.__class__.__mro__",
    "event.getValue.__self__",
])
def test_tag_change_objects_lead_nowhere(make_gateway, attempt):
    gateway = make_gateway({
        **TAGS,
        "E/gateway/events/tagchange/poke.py": f"x = {attempt}\nprint 'reached', x\n",
        "E/gateway/events/tagchange/poke.json": {"tags": ["[default]Line/Count"]},
    }, synchronous=True, clock="virtual", start=False)
    runs = []
    gateway.log.on_run(runs.append)
    gateway.start()
    assert runs[0].status == "error" and runs[0].output == []


def test_event_objects_are_read_only(make_gateway):
    gateway = make_gateway({
        **TAGS,
        "E/project.json": {"ignition": "8.1"},
        "E/gateway/events/tagchange/poke.py": "event.tagPath = 'x'\n",
        "E/gateway/events/tagchange/poke.json": {"tags": ["[default]Line/Count"]},
    }, synchronous=True, clock="virtual", start=False)
    runs = []
    gateway.log.on_run(runs.append)
    gateway.start()
    assert runs[0].status == "error"


# -- the layout ------------------------------------------------------------------------------

@pytest.mark.parametrize("files, message", [
    ({"P/gateway/events/timer/t.py": "pass\n"}, '"delay" must be'),
    ({"P/gateway/events/timer/t.py": "pass\n", "P/gateway/events/timer/t.json": {"delay": 100, "threading": "edt"}},
     "threading must be shared or dedicated"),
    ({"P/gateway/events/tagchange/t.py": "pass\n", "P/gateway/events/tagchange/t.json": {"tags": "[default]A"}},
     '"tags" must list'),
    ({"P/gateway/events/tagchange/t.py": "pass\n",
      "P/gateway/events/tagchange/t.json": {"tags": ["[default]A"], "triggers": ["always"]}}, '"triggers"'),
    ({"P/gateway/events/scheduled/s.py": "pass\n", "P/gateway/events/scheduled/s.json": {"cron": "every day"}},
     '"cron" must be a cron expression'),
    ({"P/gateway/events/keystroke/k.py": "pass\n"}, "not a gateway event script"),
    ({"P/client/events/scheduled/s.py": "pass\n"}, "not a client event script"),
    ({"P/gateway/events/startup.py": "# nothing\n"}, "the startup script is empty"),
    ({"P/gateway/events/timer/t.json": {"delay": 100}}, "with no script"),
    ({"P/gateway/events/timer/t.py": "pass\n", "P/gateway/events/timer/t.json": {"delay": 100, "rate": 1}},
     "unknown setting"),
])
def test_bad_event_script_files_name_the_file(make_projects, files, message):
    """The project does not load (the others of the folder do) and its problem names the file."""
    loaded = load_projects(make_projects({**files, "Other/gateway/message/h.py": "pass\n"}))
    assert list(loaded.projects) == ["Other"]
    with pytest.raises(ProjectError, match=message):
        loaded.require("P")


def test_the_layout_loads(make_projects):
    project = load_projects(make_projects({**line_project(), **{f"Line/{k[4:]}": v for k, v in CLIENT.items()
                                                                if k.startswith("HMI/")}})).projects["Line"]
    gateway = {spec.label: spec for spec in project.event_scripts("gateway")}
    assert sorted(gateway) == ["shutdown", "startup", "tagchange/count", "timer/poll"]
    assert gateway["timer/poll"].delay == 1.0 and not gateway["timer/poll"].fixed_rate
    assert gateway["tagchange/count"].tags == ("[default]Line/Count",)
    assert gateway["tagchange/count"].triggers == ("value",)
    client = {spec.label: spec for spec in project.event_scripts("client")}
    assert client["keystroke/save"].key == "ctrl s"
    assert client["menu/Command/Logout"].name == "Command/Logout"
