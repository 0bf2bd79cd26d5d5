"""Event scripts from the command line: ``shim serve`` standalone with ``--duration`` and on
SIGTERM, ``--no-startup``, ``shim list``."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

from click.testing import CliRunner

from runtime.cli import main

SERVE_PROJECT = {
    "T/gateway/events/startup.py": "print 'line started'\n",
    "T/gateway/events/shutdown.py": "print 'line stopped'\n",
    "T/gateway/events/timer/tick.py": "print 'tick'\n",
    "T/gateway/events/timer/tick.json": {"delay": 200},
    "T/gateway/message/status.py": "def handleMessage(payload):\n\tprint 'status', system.util.getGlobals().get('up')\n",
    "T/gateway/events/tagchange/t.py": "pass\n",
    "T/gateway/events/tagchange/t.json": {"tags": ["[default]Line/Count"]},
}


def serve(root, *args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen([sys.executable, "-m", "runtime", "serve", "--name", "G", "--projects", str(root), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_serve_duration_runs_startup_timer_and_shutdown(make_projects):
    process = serve(make_projects(SERVE_PROJECT), "--duration", "3")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    lines = err.splitlines()
    ticks = lines.count("[gateway T/timer/tick] tick")
    assert 8 <= ticks <= 17  # about 15 in 3 s at 200 ms: a generous range for a busy machine
    assert lines.count("[gateway T/startup] line started") == 1
    assert lines.count("[gateway T/shutdown] line stopped") == 1
    assert lines.index("[gateway T/startup] line started") < lines.index("[gateway T/timer/tick] tick")
    last_tick = max(i for i, line in enumerate(lines) if line.endswith(" tick"))
    assert lines.index("[gateway T/shutdown] line stopped") > last_tick
    assert "gateway G ready (no Gateway Network)" in out


def test_serve_runs_shutdown_scripts_on_sigterm(make_projects):
    process = serve(make_projects(SERVE_PROJECT))
    assert process.stdout.readline().startswith("gateway G ready")
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert err.splitlines().count("[gateway T/shutdown] line stopped") == 1
    assert "stopped (SIGTERM)" in err


def test_send_runs_startup_first_unless_no_startup(make_projects):
    root = make_projects({**SERVE_PROJECT,
                          "T/gateway/events/startup.py": "system.util.getGlobals()['up'] = True\nprint 'line started'\n"})
    ran = CliRunner().invoke(main, ["send", "T", "status", "--scope", "G", "--projects", str(root)])
    assert ran.exit_code == 0, ran.output
    assert "[gateway T/startup] line started" in ran.stderr and "status True" in ran.stderr
    assert "tick" not in ran.stderr  # timers run only in shim serve
    skipped = CliRunner().invoke(main, ["send", "T", "status", "--scope", "G", "--no-startup", "--projects", str(root)])
    assert "line started" not in skipped.stderr and "status None" in skipped.stderr


def test_run_runs_startup_first(make_projects, tmp_path):
    root = make_projects(SERVE_PROJECT)
    script = tmp_path / "s.py"
    script.write_text("print 'hello'\n")
    ran = CliRunner().invoke(main, ["run", str(script), "--project", "T", "--projects", str(root)])
    assert ran.exit_code == 0
    assert ran.stderr.index("line started") >= 0 and "hello" in ran.stdout


def test_list_shows_event_scripts(make_projects):
    root = make_projects(SERVE_PROJECT)
    listed = CliRunner().invoke(main, ["list", "--projects", str(root)])
    assert ("  gateway event scripts: shutdown, startup, tagchange/t [[default]Line/Count], "
            "timer/tick [every 200 ms, shared]") in listed.output
