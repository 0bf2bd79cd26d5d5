"""system.db beyond queries: stored procedure calls on SQLite procedure files, the JDBC type
constants, dateFormat, refresh, store-and-forward, named query transactions and connection
info, through real handlers on a real SQLite datasource (PostgreSQL procedures are in
test_system_db.py, beside its throwaway cluster)."""
from __future__ import annotations

import pytest

from runtime.backends.files import files_root

from runtime.backends.storeforward import store_and_forward
from systemkit import IGN81, fail_one, handler_files, run_one

SCHEMA = """
CREATE TABLE batches (id INTEGER PRIMARY KEY, line INTEGER NOT NULL, qty REAL);
CREATE TABLE lines (id INTEGER PRIMARY KEY, runs INTEGER NOT NULL DEFAULT 0);
INSERT INTO lines (id) VALUES (1), (2);
INSERT INTO batches (line, qty) VALUES (1, 10), (1, 5.5), (2, 7);
"""

#: The manual's examples (system.db.createSProcCall) need these procedures.
PROCEDURES = {
    "start_batch": "-- parameters:\nINSERT INTO batches (line, qty) VALUES (2, 0);\n",
    "get_shift_workers": ("-- parameters: IN shift INTEGER\n"
                          "SELECT id, line, qty FROM batches WHERE line <= :shift ORDER BY id;\n"),
    "perform_calculation": ("-- parameters: IN arg_one INTEGER, IN arg_two INTEGER\n"
                            "RETURN :arg_one * :arg_two + 1;\n"),
    "get_current_speed": "-- parameters: OUT speed INTEGER\nSET :speed = 42;\n",
    "line_total": """-- parameters: IN line INTEGER, OUT total REAL, INOUT runs INTEGER
-- the total of a line's batches; counts the run on the line (a semicolon; in a comment)
SET :total = (SELECT SUM(qty) FROM batches WHERE line = :line);
SET :runs = :runs + 1;
UPDATE lines SET runs = :runs WHERE id = :line;
SELECT id, qty FROM batches WHERE line = :line ORDER BY id;
SELECT 'second result sets are not the first';
RETURN :total * 2;
""",
    "fails_halfway": """-- parameters: IN line INTEGER
UPDATE lines SET runs = 99 WHERE id = :line;
INSERT INTO no_such_table VALUES (1);
""",
}


def gateway(make_gateway, source: str, semantics: str = "8.1", **extra):
    files = handler_files(source, semantics=semantics)
    files["_gateway/db.json"] = {"datasources": {"Plant": {"url": "sqlite://", "init": "schema.sql"},
                                                 "Other": {"url": "sqlite://", "init": "schema.sql"}},
                                 "default": "Plant"}
    files["_gateway/schema.sql"] = SCHEMA
    for name, text in PROCEDURES.items():
        files[f"_gateway/db/procedures/{name}.sql"] = text
    files.update(extra)
    return make_gateway(files, synchronous=True)


def test_manual_examples_of_create_sproc_call_run_as_written(make_gateway):
    """The four examples of the manual page system.db.createSProcCall, unchanged."""
    gw = gateway(make_gateway, """
call = system.db.createSProcCall("start_batch")
system.db.execSProcCall(call)

call = system.db.createSProcCall("get_shift_workers")
call.registerInParam(1, system.db.INTEGER, 3)
system.db.execSProcCall(call)
results = call.getResultSet()
print results.rowCount, results.getColumnNames()

call = system.db.createSProcCall("perform_calculation")
call.registerReturnParam(system.db.INTEGER)
call.registerInParam("arg_one", system.db.INTEGER, 5)
call.registerInParam("arg_two", system.db.INTEGER, 3)
system.db.execSProcCall(call)
print call.getReturnValue()

call = system.db.createSProcCall("get_current_speed")
call.registerOutParam(1, system.db.INTEGER)
system.db.execSProcCall(call)
print call.getOutParamValue(1)
""")
    assert run_one(gw).output == ["4 [id, line, qty]", "16", "42"]


def test_in_out_inout_parameters_result_set_and_update_count(make_gateway):
    gw = gateway(make_gateway, """
call = system.db.createSProcCall("line_total", "Plant")
call.registerInParam(1, system.db.INTEGER, 1)
call.registerOutParam("total", system.db.DOUBLE)
call.registerInParam("runs", system.db.INTEGER, 4)
call.registerOutParam(3, system.db.INTEGER)
system.db.execSProcCall(call)
print call.getOutParamValue("total"), call.getOutParamValue("TOTAL"), call.getOutParamValue(2)
print call.getOutParamValue(3), call.getOutParamValue("runs"), call.getReturnValue(), call.getUpdateCount()
ds = call.getResultSet()
print ds.rowCount, ds.getValueAt(1, "qty")
print system.db.runScalarQuery("SELECT runs FROM lines WHERE id = 1")
""")
    assert run_one(gw).output == ["15.5 15.5 15.5", "5 5 31.0 1", "2 5.5", "5"]


def test_a_procedure_inside_a_transaction_rolls_back_with_it(make_gateway):
    gw = gateway(make_gateway, """
tx = system.db.beginTransaction()
call = system.db.createSProcCall("line_total", tx=tx)
call.registerInParam("line", system.db.INTEGER, 2)
call.registerInParam("runs", system.db.INTEGER, 0)
call.registerOutParam("runs", system.db.INTEGER)
system.db.execSProcCall(call)
print call.getOutParamValue("runs"), system.db.runScalarQuery("SELECT runs FROM lines WHERE id = 2", tx=tx)
system.db.rollbackTransaction(tx)
system.db.closeTransaction(tx)
print system.db.runScalarQuery("SELECT runs FROM lines WHERE id = 2")
""")
    assert run_one(gw).output == ["1 1", "0"]


def test_a_failing_procedure_changes_nothing_and_raises_a_java_exception(make_gateway):
    gw = gateway(make_gateway, """
import java.lang
call = system.db.createSProcCall("fails_halfway")
call.registerInParam(1, system.db.INTEGER, 1)
try:
    system.db.execSProcCall(call)
except java.lang.Exception, e:
    print e.getMessage()
    print e.getCause().getMessage()
print system.db.runScalarQuery("SELECT runs FROM lines WHERE id = 1")
""")
    assert run_one(gw).output == ["Error executing system.db.execSProcCall(fails_halfway, , )",
                                  "no such table: no_such_table", "0"]


@pytest.mark.parametrize("source, message", [
    ('c = system.db.createSProcCall("nope")\nsystem.db.execSProcCall(c)',
     "Stored procedure 'nope' not found"),
    ('c = system.db.createSProcCall("perform_calculation")\nc.registerInParam(1, system.db.INTEGER, 1)\n'
     'system.db.execSProcCall(c)', "no value registered for IN parameter 2 (arg_two)"),
    ('c = system.db.createSProcCall("perform_calculation")\nc.registerInParam("arg_three", 4, 1)\n'
     'system.db.execSProcCall(c)', "has no parameter 'arg_three'"),
    ('c = system.db.createSProcCall("get_current_speed")\nc.getOutParamValue(1)', "has not been executed"),
    ('c = system.db.createSProcCall("x")\nc.registerInParam(0, 4, 1)', "parameter indexes start at 1"),
    ('c = system.db.createSProcCall("x")\nc.registerOutParam(1, "INTEGER")', "typeCode must be a system.db type"),
    ('system.db.createSProcCall("x; DROP TABLE lines")', "is not a procedure name"),
    ('system.db.execSProcCall("x")', "callContext must come from system.db.createSProcCall"),
])
def test_sproc_errors_are_clear(make_gateway, source, message):
    gw = gateway(make_gateway, source)
    assert message in fail_one(gw).error


def test_type_constants_have_jdbc_values():
    import system.db as db

    assert (db.INTEGER, db.NVARCHAR, db.BIT, db.VARCHAR, db.TIMESTAMP, db.DOUBLE, db.BOOLEAN,
            db.DECIMAL, db.BIGINT, db.ORACLE_CURSOR, db.OTHER) == (4, -9, -7, 12, 93, 8, 16, 3, -5, -10, 1111)
    assert all(isinstance(getattr(db, name), int) for name in db.TYPES)


def test_every_type_constant_is_real_javas_java_sql_types_value():
    """system.db's type constants are JDBC's (manual, system.db: "the type constants"): each
    one checked against java.sql.Types in real Java (Debian's jython); ORACLE_CURSOR is
    Oracle's driver constant (oracle.jdbc.OracleTypes.CURSOR, -10), not in java.sql.Types."""
    import json
    import os
    import shutil
    import subprocess

    import system.db as db

    jython = os.environ.get("SHIM_JYTHON") or shutil.which("jython")
    if jython is None:
        pytest.skip("jython is not installed")
    names = sorted(name for name in db.TYPES if name != "ORACLE_CURSOR")
    script = ("from java.sql import Types\nimport sys\n"
              "sys.stdout.write(repr(dict((n, getattr(Types, n)) for n in %r)))\n" % names)
    done = subprocess.run([jython, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    java = json.loads(done.stdout.strip().splitlines()[-1].replace("'", '"'))
    assert {name: getattr(db, name) for name in names} == java and len(names) == 36
    assert db.ORACLE_CURSOR == -10


def test_date_format_and_connections(make_gateway):
    gw = gateway(make_gateway, """
d = system.date.getDate(2024, 4, 1)
print system.db.dateFormat(d, "yyyy-MM-dd HH:mm"), system.db.dateFormat(date=d, formatPattern="MMM d")
conns = system.db.getConnections()
print conns.rowCount, ",".join([conns.getValueAt(i, "Name") for i in range(conns.rowCount)]), conns.getValueAt(0, "Status")
print system.db.getConnectionInfo().getValueAt(0, "Name"), system.db.getConnectionInfo("Nope").rowCount
try:
    system.db.dateFormat(d, 5)
except TypeError, e:
    print "TypeError"
""")
    assert run_one(gw).output == ["2024-05-01 00:00 May 1", "2 Plant,Other Valid", "Plant 0",
                                  "TypeError"]


def test_store_and_forward_forwards_to_each_datasource_and_records_it(make_gateway):
    gw = gateway(make_gateway, """
print system.db.runSFUpdateQuery("INSERT INTO batches (line, qty) VALUES (5, 1)", ["Plant"])
print system.db.runSFPrepUpdate("INSERT INTO batches (line, qty) VALUES (?, ?)", [6, 2.5], ["Plant", "Other"])
print system.db.runSFPrepUpdate("INSERT INTO no_such_table VALUES (?)", [1], ["Plant"])
print system.db.runSFUpdateQuery("DELETE FROM batches", ["Nope"])
print system.db.runSFNamedQuery("addBatch", {"line": 7})
print system.db.runScalarQuery("SELECT COUNT(*) FROM batches"), system.db.runScalarQuery("SELECT COUNT(*) FROM batches", "Other")
""", **{"X/namedqueries/addBatch.sql": "INSERT INTO batches (line, qty) VALUES (:line, 0)"})
    assert run_one(gw).output == ["True", "True", "True", "False", "True", "6 4"]
    entries = store_and_forward(gw).entries
    assert [(e.datasource, e.status) for e in entries] == [
        ("Plant", "forwarded"), ("Plant", "forwarded"), ("Other", "forwarded"),
        ("Plant", "quarantined"), ("Plant", "forwarded")]
    assert entries[1].args == (6, 2.5) and "no such table" in entries[3].error


def test_named_query_transactions_and_cache_calls(make_gateway):
    gw = gateway(make_gateway, """
tx = system.db.beginNamedQueryTransaction("Plant", system.db.SERIALIZABLE, 5000)
print system.db.runNamedQuery("addBatch", {"line": 9}, tx)
system.db.rollbackTransaction(tx)
system.db.closeTransaction(tx)
tx = system.db.beginNamedQueryTransaction("X", "Plant")
system.db.runNamedQuery("addBatch", {"line": 9}, tx)
system.db.commitTransaction(tx)
system.db.closeTransaction(tx)
print system.db.runScalarQuery("SELECT COUNT(*) FROM batches WHERE line = 9")
system.db.clearNamedQueryCache("addBatch")
system.db.clearAllNamedQueryCaches("X")
import java.lang
try:
    system.db.beginNamedQueryTransaction("Nope", "Plant")
except java.lang.Exception, e:
    print e.getMessage()
""", **{"X/namedqueries/addBatch.sql": "INSERT INTO batches (line, qty) VALUES (:line, 0)"})
    assert run_one(gw).output == ["1", "1", "Project 'Nope' not found"]


def test_refresh_is_a_vision_function(make_gateway):
    gw = gateway(make_gateway, "system.db.refresh(None, 'data')")
    assert "exists only in Vision clients" in fail_one(gw).error


def test_datasources_added_repointed_disabled_and_removed(make_gateway, make_projects):
    gw = gateway(make_gateway, """
import java.lang
system.db.addDatasource("SQLite", "Extra", "scratch db", "jdbc:sqlite:dbs/extra.db")
system.db.runUpdateQuery("CREATE TABLE t (a INTEGER)", "Extra")
print system.db.runPrepUpdate("INSERT INTO t VALUES (?)", [1], "Extra"), system.db.getConnectionInfo("Extra").getValueAt(0, "Name")
system.db.setDatasourceMaxConnections("Extra", 4)
system.db.setDatasourceEnabled("Extra", False)
try:
    system.db.runQuery("SELECT * FROM t", "Extra")
except java.lang.Exception, e:
    print e.getMessage()
system.db.setDatasourceEnabled("Extra", True)
print system.db.runScalarQuery("SELECT COUNT(*) FROM t", "Extra")
system.db.setDatasourceConnectURL("Extra", "sqlite://")
try:
    system.db.runQuery("SELECT * FROM t", "Extra")
except java.lang.Exception, e:
    print e.getCause().getMessage()
system.db.removeDatasource("Extra")
for call in (lambda: system.db.runQuery("SELECT 1", "Extra"), lambda: system.db.addDatasource("x", "Plant", "", "sqlite://")):
    try:
        call()
    except java.lang.Exception, e:
        print e.getMessage()
""")
    assert run_one(gw).output == ["1 Extra", 'Datasource "Extra" is disabled.', "1", "no such table: t",
                                  'Datasource "Extra" does not exist in this Gateway.',
                                  'Datasource "Plant" already exists in this Gateway.']
    assert (make_projects({}) / "_gateway" / "files" / "dbs" / "extra.db").exists()


@pytest.mark.parametrize("url", ["jdbc:sqlite::memory:", "jdbc:sqlite:"])
def test_a_datasource_added_without_a_file_is_a_private_database(make_gateway, url):
    """xerial's SQLite JDBC driver opens an in-memory database for ``jdbc:sqlite::memory:`` (and an
    empty path): never a file named ':memory:' in the files folder, never an error."""
    gw = gateway(make_gateway, f"""
system.db.addDatasource("org.sqlite.JDBC", "Scratch", "", "{url}")
system.db.runUpdateQuery("CREATE TABLE t (a INTEGER)", "Scratch")
system.db.runPrepUpdate("INSERT INTO t VALUES (?)", [5], "Scratch")
print system.db.runScalarQuery("SELECT SUM(a) FROM t", "Scratch")
""")
    assert run_one(gw).output == ["5"]
    assert not list(files_root(gw).rglob("*memory*"))


@pytest.mark.parametrize("url, message", [
    ("jdbc:sqlite:/etc/shim-evil.db", "is outside shim's file sandbox"),
    ("jdbc:sqlite:../../escape.db", "is outside shim's file sandbox"),
    ("jdbc:postgresql://db.example.com:5432/plant", "db.example.com is not allowed"),
])
def test_scripts_cannot_add_datasources_outside_the_sandbox(make_gateway, url, message):
    gw = gateway(make_gateway, f'system.db.addDatasource("x", "Evil", "", "{url}")')
    assert message in fail_one(gw).error
