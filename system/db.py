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
from runtime.backends.dataset import dataset_from_rows
from runtime.backends.db import Databases, Outcome, databases
from runtime.emulated.java.lang import Exception as JavaException
from system.dataset import toPyDataSet

__all__ = [
    "READ_COMMITTED", "READ_UNCOMMITTED", "REPEATABLE_READ", "SERIALIZABLE",
    "beginTransaction", "closeTransaction", "commitTransaction", "rollbackTransaction",
    "runNamedQuery", "runPrepQuery", "runPrepUpdate", "runQuery", "runScalarPrepQuery",
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
    names = ("project", "path", "parameters", "tx", "getKey")
    if len(args) >= 2 and isinstance(args[1], str):
        given = dict(zip(names, args))
    else:
        given = dict(zip(names[1:], args))
    for key, value in kwargs.items():
        if key not in names or key in given:
            raise TypeError(f"runNamedQuery(): unexpected or repeated argument '{key}'")
        given[key] = value
    project = given.get("project") or ctx.project
    path = given.get("path")
    parameters = given.get("parameters") or {}
    if not isinstance(path, str) or not path:
        raise TypeError("runNamedQuery(): path must be the named query's path")
    if not isinstance(project, str) or not project:
        raise TypeError("runNamedQuery(): project is required outside a project's scripts")
    if not isinstance(parameters, dict):
        raise TypeError("runNamedQuery(): parameters must be a dictionary")
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


# -- helpers ---------------------------------------------------------------------------------

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
