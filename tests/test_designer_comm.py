"""The Designer's communication mode (7.9/8.1 manual, "Communication Modes"): Comm Off blocks
tag and database traffic, Comm Read-Only (the default) allows tag reads and SELECT queries but
blocks tag writes, database updates and messages, Comm Read/Write allows everything. Other
scopes are never affected."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from runtime.backends.tagseed import tag_system
from runtime.cli import main
from runtime.tools.interpreter import Interpreter

FILES = {
    "X/project.json": {"ignition": "8.1"},
    "X/gateway/message/h.py": "print 'gateway got', payload",
    "X/gateway/message/ask.py": "return 42",
    "_gateway/tags.json": {"Line1/Speed": 10},
    "_gateway/db.json": {"datasources": {"Plant": {"url": "sqlite://", "init": "schema.sql"}}, "default": "Plant"},
    "_gateway/schema.sql": "CREATE TABLE batches (id INTEGER PRIMARY KEY, qty INTEGER); INSERT INTO batches (qty) VALUES (5);",
}

SCRIPT = """
def attempt(label, call):
    try:
        value = call()
    except Exception, e:
        print label, "refused:", e
    else:
        print label, value

attempt("read", lambda: system.tag.readBlocking(["[default]Line1/Speed"])[0].value)
attempt("write", lambda: system.tag.writeBlocking(["[default]Line1/Speed"], [20])[0])
attempt("select", lambda: system.db.runScalarQuery("SELECT qty FROM batches"))
attempt("update", lambda: system.db.runUpdateQuery("UPDATE batches SET qty = 7"))
attempt("message", lambda: len(system.util.sendMessage("X", "h", {"n": 1}, scope="G")))
attempt("request", lambda: system.util.sendRequest("X", "ask"))
"""


def run_in(gateway, session) -> list[str]:
    out, err = [], []
    ok = Interpreter(gateway, gateway.session_host(session) if session else gateway.host("X"),
                     out.append, err.append).run_script(SCRIPT, "<designer script>")
    assert ok, err
    gateway.wait_idle()
    return out


def refusal(what: str, mode: str, needs: str = "Comm Read/Write") -> str:
    return (f"{what} refused: this Designer is in {mode} mode and it needs {needs} "
            "(in shim: open_designer(..., comm=\"read-write\") or --comm read-write)")


def test_read_only_is_the_default_and_refuses_writes_updates_and_messages(make_gateway):
    gw = make_gateway(FILES, synchronous=True)
    designer = gw.open_designer("X")
    assert designer.comm == "read-only"
    assert run_in(gw, designer) == [
        "read 10",
        "write refused: " + refusal("writing tag [default]Line1/Speed", "Comm Read-Only"),
        "select 5",
        "update refused: " + refusal("system.db.runUpdateQuery", "Comm Read-Only"),
        "message refused: " + refusal("system.util.sendMessage", "Comm Read-Only"),
        "request refused: " + refusal("system.util.sendRequest", "Comm Read-Only"),
    ]
    assert tag_system(gw).writes == []  # nothing was written, nor recorded as written


def test_read_write_allows_everything(make_gateway):
    gw = make_gateway(FILES, synchronous=True)
    runs = []
    gw.log.on_run(runs.append)
    assert run_in(gw, gw.open_designer("X", comm="read-write")) == [
        "read 10", "write Good", "select 5", "update 1", "message 1", "request 42"]
    assert [run.output for run in runs if run.handler == "h"] == [["gateway got {'n': 1}"]]


def test_comm_off_blocks_tag_reads_and_queries_too(make_gateway):
    gw = make_gateway(FILES, synchronous=True)
    output = run_in(gw, gw.open_designer("X", comm="off"))
    assert output[0] == "read refused: " + refusal("reading tag [default]Line1/Speed", "Comm Off",
                                                   "Comm Read-Only or Comm Read/Write")
    assert output[2] == "select refused: " + refusal("system.db.runScalarQuery",
                                                     "Comm Off", "Comm Read-Only or Comm Read/Write")
    assert all("refused" in line for line in output)


def test_other_scopes_are_not_affected(make_gateway):
    gw = make_gateway(FILES, synchronous=True)
    expected = ["read 10", "write Good", "select 5", "update 1", "message 1", "request 42"]
    assert run_in(gw, None) == expected
    assert run_in(gw, gw.open_client("X"))[:4] == ["read 20", "write Good", "select 7", "update 1"]


def test_a_bad_mode_is_refused(make_gateway):
    gw = make_gateway(FILES, synchronous=True)
    with pytest.raises(ValueError, match="comm must be one of off, read-only, read-write, not 'rw'"):
        gw.open_designer("X", comm="rw")


def test_the_command_line_takes_comm_for_a_designer(make_projects, tmp_path):
    projects = make_projects(FILES)
    script = tmp_path / "write.py"
    script.write_text('print system.tag.writeBlocking(["[default]Line1/Speed"], [3])[0]\n')
    runner = CliRunner()
    base = ["run", str(script), "--projects", str(projects), "--context", "designer"]
    allowed = runner.invoke(main, base + ["--comm", "read-write"])
    assert allowed.exit_code == 0 and allowed.output.strip().endswith("Good")
    refused = runner.invoke(main, base)
    assert refused.exit_code == 1 and "this Designer is in Comm Read-Only mode" in refused.output
    wrong = runner.invoke(main, ["run", str(script), "--projects", str(projects), "--comm", "off"])
    assert wrong.exit_code == 2 and "--comm needs --context designer" in wrong.output
    piped = runner.invoke(main, ["console", "--projects", str(projects), "--context", "designer", "--comm", "off"],
                          input='system.tag.readBlocking(["[default]Line1/Speed"])\n')
    assert piped.exit_code == 1 and "this Designer is in Comm Off mode" in piped.output


def test_scenario_designer_sessions_take_comm(tmp_path, make_projects):
    from runtime.tools.scenario import ScenarioError, load_scenario

    good = tmp_path / "good.yaml"
    good.write_text("sessions:\n  - {id: d1, kind: designer, project: X, comm: read-write}\nsteps:\n  - send: {project: X, handler: h}\n")
    assert load_scenario(good).sessions[0].comm == "read-write"
    for body, message in [("{id: d1, kind: designer, project: X, comm: loud}", "comm must be one of off, read-only"),
                          ("{id: c1, kind: client, project: X, comm: off}", "'comm' is a Designer's communication mode")]:
        bad = tmp_path / "bad.yaml"
        bad.write_text(f"sessions:\n  - {body}\nsteps:\n  - send: {{project: X, handler: h}}\n")
        with pytest.raises(ScenarioError, match=message):
            load_scenario(bad)


def test_perspective_messages_from_a_designer_need_read_write(make_gateway):
    gw = make_gateway({**FILES, "X/perspective/message/greet.py": "print 'greeted'"}, synchronous=True)
    session = gw.open_perspective("X")
    source = f"system.perspective.sendMessage('greet', {{}}, scope='session', sessionId='{session.id}')"
    for comm, expected in [("read-only", False), ("read-write", True)]:
        out, err = [], []
        ok = Interpreter(gw, gw.session_host(gw.open_designer("X", comm=comm)), out.append, err.append) \
            .run_script(source, "<designer>")
        assert ok is expected, err
        if not ok:
            assert refusal("system.perspective.sendMessage", "Comm Read-Only") in err[0]


def test_the_console_banner_names_the_mode(make_gateway):
    from runtime.tools.interpreter import open_interpreter

    gw = make_gateway(FILES, synchronous=True)
    where = open_interpreter(gw, context="designer", project="X", comm="off", out=print, err=print).where
    assert where.endswith("of project X (Ignition 8.1, comm off)") and where.startswith("designer ")


def test_store_and_forward_and_stored_procedures_are_updates(make_gateway):
    gw = make_gateway(FILES, synchronous=True)
    out, err = [], []
    interpreter = Interpreter(gw, gw.session_host(gw.open_designer("X")), out.append, err.append)
    assert not interpreter.run_script('system.db.runSFUpdateQuery("UPDATE batches SET qty = 1", ["Plant"])', "<sf>")
    assert refusal("system.db.runSFUpdateQuery", "Comm Read-Only") in err[-1]
    assert not interpreter.run_script('system.db.execSProcCall(system.db.createSProcCall("p"))', "<sp>")
    assert "refused: this Designer is in Comm Read-Only mode" in err[-1]


def test_the_pytest_fixture_opens_designers_with_a_mode(make_gateway):
    from runtime.tools.tester import ShimTester

    shim = ShimTester(make_gateway(FILES, synchronous=True))
    assert shim.designer("X").comm == "read-only"
    writer = shim.designer("X", comm="read-write")
    assert shim.run_script('print system.tag.writeBlocking(["[default]Line1/Speed"], [5])[0]', session=writer) == ["Good"]
