"""The pytest plugin as a user meets it: a test file of their own run by pytest (``pytester``)
against a projects folder, the README's example included."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import runtime.tools.tester  # noqa: F401 - imported once here, not again by every inner pytest run
from conftest import EXAMPLE, write_tree

pytest_plugins = ["pytester"]

#: Inner runs skip the plugins this repository's environment happens to have (pytester
#: re-imports them for every run); the user's view is shim's plugin alone.
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:benchmark")

README = Path(__file__).resolve().parents[1] / "README.md"

BROKEN = {
    "P/gateway/message/ok.py": 'print "fine", payload.get("n")\n',
    "P/gateway/message/broken.py": "x = 1\ny = payload['missing']\n",
    "P/gateway/message/relay.py": "system.util.sendMessage('P', 'ok', {'n': payload['n'] + 1}, scope='G')\n",
    "P/gateway/message/answer.py": "return payload['n'] * 2\n",
    "P/gateway/message/warn.py": "system.util.getLogger('app').warn('low level')\n",
    "P/library/util.py": "def twice(x):\n    return x * 2\n",
    "P/gateway/message/useLibrary.py": "print project.util.twice(21)\n",
}


def readme_example() -> str:
    """The first python block of the README's pytest section, exactly as written there."""
    section = README.read_text().split("## Testing your handlers with pytest", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def run(pytester: pytest.Pytester, source: str, projects: Path, *args: str) -> pytest.RunResult:
    pytester.makepyfile(test_user=source)
    return pytester.runpytest(*QUIET, f"--shim-projects={projects}", *args)


def test_the_readme_example_passes(pytester):
    result = run(pytester, readme_example(), EXAMPLE)
    result.assert_outcomes(passed=2)


def test_a_broken_handler_fails_the_test_with_its_own_line(pytester, tmp_path):
    projects = write_tree(tmp_path / "projects", BROKEN)
    result = run(pytester, '''
def test_broken(shim):
    shim.send("P", "broken", {"n": 1}, scope="G")
''', projects)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*HandlerError: gateway P/broken failed:",
        f'*File "{projects}/P/gateway/message/broken.py", line 2, in handleMessage',
        "*y = payload?'missing'?",
        "*KeyError: 'missing'",
        "*Captured shim log call*",
    ])


def test_a_handler_error_no_helper_saw_fails_the_test_at_its_end(pytester, tmp_path):
    projects = write_tree(tmp_path / "projects", BROKEN)
    result = run(pytester, '''
def test_unseen(shim_gateway):
    shim_gateway.send_message("P", "broken", {}, scope="G")

def test_expected(shim):
    shim.send("P", "broken", {}, scope="G", check=False)
    shim.send("P", "nope", scope="G", check=False)
    assert [run.status for run in shim.errors] == ["error", "missing"]

def test_taken(shim):
    shim.gateway.send_message("P", "broken", {}, scope="G")
    (run,) = shim.pop_errors()
    assert run.error.endswith("KeyError: 'missing'")
''', projects)
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*test_unseen*", "shim: handlers failed during the test:",
                                 "gateway P/broken failed:", "*broken.py\", line 2, in handleMessage"])


def test_what_handlers_did(pytester, tmp_path):
    projects = write_tree(tmp_path / "projects", BROKEN)
    result = run(pytester, '''
import pytest
from runtime.tools.tester import HandlerError

def test_sends_outputs_logs_results(shim):
    shim.send("P", "relay", {"n": 1}, scope="G")
    shim.assert_sent("P", "ok", {"n": 2}, scope="G")
    assert shim.sent[0].sender == "gateway P/relay"
    shim.assert_ran("ok", output=["fine 2"], times=1)
    shim.send("P", "warn", scope="G")
    assert [r.message for r in shim.logs("warn")] == ["low level"]
    assert shim.request("P", "answer", {"n": 21}) == 42
    shim.assert_ran("answer", result=42)
    assert shim.run_script("print project.util.twice(4)") == ["8"]
    shim.assert_no_errors()

def test_a_failed_request_raises_the_handlers_traceback(shim):
    with pytest.raises(HandlerError, match="broken.py"):
        shim.request("P", "broken")

def test_assert_ran_shows_what_was_printed(shim):
    shim.send("P", "ok", {"n": 1}, scope="G")
    shim.assert_ran("ok", output=["fine 2"])
''', projects)
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*AssertionError: ok printed other lines (- expected, + printed):",
                                 "*- fine 2", "*+ fine 1"])


def test_semantics_marker_option_and_ini(pytester, tmp_path):
    projects = write_tree(tmp_path / "projects", BROKEN)
    source = '''
import pytest

@pytest.mark.shim(semantics="8.1")
def test_marked_81(shim):
    assert "scope=CGS" in shim.send("P", "ok", {"n": 1})[0]

def test_default(shim):
    assert "scope=CG," in shim.send("P", "ok", {"n": 1})[0]
'''
    run(pytester, source, projects).assert_outcomes(passed=2)
    run(pytester, source, projects, "--shim-semantics=8.1").assert_outcomes(passed=1, failed=1)
    pytester.makeini(f"[pytest]\nshim_projects = {projects}\nshim_semantics = 8.1\n")
    pytester.runpytest(*QUIET).assert_outcomes(passed=1, failed=1)


def test_projects_marker_is_relative_to_the_test_file(pytester):
    write_tree(pytester.path / "fixtures" / "v1", BROKEN)
    pytester.makepyfile(test_user='''
import pytest

@pytest.mark.shim(projects="fixtures/v1", synchronous=False)
def test_async(shim):
    assert not shim.gateway.executor.synchronous
    shim.send("P", "ok", {"n": 5}, scope="G")
    assert shim.output("ok") == ["fine 5"]
''')
    pytester.runpytest(*QUIET).assert_outcomes(passed=1)


def test_a_missing_projects_folder_is_one_clear_line(pytester, tmp_path):
    result = run(pytester, "def test_x(shim):\n    pass\n", tmp_path / "nowhere")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"*shim: projects folder not found: {tmp_path / 'nowhere'}"])
