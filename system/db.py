"""``system.db``: queries, updates and transactions on the gateway's datasources (Ignition 7.9
and 8.1 manual signatures).

Queries return datasets (``runQuery``/``runPrepQuery`` a PyDataSet, as Ignition does), updates the
number of rows affected or, with ``getKey``, the generated key. ``?`` placeholders work on every
backend; values are always bound, never formatted into the SQL. A database error is a
``java.lang.Exception`` ("Error executing system.db.runPrepQuery(...)") as Ignition raises it:
Jython's ``except Exception`` does not catch it, ``except java.lang.Exception`` does.
``skipAudit`` is accepted and ignored (shim has no audit log).
"""
from __future__ import annotations

from typing import Any

from runtime.backends import namedqueries
from runtime.core.context import current
from runtime.emulated.ignition.dataset import dataset_from_rows
from runtime.backends.db import Databases, Outcome, databases
from runtime.emulated.java.lang import Exception as JavaException
from system.dataset import toPyDataSet

#: SQL type codes (``java.sql.Types``, as ``system.db.INTEGER`` ... expose them; the 8.1 manual,
#: ``system.db.createSProcCall``, lists them) and ``ORACLE_CURSOR`` (OracleTypes.CURSOR).
TYPES = {
    "ARRAY": 2003, "BIGINT": -5, "BINARY": -2, "BIT": -7, "BLOB": 2004, "BOOLEAN": 16, "CHAR": 1,
    "CLOB": 2005, "DATALINK": 70, "DATE": 91, "DECIMAL": 3, "DISTINCT": 2001, "DOUBLE": 8,
    "FLOAT": 6, "INTEGER": 4, "JAVA_OBJECT": 2000, "LONGNVARCHAR": -16, "LONGVARBINARY": -4,
    "LONGVARCHAR": -1, "NCHAR": -15, "NCLOB": 2011, "NULL": 0, "NUMERIC": 2, "NVARCHAR": -9,
    "ORACLE_CURSOR": -10, "OTHER": 1111, "REAL": 7, "REF": 2006, "ROWID": -8, "SMALLINT": 5,
    "SQLXML": 2009, "STRUCT": 2002, "TIME": 92, "TIMESTAMP": 93, "TINYINT": -6, "VARBINARY": -3,
    "VARCHAR": 12,
}
globals().update(TYPES)

__all__ = sorted(TYPES) + [
    "READ_COMMITTED", "READ_UNCOMMITTED", "REPEATABLE_READ", "SERIALIZABLE",
    "addDatasource", "removeDatasource", "setDatasourceConnectURL", "setDatasourceEnabled",
    "setDatasourceMaxConnections",
    "beginNamedQueryTransaction", "beginTransaction", "clearAllNamedQueryCaches",
    "clearNamedQueryCache", "closeTransaction", "commitTransaction", "createSProcCall",
    "dateFormat", "execSProcCall", "getConnectionInfo", "getConnections", "refresh",
    "rollbackTransaction", "runNamedQuery", "runPrepQuery", "runPrepUpdate", "runQuery",
    "runSFNamedQuery", "runSFPrepUpdate", "runSFUpdateQuery", "runScalarPrepQuery",
    "runScalarQuery", "runUpdateQuery",
]

# Isolation levels (JDBC's constants, as system.db exposes them).
READ_UNCOMMITTED = 1
READ_COMMITTED = 2
REPEATABLE_READ = 4
SERIALIZABLE = 8


def runQuery(query, database="", tx=None):
    """Run a query (usually a SELECT); the results as a PyDataSet (manual, ``runQuery``)."""
    outcome = _run("runQuery", query, [], database, tx)
    return _dataset("runQuery", outcome, py=True)


def runPrepQuery(query, args, database="", tx=None):
    """Run a prepared query with ``?`` placeholders bound to ``args``; a PyDataSet
    (manual, ``runPrepQuery``)."""
    outcome = _run("runPrepQuery", query, _args("runPrepQuery", args), database, tx)
    return _dataset("runPrepQuery", outcome, py=True)


def runScalarQuery(query, database="", tx=None):
    """The first column of the first row of a query, or None when there are no rows
    (manual, ``runScalarQuery``)."""
    return _scalar(_run("runScalarQuery", query, [], database, tx))


def runScalarPrepQuery(query, args, database="", tx=None):
    """``runScalarQuery`` as a prepared statement (manual, ``runScalarPrepQuery``)."""
    return _scalar(_run("runScalarPrepQuery", query, _args("runScalarPrepQuery", args), database, tx))


def runUpdateQuery(query, database="", tx=None, getKey=False, skipAudit=False) -> int:
    """Run an UPDATE/INSERT/DELETE; the rows affected, or the generated key with ``getKey``
    (manual, ``runUpdateQuery``)."""
    outcome = _run("runUpdateQuery", query, [], database, tx, bool(getKey))
    return outcome.key if getKey else outcome.rowcount


def runPrepUpdate(query, args, database="", tx=None, getKey=False, skipAudit=False) -> int:
    """``runUpdateQuery`` as a prepared statement (manual, ``runPrepUpdate``)."""
    outcome = _run("runPrepUpdate", query, _args("runPrepUpdate", args), database, tx, bool(getKey))
    return outcome.key if getKey else outcome.rowcount


def beginTransaction(database="", isolationLevel=None, timeout=None) -> str:
    """Open a transaction and return its id, the ``tx`` argument of the other functions
    (manual, ``beginTransaction``; ``timeout`` in ms of inactivity, shim's default 30 s)."""
    _optional_str("beginTransaction", "database", database)
    if isolationLevel is not None and isolationLevel not in (1, 2, 4, 8):
        raise ValueError("beginTransaction(): isolationLevel must be one of system.db.READ_COMMITTED, "
                         "READ_UNCOMMITTED, REPEATABLE_READ or SERIALIZABLE")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float))):
        raise TypeError("beginTransaction(): timeout must be a number of milliseconds")
    return _databases().begin(database or None, isolationLevel, timeout)


def commitTransaction(tx) -> None:
    """Commit what ``tx`` did so far (manual, ``commitTransaction``)."""
    _databases().commit(tx)


def rollbackTransaction(tx) -> None:
    """Undo what ``tx`` did since it began or last committed (manual, ``rollbackTransaction``)."""
    _databases().rollback(tx)


def closeTransaction(tx) -> None:
    """Close ``tx`` and free its connection; its id is no longer valid (manual,
    ``closeTransaction``)."""
    _databases().close(tx)


def runNamedQuery(*args, **kwargs):
    """Run a named query of the project (manual, ``runNamedQuery``).

    Project scope: ``runNamedQuery(path, parameters, [tx], [getKey])``; gateway scope (and 7.9):
    ``runNamedQuery(project, path, parameters, [tx], [getKey])`` (the project may be omitted in
    a project's own gateway scripts). A Query gives a Dataset, an UpdateQuery the rows affected
    (or the key with ``getKey``), a ScalarQuery one value.
    """
    ctx = current()
    given = _optional_project("runNamedQuery", ("project", "path", "parameters", "tx", "getKey"),
                              args, kwargs, len(args) >= 2 and isinstance(args[1], str))
    project, path, parameters = _named_query_target("runNamedQuery", ctx, given, "parameters")
    query = namedqueries.find(ctx.gateway.projects, project, path)
    get_key = bool(given.get("getKey"))
    call = f"system.db.runNamedQuery({project}, {query.path}, {parameters})"
    outcome = _databases().execute(call, query.sql, query.arguments(parameters), query.database,
                                   given.get("tx") or None, get_key and query.type == "UpdateQuery")
    if query.type == "Query":
        return _dataset("runNamedQuery", outcome, py=False)
    if query.type == "ScalarQuery":
        return _scalar(outcome)
    return outcome.key if get_key else outcome.rowcount


def createSProcCall(procedureName, database="", tx=None, skipAudit=False):
    """A stored procedure call context to register parameters on, then run with
    ``execSProcCall`` (manual, ``system.db.createSProcCall``; see ``runtime.backends.sproc`` for
    PostgreSQL procedures and SQLite procedure files)."""
    from runtime.backends.sproc import SProcCall

    if not isinstance(procedureName, str):
        raise TypeError(f"createSProcCall(): procedureName must be a string, not {type(procedureName).__name__}")
    _optional_str("createSProcCall", "database", database)
    _optional_str("createSProcCall", "tx", tx)
    return SProcCall(procedureName, database or "", tx or None)


def execSProcCall(callContext) -> None:
    """Run a call made by ``createSProcCall``; its OUT values, return value, result set and
    update count are read from it afterwards (manual, ``system.db.execSProcCall``)."""
    from runtime.backends.gatewayfiles import gateway_dir
    from runtime.backends.sproc import SProcCall, execute_call

    if not isinstance(callContext, SProcCall):
        raise TypeError("execSProcCall(): callContext must come from system.db.createSProcCall")
    ctx = current()
    folder = gateway_dir(ctx.gateway)
    shown = f"system.db.execSProcCall({callContext.name}, {callContext.database}, {callContext.tx or ''})"
    _databases().run(shown, callContext.database or None, callContext.tx,
                     lambda backend: execute_call(callContext, backend, folder))


def beginNamedQueryTransaction(*args, **kwargs) -> str:
    """``beginTransaction`` for named queries (8.1 manual, ``beginNamedQueryTransaction``):
    ``([project], database, [isolationLevel], [timeout])``; the project (gateway scope) only
    picks where the queries come from, so the transaction is the datasource's."""
    given = _optional_project("beginNamedQueryTransaction", ("project", "database", "isolationLevel", "timeout"),
                              args, kwargs, len(args) >= 2 and isinstance(args[1], str))
    project = given.get("project")
    if project is not None and current().gateway.projects.get(project) is None:
        raise JavaException(f"Project '{project}' not found")
    return beginTransaction(given.get("database") or "", given.get("isolationLevel"),
                            given.get("timeout"))


def clearNamedQueryCache(*args) -> None:
    """Clear a named query's cached results (8.1 manual, ``clearNamedQueryCache``): shim caches
    no named query results, so there is nothing to clear; the arguments are checked."""
    if not 1 <= len(args) <= 2 or not all(isinstance(a, str) for a in args):
        raise TypeError("clearNamedQueryCache(): expected ([project], path) as strings")


def clearAllNamedQueryCaches(project=None) -> None:
    """Clear every named query cache of a project (8.1 manual, ``clearAllNamedQueryCaches``):
    nothing is cached in shim."""
    _optional_str("clearAllNamedQueryCaches", "project", project)


def dateFormat(date, formatPattern) -> str:
    """``date`` as text in a java.text.SimpleDateFormat pattern (manual, ``system.db.dateFormat``,
    the same as ``system.date.format``)."""
    from system.date import format as _format

    if not isinstance(formatPattern, str):
        raise TypeError(f"dateFormat(): formatPattern must be a string, not {type(formatPattern).__name__}")
    return _format(date, formatPattern)


def refresh(component, propertyName) -> bool:
    """Re-run the binding of a component property (manual, ``system.db.refresh``; Vision only).
    shim's components have no bindings to re-run: the call returns True if the component has
    the property, as Ignition's does when it found it, and False otherwise."""
    from runtime.backends.scopes import require_client

    require_client("db", "refresh")
    if not isinstance(propertyName, str):
        raise TypeError(f"refresh(): propertyName must be a string, not {type(propertyName).__name__}")
    from runtime.scripts.sandbox.guards import safe_hasattr

    return safe_hasattr(component, propertyName)  # the script's own rules: no '__globals__'


def getConnections():
    """The gateway's datasources as a dataset: Name, Description, JDBCDriver, ConnectURL,
    Status (8.1 manual, ``system.db.getConnections``)."""
    dbs = _databases()
    rows = [_connection_row(ds, dbs) for ds in dbs.datasources.values()]
    return dataset_from_rows(["Name", "Description", "JDBCDriver", "ConnectURL", "Status"],
                             [str] * 5, rows)


def getConnectionInfo(name=""):
    """One datasource (the default when ``name`` is empty) as a one-row dataset shaped like
    ``getConnections`` (8.1 manual, ``system.db.getConnectionInfo``)."""
    _optional_str("getConnectionInfo", "name", name)
    dbs = _databases()
    try:
        ds = dbs._configured(name) if name else dbs.datasource(None)
    except JavaException:
        rows: list = []
    else:
        rows = [_connection_row(ds, dbs)]
    return dataset_from_rows(["Name", "Description", "JDBCDriver", "ConnectURL", "Status"],
                             [str] * 5, rows)


def _connection_row(ds, dbs) -> list:
    """A datasource's row; its Status is "Disabled" after ``setDatasourceEnabled(name, False)``
    (the gateway's Database Connections status), else "Valid"."""
    driver = ds.url.split(":", 1)[0].split("+", 1)[0]
    return [ds.name, "", driver, ds.shown_url, "Disabled" if ds.name.lower() in dbs.disabled else "Valid"]


# -- datasource configuration ----------------------------------------------------------------

def addDatasource(jdbcDriver, name, description="", connectUrl=None, username=None, password=None,
                  props=None, validationQuery=None, maxConnections=8) -> None:
    """Add a database connection to the gateway, in memory (8.1 manual, ``system.db.addDatasource``).
    ``connectUrl`` is the JDBC URL (``jdbc:postgresql://host:5432/db``, ``jdbc:mysql://...``,
    ``jdbc:sqlite:file.db``) or one of db.json's URLs; ``username``/``password`` join it. The
    driver name, properties, validation query and pool size are accepted and not used."""
    from runtime.backends.gatewayfiles import gateway_dir

    for label, value in (("jdbcDriver", jdbcDriver), ("name", name)):
        if not isinstance(value, str) or not value:
            raise TypeError(f"addDatasource(): {label} must be a non-empty string")
    if not isinstance(connectUrl, str) or not connectUrl:
        raise TypeError("addDatasource(): connectUrl must be the database's JDBC URL")
    url = _allowed("addDatasource", _sqlalchemy_url(connectUrl, username, password))
    _databases().add(name, url, gateway_dir(current().gateway))


def removeDatasource(name) -> None:
    """Remove a database connection (8.1 manual, ``system.db.removeDatasource``)."""
    _optional_str("removeDatasource", "name", name)
    _databases().remove(name or "")


def setDatasourceConnectURL(name, connectUrl) -> None:
    """Point a database connection at another URL (8.1 manual, ``setDatasourceConnectURL``)."""
    if not isinstance(connectUrl, str) or not connectUrl:
        raise TypeError("setDatasourceConnectURL(): connectUrl must be a JDBC URL")
    _databases().set_url(str(name), _allowed("setDatasourceConnectURL", _sqlalchemy_url(connectUrl, None, None)))


def setDatasourceEnabled(name, enabled) -> None:
    """Enable or disable a database connection; queries on a disabled one raise (8.1 manual,
    ``system.db.setDatasourceEnabled``)."""
    dbs = _databases()
    ds = dbs._configured(str(name))
    (dbs.disabled.discard if enabled else dbs.disabled.add)(ds.name.lower())


def setDatasourceMaxConnections(name, maxConnections) -> None:
    """Set a connection's pool size (8.1 manual, ``setDatasourceMaxConnections``): shim's pools
    grow as needed, so only the arguments are checked."""
    _databases()._configured(str(name))
    if isinstance(maxConnections, bool) or not isinstance(maxConnections, int) or maxConnections < 1:
        raise ValueError("setDatasourceMaxConnections(): maxConnections must be a positive integer")


def _allowed(function: str, url: str) -> str:
    """A URL a script may open: a private ``sqlite://`` database, a SQLite file inside the
    gateway's files folder (relative paths are relative to it), or a server whose host (or
    host:port) is listed in gateway.json's ``"db": {"allow": [...]}``; anything else is refused,
    as scripts never reach the host's files or the network on their own."""
    from urllib.parse import urlsplit

    from runtime.backends.files import files_root, resolve
    from runtime.backends.gatewayfiles import allow_list

    gateway = current().gateway
    if url.startswith("sqlite:"):
        rest = url[len("sqlite:"):]
        if rest in ("", "//", "///", "///:memory:", "//:memory:"):  # xerial's jdbc:sqlite: and jdbc:sqlite::memory:
            return "sqlite://"
        root = files_root(gateway)
        root.mkdir(parents=True, exist_ok=True)
        return "sqlite:///" + str(resolve(root, function, rest[3:] if rest.startswith("///") else rest))
    _section, allow, source = allow_list(gateway, "db")
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host not in allow and f"{host}:{parts.port}" not in allow:
        raise IOError(f"{function}(): {host or url} is not allowed; list it in {source} "
                      "under \"db\": {\"allow\": [...]}")
    return url


def _sqlalchemy_url(url: str, username: Any, password: Any) -> str:
    """A JDBC URL as db.json spells it (``jdbc:postgresql://h/db`` -> ``postgresql://user:pw@h/db``)."""
    from urllib.parse import quote

    text = url[5:] if url.startswith("jdbc:") else url
    if text.startswith("sqlite:") and not text.startswith("sqlite://"):
        text = "sqlite:///" + text[len("sqlite:"):]
    scheme, sep, rest = text.partition("://")
    if not sep:
        raise ValueError(f"not a database URL: {url!r}")
    if username and "@" not in rest:
        credentials = quote(str(username), safe="") + (":" + quote(str(password), safe="") if password else "")
        rest = f"{credentials}@{rest}"
    return f"{scheme}://{rest}"


# -- store and forward -----------------------------------------------------------------------

def runSFUpdateQuery(query, datasources) -> bool:
    """Send an update to each datasource through store-and-forward (manual,
    ``system.db.runSFUpdateQuery``); see ``runtime.backends.storeforward``."""
    if not isinstance(query, str):
        raise TypeError(f"runSFUpdateQuery(): query must be a string, not {type(query).__name__}")
    return _forward("runSFUpdateQuery", query, [], _names("runSFUpdateQuery", datasources))


def runSFPrepUpdate(query, args, datasources) -> bool:
    """``runSFUpdateQuery`` as a prepared statement (manual, ``system.db.runSFPrepUpdate``)."""
    if not isinstance(query, str):
        raise TypeError(f"runSFPrepUpdate(): query must be a string, not {type(query).__name__}")
    return _forward("runSFPrepUpdate", query, _args("runSFPrepUpdate", args),
                    _names("runSFPrepUpdate", datasources))


def runSFNamedQuery(*args, **kwargs) -> bool:
    """Run an update named query through store-and-forward (manual, ``runSFNamedQuery``):
    ``([project], path, params)``, to the named query's datasource."""
    ctx = current()
    given = _optional_project("runSFNamedQuery", ("project", "path", "params"), args, kwargs,
                              len(args) >= 3)
    project, path, params = _named_query_target("runSFNamedQuery", ctx, given, "params")
    query = namedqueries.find(ctx.gateway.projects, project, path)
    if query.type != "UpdateQuery":
        raise JavaException(f"runSFNamedQuery(): '{query.path}' is a {query.type}; store and "
                            "forward runs update queries only")
    database = query.database or _databases().default or ""
    return _forward("runSFNamedQuery", query.sql, query.arguments(params), [database])


def _names(function: str, datasources: Any) -> list[str]:
    if isinstance(datasources, str):
        datasources = [datasources]
    if isinstance(datasources, dict) or not hasattr(datasources, "__iter__"):
        raise TypeError(f"{function}(): datasources must be a list of datasource names")
    found = list(datasources)
    if not all(isinstance(d, str) for d in found):
        raise TypeError(f"{function}(): datasources must be a list of datasource names")
    return found


def _forward(function: str, sql: str, args: list, targets: list[str]) -> bool:
    from runtime.backends.storeforward import store_and_forward

    dbs = _databases()
    queue = store_and_forward(current().gateway)
    for name in targets:
        try:
            dbs.datasource(name or None)
        except JavaException:
            return False
    for name in targets:
        error = None
        try:
            dbs.execute(f"system.db.{function}", sql, args, name or None, None)
        except JavaException as exc:
            cause = exc.getCause()
            error = str(cause.getMessage() if cause is not None else exc.getMessage())
        queue.add(f"system.db.{function}", sql, args, name or dbs.default or "", error)
    return True


# -- helpers ---------------------------------------------------------------------------------

def _optional_project(function: str, names: tuple, args: tuple, kwargs: dict, with_project: bool) -> dict:
    """The arguments of a named query function whose first parameter, ``project``, may be left
    out (project scope), by name."""
    given = dict(zip(names if with_project else names[1:], args))
    for key, value in kwargs.items():
        if key not in names or key in given:
            raise TypeError(f"{function}(): unexpected or repeated argument '{key}'")
        given[key] = value
    return given


def _named_query_target(function: str, ctx: Any, given: dict, params_name: str) -> tuple[str, str, dict]:
    """(project, path, parameters) of a named query call, checked."""
    project = given.get("project") or ctx.project
    path = given.get("path")
    parameters = given.get(params_name) or {}
    if not isinstance(path, str) or not path:
        raise TypeError(f"{function}(): path must be the named query's path")
    if not isinstance(project, str) or not project:
        raise TypeError(f"{function}(): project is required outside a project's scripts")
    if not isinstance(parameters, dict):
        raise TypeError(f"{function}(): {params_name} must be a dictionary")
    return project, path, parameters


def _databases() -> Databases:
    return databases(current().gateway)


def _run(function: str, query: Any, args: list, database: Any, tx: Any,
         get_key: bool = False) -> Outcome:
    if not isinstance(query, str):
        raise TypeError(f"{function}(): query must be a string, not {type(query).__name__}")
    _optional_str(function, "database", database)
    _optional_str(function, "tx", tx)
    shown = ", ".join([query] + ([_java_list(args)] if function.startswith(("runPrep", "runScalarPrep"))
                                 else []) + [database or "", tx or ""])
    return _databases().execute(f"system.db.{function}({shown})", query, args, database or None,
                                tx or None, get_key)


def _args(function: str, args: Any) -> list:
    if isinstance(args, (str, bytes, dict)) or not hasattr(args, "__iter__"):
        raise TypeError(f"{function}(): args must be a list of values, not {type(args).__name__}")
    return list(args)


def _optional_str(function: str, name: str, value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{function}(): {name} must be a string, not {type(value).__name__}")


def _java_list(values: list) -> str:
    return "[" + ", ".join("null" if v is None else str(v) for v in values) + "]"


def _scalar(outcome: Outcome) -> Any:
    return outcome.rows[0][0] if outcome.rows and outcome.columns else None


def _dataset(function: str, outcome: Outcome, py: bool) -> Any:
    if not outcome.has_results:
        raise JavaException(f"Error executing system.db.{function}: the statement returned no "
                            "result set (use runUpdateQuery/runPrepUpdate for updates)")
    dataset = dataset_from_rows(outcome.columns, None, outcome.rows)
    return toPyDataSet(dataset) if py else dataset
