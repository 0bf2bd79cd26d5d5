"""Stored procedure calls: ``system.db.createSProcCall`` / ``execSProcCall`` (manual,
``system.db.createSProcCall``).

An ``SProcCall`` collects what JDBC's CallableStatement would: IN parameters (by 1-based index or
by name, with a ``system.db`` type code and a value), OUT parameters (type code only), INOUT ones
(registered both ways), and a return value type. Executing it fills in the OUT values, the return
value, the first result set and the update count.

Where the procedure lives:

* **PostgreSQL**: a real procedure (``CREATE PROCEDURE``, run with ``CALL``; INOUT/OUT values come
  back as the CALL's row) or function (``CREATE FUNCTION``: a ``SETOF``/``TABLE`` function's rows are
  the result set, a function with OUT parameters fills them, a scalar function's value is the
  return value). The parameters' modes, names and types are read from ``pg_proc``; each value is
  cast to its declared type.
* **SQLite** has no procedures; shim reads them from ``_gateway/db/procedures/NAME.sql``:

  ```
  -- parameters: IN line INTEGER, OUT total REAL, INOUT runs INTEGER
  SET :total = (SELECT SUM(qty) FROM batches WHERE line = :line);
  SET :runs = :runs + 1;
  UPDATE lines SET runs = :runs WHERE id = :line;
  SELECT * FROM batches WHERE line = :line;
  RETURN :total * 2;
  ```

  The header declares the parameters in order (their index is their position). Statements run in
  order, in one transaction, with every parameter bound by name (``:name``): ``SET :p = expr``
  assigns an OUT/INOUT parameter, ``RETURN expr`` sets the return value, the first statement that
  returns rows gives the result set, and the last INSERT/UPDATE/DELETE the update count.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runtime.backends.db import Outcome, _Backend, _from_driver, _to_driver
from runtime.emulated.java.lang import Exception as JavaException

#: Folder of SQLite procedures, inside ``_gateway``.
PROCEDURES = Path("db") / "procedures"

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")
_HEADER = re.compile(r"^\s*--\s*parameters\s*:(.*)$", re.I | re.M)
_PARAM = re.compile(r"^\s*(IN|OUT|INOUT)\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+[A-Za-z][\w ()]*)?\s*$", re.I)
_SET = re.compile(r"^\s*SET\s+:([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*;?\s*$", re.I | re.S)
_LEADING_COMMENTS = re.compile(r"^(?:\s*--[^\n]*(?:\n|$)|\s*/\*.*?\*/)*", re.S)
_RETURN = re.compile(r"^\s*RETURN\s+(.*?)\s*;?\s*$", re.I | re.S)


@dataclass
class Param:
    """One registered parameter: IN value and/or OUT type code."""

    key: int | str  # 1-based index, or lower-case name
    in_type: int | None = None
    value: Any = None
    has_in: bool = False
    out_type: int | None = None
    has_out: bool = False
    result: Any = None


@dataclass
class CallState:
    """What an execution produced."""

    executed: bool = False
    result: Outcome | None = None
    update_count: int = -1
    return_value: Any = None
    outs: dict = field(default_factory=dict)  # key -> value


class SProcCall:
    """A stored procedure call context (Ignition's ``SProcCall``)."""

    __slots__ = ("_name", "_database", "_tx", "_params", "_return_type", "_state")
    __module__ = "com.inductiveautomation.ignition.common.script.builtin"

    def __init__(self, name: str, database: str, tx: str | None) -> None:
        if not _NAME.match(name):
            raise ValueError(f"createSProcCall(): {name!r} is not a procedure name")
        self._name, self._database, self._tx = name, database, tx
        self._params: dict[Any, Param] = {}
        self._return_type: int | None = None
        self._state = CallState()

    # -- registering -------------------------------------------------------------------------

    def _param(self, function: str, key: Any) -> Param:
        if isinstance(key, bool) or not isinstance(key, (int, str)):
            raise TypeError(f"{function}(): the parameter is an index (from 1) or a name")
        if isinstance(key, int) and key < 1:
            raise ValueError(f"{function}(): parameter indexes start at 1, not {key}")
        norm = key.lower() if isinstance(key, str) else key
        found = self._params.get(norm)
        if found is None:
            found = self._params[norm] = Param(norm)
        return found

    def registerInParam(self, param, typeCode, value) -> None:
        """An IN parameter (register it as OUT too for INOUT)."""
        entry = self._param("registerInParam", param)
        entry.in_type, entry.value, entry.has_in = _type_code("registerInParam", typeCode), value, True

    def registerOutParam(self, param, typeCode) -> None:
        """An OUT parameter; its value is ``getOutParamValue(param)`` after the call."""
        entry = self._param("registerOutParam", param)
        entry.out_type, entry.has_out = _type_code("registerOutParam", typeCode), True

    def registerReturnParam(self, typeCode) -> None:
        """The type of the value a function returns (``getReturnValue()``)."""
        self._return_type = _type_code("registerReturnParam", typeCode)

    # -- results -----------------------------------------------------------------------------

    def getOutParamValue(self, param) -> Any:
        """An OUT/INOUT parameter's value after ``execSProcCall``."""
        self._require_executed("getOutParamValue")
        norm = param.lower() if isinstance(param, str) else param
        if norm not in self._state.outs:
            raise JavaException(f"Parameter {param!r} was not registered as an OUT parameter")
        return self._state.outs[norm]

    def getResultSet(self) -> Any:
        """The first result set the procedure returned, as a Dataset; None if there was none."""
        from runtime.emulated.ignition.dataset import dataset_from_rows

        result = self._state.result
        if result is None:
            return None
        return dataset_from_rows(result.columns, None, result.rows)

    def getReturnValue(self) -> Any:
        """The function's return value (registerReturnParam), None otherwise."""
        return self._state.return_value

    def getUpdateCount(self) -> int:
        """Rows changed by the procedure's last INSERT/UPDATE/DELETE; -1 when there was none."""
        return self._state.update_count

    def _require_executed(self, function: str) -> None:
        if not self._state.executed:
            raise JavaException(f"{function}(): the call has not been executed "
                                "(system.db.execSProcCall)")

    def __repr__(self) -> str:
        return f"SProcCall[{self._name}]"

    __str__ = __repr__

    # -- for execSProcCall -------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._name

    @property
    def database(self) -> str:
        return self._database

    @property
    def tx(self) -> str | None:
        return self._tx



def execute_call(call: SProcCall, backend: _Backend, gateway_folder: Path) -> None:
    """Run ``call`` on ``backend`` and store what it produced in the call (a function, not a
    method: scripts hold SProcCall objects and must not reach the backend through them)."""
    state = CallState()
    if backend.dialect == "sqlite":
        _run_sqlite(call, backend, gateway_folder, state)
    elif backend.dialect == "postgresql":
        _run_postgres(call, backend, state)
    else:
        raise JavaException(f"stored procedures on {backend.dialect} are not emulated by shim "
                            "(PostgreSQL and SQLite procedure files are)")
    state.executed = True
    call._state = state


def _type_code(function: str, code: Any) -> int:
    if isinstance(code, bool) or not isinstance(code, int):
        raise TypeError(f"{function}(): typeCode must be a system.db type constant "
                        f"(system.db.INTEGER ...), not {type(code).__name__}")
    return code


def _bind(call: SProcCall, declared: list[tuple[str, str]]) -> dict[int, Param]:
    """Registered parameters by position (1-based) among the ``declared`` (mode, name) list,
    an index and a name of the same parameter merged (INOUT registered once each way); an
    unknown index or name raises."""
    by_position: dict[int, Param] = {}
    names = {name.lower(): i for i, (_mode, name) in enumerate(declared, start=1) if name}
    for key, param in call._params.items():
        position = key if isinstance(key, int) else names.get(key)
        if position is None or position > len(declared):
            raise JavaException(f"Procedure {call.name} has no parameter {key!r} "
                                f"(it has {len(declared)})")
        merged = by_position.setdefault(position, Param(position))
        if param.has_in:
            merged.in_type, merged.value, merged.has_in = param.in_type, param.value, True
        if param.has_out:
            merged.out_type, merged.has_out = param.out_type, True
    return by_position


def _store_out(state: CallState, declared: list[tuple[str, str]], position: int, value: Any) -> None:
    """An OUT value, readable by index and by name."""
    state.outs[position] = value
    name = declared[position - 1][1]
    if name:
        state.outs[name.lower()] = value


# -- SQLite: procedure files ---------------------------------------------------------------

def _procedure_file(folder: Path, name: str) -> str:
    file = folder / PROCEDURES / f"{name}.sql"
    try:
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise JavaException(f"Stored procedure '{name}' not found ({PROCEDURES}/{name}.sql "
                            "in the gateway folder)") from None
    except OSError as exc:
        raise JavaException(f"cannot read {file}: {exc.strerror}") from None


def _declared(name: str, text: str) -> list[tuple[str, str]]:
    header = _HEADER.search(text)
    if header is None or not header.group(1).strip():
        return []
    declared = []
    for part in header.group(1).split(","):
        match = _PARAM.match(part)
        if match is None:
            raise JavaException(f"procedure {name}: bad parameter declaration {part.strip()!r} "
                                "(expected IN|OUT|INOUT name [type])")
        declared.append((match.group(1).upper(), match.group(2)))
    return declared


def _statements(text: str) -> list[str]:
    """The file's statements, split where sqlite3 sees a complete statement."""
    body = _HEADER.sub("", text)
    found, pending = [], ""
    for line in body.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statement = _LEADING_COMMENTS.sub("", pending).strip()
            if statement:
                found.append(statement)
            pending = ""
    rest = _LEADING_COMMENTS.sub("", pending).strip()
    if rest:
        found.append(rest)
    return found


def _run_sqlite(call: SProcCall, backend: _Backend, folder: Path, state: CallState) -> None:
    text = _procedure_file(folder, call.name)
    declared = _declared(call.name, text)
    by_position = _bind(call, declared)
    values: dict[str, Any] = {}
    for position, (mode, name) in enumerate(declared, start=1):
        param = by_position.get(position)
        if mode in ("IN", "INOUT") and (param is None or not param.has_in):
            raise JavaException(f"Procedure {call.name}: no value registered for {mode} "
                                f"parameter {position} ({name})")
        values[name] = _to_driver(param.value, "sqlite") if param is not None and param.has_in else None
    raw = backend.raw
    own = not raw.in_transaction
    if own:
        raw.execute("BEGIN")
    try:
        for statement in _statements(text):
            _sqlite_statement(call, raw, statement, values, declared, state)
        if own:
            raw.execute("COMMIT")
    except BaseException:
        if own and raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    for position, (mode, name) in enumerate(declared, start=1):
        param = by_position.get(position)
        if param is not None and param.has_out:
            _store_out(state, declared, position, _from_driver(values[name]))


def _sqlite_statement(call: SProcCall, raw: Any, statement: str, values: dict,
                      declared: list, state: CallState) -> None:
    assign = _SET.match(statement)
    if assign is not None:
        target = next((n for m, n in declared if n.lower() == assign.group(1).lower()), None)
        if target is None:
            raise JavaException(f"procedure {call.name}: SET :{assign.group(1)} names no parameter")
        values[target] = _sqlite_value(raw, assign.group(2), values)
        return
    ret = _RETURN.match(statement)
    if ret is not None:
        state.return_value = _from_driver(_sqlite_value(raw, ret.group(1), values))
        return
    cursor = raw.execute(statement, values)
    try:
        if cursor.description is not None:
            rows = [tuple(_from_driver(v) for v in row) for row in cursor.fetchall()]
            if state.result is None:
                state.result = Outcome([d[0] for d in cursor.description], rows, len(rows),
                                       has_results=True)
        elif cursor.rowcount >= 0:
            state.update_count = cursor.rowcount
    finally:
        cursor.close()


def _sqlite_value(raw: Any, expression: str, values: dict) -> Any:
    row = raw.execute(f"SELECT {expression}", values).fetchone()
    return row[0] if row else None


# -- PostgreSQL: real procedures and functions ---------------------------------------------

_PG_LOOKUP = """
SELECT p.prokind, p.proretset,
       COALESCE(p.proargmodes::text[], array_fill('i'::text, ARRAY[p.pronargs])),
       COALESCE(p.proargnames, array_fill(''::text, ARRAY[COALESCE(array_length(p.proallargtypes, 1), p.pronargs)])),
       ARRAY(SELECT format_type(t, NULL) FROM unnest(COALESCE(p.proallargtypes, p.proargtypes::oid[]))
             WITH ORDINALITY AS a(t, n) ORDER BY n),
       p.prorettype = 'void'::regtype
FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace
WHERE lower(p.proname) = lower(%s::text) AND (%s::text IS NULL OR lower(s.nspname) = lower(%s::text))
  AND p.prokind IN ('p', 'f')
ORDER BY s.nspname = 'public' DESC
"""

_PG_MODES = {"i": "IN", "o": "OUT", "b": "INOUT", "v": "IN", "t": "TABLE"}


def _quote_ident(name: str) -> str:
    return ".".join('"' + part.replace('"', '""') + '"' for part in name.split("."))


def _run_postgres(call: SProcCall, backend: _Backend, state: CallState) -> None:
    schema, _, proc = call.name.rpartition(".")
    cursor = backend.raw.cursor()
    try:
        cursor.execute(_PG_LOOKUP, (proc, schema or None, schema or None))
        candidates = cursor.fetchall()
        if not candidates:
            raise JavaException(f"Stored procedure '{call.name}' does not exist")
        wanted = len(call._params)
        kind, retset, modes, names, types, void = next(
            (c for c in candidates if len([m for m in c[2] if m != "t"]) >= wanted), candidates[0])
        declared = [(_PG_MODES[m], n or "") for m, n in zip(modes, names)]
        visible = [d for d in declared if d[0] != "TABLE"]
        by_position = _bind(call, visible)
        args, placeholders = [], []
        for position, ((mode, name), pg_type) in enumerate(zip(declared, types), start=1):
            if mode == "TABLE" or (kind == "f" and mode == "OUT"):
                continue
            param = by_position.get(position)
            if mode in ("IN", "INOUT") and (param is None or not param.has_in):
                raise JavaException(f"Procedure {call.name}: no value registered for {mode} "
                                    f"parameter {position} ({name or '?'})")
            args.append(_to_driver(param.value, "postgresql") if param is not None and param.has_in
                        else None)
            placeholders.append(f"%s::{pg_type}")
        target = _quote_ident(call.name)
        arglist = ", ".join(placeholders)
        outs = [(pos, d) for pos, d in enumerate(declared, start=1) if d[0] in ("OUT", "INOUT")]
        if kind == "p":
            cursor.execute(f"CALL {target}({arglist})", args)
            row = cursor.fetchone() if cursor.description is not None else None
            _fill_outs(by_position, visible, outs, row, state)
            return
        if call._return_type is not None and not retset:
            cursor.execute(f"SELECT {target}({arglist})", args)
            row = cursor.fetchone()
            state.return_value = _from_driver(row[0]) if row else None
            return
        cursor.execute(f"SELECT * FROM {target}({arglist})", args)
        rows = [tuple(_from_driver(v) for v in r) for r in cursor.fetchall()]
        if retset:
            state.result = Outcome([d[0] for d in cursor.description], rows, len(rows),
                                   has_results=True)
        elif outs:
            _fill_outs(by_position, visible, outs, rows[0] if rows else None, state)
        elif not void and rows:
            state.return_value = rows[0][0]
    finally:
        cursor.close()


def _fill_outs(by_position: dict[int, Param], declared: list, outs: list, row: Any,
               state: CallState) -> None:
    for column, (position, _declared) in enumerate(outs):
        param = by_position.get(position)
        if param is not None and param.has_out:
            _store_out(state, declared, position,
                       _from_driver(row[column]) if row is not None else None)
