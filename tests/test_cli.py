"""The command line as a user types it: README's example, exit statuses, one-line errors."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from runtime.cli import main

from conftest import EXAMPLE, write_tree

LINE = re.compile(r"^[^\n]+\n$")


def shim(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "runtime", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=60)


def test_readme_example_prints_the_manuals_two_lines(tmp_path):
    done = shim("send", "X", "testHandler", "--payload", '{"first":"Hello","second":"World"}',
                "--client", "X", "--projects", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    gateway, client = done.stdout.splitlines()
    params = "filterParams={hostName=, clientSessionId=, scope=CG, user=, hasRole=},sendStatus=SENT"
    assert gateway == f"type=Gateway,project=X,messageHandler=testHandler,{params}"
    assert re.fullmatch(r"type=Client,sessionId=[0-9A-F]{8},clientAddress=,clientHostName=,"
                        rf"project=X,messageHandler=testHandler,{re.escape(params)}", client)
    session = client.split(",")[1].split("=")[1]
    assert sorted(done.stderr.splitlines()) == sorted([
        "[gateway X/testHandler] Gateway received: Hello World",
        f"[client {session} X/testHandler] Client received: Hello World",
    ])


def test_client_spec_with_filters():
    runner = CliRunner()
    result = runner.invoke(main, ["send", "X", "testHandler", "--payload", '{"first": 1, "second": 2}',
                                  "--client", "X,user=bob,roles=Admin|Ops,hostName=HMI,address=10.1.1.1,sessionId=0000ABCD",
                                  "--client", "X,user=amy", "--has-role", "Ops", "--projects", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "type=Client,sessionId=0000ABCD,clientAddress=10.1.1.1,clientHostName=HMI,project=X,messageHandler=testHandler,"
        "filterParams={hostName=, clientSessionId=, scope=C, user=, hasRole=Ops},sendStatus=SENT"]


def test_missing_handler_exits_1():
    result = CliRunner().invoke(main, ["send", "X", "nope", "--scope", "G", "--projects", str(EXAMPLE)])
    assert result.exit_code == 1
    assert 'The message handler "nope" could not be found!' in result.stderr


def test_failing_handler_exits_1_and_shows_its_line(make_projects):
    root = make_projects({"P/gateway/message/h.py": "x = 1\ny = payload['missing']\n"})
    result = CliRunner().invoke(main, ["send", "P", "h", "--scope", "G", "--projects", str(root)])
    assert result.exit_code == 1
    assert f'File "{root}/P/gateway/message/h.py", line 2, in handleMessage' in result.stderr
    assert "    y = payload['missing']" in result.stderr and "KeyError: 'missing'" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["send", "Nope", "h"], "unknown project 'Nope'"),
    (["send", "X", "h", "--payload", "{bad"], "--payload is neither JSON nor a Python literal"),
    (["send", "X", "h", "--payload", "[1, 2]"], "--payload must be an object like"),
    (["send", "X", "h", "--scope", "Z"], "Invalid scope 'Z'"),
    (["send", "X", "h", "--client", "X,colour=red"], "unknown option 'colour=red'"),
    (["send", "X", "h", "--client", "X,sessionId=xyz"], "sessionId must be 8 uppercase hex digits"),
    (["send", "X", "h", "--client", "Nope"], "unknown project 'Nope'"),
    (["send", "X", "h", "--projects", "/no/such/folder"], "projects folder not found"),
    (["check", "--projects", "/no/such/folder"], "projects folder not found"),
])
def test_bad_input_is_one_line_and_exit_2(args, message):
    if "--projects" not in args:
        args = args + ["--projects", str(EXAMPLE)]
    done = shim(*args)
    assert done.returncode == 2, done
    assert LINE.match(done.stderr) and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_check_reports_per_file_and_exits_1_on_problems(make_projects):
    root = make_projects({
        "P/gateway/message/ok.py": "print 'fine'",
        "P/gateway/message/bad.py": "x = 1\nprint 'a' +\n",
        "P/library/refused.py": "def f():\n    _getattr_ = 1\n",
    })
    result = CliRunner().invoke(main, ["check", "--projects", str(root), "--json"])
    assert result.exit_code == 1
    rows = {json.loads(line)["file"].split("/P/")[1]: json.loads(line) for line in result.stdout.splitlines()}
    assert rows["gateway/message/ok.py"] == {"file": str(root / "P/gateway/message/ok.py"), "status": "ok"}
    assert rows["gateway/message/bad.py"]["status"] == "syntax-error" and rows["gateway/message/bad.py"]["line"] == 2
    assert rows["library/refused.py"]["status"] == "sandbox-refusal" and rows["library/refused.py"]["line"] == 2
    text = CliRunner().invoke(main, ["check", "--projects", str(root)])
    assert "3 scripts: 1 ok, 2 need attention" in text.stdout


def test_check_example_is_clean():
    result = CliRunner().invoke(main, ["check", "--projects", str(EXAMPLE)])
    assert result.exit_code == 0 and "0 need attention" in result.stdout


def test_list_shows_handlers_per_context_and_library():
    result = CliRunner().invoke(main, ["list", "--projects", str(EXAMPLE)])
    assert result.exit_code == 0
    assert "X (Ignition 7.9)" in result.stdout
    assert "  gateway message handlers: lineStatus [shared], recordLevel [shared], testHandler [shared]" in result.stdout
    assert "  perspective message handlers: notify [shared]" in result.stdout
    assert "  library: shifts" in result.stdout


def test_request_prints_the_return_value():
    result = CliRunner().invoke(main, ["request", "X", "lineStatus", "--payload", '{"line": 2}', "--projects", str(EXAMPLE)])
    assert result.exit_code == 0 and json.loads(result.stdout) == {"line": 2, "rate": 25.0, "status": "running"}


def test_request_to_a_missing_handler_exits_1():
    result = CliRunner().invoke(main, ["request", "X", "nope", "--projects", str(EXAMPLE)])
    assert result.exit_code == 1 and 'The message handler "nope" could not be found!' in result.stderr


def test_perspective_example():
    result = CliRunner().invoke(main, ["send", "Ops", "notify", "--payload", '{"alarm": "TK-101 high"}',
                                       "--perspective", "Ops,user=ann,sessionId=0000BEEF", "--scope", "S",
                                       "--projects", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert result.stderr == "[perspective 0000BEEF Ops/notify] ann: alarm TK-101 high on day shift (alerts this session: 1)\n"


def test_check_reports_the_same_in_the_same_order_for_any_number_of_jobs(tmp_path):
    """``shim check --jobs 2`` hands the scripts to two worker processes (40 to translate: enough
    for two); its report is line for line the one of ``--jobs 1``, cold and from the cache."""
    files: dict[str, object] = {"Old/project.json": {"ignition": "7.9"}}
    for n in range(40):
        body = "def area%d(rows):\n    total = 0\n    for r in rows:\n        total += r['v']\n" % n
        if n % 7 == 3:
            body += "    print 'total' +\n"  # a syntax error on line 5
        elif n % 7 == 5:
            body += "    return {r['k'] for r in rows}\n"  # a set literal: 7.9 warns
        else:
            body += "    return total\n"
        files[f"{'Old' if n % 2 else 'New'}/library/area{n:02d}.py"] = body
    root = write_tree(tmp_path / "projects", files)

    def report(jobs: int, cache: str, *options: str) -> tuple[int, list[str]]:
        done = subprocess.run([sys.executable, "-m", "runtime", "check", "--projects", str(root), "--jobs", str(jobs),
                               *options], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "SHIM_CACHE_DIR": str(tmp_path / cache)})
        assert "Traceback" not in done.stderr, done.stderr
        lines = done.stdout.splitlines()
        return done.returncode, lines if options else lines[:-1] + [lines[-1].split(" (")[0]]

    one = report(1, "cache1", "--json")
    assert one[0] == 1 and len(one[1]) == 40
    assert [json.loads(line)["status"] for line in one[1]].count("syntax-error") == 6
    assert report(2, "cache2", "--json") == one  # cold: 40 translated by two workers
    assert report(2, "cache2", "--json") == one  # every script from the cache
    text = report(1, "cache1")
    assert text[1][-1] == "40 scripts: 34 ok, 6 need attention" and any("warning: a set" in line for line in text[1])
    assert report(2, "cache3") == text


def test_a_cached_check_loads_only_the_compiler(tmp_path):
    """A ``shim check`` served from the disk cache reads compiled code: it does not import the
    scripts' namespace (the Jython builtins) nor RestrictedPython, which only translating needs
    (their imports were a large part of a cached check of 500 modules)."""
    root = write_tree(tmp_path / "projects", {"X/library/util.py": "def f(x):\n    return x * 2\n",
                                              "X/gateway/message/h.py": "print payload\n"})
    probe = ("import runpy, sys\nsys.argv = ['shim', 'check', '--projects', sys.argv[1]]\n"
             "try:\n    runpy.run_module('runtime', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in sys.modules if m.startswith(('RestrictedPython', "
             "'runtime.scripts.sandbox.namespace', 'runtime.scripts.legacy.builtins'))))\n")

    def loaded() -> str:
        done = subprocess.run([sys.executable, "-c", probe, str(root)], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "SHIM_CACHE_DIR": str(tmp_path / "cache")})
        assert "2 scripts: 2 ok" in done.stdout, done.stdout + done.stderr
        return done.stdout.strip().splitlines()[-1]

    assert "RestrictedPython" in loaded()  # cold: translated
    assert loaded() == "[]"
