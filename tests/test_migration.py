"""Migration testing: scenarios, ``shim record`` traces and ``shim diff``."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from runtime.cli import main
from runtime.projects.loader import load_projects
from runtime.tools.scenario import ScenarioError, check_targets, load_scenario
from runtime.tools.trace import normaliser, record
from runtime.tools.tracediff import diff_traces

from conftest import write_tree

V1 = {
    "X/gateway/message/testHandler.py": (
        "print 'Gateway received:', payload['first'], payload['second']\n"
        "system.util.getLogger('app').warn('ratio %s' % (7 / 2))\n"
        "system.util.sendMessage('X', 'echo', {'n': 1}, scope='G')\n"),
    "X/gateway/message/echo.py": "print 'echo', payload['n'], project.util.twice(payload['n'])\n",
    "X/gateway/message/lineStatus.py": "return {'line': payload['line'], 'rate': 12.5 * payload['line']}\n",
    "X/client/message/testHandler.py": "print 'Client received:', payload['first'], system.util.getClientId()\n",
    "X/library/util.py": "def twice(x):\n    return x * 2\n",
}

SCENARIO = """
sessions:
  - {id: hmi1, kind: client, project: X, user: bob, roles: [Operator], hostName: HMI-1}
steps:
  - send: {project: X, handler: testHandler, payload: {first: Hello, second: World}}
  - request: {project: X, handler: lineStatus, payload: {line: 3}}
  - send: {project: X, handler: testHandler, payload: {first: a, second: b}, scope: C, clientSessionId: hmi1}
"""


@pytest.fixture
def folders(tmp_path):
    """Two versions of the projects (v2: one handler prints differently) and the scenario."""
    v1 = write_tree(tmp_path / "v1", V1)
    v2 = write_tree(tmp_path / "v2", {**V1, "X/gateway/message/testHandler.py":
                                      V1["X/gateway/message/testHandler.py"].replace("received:", "got:")})
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text(SCENARIO)
    return v1, v2, scenario


def invoke(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def test_record_writes_every_run_in_order(folders, tmp_path):
    v1, _, scenario = folders
    out = tmp_path / "trace.jsonl"
    result = invoke("record", scenario, "--projects", v1, "--out", out)
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(e["step"], e.get("run") or e["action"]) for e in events] == [
        (1, "send"), (1, "gateway X/testHandler"), (1, "gateway X/echo"), (1, "client hmi1 X/testHandler"),
        (2, "request"), (2, "gateway X/lineStatus"),
        (3, "send"), (3, "client hmi1 X/testHandler"),
    ]
    first = events[1]
    assert first["output"] == ["Gateway received: Hello World"]
    assert first["logs"] == ["WARN app: ratio 3"]
    assert first["sent"] == [{"kind": "message", "project": "X", "handler": "echo", "payload": {"n": 1},
                              "params": {"scope": "G"}}]
    assert events[3]["output"] == ["Client received: Hello hmi1"]  # the session id, normalised
    assert events[4]["value"] == {"line": 3, "rate": 37.5} and events[5]["result"] == events[4]["value"]
    assert "sessionId=hmi1," in events[6]["results"][0]
    assert events[6]["params"] == {"scope": "C", "clientSessionId": "hmi1"}


def test_diff_shows_exactly_the_changed_line_and_exits_1(folders):
    v1, v2, scenario = folders
    result = invoke("diff", scenario, "--projects", v1, "--against", v2)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"--- {v1}", f"+++ {v2}",
        "step 1: send X/testHandler",
        "  gateway X/testHandler",
        "    output:",
        "    - Gateway received: Hello World",
        "    + Gateway got: Hello World",
    ]


def test_identical_versions_exit_0(folders, tmp_path):
    v1, _, scenario = folders
    copy = write_tree(tmp_path / "copy", V1)
    result = invoke("diff", scenario, "--projects", v1, "--against", copy)
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "shim: no differences (5 handler runs compared, 0 failed on both sides, 0 differing)\n"


def test_one_project_under_79_and_81(folders):
    v1, _, scenario = folders
    result = invoke("diff", scenario, "--projects", v1, "--semantics", "7.9", "--against-semantics", "8.1")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[:2] == [f"--- {v1} (7.9)", f"+++ {v1} (8.1)"]
    # 8.1's default scope adds Perspective; its library is imported by name, so project.util fails
    assert any(line.startswith("  + type=Gateway,") and "scope=CGS" in line for line in lines)
    echo = lines.index("  gateway X/echo")
    assert lines[echo + 1:echo + 4] == ["    status:", "    - ok", "    + error"]
    assert "    + NameError: global name 'project' is not defined" in lines
    assert '    +   File "<projects>/X/gateway/message/echo.py", line 1, in handleMessage' in lines


def test_diff_of_two_recorded_traces(folders, tmp_path):
    v1, v2, scenario = folders
    for name, folder in (("a", v1), ("b", v2)):
        assert invoke("record", scenario, "--projects", folder, "--out", tmp_path / f"{name}.jsonl").exit_code == 0
    result = invoke("diff", tmp_path / "a.jsonl", tmp_path / "b.jsonl")
    assert result.exit_code == 1 and "    + Gateway got: Hello World" in result.stdout
    assert invoke("diff", tmp_path / "a.jsonl", tmp_path / "a.jsonl").exit_code == 0
    assert invoke("diff", tmp_path / "a.jsonl", tmp_path / "b.jsonl", "--against", v1).exit_code == 2


def test_runs_only_one_side_has_are_named(tmp_path):
    a = [{"step": 1, "action": "send", "project": "X", "handler": "h", "results": ["r"]},
         {"step": 1, "run": "gateway X/h", "status": "ok", "output": ["same"]}]
    b = a + [{"step": 1, "run": "perspective s1 X/h", "status": "ok", "output": ["new"]}]
    assert diff_traces(a, b, "old", "new") == [
        "--- old", "+++ new", "step 1: send X/h",
        "  only in new: perspective s1 X/h", "    + status: ok", "    + output: new"]


def test_normalisation(tmp_path):
    normalise = normaliser({"65F7A472": "hmi1"}, tmp_path / "projects")
    text = (f'File "{tmp_path}/projects/X/h.py" at 2024-03-01 12:30:05.123 on 65F7A472, '
            "Fri Mar 01 12:30:05 UTC 2024, <obj at 0x7f3a2b1c9d00>")
    assert normalise({"k": [text]}) == {"k": [
        'File "<projects>/X/h.py" at <time> on hmi1, <time>, <obj at 0x…>']}


@pytest.mark.parametrize("scenario, error", [
    ("steps: []", "'steps' is empty: nothing to run"),
    ("{steps: [{send: {project: X}}]}", "step 1 (send): 'handler' is required"),
    ("{steps: [{send: {project: X, handler: h, scop: C}}]}", "step 1 (send): unknown field 'scop' (expected"),
    ("{steps: [{sned: {}}]}", "step 1: expected one of send, request"),
    ("{steps: [{send: {project: X, handler: h}}, {request: {project: X, handler: h, timeout: -1}}]}",
     "step 2 (request): 'timeout' must be a positive number of seconds"),
    ("{steps: [{send: {project: X, handler: h, payload: [1]}}]}", "step 1 (send): 'payload' must be a mapping, not list"),
    ("{steps: [{send: {project: X, handler: h, clientSessionId: zz}}]}",
     "step 1 (send): clientSessionId 'zz' is not a session of the scenario (sessions: none)"),
    ("{sessions: [{id: a, project: X, kind: gui}], steps: [{send: {project: X, handler: h}}]}",
     "session 1: kind must be one of client, designer, perspective, not 'gui'"),
    ("{semantics: 9, steps: [{send: {project: X, handler: echo}}]}", "semantics must be one of 7.9, 8.1, not 9"),
    ("{steps: [{send: {project: X, handler: echo, scope: Q}}]}", "step 1 (send): scope 'Q' is not a scope"),
    ("{steps: [{request: {project: X, handler: echo, scope: CG}}]}", "step 1 (request): scope 'CG' is not a scope"),
    ("{steps: [{send: {project: NOPE, handler: echo}}]}", "step 1 (send): unknown project 'NOPE' in "),
    ("{steps: [{send: {project: X, handler: nope}}]}", "step 1 (send): project 'X' has no message handler 'nope'"),
    ("{sessions: [{id: a, project: NOPE}], steps: [{send: {project: X, handler: echo}}]}",
     "session 'a': unknown project 'NOPE' in "),
    ("steps: [", "not valid YAML at line 1"),
])
def test_a_bad_scenario_is_one_line_naming_step_and_field(tmp_path, scenario, error):
    path = tmp_path / "bad.yaml"
    path.write_text(scenario)
    with pytest.raises(ScenarioError, match=re.escape(error)):
        check_targets(load_scenario(path), [load_projects(write_tree(tmp_path / "p", V1))])
    result = invoke("record", path, "--projects", tmp_path / "p")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [result.stderr.strip()] and error in result.stderr


def test_semantics_in_the_scenario(folders, tmp_path):
    v1, _, _ = folders
    path = tmp_path / "s81.yaml"
    path.write_text('semantics: "8.1"\nsteps:\n  - send: {project: X, handler: echo, payload: {n: 1}, scope: G}\n')
    events = record(load_scenario(path), load_projects(v1, load_scenario(path).semantics))
    assert events[1]["error"].endswith("NameError: global name 'project' is not defined")


def shim(*args, stdin=None):
    """The real command, as a user runs it."""
    done = subprocess.run([sys.executable, "-m", "runtime", *map(str, args)], capture_output=True,
                          text=True, timeout=120, input=stdin)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_every_problem_of_a_scenario_is_one_line_and_nothing_runs(folders, tmp_path):
    """A scenario naming an unknown project, an invalid scope and a missing handler used to pass as
    "no differences (0 handler runs compared)"; now each is a line and nothing is recorded."""
    v1, v2, _ = folders
    bad = tmp_path / "bad.yaml"
    bad.write_text("steps:\n"
                   "  - send: {project: NOPE, handler: testHandler}\n"
                   "  - send: {project: X, handler: testHandler, scope: Q}\n"
                   "  - request: {project: X, handler: lineStatsu, timeout: 0}\n"
                   "  - send: {project: X, handler: nothere, hasRole: 3}\n")
    done = shim("diff", bad, "--projects", v1, "--against", v2)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"Error: {bad}: step 2 (send): scope 'Q' is not a scope (expected C, G or CG, and S in 8.1)",
        f"Error: {bad}: step 3 (request): 'timeout' must be a positive number of seconds",
        f"Error: {bad}: step 4 (send): 'hasRole' must be a string, not int",
    ]
    bad.write_text("steps:\n"
                   "  - send: {project: NOPE, handler: testHandler}\n"
                   "  - request: {project: X, handler: lineStatsu}\n")
    out = tmp_path / "trace.jsonl"
    done = shim("record", bad, "--projects", v1, "--out", out)
    assert done.returncode == 2 and not out.exists()
    assert done.stderr.splitlines() == [
        f"Error: {bad}: step 1 (send): unknown project 'NOPE' in {v1} (projects: X)",
        f"Error: {bad}: step 2 (request): project 'X' has no message handler 'lineStatsu'",
    ]


def test_a_handler_only_the_new_version_has_is_a_difference_not_a_bad_scenario(folders, tmp_path):
    v1, _, _ = folders
    v2 = write_tree(tmp_path / "v2b", {**V1, "X/gateway/message/added.py": "print 'new'\n"})
    scenario = tmp_path / "added.yaml"
    scenario.write_text("steps:\n  - send: {project: X, handler: added, scope: G}\n")
    result = invoke("diff", scenario, "--projects", v1, "--against", v2)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[2:7] == [
        "step 1: send X/added", "  gateway X/added", "    status:", "    - missing", "    + ok"]


FAILING = {**V1, "X/gateway/message/broken.py": "total = 0\nfor v in payload['values']:\n    total += v\n"}


def test_runs_that_fail_identically_are_counted_and_strict_shows_them(tmp_path):
    v1, v2 = write_tree(tmp_path / "a", FAILING), write_tree(tmp_path / "b", FAILING)
    scenario = tmp_path / "s.yaml"
    scenario.write_text("steps:\n" + "  - send: {project: X, handler: broken, scope: G}\n" * 3
                        + "  - send: {project: X, handler: echo, scope: G, payload: {n: 2}}\n")
    done = shim("diff", scenario, "--projects", v1, "--against", v2)
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == "shim: no differences (4 handler runs compared, 3 failed on both sides, 0 differing)\n"
    done = shim("diff", scenario, "--projects", v1, "--against", v2, "--strict")
    assert done.returncode == 1
    assert done.stdout.splitlines()[2:5] == [
        "step 1: send X/broken", "  gateway X/broken", "    failed on both sides: KeyError: 'values'"]
    assert done.stderr == ("shim: differences found (4 handler runs compared, 3 failed on both sides "
                           "(counted as differences: --strict), 3 differing)\n")


def test_record_to_an_unwritable_path_is_one_line_and_an_old_trace_survives(folders, tmp_path):
    v1, _, scenario = folders
    done = shim("record", scenario, "--projects", v1, "--out", tmp_path / "no" / "dir" / "z.jsonl")
    assert done.returncode == 2
    assert done.stderr == f"Error: cannot write {tmp_path}/no/dir/z.jsonl: folder {tmp_path}/no/dir does not exist\n"
    blocker = tmp_path / "file"
    blocker.write_text("")
    done = shim("record", scenario, "--projects", v1, "--out", blocker / "z.jsonl")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "cannot write" in done.stderr
    out = tmp_path / "trace.jsonl"
    assert invoke("record", scenario, "--projects", v1, "--out", out).exit_code == 0
    before = out.read_text()
    broken = tmp_path / "broken.yaml"
    broken.write_text("steps:\n  - send: {project: X, handler: testHandler, scope: Q}\n")
    assert invoke("record", broken, "--projects", v1, "--out", out).exit_code == 2
    assert out.read_text() == before and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
