"""Migration testing: scenarios, ``shim record`` traces and ``shim diff``."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from runtime.cli import main
from runtime.projects.loader import load_projects
from runtime.tools.scenario import ScenarioError, load_scenario
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
    assert "no differences (5 handler runs compared)" in result.stderr


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
    ("{semantics: 9, steps: []}", "semantics must be one of 7.9, 8.1, not 9"),
    ("steps: [", "not valid YAML at line 1"),
])
def test_a_bad_scenario_is_one_line_naming_step_and_field(tmp_path, scenario, error):
    path = tmp_path / "bad.yaml"
    path.write_text(scenario)
    with pytest.raises(ScenarioError, match=re.escape(error)):
        load_scenario(path)
    result = invoke("record", path, "--projects", write_tree(tmp_path / "p", V1))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [result.stderr.strip()] and error in result.stderr


def test_semantics_in_the_scenario(folders, tmp_path):
    v1, _, _ = folders
    path = tmp_path / "s81.yaml"
    path.write_text('semantics: "8.1"\nsteps:\n  - send: {project: X, handler: echo, payload: {n: 1}, scope: G}\n')
    events = record(load_scenario(path), load_projects(v1, load_scenario(path).semantics))
    assert events[1]["error"].endswith("NameError: global name 'project' is not defined")
