"""The script console (through prompt_toolkit's pipe input), its completion, ``shim run`` and
``shim console < file``."""
from __future__ import annotations

import contextlib
import threading
import time

import pytest
from click.testing import CliRunner
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from runtime.cli import main
from runtime.tools.console import Console, ScriptCompleter, entry_is_complete, history_path, next_indent
from runtime.gateway import Gateway
from runtime.tools.interpreter import open_interpreter

from conftest import EXAMPLE

ENTER, CTRL_D = "\r", "\x04"


@pytest.fixture
def gateway():
    gw = Gateway(EXAMPLE)
    gw.wait_idle()  # the example's startup and initial tag change runs print before any console listens
    yield gw
    gw.close()


@pytest.fixture
def console(gateway):
    """``console(**target)`` -> (Console on a pipe input, the pipe, the lines it wrote)."""
    with contextlib.ExitStack() as pipes:
        def make(**target):
            lines: list[str] = []
            interpreter = open_interpreter(gateway, out=lines.append, err=lines.append, **target)
            pipe = pipes.enter_context(create_pipe_input())
            return Console(interpreter, input=pipe, output=DummyOutput(), history=InMemoryHistory()), pipe, lines

        yield make


def typed(console, pipe, keys: str) -> None:
    """Type ``keys`` into a console running to its end (Ctrl-D)."""
    pipe.send_text(keys + CTRL_D)
    console.interact()


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + 5
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def test_multi_line_entry_legacy_print_and_echo(console):
    shell, pipe, lines = console(project="X")
    typed(shell, pipe, ENTER.join([
        "def twice(x):", "return x * 2", "",        # the body is indented for us; a blank line ends it
        "twice(21)",
        'print "legacy", 7 / 2',                    # Jython 2: a print statement, integer division
        "values = [1,", "2]",                       # inside brackets the entry goes on
        "values + [twice(3)]",
        "None",                                     # None is not echoed
    ]) + ENTER)
    # (the example gateway's one-second timer may log a tag change in between, under load)
    assert [line for line in lines[1:] if not line.startswith("[gateway Line/")] == ["42", "legacy 3", "[1, 2, 6]"]


def test_an_error_shows_the_script_traceback_and_the_console_goes_on(console):
    shell, pipe, lines = console(project="X")
    typed(shell, pipe, ENTER.join(["def f(x):", "return x['k']", "", "f({})", "import subprocess", "1 + 1"]) + ENTER)
    assert lines[1].splitlines() == [
        "Traceback (most recent call last):",
        '  File "<input 2>", line 1, in <module>', "    f({})",
        '  File "<input 1>", line 2, in f', "    return x['k']",
        "KeyError: 'k'"]
    assert lines[2].endswith("ImportRefused: module 'subprocess' is not available in shim's sandbox: it reaches "
                             "the host (processes and threads; use system.util.invokeAsynchronous)")
    assert lines[3] == "2"


def test_a_message_from_the_console_runs_its_handler_and_shows_its_output(console):
    shell, pipe, lines = console(project="X")
    typed(shell, pipe, 'system.util.sendMessage("X", "testHandler", {"first": "Hi", "second": "there"}, scope="G")' + ENTER)
    assert "[gateway X/testHandler] Gateway received: Hi there" in lines
    assert any(line.startswith("[u'type=Gateway,project=X,messageHandler=testHandler") for line in lines)


def test_client_context(console, gateway):
    shell, pipe, lines = console(project="X", context="client", user="bob", roles=["Operator"])
    typed(shell, pipe, "system.util.getClientId()" + ENTER)
    (session,) = gateway.sessions.all()
    assert (session.kind, session.user, session.roles) == ("client", "bob", frozenset({"Operator"}))
    assert lines[0].startswith(f"shim console: client {session.id} of project X (Ignition 7.9)")
    assert lines[1] == "u" + repr(session.id)  # a Java String: unicode, as Ignition's console echoes it


def test_completion_direct(gateway):
    lines: list[str] = []
    interpreter = open_interpreter(gateway, project="X", out=lines.append, err=lines.append)
    interpreter.run_entry("counter = 3")
    completer = ScriptCompleter(interpreter.namespace)

    def complete(text):
        return {c.text: c.display_meta_text for c in completer.get_completions(Document(text), CompleteEvent())}

    assert complete("system.ut") == {"util": complete("system.ut")["util"]}
    assert "messaging" in complete("system.ut")["util"]
    send = complete("system.util.sendM")
    assert list(send) == ["sendMessage"]
    assert send["sendMessage"].startswith("sendMessage(project, messageHandler, payload=None, scope=None,")
    assert "Send a message to the handlers of project" in send["sendMessage"]
    assert complete("x = cou") == {"counter": "int"}
    assert complete("foo().ba") == {}


def test_completion_through_the_session(console):
    shell, pipe, lines = console(project="X")
    runner = threading.Thread(target=shell.interact)
    runner.start()
    try:
        buffer = shell.session.default_buffer
        pipe.send_text("system.util.getProjectN")
        wait_for(lambda: buffer.complete_state is not None and buffer.complete_state.completions,
                 "completions while typing")
        pipe.send_text("\t")
        wait_for(lambda: buffer.text == "system.util.getProjectName", "Tab inserts the completion")
        pipe.send_text("()" + ENTER + CTRL_D)
    finally:
        runner.join(10)
    assert lines[1:] == ["u'X'"]


@pytest.mark.parametrize("text, complete", [
    ("x = 1", True), ("", True), ("if x:", False), ("if x:  # why", False), ("if x: y", True),
    ("def f():\n    return 1", False), ("def f():\n    return 1\n    ", True),
    ("x = [1,", False), ("x = [1,\n2]", True), ("s = '''a", False), ("x = 1 + \\", False),
    ('print "legacy"', True),
])
def test_entry_is_complete(text, complete):
    assert entry_is_complete(text) is complete


def test_next_indent():
    assert next_indent("def f():") == "    "
    assert next_indent("def f():\n    x = 1") == "    "
    assert next_indent("def f():\n    return x") == ""


def test_history_path(monkeypatch, tmp_path):
    monkeypatch.setenv("SHIM_HISTORY", str(tmp_path / "h"))
    assert history_path() == tmp_path / "h"
    monkeypatch.delenv("SHIM_HISTORY")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert history_path() == tmp_path / "shim" / "console_history"


SCRIPT = '''print "hello from", system.util.getProjectName()
system.util.sendMessage("X", "testHandler", {"first": "a", "second": "b"}, scope="G")

def half(x):

    return x / 2
print half(7)
'''


def test_shim_run_and_piped_console_run_a_whole_script(tmp_path):
    script = tmp_path / "script.py"
    script.write_text(SCRIPT)
    runner = CliRunner()
    ran = runner.invoke(main, ["run", str(script), "--project", "X", "--projects", str(EXAMPLE)])
    piped = runner.invoke(main, ["console", "--project", "X", "--projects", str(EXAMPLE)], input=SCRIPT)
    for result in (ran, piped):
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines() == ["hello from X", "3"]
        assert result.stderr.splitlines() == ["[gateway X/testHandler] Gateway received: a b"]


def test_shim_run_exit_statuses(tmp_path, make_projects):
    script = tmp_path / "script.py"
    script.write_text("x = 1\ny = {}['missing']\n")
    runner = CliRunner()
    failed = runner.invoke(main, ["run", str(script), "--project", "X", "--projects", str(EXAMPLE)])
    assert failed.exit_code == 1
    assert failed.stderr.splitlines() == [
        "Traceback (most recent call last):", f'  File "{script}", line 2, in <module>',
        "    y = {}['missing']", "KeyError: 'missing'"]
    script.write_text("system.util.sendMessage('P', 'h', scope='G')\n")
    broken = make_projects({"P/gateway/message/h.py": "1 / 0"})
    assert runner.invoke(main, ["run", str(script), "--projects", str(broken)]).exit_code == 1
    for args, message in [
        (["--project", "Nope"], "unknown project 'Nope'"),
        (["--user", "bob"], "--user and --roles need --context client, designer or perspective"),
        (["--context", "client"], "a client session needs a project"),
    ]:
        result = runner.invoke(main, ["run", str(script), "--projects", str(EXAMPLE), *args])
        assert result.exit_code == 2 and message in result.stderr, result.stderr
    assert runner.invoke(main, ["run", str(tmp_path / "nope.py")]).exit_code == 2


def test_echoes_are_jythons_repr_and_datasets_show_their_rows(console):
    """An echoed dict shows Jython's order (what ``print d`` shows), strings from Java as u'';
    a dataset echoes as a table of its rows, while ``print ds`` stays Ignition's one line."""
    shell, pipe, lines = console(project="X")
    typed(shell, pipe, ENTER.join([
        "d = {'b': 1, 'a': 2, 'line': u'L3'}",
        "d",
        "print d",
        "ds = system.dataset.toDataSet(['tank', 'level'], [['T1', 3.5], [u'Tank 2', None]])",
        "ds",
        "print ds",
        "xrange(3)",
    ]) + ENTER)
    # (the example gateway's one-second timer may log a tag change in between, under load)
    lines = [line for line in lines if not line.startswith("[gateway Line/")]
    echoed, printed = lines[1], lines[2]
    assert echoed == printed and "u'L3'" in echoed
    assert lines[3:] == [
        "Dataset [2R x 2C]\nrow | tank   | level\n----+--------+------\n0   | T1     | 3.5\n1   | Tank 2 | None",
        "Dataset [2R x 2C]",
        "xrange(3)",
    ]


def test_library_names_and_their_functions_complete(make_projects):
    """``project.`` + Tab in a 7.9 project lists its library modules (not loaded yet), ``shared.``
    the gateway-wide ones, and a module's functions come with their signatures."""
    root = make_projects({
        "P/gateway/message/h.py": "pass",
        "P/library/shifts.py": "def current(line):\n    '''The shift now running on a line.'''\n    return 'day'\n",
        "P/library/reports/daily.py": "def build(day, lines=None):\n    return []\n",
        "_global/library/tools.py": "def clamp(v, lo, hi):\n    return max(lo, min(hi, v))\n",
    })
    gw = Gateway(root)
    try:
        namespace = open_interpreter(gw, project="P", out=print, err=print).namespace
        completer = ScriptCompleter(namespace)

        def names(text):
            return [(c.text, c.display_meta_text) for c in completer.get_completions(Document(text), CompleteEvent())]

        assert [n for n, _ in names("project.")] == ["reports", "shifts"]
        assert [n for n, _ in names("shared.")] == ["tools"]
        assert names("project.shifts.cu") == [("current", "current(line) — The shift now running on a line")]
        assert names("project.reports.daily.") == [("build", "build(day, lines=None)")]
        assert "dir" not in [n for n, _ in names("shared.tools.")] and names("shared.tools.c")[0][0] == "clamp"
    finally:
        gw.close()


def test_indentation_typed_or_pasted_replaces_the_automatic_one(console):
    shell, pipe, lines = console(project="X")
    typed(shell, pipe, ENTER.join([
        "total = 0",
        "for i in range(4):",            # the user indents the body themselves, as in an editor
        "    if i % 2:",
        "        total += i",
        "    else:",
        "\t\tprint 'even', i",            # a Tab is one level
        "",
        "total",
        "def scaled(rows, factor):",      # the automatic indentation alone works too
        "out = []",
        "for r in rows:",
        "out.append(r * factor)",
        "    return out",                 # and typing over it dedents
        "",
        "scaled([1, 2], 3)",
    ]) + ENTER)
    # (the example gateway's one-second timer may log a tag change in between, under load)
    assert [line for line in lines[1:] if not line.startswith("[gateway Line/")] == ["even 0", "even 2", "4", "[3, 6]"]


def test_a_pasted_block_keeps_its_own_indentation(console):
    shell, pipe, lines = console(project="X")
    pipe.send_text("def area(w, h):" + ENTER)
    pipe.send_bytes(b"\x1b[200~    result = w * h\n    return result\x1b[201~")
    pipe.send_text(ENTER + ENTER + "area(3, 4)" + ENTER + CTRL_D)
    shell.interact()
    assert [line for line in lines[1:] if not line.startswith("[gateway Line/")] == ["12"]


def test_import_completes_pylib_8x_library_stdlib_and_java_names(make_projects):
    """After ``import``/``from``, module names complete: the gateway's pylib packages, an 8.1
    project's library modules, the standard library and the Java packages shim emulates; after
    ``from X import``, X's modules and names."""
    root = make_projects({
        "P/project.json": {"ignition": "8.1"},
        "P/gateway/message/h.py": "pass",
        "P/library/plant/recipes.py": "def load(name):\n    '''A recipe by name.'''\n    return name\n",
        "P/library/plant/shifts.py": "def current():\n    return 'day'\n",
        "_gateway/pylib/plantlib/__init__.py": "",
        "_gateway/pylib/plantlib/alarms/__init__.py": "",
        "_gateway/pylib/plantlib/alarms/notify.py": "def page(who):\n    return who\n",
        "_gateway/pylib/plantlib/units.py": "KG = 1\n",
    })
    gw = Gateway(root)
    try:
        interpreter = open_interpreter(gw, project="P", out=print, err=print)
        completer = ScriptCompleter(interpreter.namespace, interpreter.modules)

        def names(text):
            return [c.text for c in completer.get_completions(Document(text), CompleteEvent())]

        assert names("import pla") == ["plant", "plantlib"]
        assert names("import plantlib.") == ["alarms", "units"]
        assert names("import os, plantlib.alarms.n") == ["notify"]
        assert names("from plant import ") == ["recipes", "shifts"]
        assert names("from plant.recipes import l") == ["load"]
        assert names("from plantlib.alarms import ") == ["notify"]
        assert names("import StringI") == ["StringIO"]
        assert "lang" in names("from java import ") and "util" in names("import java.")
        assert names("import system.ut") == ["util"]
    finally:
        gw.close()
