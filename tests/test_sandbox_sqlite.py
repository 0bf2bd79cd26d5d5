"""Attacks on the gateway's SQLite datasources (issue #16): settings every script shares,
statements that never end, transactions that are never closed.

Ignition's ``system.db.beginTransaction(database, isolationLevel, timeout)`` gives every
transaction an inactivity timeout: "if a transaction is detected to have timed out, it will be
automatically closed and its transaction id will no longer be valid" (manual,
docs.inductiveautomation.com/docs/8.1/appendix/scripting-functions/system-db/system-db-beginTransaction).
shim caps the timeout a script asks for at gateway.json's ``"limits": {"transactionTimeout"}``.
"""
from __future__ import annotations

import time

import pytest

from runtime.backends.db import databases
from systemkit import fail_one, handler_files, run_one

SCHEMA = """
CREATE TABLE batches (id INTEGER PRIMARY KEY AUTOINCREMENT, line INTEGER NOT NULL, product TEXT);
CREATE TABLE lines (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE shifts (id INTEGER PRIMARY KEY, line INTEGER REFERENCES lines(id));
INSERT INTO batches (line, product) VALUES (1, 'Cola');
INSERT INTO lines VALUES (1, 'Bottling');
"""


def gateway_with(make_gateway, handlers: dict[str, str], limits: dict | None = None, **kwargs):
    """A gateway with one shared SQLite datasource; ``handlers``: "PROJECT/name" -> source."""
    files: dict[str, object] = {
        "_gateway/db.json": {"datasources": {"Plant": {"url": "sqlite://", "init": "schema.sql"}},
                             "default": "Plant"},
        "_gateway/schema.sql": SCHEMA,
    }
    if limits is not None:
        files["_gateway/gateway.json"] = {"limits": limits}
    for key, source in handlers.items():
        project, name = key.split("/")
        files.update(handler_files(source, name=name, project=project))
    for key, options in kwargs.pop("options", {}).items():
        project, name = key.split("/")
        files[f"{project}/gateway/message/{name}.json"] = options
    return make_gateway(files, **kwargs)


QUERY_ONE = """
import java.lang
try:
    system.db.runQuery(%r)
    print "ran"
except java.lang.Exception, e:
    print e.getCause().getMessage()
print system.db.runScalarQuery("PRAGMA foreign_keys"), system.db.runScalarQuery("PRAGMA journal_mode")
"""


@pytest.mark.parametrize("statement", [
    "PRAGMA hard_heap_limit=1",
    "pragma HARD_HEAP_LIMIT = 1",
    "PRAGMA main.hard_heap_limit(1)",
    "PRAGMA soft_heap_limit=1",
    "PRAGMA foreign_keys=OFF",
    "PRAGMA journal_mode=OFF",
    "PRAGMA main.journal_mode = DELETE",
    "PRAGMA mmap_size=1099511627776",
    "PRAGMA cache_size=-100000000",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA threads=64",
    "PRAGMA busy_timeout=0",
    "PRAGMA locking_mode=EXCLUSIVE",
    "PRAGMA synchronous=OFF",
    "PRAGMA recursive_triggers=ON",
    "PRAGMA ignore_check_constraints=ON",
    "PRAGMA shrink_memory",
    "PRAGMA wal_checkpoint(TRUNCATE)",
    "PRAGMA compile_options",
    "SELECT * FROM pragma_hard_heap_limit",
    "SELECT * FROM pragma_soft_heap_limit",
    "SELECT * FROM pragma_database_list",
    "CREATE VIRTUAL TABLE notes USING fts4(body)",
])
def test_pragmas_and_statements_outside_the_allow_list_are_refused_by_name(make_gateway, statement):
    """Each of these works on a plain connection and would change a setting every script of the
    gateway shares (or reach the host); the refusal says what was refused, and the pooled
    connection keeps the gateway's settings."""
    gw = gateway_with(make_gateway, {"X/h": QUERY_ONE % statement}, synchronous=True)
    run = run_one(gw)
    assert run.output[0] != "ran", statement
    assert run.output[0].startswith("not authorized: "), run.output
    assert "not available to scripts" in run.output[0] or "may be read, not set" in run.output[0]
    assert run.output[1] == "1 wal"


def test_hard_heap_limit_names_the_pragma(make_gateway):
    gw = gateway_with(make_gateway, {"X/h": QUERY_ONE % "PRAGMA hard_heap_limit=1"}, synchronous=True)
    assert run_one(gw).output[0] == ("not authorized: PRAGMA hard_heap_limit is not available to scripts "
                                     "(it changes the connection, the gateway process or reaches the host)")


def test_schema_pragmas_and_ordinary_sql_still_work(make_gateway):
    """What plant code does with SQLite: schema questions, user_version migrations, DDL in a
    transaction, savepoints, recursive CTEs that end, pragma table functions."""
    gw = gateway_with(make_gateway, {"X/h": """
print ",".join([row["name"] for row in system.db.runQuery("PRAGMA table_info(batches)")])
print system.db.runQuery("PRAGMA foreign_key_list(shifts)")[0]["table"]
print system.db.runScalarQuery("PRAGMA integrity_check")
if system.db.runScalarQuery("PRAGMA user_version") == 0:
    system.db.runUpdateQuery("PRAGMA user_version = 3")
print system.db.runScalarQuery("PRAGMA user_version")
print system.db.runScalarQuery("SELECT count(*) FROM pragma_table_info('lines')")
tx = system.db.beginTransaction()
system.db.runUpdateQuery("CREATE TABLE IF NOT EXISTS audit (at TEXT, what TEXT)", tx=tx)
system.db.runUpdateQuery("CREATE INDEX IF NOT EXISTS audit_at ON audit(at)", tx=tx)
system.db.runUpdateQuery("SAVEPOINT s1", tx=tx)
system.db.runPrepUpdate("INSERT INTO audit VALUES (?, ?)", ["now", "start"], tx=tx)
system.db.runUpdateQuery("RELEASE s1", tx=tx)
system.db.commitTransaction(tx)
system.db.closeTransaction(tx)
print system.db.runScalarQuery("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100) SELECT sum(x) FROM c")
print system.db.runScalarQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
"""}, synchronous=True)
    assert run_one(gw).output == ["id,line,product", "lines", "ok", "3", "2", "5050", "5"]


CTE = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


@pytest.mark.parametrize("body", [
    f'system.db.runQuery("{CTE}")',
    # the script swallows everything it can and tries again: the budget still ends it
    f'''
while True:
    try:
        system.db.runScalarQuery("{CTE}")
    except:
        pass''',
    # a cross join of recursive CTEs (no single endless recursion) inside a transaction
    '''
tx = system.db.beginTransaction()
system.db.runQuery("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) "
                   "SELECT count(*) FROM c a, c b, c d", tx=tx)''',
])
def test_an_endless_sqlite_statement_ends_at_the_time_budget(make_gateway, body):
    """SQLite runs in C with the interpreter released: without a progress handler the watchdog
    never stops it and the handler's queue is blocked for good."""
    gw = gateway_with(make_gateway, {"X/h": body}, synchronous=True,
                      options={"X/h": {"timeLimit": 0.5}})
    started = time.monotonic()
    run = fail_one(gw)
    assert time.monotonic() - started < 5
    assert "ran past its time budget" in run.error, run.error


def test_a_huge_blob_is_refused_by_sqlite_not_built(make_gateway):
    gw = gateway_with(make_gateway, {"X/h": QUERY_ONE % "SELECT length(zeroblob(900000000))"},
                      synchronous=True)
    assert run_one(gw).output == ["string or blob too big", "1 wal"]


NEVER_CLOSED = """
tx = system.db.beginTransaction(timeout=%s)
system.db.runPrepUpdate("INSERT INTO batches (line, product) VALUES (?, ?)", [9, "held"], tx=tx)
print "holding"
"""

WRITER = """
print system.db.runPrepUpdate("INSERT INTO batches (line, product) VALUES (?, ?)", [2, "Lemonade"])
print system.db.runScalarQuery("SELECT count(*) FROM batches")
"""


@pytest.mark.parametrize("timeout", ["10**12", "float('inf')", "float('nan')", "2**63"])
def test_a_never_closed_transaction_frees_the_database_at_the_gateway_cap(make_gateway, timeout):
    """Project A opens a transaction asking for a near-endless timeout, writes and never closes
    it (SQLite's write lock is held); project B's writes go through once the gateway's cap has
    passed, and A's uncommitted row is rolled back."""
    gw = gateway_with(make_gateway, {"A/h": NEVER_CLOSED % timeout, "B/h": WRITER},
                      limits={"transactionTimeout": 300}, synchronous=True)
    assert run_one(gw, project="A").output == ["holding"]
    assert len(databases(gw).open_transactions()) == 1
    time.sleep(0.4)
    assert run_one(gw, project="B").output == ["1", "2"]
    assert databases(gw).open_transactions() == []


def test_a_transaction_used_within_its_timeout_stays_open(make_gateway):
    """The cap is on inactivity, as Ignition's timeout is: a transaction in use is not cut."""
    gw = gateway_with(make_gateway, {"A/h": """
import time
tx = system.db.beginTransaction(timeout=60000)
for i in range(4):
    system.db.runPrepUpdate("INSERT INTO batches (line) VALUES (?)", [i], tx=tx)
    time.sleep(0.1)
system.db.commitTransaction(tx)
system.db.closeTransaction(tx)
print system.db.runScalarQuery("SELECT count(*) FROM batches")
"""}, limits={"transactionTimeout": 250}, synchronous=True)
    assert run_one(gw, project="A").output == ["5"]


def test_bad_limits_are_named(make_gateway):
    from runtime.backends.limits import limits
    from runtime.core.errors import ProjectError

    for bad, text in (({"transactionTimeout": -1}, '"transactionTimeout" must be a positive number'),
                      ({"transactionTimeout": "lots"}, '"transactionTimeout" must be a positive number'),
                      ({"transactionTimeout": 0}, '"transactionTimeout" must be a positive number'),
                      ({"transactionTimeout": float("nan")}, '"transactionTimeout" must be a positive number'),
                      ({"transactionTimeout": float("inf")}, '"transactionTimeout" must be a positive number'),
                      ({"maxThings": 1}, 'unknown limit "maxThings"'), ([], '"limits" must be an object')):
        with pytest.raises(ProjectError, match=text):  # the gateway does not start
            make_gateway({"_gateway/gateway.json": {"limits": bad}, "X/project.json": {}}, synchronous=True)
    gw = make_gateway({"_gateway/gateway.json": {"limits": {"transactionTimeout": 1000}},
                       "X/project.json": {}}, synchronous=True)
    assert limits(gw).transaction_timeout_ms == 1000
