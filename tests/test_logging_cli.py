"""The gateway log as Ignition's log viewer shows it, on the command line: time, level, logger
name, message and the caught exception's script traceback; ``--log-level`` as the root logger
level, ``--log-format json`` for machines (issue #22)."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from conftest import write_tree

#: ``[where] 2026-12-07 05:55:07.123 LEVEL logger: message``
RECORD = re.compile(r"^\[(?P<where>[^\]]+)\] (?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) "
                    r"(?P<level>[A-Z]+) +(?P<logger>\S+): (?P<message>.*)$")

RECIPES = {
    "Plant/project.json": {"ignition": "7.9"},
    "Plant/library/recipes.py": (
        "logger = system.util.getLogger('Plant.Recipes')\n"
        "\n"
        "def parse(row):\n"
        "    logger.debug('parsing %r' % (row,))\n"
        "    return int(row['qty'])\n"
        "\n"
        "def load(rows):\n"
        "    total = 0\n"
        "    for row in rows:\n"
        "        try:\n"
        "            total += parse(row)\n"
        "        except Exception, e:\n"
        "            logger.error('bad row %s' % row['id'], e)\n"
        "    logger.info('loaded %d units' % total)\n"
        "    if total > 10:\n"
        "        logger.warn('over capacity: %d' % total)\n"
        "    return total\n"),
    "Plant/gateway/message/load.py": (
        "def handleMessage(payload):\n"
        "    total = project.recipes.load(payload['rows'])\n"
        "    print 'total', total\n"),
}

PAYLOAD = json.dumps({"rows": [{"id": "a", "qty": "7"}, {"id": "b", "qty": "x"}, {"id": "c", "qty": "5"}]})


def send(root, *options):
    return subprocess.run([sys.executable, "-m", "runtime", "send", "Plant", "load", "--scope", "G",
                           "--payload", PAYLOAD, "--projects", str(root), *options],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def plant(tmp_path):
    return write_tree(tmp_path / "projects", RECIPES)


def records(stderr: str) -> list[dict]:
    """The log records of ``stderr`` (text form), with the lines that follow each (its traceback)."""
    found: list[dict] = []
    for line in stderr.splitlines():
        match = RECORD.match(line)
        if match:
            found.append({**match.groupdict(), "more": []})
        elif found and not line.startswith("[gateway Plant/load] total"):
            found[-1]["more"].append(line)
    return found


def test_records_show_time_level_logger_and_message_and_prints_stay_bare(plant):
    done = send(plant)
    assert done.returncode == 0, done.stderr
    shown = records(done.stderr)
    assert [(r["where"], r["level"], r["logger"], r["message"]) for r in shown] == [
        ("gateway Plant/load", "ERROR", "Plant.Recipes", "bad row b"),
        ("gateway Plant/load", "INFO", "Plant.Recipes", "loaded 12 units"),
        ("gateway Plant/load", "WARN", "Plant.Recipes", "over capacity: 12"),
    ]
    assert "[gateway Plant/load] total 12" in done.stderr.splitlines()


def test_the_exception_logged_with_a_record_shows_the_scripts_own_traceback(plant):
    error = records(send(plant).stderr)[0]
    assert error["more"] == [
        "Traceback (most recent call last):",
        f'  File "{plant}/Plant/library/recipes.py", line 11, in load',
        "    total += parse(row)",
        f'  File "{plant}/Plant/library/recipes.py", line 5, in parse',
        "    return int(row['qty'])",
        "ValueError: invalid literal for int() with base 10: 'x'",
    ]


def test_log_level_debug_records_debug_and_error_silences_info_and_warn(plant):
    debug = records(send(plant, "--log-level", "debug").stderr)
    assert [r["level"] for r in debug].count("DEBUG") == 3
    assert [r["message"] for r in debug if r["level"] == "DEBUG"][0] == "parsing {'qty': '7', 'id': 'a'}"  # Jython's order
    quiet = send(plant, "--log-level", "ERROR")
    assert [r["level"] for r in records(quiet.stderr)] == ["ERROR"]
    assert "[gateway Plant/load] total 12" in quiet.stderr.splitlines()  # prints are not log records


def test_set_logging_level_in_a_script_wins_over_the_root_level(tmp_path):
    root = write_tree(tmp_path / "projects", {
        "Plant/gateway/message/h.py": (
            "system.util.setLoggingLevel('Plant.Noisy', 'error')\n"
            "system.util.getLogger('Plant.Noisy').warn('hidden')\n"
            "system.util.getLogger('Plant.Other').debug('shown')\n")})
    done = subprocess.run([sys.executable, "-m", "runtime", "send", "Plant", "h", "--scope", "G",
                           "--projects", str(root), "--log-level", "DEBUG"],
                          capture_output=True, text=True, timeout=120)
    assert [(r["logger"], r["message"]) for r in records(done.stderr)] == [("Plant.Other", "shown")]


def test_log_format_json_is_one_object_per_record(plant):
    done = send(plant, "--log-format", "json")
    lines = [json.loads(line) for line in done.stderr.splitlines()]
    by_level = {line["level"]: line for line in lines if line["logger"] != "stdout"}
    assert set(by_level) == {"ERROR", "INFO", "WARN"}
    error = by_level["ERROR"]
    assert error["logger"] == "Plant.Recipes" and error["project"] == "Plant" and error["script"] == "load"
    assert error["where"] == "gateway Plant/load"
    assert error["message"].startswith("bad row b\nTraceback (most recent call last):")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", error["time"])
    printed = [line for line in lines if line["logger"] == "stdout"]
    assert [p["message"] for p in printed] == ["total 12"]


@pytest.mark.parametrize("command", ["send", "run", "serve", "client"])
def test_every_running_command_takes_the_log_options(command):
    done = subprocess.run([sys.executable, "-m", "runtime", command, "--help"], capture_output=True, text=True,
                          timeout=60)
    assert "--log-level" in done.stdout and "--log-format" in done.stdout


def test_a_bad_log_level_is_one_line_and_exit_2(plant):
    done = send(plant, "--log-level", "LOUD")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "'LOUD' is not one of" in done.stderr


def test_shim_run_logs_the_same_way(tmp_path):
    root = write_tree(tmp_path / "projects", {"Plant/gateway/message/h.py": "pass"})
    script = tmp_path / "probe.py"
    script.write_text("log = system.util.getLogger('Probe')\nlog.info('hello %s' % 'there')\nprint 'printed'\n")
    done = subprocess.run([sys.executable, "-m", "runtime", "run", str(script), "--projects", str(root)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout == "printed\n"
    assert [(r["level"], r["logger"], r["message"]) for r in records(done.stderr)] == [("INFO", "Probe", "hello there")]
