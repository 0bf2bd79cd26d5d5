"""system.db: queries, updates, transactions and named queries through real handlers, on SQLite
(and on PostgreSQL where a server is available)."""
from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from runtime.backends.db import _Backend, databases
from runtime.core import budget
from runtime.core.errors import ProjectError
from runtime.backends.sqlparams import count_qmarks, named_to_qmark, translate
from systemkit import fail_one, handler_files, run_one

SCHEMA = """
CREATE TABLE batches (id INTEGER PRIMARY KEY AUTOINCREMENT, line INTEGER NOT NULL, product TEXT,
                      qty REAL, started DATETIME);
INSERT INTO batches (line, product, qty, started) VALUES (1, 'Cola', 100.5, '2024-05-01 08:00:00');
INSERT INTO batches (line, product, qty, started) VALUES (2, 'Lemonade', 80, '2024-05-01 09:30:00');
"""


def db_gateway(make_gateway, source: str, semantics: str = "7.9", url: str = "sqlite://", **extra):
    files = handler_files(source, semantics=semantics)
    files["_gateway/db.json"] = {"datasources": {"Plant": {"url": url, "init": "schema.sql"}},
                                 "default": "Plant"}
    files["_gateway/schema.sql"] = SCHEMA
    files.update(extra)
    return make_gateway(files, synchronous=True)


def test_run_query_returns_a_pydataset(make_gateway):
    gw = db_gateway(make_gateway, """
ds = system.db.runQuery("SELECT id, product, qty, started FROM batches ORDER BY id")
print ds, len(ds), ds.getColumnNames()
for row in ds:
    print row["id"], row["product"], row[2], type(row["started"]).__name__
print ds[1]["PRODUCT"], ds.getValueAt(0, "qty")
print system.db.runQuery("SELECT * FROM batches", "Plant"), system.db.runQuery("SELECT * FROM batches", "")
""")
    assert run_one(gw).output == [
        "<PyDataset rows:2 cols:4> 2 [id, product, qty, started]",
        "1 Cola 100.5 Date", "2 Lemonade 80.0 Date",
        "Lemonade 100.5",
        "<PyDataset rows:2 cols:5> <PyDataset rows:2 cols:5>",
    ]


def test_prep_query_binds_values_never_formats_them(make_gateway):
    gw = db_gateway(make_gateway, """
evil = "x'); DROP TABLE batches; --"
print system.db.runPrepUpdate("INSERT INTO batches (line, product) VALUES (?, ?)", [3, evil])
rows = system.db.runPrepQuery("SELECT product FROM batches WHERE line = ? AND product = ?", [3, evil])
print rows[0][0] == evil, system.db.runScalarQuery("SELECT COUNT(*) FROM batches")
print len(system.db.runPrepQuery("SELECT * FROM batches WHERE product = '?' OR line = ?", [1]))
""")
    assert run_one(gw).output == ["1", "True 3", "1"]


def test_update_queries_return_rows_affected_or_the_generated_key(make_gateway):
    gw = db_gateway(make_gateway, """
print system.db.runUpdateQuery("UPDATE batches SET qty = qty + 1")
print system.db.runUpdateQuery("INSERT INTO batches (line) VALUES (9)", "Plant", None, 1)
print system.db.runPrepUpdate("INSERT INTO batches (line, started) VALUES (?, ?)", [10, None], getKey=True)
print system.db.runPrepUpdate("DELETE FROM batches WHERE line > ?", [5], "Plant", skipAudit=True)
print system.db.runUpdateQuery("CREATE TABLE t (a INTEGER)")
""")
    assert run_one(gw).output == ["2", "3", "4", "2", "0"]


def test_scalar_queries(make_gateway):
    gw = db_gateway(make_gateway, """
print system.db.runScalarQuery("SELECT MAX(qty) FROM batches")
print system.db.runScalarPrepQuery("SELECT product FROM batches WHERE line = ?", [2])
print system.db.runScalarPrepQuery("SELECT product FROM batches WHERE line = ?", [99])
""")
    assert run_one(gw).output == ["100.5", "Lemonade", "None"]


def test_dates_round_trip_as_java_dates(make_gateway):
    gw = db_gateway(make_gateway, """
from java.util import Date
when = Date(1714550400000)
key = system.db.runPrepUpdate("INSERT INTO batches (line, started) VALUES (?, ?)", [4, when], getKey=1)
back = system.db.runScalarPrepQuery("SELECT started FROM batches WHERE id = ?", [key])
print type(back).__name__, back.getTime() == when.getTime()
""")
    assert run_one(gw).output == ["Date True"]


def test_transactions_commit_rollback_and_close(make_gateway):
    gw = db_gateway(make_gateway, """
tx = system.db.beginTransaction("Plant", system.db.READ_COMMITTED, 10000)
print type(tx).__name__, len(tx) > 8
system.db.runPrepUpdate("INSERT INTO batches (line) VALUES (?)", [5], tx=tx)
print "inside", system.db.runScalarQuery("SELECT COUNT(*) FROM batches", "", tx)
print "outside", system.db.runScalarQuery("SELECT COUNT(*) FROM batches")
system.db.rollbackTransaction(tx)
print "rolled back", system.db.runScalarQuery("SELECT COUNT(*) FROM batches", "", tx)
system.db.runPrepUpdate("INSERT INTO batches (line) VALUES (?)", [6], "", tx)
system.db.commitTransaction(tx)
print "committed", system.db.runScalarQuery("SELECT COUNT(*) FROM batches")
system.db.closeTransaction(tx)
import java.lang
try:
    system.db.runQuery("SELECT 1", "", tx)
except java.lang.Exception, e:
    print "closed:", e.getMessage().startswith('Transaction "%s" is closed' % tx)
""")
    assert run_one(gw).output == [
        "unicode True", "inside 3", "outside 2", "rolled back 2", "committed 3", "closed: True"]


def test_a_transaction_unused_past_its_timeout_is_closed_and_rolled_back(make_gateway):
    gw = db_gateway(make_gateway, """
import time, java.lang
tx = system.db.beginTransaction(timeout=20)
system.db.runPrepUpdate("INSERT INTO batches (line) VALUES (?)", [7], tx=tx)
time.sleep(0.05)
try:
    system.db.runQuery("SELECT 1", tx=tx)
except java.lang.Exception, e:
    print "expired"
print system.db.runScalarQuery("SELECT COUNT(*) FROM batches")
""")
    assert run_one(gw).output == ["expired", "2"]
    assert databases(gw).open_transactions() == []


def test_database_errors_are_java_exceptions_naming_the_call(make_gateway):
    gw = db_gateway(make_gateway, """
import java.lang
try:
    system.db.runPrepQuery("SELECT * FROM nope WHERE a = ?", [1, None])
except java.lang.Exception, e:
    print e.getMessage()
    print e.getCause().getMessage()
try:
    system.db.runQuery("SELECT 1", "Nope")
except java.lang.Exception, e:
    print e.getMessage()
system.db.runQuery("SELECT * FROM nope")
""")
    run = fail_one(gw)
    assert run.output == [
        "Error executing system.db.runPrepQuery(SELECT * FROM nope WHERE a = ?, [1, null], , )",
        "the query has 1 '?' placeholder(s) but 2 argument(s) were given",
        'Datasource "Nope" does not exist in this Gateway.',
    ]
    assert run.error.endswith("java.lang.Exception: Error executing system.db.runQuery(SELECT * FROM nope, , )")


def test_python_except_exception_does_not_catch_database_errors_as_in_jython(make_gateway):
    gw = db_gateway(make_gateway, """
try:
    system.db.runQuery("SELEC nonsense")
except Exception:
    print "caught by except Exception"
""")
    assert fail_one(gw).output == []


def test_named_queries(make_gateway):
    gw = db_gateway(make_gateway, """
ds = system.db.runNamedQuery("batches/byLine", {"line": 1})
print type(ds).__name__, ds.getRowCount(), ds.getValueAt(0, "product")
print system.db.runNamedQuery("batches/setQty", {"qty": 5, "line": 2})
print system.db.runNamedQuery("X", "batches/count", {})
print system.db.runNamedQuery(path="batches/count", parameters={})
import java.lang
for args in (("batches/byLine", {}), ("../../etc/passwd", {}), ("batches/none", {})):
    try:
        system.db.runNamedQuery(*args)
    except java.lang.Exception, e:
        print e.getMessage()
""", **{
        "X/namedqueries/batches/byLine.sql": "SELECT product, qty FROM batches\nWHERE line = :line -- not :this",
        "X/namedqueries/batches/setQty.sql": "UPDATE batches SET qty = :qty WHERE line = :line",
        "X/namedqueries/batches/count.sql": "SELECT COUNT(*) FROM batches WHERE product <> ':line'",
        "X/namedqueries/batches/count.json": {"type": "ScalarQuery", "database": "Plant"},
    })
    assert run_one(gw).output == [
        "BasicDataset 1 Cola", "1", "2", "2",
        "Named query 'batches/byLine': no value given for parameter(s) line",
        "Named query path '../../etc/passwd' is not valid",
        "Named query 'batches/none' not found in project 'X'",
    ]


def test_named_queries_are_inherited_from_the_parent_project(make_gateway):
    gw = db_gateway(make_gateway, 'print system.db.runNamedQuery("q", {})', **{
        "X/project.json": {"parent": "Base"},
        "Base/namedqueries/q.sql": "SELECT 42",
    })
    assert run_one(gw).output == ["Dataset [1R x 1C]"]


def test_sqlite_file_datasources_are_relative_to_gateway_folder_and_persist(make_gateway, tmp_path):
    source = """
system.db.runUpdateQuery("INSERT INTO batches (line) VALUES (3)")
print system.db.runScalarQuery("SELECT COUNT(*) FROM batches")
"""
    gw = db_gateway(make_gateway, source, url="sqlite:///data/plant.db")
    assert run_one(gw).output == ["3"]
    assert (Path(gw.projects.root) / "_gateway" / "data" / "plant.db").is_file()
    from runtime.gateway import Gateway

    with Gateway(gw.projects.root, synchronous=True) as again:
        assert run_one(again).output == ["4"]


def test_in_memory_databases_are_private_to_their_gateway(make_gateway):
    source = 'print system.db.runUpdateQuery("INSERT INTO batches (line) VALUES (3)"), system.db.runScalarQuery("SELECT COUNT(*) FROM batches")'
    gw = db_gateway(make_gateway, source)
    assert run_one(gw).output == ["1 3"] and run_one(gw).output == ["1 4"]
    from runtime.gateway import Gateway

    with Gateway(gw.projects.root, synchronous=True) as other:
        assert run_one(other).output == ["1 3"]
    assert not any(Path(gw.projects.root, "_gateway").glob("*.db"))


def test_a_bad_url_is_named_without_its_password(make_gateway):
    pytest.importorskip("sqlalchemy", reason="URLs other than sqlite are read by SQLAlchemy (the db extra)")
    gw = db_gateway(make_gateway, "pass", url="mysql+nosuchdriver://u:secret@localhost/db")
    with pytest.raises(ProjectError) as caught:
        databases(gw).datasource("Plant").acquire()
    assert "bad URL mysql+nosuchdriver://u:***@localhost/db" in str(caught.value)


def test_configuration_errors_are_clear(make_gateway, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "sqlalchemy", None)  # SQLAlchemy not installed
    gw = db_gateway(make_gateway, "pass", url="postgresql://u:secret@localhost/db")
    with pytest.raises(ProjectError) as caught:
        databases(gw).datasource("Plant").acquire()
    assert str(caught.value) == ("datasource 'Plant' (postgresql://u:***@localhost/db) needs SQLAlchemy "
                                 "and a database driver: pip install 'shim-ignition[db]'")
    gw = make_gateway({**handler_files("pass"), "_gateway/db.json": {"datasources": {"A": {}}}}, synchronous=True)
    with pytest.raises(ProjectError, match="datasource 'A' needs a \"url\""):
        databases(gw)


def test_isolation_level_constants():
    import system.db as db

    assert (db.READ_UNCOMMITTED, db.READ_COMMITTED, db.REPEATABLE_READ, db.SERIALIZABLE) == (1, 2, 4, 8)


# -- placeholders --------------------------------------------------------------------------------

def test_translate_rewrites_placeholders_outside_literals_and_comments():
    sql = "SELECT '?', \"a?\" FROM t -- ?\nWHERE a = ? AND b LIKE '50%' /* ? */ AND c = ? AND d = $$?$$"
    assert translate(sql, "qmark", [1, 2]) == (sql, (1, 2))
    text, params = translate(sql, "pyformat", [1, 2])
    assert text == ("SELECT '?', \"a?\" FROM t -- ?\nWHERE a = %(p1)s AND b LIKE '50%%' /* ? */ "
                    "AND c = %(p2)s AND d = $$?$$") and params == {"p1": 1, "p2": 2}
    assert translate("a = ? AND b = ?", "numeric", [1, 2]) == ("a = :1 AND b = :2", (1, 2))
    assert translate("a = ? AND b = ?", "named", [1, 2]) == ("a = :p1 AND b = :p2", {"p1": 1, "p2": 2})
    assert translate("a = ? AND b = '%'", "format", [1]) == ("a = %s AND b = '%%'", (1,))
    assert translate("x = 'it''s ?' AND y = ?", "format", [1]) == ("x = 'it''s ?' AND y = %s", (1,))


def test_named_parameters_become_placeholders():
    assert named_to_qmark("SELECT :a::int, ':b', :a -- :c\nFROM t WHERE x = :d") == (
        "SELECT ?::int, ':b', ? -- :c\nFROM t WHERE x = ?", ["a", "a", "d"])


@given(st.lists(st.sampled_from(["?", "'?'", "a", " ", "--?\n", "/*?*/", "'it''s'", "%", "\"?\""]), max_size=30))
def test_translation_keeps_every_placeholder_outside_literals(parts):
    sql = "".join(parts)
    n = count_qmarks(sql)
    text, params = translate(sql, "pyformat", list(range(n)))
    assert len(params) == n
    assert all(f"%(p{i})s" in text for i in range(1, n + 1))


# -- PostgreSQL ----------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return candidates[-1].parent if candidates else None


@pytest.fixture(scope="module")
def postgres_url():
    """A PostgreSQL URL: $SHIM_TEST_POSTGRES_URL, or a throwaway cluster on a loopback port."""
    pytest.importorskip("sqlalchemy")
    if importlib.util.find_spec("psycopg") is None and importlib.util.find_spec("psycopg2") is None:
        pytest.skip("no PostgreSQL driver (pip install '.[db]' installs psycopg)")
    if os.environ.get("SHIM_TEST_POSTGRES_URL"):
        yield os.environ["SHIM_TEST_POSTGRES_URL"]
        return
    bindir = _pg_binaries()
    if bindir is None or not (bindir / "initdb").exists():
        pytest.skip("no PostgreSQL server binaries (initdb/pg_ctl) on this machine")
    root = Path(tempfile.mkdtemp(prefix="shim-pg-"))
    data = root / "data"
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the cluster as the postgres account
        if shutil.which("runuser") is None or subprocess.run(["id", "postgres"], capture_output=True).returncode:
            shutil.rmtree(root, ignore_errors=True)
            pytest.skip("running as root without a postgres account to run the test cluster")
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
    port = _free_port()
    try:
        init = subprocess.run(run_as + [str(bindir / "initdb"), "-D", str(data), "-U", "shim",
                                        "--auth=trust", "-E", "UTF8"], capture_output=True, text=True)
        if init.returncode:
            pytest.skip(f"initdb failed: {init.stderr.strip()[:200]}")
        options = f"-p {port} -c listen_addresses=127.0.0.1 -k {root}"
        start = subprocess.run(run_as + [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w",
                                         "-l", str(root / "log"), "start"], capture_output=True, text=True)
        if start.returncode:
            pytest.skip(f"pg_ctl could not start a test cluster: {start.stderr.strip()[:200]}")
        try:
            yield f"postgresql://shim@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(run_as + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_postgresql_datasource(make_gateway, postgres_url):
    table = f"shim_test_{int(time.time() * 1000)}"
    gw = make_gateway({**handler_files(f"""
import java.lang
system.db.runUpdateQuery("CREATE TABLE {table} (id SERIAL PRIMARY KEY, name TEXT, pct TEXT, t TIMESTAMP)")
key = system.db.runPrepUpdate("INSERT INTO {table} (name, pct, t) VALUES (?, '100%', ?)", ["O'Brien", None], getKey=1)
print key, system.db.runPrepUpdate("INSERT INTO {table} (name) VALUES (?)", ["b"])
ds = system.db.runPrepQuery("SELECT name, pct FROM {table} WHERE name = ? AND pct LIKE '1%'", ["O'Brien"])
print len(ds), ds[0]["name"], ds[0]["pct"]
tx = system.db.beginTransaction(isolationLevel=system.db.SERIALIZABLE)
system.db.runPrepUpdate("DELETE FROM {table} WHERE id = ?", [key], tx=tx)
print system.db.runScalarQuery("SELECT COUNT(*) FROM {table}"), system.db.runScalarQuery("SELECT COUNT(*) FROM {table}", tx=tx)
system.db.rollbackTransaction(tx)
system.db.closeTransaction(tx)
print system.db.runScalarQuery("SELECT COUNT(*) FROM {table}")
try:
    system.db.runQuery("SELECT * FROM no_such_table")
except java.lang.Exception, e:
    print e.getMessage()
system.db.runUpdateQuery("DROP TABLE {table}")
"""), "_gateway/db.json": {"datasources": {"pg": postgres_url}}}, synchronous=True)
    assert run_one(gw).output == [
        "1 1", "1 O'Brien 100%", "2 1", "2",
        "Error executing system.db.runQuery(SELECT * FROM no_such_table, , )",
    ]


PG_SLEEP_FOREVER = 'system.db.runQuery("SELECT pg_sleep(3600)")'


@pytest.mark.parametrize("body", [
    PG_SLEEP_FOREVER,
    # the script swallows everything it can and tries again: the budget still ends it
    """
while True:
    try:
        system.db.runScalarQuery("SELECT pg_sleep(3600)")
    except:
        pass""",
    # inside a transaction (a SET there would be undone by the rollback)
    """
tx = system.db.beginTransaction()
system.db.runQuery("SELECT count(*) FROM generate_series(1, 1000000) a, generate_series(1, 1000000) b", tx=tx)""",
])
def test_a_postgresql_statement_ends_at_the_time_budget(make_gateway, postgres_url, body):
    """The driver waits for the server in C, where the watchdog's interrupt cannot reach: the
    server itself must stop the statement (``statement_timeout``) when the script's time is up,
    or one handler holds its queue and a pooled connection for as long as the query runs."""
    gw = make_gateway({**handler_files(body, name="slow"),
                       **handler_files("print system.db.runScalarQuery(\"SELECT 1\")", name="quick"),
                       "X/gateway/message/slow.json": {"timeLimit": 0.5},
                       "_gateway/db.json": {"datasources": {"pg": postgres_url}}}, synchronous=True)
    started = time.monotonic()
    run = fail_one(gw, "slow")
    assert time.monotonic() - started < 5
    assert "ran past its time budget" in run.error, run.error
    assert run_one(gw, "quick").output == ["1"]


def test_a_postgresql_statement_gets_the_time_its_handler_has(make_gateway, postgres_url):
    """The server-side limit follows each run's own budget: a handler with more time, on the
    same pooled connection after a short one, is not cut at the short one's limit."""
    gw = make_gateway({**handler_files(PG_SLEEP_FOREVER, name="slow"),
                       **handler_files('print system.db.runScalarQuery("SELECT 7 FROM pg_sleep(1.2)")',
                                       name="patient"),
                       "X/gateway/message/slow.json": {"timeLimit": 0.3},
                       "X/gateway/message/patient.json": {"timeLimit": 30},
                       "_gateway/db.json": {"datasources": {"pg": postgres_url}}}, synchronous=True)
    fail_one(gw, "slow")
    assert run_one(gw, "patient").output == ["7"]


class _FakeServer:
    """A server connection that runs one statement at a time and notes which statement a
    cancel request reaches (as PostgreSQL does: a cancel stops whatever runs when it lands)."""

    def __init__(self) -> None:
        self.current: str | None = None
        self.cancelled: list[str | None] = []
        self.release = threading.Event()
        self.next_started = threading.Event()
        self.driver_connection = self

    def cursor(self) -> "_FakeCursor":
        return _FakeCursor(self)

    def cancel(self) -> None:
        # the statement ends now, and the handler's thread goes straight on to the next one,
        # before the request reaches the server
        self.release.set()
        self.next_started.wait(0.5)
        self.cancelled.append(self.current)


class _FakeCursor:
    description = None
    rowcount = 0
    lastrowid = None

    def __init__(self, server: _FakeServer) -> None:
        self.server = server
        self.closed = False

    def execute(self, text: str, params=None) -> None:
        self.server.current = text
        if text == "second":
            self.server.next_started.set()
            return
        self.server.release.wait(5)

    def close(self) -> None:
        self.server.current = None
        self.closed = True


def test_a_late_cancel_never_reaches_the_next_statement_on_the_connection():
    """The watchdog cancels a server statement from a thread of its own: if the statement
    ends meanwhile, a pooled connection may already run the next handler's statement, which
    the request must not stop."""
    server = _FakeServer()
    backend = _Backend(server, "qmark", "mysql", (Exception,))
    cancels: list = []

    def handler() -> None:
        ident = threading.get_ident()
        watcher = threading.Thread(target=lambda: (_wait_for(lambda: ident in budget._CANCELS),
                                                   cancels.append(budget._CANCELS.get(ident))))
        watcher.start()
        backend.execute("first", [], False)
        backend.execute("second", [], False)
        watcher.join()

    runner = threading.Thread(target=handler)
    runner.start()
    _wait_for(lambda: cancels)
    cancels[0]()
    runner.join(5)
    assert server.cancelled == ["first"]


def _wait_for(condition, seconds: float = 5) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        time.sleep(0.005)


PG_SLEEP_LONG = 'system.db.runQuery("SELECT pg_sleep(8)")'


@pytest.mark.parametrize("body", [
    # red team, round 3: the script turns the server's limit off before its slow statement
    'system.db.runUpdateQuery("SET statement_timeout = 0")\n' + PG_SLEEP_LONG,
    'system.db.runQuery("SELECT set_config(\'statement_timeout\', \'0\', false)")\n' + PG_SLEEP_LONG,
    # ... or in the very string of the slow statement
    'system.db.runQuery("SET statement_timeout = 0; SELECT pg_sleep(8)")',
])
def test_a_script_cannot_turn_the_statement_timeout_off(make_gateway, postgres_url, body):
    """``statement_timeout`` is a setting of the session, which the script's own SQL can change:
    the budget must stop the statement all the same (and the next handler on that pooled
    connection must not inherit a server with no limit)."""
    gw = make_gateway({**handler_files(body, name="slow"),
                       **handler_files(PG_SLEEP_LONG, name="next"),
                       "X/gateway/message/slow.json": {"timeLimit": 0.5},
                       "X/gateway/message/next.json": {"timeLimit": 0.5},
                       "_gateway/db.json": {"datasources": {"pg": postgres_url}}}, synchronous=True)
    for handler in ("slow", "next"):
        started = time.monotonic()
        run = fail_one(gw, handler)
        assert time.monotonic() - started < 5, handler
        assert "ran past its time budget" in run.error, run.error


def test_scripts_cannot_attach_other_sqlite_files(make_gateway, tmp_path):
    """ATTACH would open (or create) any SQLite file on the host through a datasource."""
    target = tmp_path / "elsewhere.db"
    gw = db_gateway(make_gateway, f"system.db.runUpdateQuery(\"ATTACH DATABASE '{target}' AS x\")\n")
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("X", "h", scope="G")
    assert runs[0].status == "error" and not target.exists()


@pytest.mark.parametrize("statement", [
    "SELECT hex(fts3_tokenizer('simple'))",
    "PRAGMA temp_store_directory = '/tmp'",
    "PRAGMA database_list",
    "PRAGMA writable_schema = ON",
])
def test_sqlite_refuses_native_pointers_and_process_settings(make_gateway, statement):
    """Each of these succeeds on a plain connection; a datasource's authorizer refuses them."""
    gw = db_gateway(make_gateway, f'system.db.runQuery("{statement}")\n')
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("X", "h", scope="G")
    assert runs[0].status == "error" and "Error executing system.db.runQuery" in runs[0].error


def test_ordinary_pragmas_still_work(make_gateway):
    gw = db_gateway(make_gateway, 'print len(system.db.runQuery("PRAGMA table_info(batches)")) > 0\n')
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("X", "h", scope="G")
    assert runs[0].output == ["True"], runs[0].error


def test_postgresql_stored_procedures_and_functions(make_gateway, postgres_url):
    """Real PostgreSQL procedures (CALL, INOUT/OUT values) and functions (a return value, OUT
    parameters, a SETOF result set), called as the manual's system.db.createSProcCall examples
    call them."""
    suffix = int(time.time() * 1000)
    table = f"shim_sp_{suffix}"
    setup = f"""
CREATE TABLE {table} (id SERIAL PRIMARY KEY, shift INTEGER, name TEXT);
INSERT INTO {table} (shift, name) VALUES (1, 'Ann'), (3, 'Bob'), (5, 'Cy');
CREATE OR REPLACE FUNCTION perform_calculation_{suffix}(arg_one integer, arg_two integer) RETURNS integer
    LANGUAGE sql AS 'SELECT arg_one * arg_two + 1';
CREATE OR REPLACE FUNCTION get_shift_workers_{suffix}(max_shift integer) RETURNS SETOF {table}
    LANGUAGE sql AS 'SELECT * FROM {table} WHERE shift <= max_shift ORDER BY id';
CREATE OR REPLACE FUNCTION get_current_speed_{suffix}(OUT speed integer, OUT unit text)
    LANGUAGE sql AS 'SELECT 42, ''rpm''::text';
CREATE OR REPLACE PROCEDURE bump_{suffix}(IN who text, INOUT counter integer, OUT note varchar)
    LANGUAGE plpgsql AS $$ BEGIN UPDATE {table} SET shift = shift + 1 WHERE name = who; counter := counter + 10; note := 'bumped ' || who; END $$;
"""
    gw = make_gateway({**handler_files(f"""
import java.lang
for statement in {setup!r}.split(";\\n"):
    if statement.strip():
        system.db.runUpdateQuery(statement)

call = system.db.createSProcCall("perform_calculation_{suffix}")
call.registerReturnParam(system.db.INTEGER)
call.registerInParam("arg_one", system.db.INTEGER, 5)
call.registerInParam("arg_two", system.db.INTEGER, 3)
system.db.execSProcCall(call)
print call.getReturnValue()

call = system.db.createSProcCall("get_shift_workers_{suffix}")
call.registerInParam(1, system.db.INTEGER, 3)
system.db.execSProcCall(call)
results = call.getResultSet()
print results.rowCount, results.getValueAt(1, "name")

call = system.db.createSProcCall("get_current_speed_{suffix}")
call.registerOutParam(1, system.db.INTEGER)
call.registerOutParam("unit", system.db.VARCHAR)
system.db.execSProcCall(call)
print call.getOutParamValue(1), call.getOutParamValue("unit")

call = system.db.createSProcCall("public.bump_{suffix}")
call.registerInParam(1, system.db.VARCHAR, "Bob")
call.registerInParam(2, system.db.INTEGER, 1)
call.registerOutParam("counter", system.db.INTEGER)
call.registerOutParam(3, system.db.VARCHAR)
system.db.execSProcCall(call)
print call.getOutParamValue(2), call.getOutParamValue("note")
print system.db.runScalarQuery("SELECT shift FROM {table} WHERE name = 'Bob'")

try:
    system.db.execSProcCall(system.db.createSProcCall("no_such_proc_{suffix}"))
except java.lang.Exception, e:
    print e.getMessage()
for statement in ["DROP PROCEDURE bump_{suffix}", "DROP FUNCTION get_current_speed_{suffix}",
                  "DROP FUNCTION get_shift_workers_{suffix}", "DROP FUNCTION perform_calculation_{suffix}",
                  "DROP TABLE {table}"]:
    system.db.runUpdateQuery(statement)
"""), "_gateway/db.json": {"datasources": {"pg": postgres_url}}}, synchronous=True)
    assert run_one(gw).output == [
        "16", "2 Bob", "42 rpm", "11 bumped Bob", "4",
        f"Stored procedure 'no_such_proc_{suffix}' does not exist",
    ]


def test_tag_history_on_a_postgresql_datasource(make_gateway, postgres_url):
    """gateway.json "history": {"datasource": ...} keeps tag history in that database."""
    files = handler_files("""
system.tag.writeBlocking(["Line/Rate"], [12.5])
ds = system.tag.queryTagHistory(["Line/Rate"], rangeMinutes=10, returnFormat="Tall")
print ds.rowCount, ds.getValueAt(ds.rowCount - 1, "value")
print system.db.runScalarQuery("SELECT COUNT(*) FROM shim_tag_history WHERE path = '[default]line/rate'")
""", semantics="8.1")
    files.update({"_gateway/db.json": {"datasources": {"pg": postgres_url}},
                  "_gateway/gateway.json": {"history": {"datasource": "pg"}},
                  "_gateway/tags.json": {"Line/Rate": {"value": 1.0, "dataType": "Float8", "historyEnabled": True}}})
    gw = make_gateway(files, synchronous=True)
    assert run_one(gw).output == ["2 12.5", "2"]
    run_one(make_gateway({**files, "X/gateway/message/h.py": "system.db.runUpdateQuery('DROP TABLE shim_tag_history')"},
                         synchronous=True))
