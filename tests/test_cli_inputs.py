"""The command line's rough edges, as a user meets them: payloads typed the way a Jython user
types them, from a file or standard input; folders that hold no project; one line per problem,
exit status 2 and never a traceback."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from conftest import EXAMPLE, write_tree


def shim(*args, stdin=None, cwd=None):
    """The real command, as a user runs it; a traceback is always a bug."""
    done = subprocess.run([sys.executable, "-m", "runtime", *map(str, args)], capture_output=True,
                          text=True, timeout=120, input=stdin, cwd=cwd)
    assert "Traceback" not in done.stderr, done.stderr
    return done


ECHO = {"P/gateway/message/show.py": (
    "def handleMessage(payload):\n"
    "    keys = payload.keys()\n"
    "    keys.sort()\n"
    "    for k in keys:\n"
    "        print k, payload[k]\n"
    "    return len(keys)\n")}


@pytest.fixture
def echo(tmp_path):
    return write_tree(tmp_path / "projects", ECHO)


@pytest.mark.parametrize("payload, printed", [
    ('{"line": 3, "name": "TK-101"}', ["line 3", "name TK-101"]),
    ("{'line': 3, 'name': u'TK-101', 'on': True, 'off': None}", ["line 3", "name TK-101", "off None", "on True"]),
    ("null", []),
    ("None", []),
])
def test_payload_as_json_or_python_literal(echo, payload, printed):
    done = shim("send", "P", "show", "--scope", "G", "--payload", payload, "--projects", echo)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [f"[gateway P/show] {line}" for line in printed]


def test_payload_from_a_file_and_from_standard_input(echo, tmp_path):
    file = tmp_path / "payload.json"
    file.write_text('{"line": 7}\n')
    done = shim("request", "P", "show", "--payload", f"@{file}", "--projects", echo)
    assert (done.returncode, done.stdout) == (0, "1\n")
    done = shim("send", "P", "show", "--scope", "G", "--payload", "-", "--projects", echo, stdin="{'line': 8}")
    assert done.returncode == 0 and done.stderr == "[gateway P/show] line 8\n"


@pytest.mark.parametrize("payload, error", [
    ("{line: 3}", "Error: --payload is neither JSON nor a Python literal: Expecting property name enclosed "
                  "in double quotes (line 1, column 2); quote strings, as in {'key': 'text'}"),
    ("{'a': 1,, 'b': 2}", "Error: --payload is neither JSON nor a Python literal: invalid syntax (line 1, column 9)"),
    ("[1, 2]", "Error: --payload must be an object like '{\"key\": 1}' or {'key': 1}, not a list"),
    ("'text'", "Error: --payload must be an object like '{\"key\": 1}' or {'key': 1}, not a string"),
    ("@/no/such/payload.json", "Error: --payload: cannot read /no/such/payload.json: No such file or directory"),
    ("  ", "Error: --payload is empty (expected an object like '{\"key\": 1}')"),
    ("{'f': open('x')}", "Error: --payload is neither JSON nor a Python literal: Expecting property name "
                         "enclosed in double quotes (line 1, column 2); quote strings, as in {'key': 'text'}"),
])
def test_a_bad_payload_is_one_line_naming_the_position(echo, payload, error):
    done = shim("send", "P", "show", "--payload", payload, "--projects", echo)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == error + "\n"


def test_a_bad_payload_file_names_the_file(echo, tmp_path):
    file = tmp_path / "bad.json"
    file.write_text('{\n  "a": 1\n  "b": 2\n}\n')
    done = shim("request", "P", "show", "--payload", f"@{file}", "--projects", echo)
    assert done.returncode == 2
    assert done.stderr == (f"Error: --payload @{file} is neither JSON nor a Python literal: "
                           "Expecting ',' delimiter (line 3, column 3)\n")


def test_a_folder_that_holds_no_project_is_refused(tmp_path):
    """Pointed at a source tree (shim's own runtime/), every command used to list its subfolders
    as empty projects; now it is one line and exit 2."""
    source_tree = write_tree(tmp_path / "src", {"pkg/core/a.py": "x = 1\n", "pkg/tools/b.py": "y = 2\n",
                                                 "notes/readme.txt": "hello"})
    for args in (["list"], ["check"], ["send", "X", "h"], ["request", "X", "h"], ["console"]):
        done = shim(*args, "--projects", source_tree, stdin="")
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr == (f"Error: {source_tree} holds no project (a project is a folder with project.json, "
                               "gateway/, client/, perspective/ or library/; or give an Ignition export)\n")
    scenario = tmp_path / "s.yaml"
    scenario.write_text("steps:\n  - send: {project: X, handler: testHandler}\n")
    done = shim("diff", scenario, "--projects", EXAMPLE, "--against", source_tree)
    assert done.returncode == 2 and "holds no project" in done.stderr and done.stderr.count("\n") == 1
    only_gateway = write_tree(tmp_path / "gw", {"_gateway/gateway.json": {"hostName": "plant"}})
    assert shim("list", "--projects", only_gateway).returncode == 0


def test_dir_of_system_lists_the_namespaces(tmp_path):
    script = tmp_path / "d.py"
    script.write_text("names = dir(system)\nprint 'util' in names, 'tag' in names, 'db' in names\n"
                      "print len(names) > 20, names == sorted(names)\nprint 'getLogger' in dir(system.util)\n")
    done = shim("run", script, "--projects", EXAMPLE, "--project", "X")
    assert (done.returncode, done.stdout) == (0, "True True True\nTrue True\nTrue\n")


def test_bench_has_help_and_a_list():
    bench = [sys.executable, "-m", "runtime.bench"]
    done = subprocess.run([*bench, "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("usage: python -m runtime.bench")
    assert "--list" in done.stdout and "unknown" not in done.stdout + done.stderr
    done = subprocess.run([*bench, "--list"], capture_output=True, text=True, timeout=60)
    names = [line.split()[0] for line in done.stdout.splitlines()]
    assert done.returncode == 0 and names == ["dispatch", "throughput", "sandbox", "jython", "fanout", "load", "memory", "startup",
                                            "network", "assess", "realsize", "pylib"]
    assert all(len(line.split(None, 1)[1]) > 20 for line in done.stdout.splitlines())
    done = subprocess.run([*bench, "nope"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.startswith("unknown benchmark(s): nope; choose from dispatch")


SETTINGS = {
    "Plant/gateway/message/recalc.py": "print 'recalculated', payload.get('line')\n",
    "Plant/gateway/message/report.py": "print 'report'\n",
    "Plant/gateway/message/report.json": {"threading": "edt"},
}


def test_a_bad_handler_settings_file_disables_only_that_handler(tmp_path):
    root = write_tree(tmp_path / "projects", SETTINGS)
    done = shim("send", "Plant", "recalc", "--scope", "G", "--payload", "{'line': 3}", "--projects", root)
    assert done.returncode == 0 and done.stderr.splitlines()[-1] == "[gateway Plant/recalc] recalculated 3"
    assert "WARN  gateway.ProjectManager: " in done.stderr and "(handler gateway/report disabled)" in done.stderr
    done = shim("send", "Plant", "report", "--scope", "G", "--projects", root)
    assert done.returncode == 1
    assert re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} ", "", done.stderr).splitlines()[-1] == (
        f'[gateway Plant/report] ERROR gateway.MessageHandler: The message handler "report" is disabled: '
                           f"{root}/Plant/gateway/message/report.json: threading must be one of shared, dedicated "
                           "for gateway handlers, not 'edt'")


def test_check_reads_every_settings_file(tmp_path):
    root = write_tree(tmp_path / "projects", {
        **SETTINGS,
        "Broken/project.json": '{"title": "Line 2",\n "ignition": 9}',
        "Broken/gateway/message/h.py": "print 1\n",
        "_gateway/tags.json": '{"Tank1": {"Level": 3}',
        "_gateway/db.json": {"datasources": {"Plant": {"path": "plant.db"}}},
        "_gateway/users.json": {"users": ["bob"]},
    })
    done = shim("check", "--projects", root)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[:-1] == [
        f"{root}/Broken/project.json:1: bad-settings: \"ignition\" must be \"7.9\" or \"8.1\", not 9",
        f"{root}/Plant/gateway/message/report.json:1: bad-settings: threading must be one of shared, dedicated "
        "for gateway handlers, not 'edt' (handler gateway/report disabled)",
        f"{root}/_gateway/users.json:1: bad-settings: \"users\" must be an object of name -> {{password, roles}}",
        f"{root}/_gateway/tags.json:1: bad-settings: invalid JSON at line 1: Expecting ',' delimiter",
        f"{root}/_gateway/db.json:1: bad-settings: datasource 'Plant' needs a \"url\"",
    ]
    assert lines[-1].startswith("3 scripts: 3 ok, 0 need attention (") and lines[-1].endswith("; 5 settings file problem(s)")
    rows = [json.loads(line) for line in shim("check", "--projects", root, "--json").stdout.splitlines()]
    assert [r["status"] for r in rows].count("bad-settings") == 5
    assert {"file": f"{root}/_gateway/tags.json", "status": "bad-settings", "line": 1,
            "message": "invalid JSON at line 1: Expecting ',' delimiter"} in rows


def test_request_prints_a_dataset_as_a_table_or_json_rows(tmp_path):
    root = write_tree(tmp_path / "projects", {"P/gateway/message/levels.py": (
        "rows = [['T1', 3.5], [u'Tank 2', None]]\n"
        "return system.dataset.toDataSet(['tank', 'level'], rows)\n")})
    done = shim("request", "P", "levels", "--projects", root)
    assert done.returncode == 0
    assert done.stdout.splitlines() == ["Dataset [2R x 2C]", "row | tank   | level", "----+--------+------",
                                        "0   | T1     | 3.5", "1   | Tank 2 | None"]
    done = shim("request", "P", "levels", "--json", "--projects", root)
    assert json.loads(done.stdout) == [{"tank": "T1", "level": 3.5}, {"tank": "Tank 2", "level": None}]


def test_a_project_with_a_bad_project_json_does_not_stop_the_others(tmp_path):
    root = write_tree(tmp_path / "projects", {
        "Line/gateway/message/h.py": "print 'line ok'",
        "Broken/gateway/message/h.py": "print 'never'",
        "Broken/project.json": '{"ignition": "8.1",}',
    })
    done = shim("send", "Line", "h", "--scope", "G", "--projects", root)
    assert done.returncode == 0 and "[gateway Line/h] line ok" in done.stderr.splitlines()
    assert f"ERROR gateway.ProjectManager: project 'Broken' not loaded: {root}/Broken/project.json: invalid JSON" \
        in done.stderr
    done = shim("send", "Broken", "h", "--scope", "G", "--projects", root)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1].startswith(f"Error: project 'Broken' did not load: {root}/Broken/project.json")
    listed = shim("list", "--projects", root)
    assert listed.returncode == 0 and "Line (Ignition 7.9)" in listed.stdout
    assert f"warning: project 'Broken' not loaded: {root}/Broken/project.json: invalid JSON" in listed.stderr
    checked = shim("check", "--projects", root)
    assert checked.returncode == 1 and f"{root}/Broken/project.json:1: bad-settings: invalid JSON" in checked.stdout
