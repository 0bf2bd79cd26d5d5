"""The gateway's database connections: named datasources, pooled connections, transactions.

Configured in ``_gateway/db.json``:

```
{"datasources": {"Plant": {"url": "sqlite:///plant.db", "init": "db/schema.sql"}},
 "default": "Plant"}
```

* ``sqlite:///relative.db`` is a file relative to the ``_gateway`` folder, ``sqlite:////abs.db``
  an absolute one (stdlib ``sqlite3``, always available).
* ``sqlite://`` alone is a private database that lives as long as the gateway: every connection
  and transaction of the gateway sees the same data, as with a real server. It is kept in a
  temporary file (never in the projects folder), removed when the gateway goes away.
* ``postgresql://...``, ``mysql://...`` (and any SQLAlchemy URL) go through SQLAlchemy and a
  driver, the optional ``[db]`` extra; without them the first query fails with a clear error.
* ``init``: SQL script(s) run once when the database is created (an in-memory one always is).

As in Ignition, a query outside a transaction runs on a pooled connection and commits at once;
``begin`` hands out a transaction id (a string) that holds one connection until it is closed, or
until it has been unused for its timeout. Values are always bound as parameters.
"""
from __future__ import annotations

import datetime as _dt
import decimal
import functools
import importlib.util
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import uuid
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from runtime.core.errors import ProjectError
from runtime.backends.filesquota import FilesQuota, files_quota
from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.backends.limits import Limits, load_limits
from runtime.emulated.java.util import Date
from runtime.emulated.ignition.millis import local_datetime, to_millis
from runtime.emulated.java.lang import Exception as JavaException
from runtime.backends.scopes import require_comm
from runtime.backends.sqlparams import count_qmarks, translate
from runtime.core import budget
from runtime.core.context import current

#: a ``runtime.gateway.Gateway`` (not imported, see gatewayfiles: the gateway's process hosts serve
#: workers' database and tag calls, so this layer must not point back up at it)
Gateway = Any

#: JDBC isolation levels (``system.db.READ_COMMITTED`` ...) and their SQL names.
ISOLATION = {1: "READ UNCOMMITTED", 2: "READ COMMITTED", 4: "REPEATABLE READ", 8: "SERIALIZABLE"}

#: Transaction timeout when ``beginTransaction`` is given none (the manual names no default).
DEFAULT_TX_TIMEOUT_MS = 30_000

def _sqlite_datetime(raw: bytes) -> Any:
    """Columns declared DATETIME/TIMESTAMP/DATE come back as dates, as over JDBC (SQLite stores
    them as text); text that is not a date stays text."""
    text = raw.decode("utf-8", "replace")
    try:
        return _dt.datetime.fromisoformat(text)
    except ValueError:
        return text


for _decltype in ("DATETIME", "TIMESTAMP", "DATE"):
    sqlite3.register_converter(_decltype, _sqlite_datetime)


@dataclass
class Outcome:
    """What a statement produced: columns and rows (a query), rows affected, a generated key."""

    columns: list[str]
    rows: list[tuple]
    rowcount: int
    key: Any = None
    has_results: bool = False


class _Running:
    """One server statement while it runs: what a late cancel request checks (``_cancel``)."""

    __slots__ = ("lock", "running")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = True

    def end(self) -> None:
        with self.lock:  # waits for a cancel request being sent for this statement
            self.running = False


class _Backend:
    """One open DB-API connection, with the driver's placeholder style and error classes."""

    def __init__(self, raw: Any, paramstyle: str, dialect: str, errors: tuple, engine: Any = None) -> None:
        self.raw = raw
        self.paramstyle = paramstyle
        self.dialect = dialect  # "sqlite", "postgresql", "mysql" ...
        self.errors = errors
        self.engine = engine  # SQLAlchemy engine (isolation levels), None for sqlite3
        self.isolation_set = False
        #: the server's ``statement_timeout`` on this connection in ms (0: none; None: unknown)
        self.server_timeout_ms: int | None = None
        #: the files folder's quota this SQLite database counts toward (``within_quota``)
        self.quota: FilesQuota | None = None
        self._page_size: int | None = None

    def within_quota(self, action: Callable[[], Any]) -> Any:
        """``action()`` with the database unable to grow past the files folder's quota: SQLite
        allocates its pages in C, where no write can ask the quota first, so the room left is
        set as the database's ``max_page_count`` before (a statement that needs more fails with
        SQLite's own "database or disk is full", as on a full disk) and what it added is counted
        after. Temporary tables get the same room."""
        if self.quota is None:
            return action()
        if self._page_size is None:  # fixed once the database exists
            self._page_size = self._pragma("main.page_size")
        pages, size = self._pragma("main.page_count"), self._page_size
        room = self.quota.room() // size
        self._pragma(f"main.max_page_count = {pages + room}")
        self._pragma(f"temp.max_page_count = {self._pragma('temp.page_count') + room}")
        try:
            return action()
        finally:
            self.quota.note((self._pragma("main.page_count") - pages) * size)

    def _pragma(self, text: str) -> int:
        """One of shim's own PRAGMAs on this connection, past the scripts' authorizer."""
        _own.active = True
        try:
            return self.raw.execute("PRAGMA " + text).fetchone()[0]
        finally:
            _own.active = False

    def execute(self, sql: str, args: list, get_key: bool) -> Outcome:
        expected = count_qmarks(sql)
        if expected != len(args):
            raise ValueError(f"the query has {expected} '?' placeholder(s) but {len(args)} "
                             f"argument(s) were given")
        if get_key and self.dialect == "postgresql" and "returning" not in sql.lower():
            sql += " RETURNING *"  # what PostgreSQL's JDBC driver does for generated keys
        text, params = translate(sql, self.paramstyle, [_to_driver(v, self.dialect) for v in args])
        cursor = self.raw.cursor()
        try:
            if self.dialect == "sqlite":  # its progress handler looks at the budget itself
                self._run(cursor, text, params if args else None)
            else:
                if self.dialect == "postgresql":
                    self._limit_to_budget(cursor)
                running = _Running()
                try:
                    with budget.cancellable(functools.partial(self._cancel, running)):
                        self._run(cursor, text, params if args else None)
                finally:
                    running.end()
            if cursor.description is None:
                key = cursor.lastrowid if get_key else None
                return Outcome([], [], max(cursor.rowcount, 0), key)
            columns = [d[0] for d in cursor.description]
            rows = [tuple(_from_driver(v) for v in row) for row in cursor.fetchall()]
            key = rows[0][0] if get_key and rows else None
            return Outcome(columns, rows, max(cursor.rowcount, 0), key, True)
        finally:
            cursor.close()

    @staticmethod
    def _run(cursor: Any, text: str, params: Any) -> None:
        if params is None:
            cursor.execute(text)
        else:
            cursor.execute(text, params)

    def _limit_to_budget(self, cursor: Any) -> None:
        """Have PostgreSQL stop the statement when the script's time is up: the driver waits for
        the server in C, where the watchdog's interrupt cannot reach, so an endless query would
        hold the handler's queue and a pooled connection for as long as it runs. The setting is
        changed only when it would let the statement run a second past the budget, or would cut
        it short (a later run with more time on the same pooled connection)."""
        left = budget.time_left()
        wanted = 0 if left is None else int(left * 1000) + _SERVER_TIMEOUT_MARGIN_MS
        have = self.server_timeout_ms
        if have is not None and (wanted == have or 0 < wanted <= have < wanted + 1000):
            return
        cursor.execute(f"SET statement_timeout = {wanted}")
        self.server_timeout_ms = wanted

    def _cancel(self, running: "_Running") -> None:
        """Ask the server to stop the statement ``running`` stands for (the watchdog's call, on
        a thread of its own, when the script's time is up: ``statement_timeout`` is the script's
        own SQL's to change), unless it has ended. A cancel request stops whatever the
        connection runs when the server gets it, and a pooled connection may already run the
        next handler's statement: the request is sent under the statement's lock, which its end
        waits for, and the driver returns once the server has taken the request in (libpq waits
        for the postmaster to close the cancel connection)."""
        cancel = getattr(getattr(self.raw, "driver_connection", None), "cancel", None)
        if cancel is None:
            return
        with running.lock:
            if running.running:
                try:
                    cancel()
                except Exception:  # noqa: BLE001 - the link is gone: the statement fails anyway
                    pass

    def begin(self, isolation: int | None) -> None:
        if self.dialect == "sqlite":
            self.raw.execute("BEGIN")  # SQLite transactions are serializable whatever is asked
        elif isolation is not None and self.engine is not None:
            self.engine.dialect.set_isolation_level(_dbapi(self.raw), ISOLATION[isolation])
            self.isolation_set = True

    def commit(self) -> None:
        self.raw.commit()

    def rollback(self) -> None:
        self.server_timeout_ms = None  # a SET in the rolled-back transaction is undone with it
        self.raw.rollback()

    def reset(self) -> None:
        if self.isolation_set:
            self.engine.dialect.reset_isolation_level(_dbapi(self.raw))
            self.isolation_set = False

    def close(self) -> None:
        try:
            self.raw.close()
        except Exception:  # closing a broken connection: nothing left to release
            pass


def _dbapi(raw: Any) -> Any:
    return getattr(raw, "dbapi_connection", raw)


def _to_driver(value: Any, dialect: str) -> Any:
    """A script value as a driver parameter: Dates as local date-times (JDBC's Timestamp)."""
    if isinstance(value, Date):
        local = local_datetime(value.getTime())
        return local.isoformat(sep=" ", timespec="milliseconds") if dialect == "sqlite" else local
    return value


def _from_driver(value: Any) -> Any:
    """A driver value as Ignition hands it to scripts (dates as java.util.Date)."""
    if isinstance(value, (_dt.datetime, _dt.date)):
        return Date(to_millis(value))
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    return value


class Datasource:
    """A named database connection (Ignition's "database connection"), with a connection pool."""

    def __init__(self, name: str, url: str, folder: Path, init: list[Path], scratch: Path,
                 quota: FilesQuota | None = None) -> None:
        """``quota``: the files folder's, which the database counts toward when its file lies in a
        folder the quota covers (the files folder, the gateway's private databases)."""
        self.name = name
        self.url = url
        self._folder = folder
        self._init = init
        self._scratch = scratch  # where ``sqlite://`` databases live
        self._idle: list[_Backend] = []
        self._lock = threading.Lock()
        self._opened = False
        self._engine: Any = None
        self._path: Path | None = None
        self._quota = quota

    @property
    def shown_url(self) -> str:
        """The URL without its password, for messages."""
        head, sep, rest = self.url.partition("://")
        credentials, at, host = rest.rpartition("@")
        if at and ":" in credentials:
            rest = credentials.split(":", 1)[0] + ":***@" + host
        return head + sep + rest

    def acquire(self) -> _Backend:
        with self._lock:
            if not self._opened:
                self._open()
            if self._idle:
                return self._idle.pop()
        return self._connect()

    def release(self, backend: _Backend) -> None:
        backend.reset()
        with self._lock:
            self._idle.append(backend)

    def discard(self, backend: _Backend) -> None:
        backend.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for backend in idle:
            backend.close()
        if self._engine is not None:
            self._engine.dispose()

    # -- opening -----------------------------------------------------------------------------

    def _open(self) -> None:
        if self.url.startswith("sqlite:"):
            self._path, fresh = self._sqlite_path()
            if fresh:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                backend = self._connect(for_scripts=False)
                try:
                    backend.raw.execute("PRAGMA journal_mode=WAL")  # readers never wait for writers
                    for script in self._init:
                        backend.raw.executescript(_read_sql(script))
                finally:
                    backend.close()
        else:
            self._engine = _engine(self)
        self._opened = True

    def _sqlite_path(self) -> tuple[Path, bool]:
        rest = self.url[len("sqlite:"):]
        if rest in ("", "//", "///:memory:", "//:memory:"):
            path = self._scratch / f"{uuid.uuid4().hex}.db"
            return path, True
        if not rest.startswith("///"):
            raise ProjectError(f"datasource '{self.name}': {self.url!r} is not a sqlite URL "
                               "(sqlite:///relative/path.db, sqlite:////absolute/path.db or sqlite://)")
        path = Path(rest[3:])
        path = path if path.is_absolute() else self._folder / path
        return path, not path.exists()

    def _connect(self, for_scripts: bool = True) -> _Backend:
        """A new connection; one ``for_scripts`` is under the authorizer and the time budget
        (the gateway's own ``init`` scripts and setup run without them)."""
        if self._engine is not None:
            raw = self._engine.raw_connection()
            dbapi = self._engine.dialect.loaded_dbapi
            return _Backend(raw, dbapi.paramstyle, self._engine.dialect.name, (dbapi.Error,), self._engine)
        raw = sqlite3.connect(str(self._path), isolation_level=None, check_same_thread=False,
                              timeout=10.0, detect_types=sqlite3.PARSE_DECLTYPES)
        raw.execute("PRAGMA foreign_keys=ON")
        if for_scripts:
            # scripts may query their datasource, never open other files on the host through it
            # (ATTACH DATABASE '/any/path', VACUUM INTO): no attached databases at all
            raw.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
            raw.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, SQLITE_MAX_LENGTH)
            raw.set_authorizer(_sqlite_authorizer)
            raw.set_progress_handler(_sqlite_progress, _PROGRESS_STEPS)
        backend = _Backend(raw, "qmark", "sqlite", (sqlite3.Error,))
        if for_scripts and self._quota is not None and self._quota.covers(self._path):
            backend.quota = self._quota
        return backend


#: SQLite functions scripts may not call: ``fts3_tokenizer`` hands out and accepts raw native
#: pointers (a crash at best), the others reach the host's files or extensions.
_SQLITE_REFUSED_FUNCTIONS = frozenset({"fts3_tokenizer", "load_extension", "readfile", "writefile", "edit"})

#: What a script's statements may do (SQLite authorizer action codes): read and change tables,
#: views, indexes and triggers, transactions and savepoints, and call functions. Anything else
#: (ATTACH/DETACH, virtual tables, an action a newer SQLite adds) is refused.
_SQLITE_ALLOWED_ACTIONS = frozenset(vars(sqlite3)[f"SQLITE_{name}"] for name in (
    "SELECT", "READ", "INSERT", "UPDATE", "DELETE", "RECURSIVE", "FUNCTION", "TRANSACTION",
    "SAVEPOINT", "ALTER_TABLE", "REINDEX", "ANALYZE",
    "CREATE_TABLE", "CREATE_INDEX", "CREATE_VIEW", "CREATE_TRIGGER", "CREATE_TEMP_TABLE",
    "CREATE_TEMP_INDEX", "CREATE_TEMP_VIEW", "CREATE_TEMP_TRIGGER",
    "DROP_TABLE", "DROP_INDEX", "DROP_VIEW", "DROP_TRIGGER", "DROP_TEMP_TABLE", "DROP_TEMP_INDEX",
    "DROP_TEMP_VIEW", "DROP_TEMP_TRIGGER"))

#: PRAGMAs a script may run, read-only (``PRAGMA table_info(batches)``, ``PRAGMA user_version``):
#: the schema and the database's own state. Settings of the connection or of the process
#: (``hard_heap_limit``, ``journal_mode = OFF``, ``foreign_keys = OFF`` on a pooled connection,
#: ``temp_store_directory``, ``mmap_size``, ``writable_schema``) are refused, as is
#: ``database_list`` (the database file's host path).
_SQLITE_QUERY_PRAGMAS = frozenset({
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
    "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "collation_list",
    "function_list", "pragma_list", "user_version", "application_id", "schema_version",
    "data_version", "foreign_keys", "journal_mode", "page_size", "page_count", "freelist_count",
    "encoding", "auto_vacuum", "synchronous", "defer_foreign_keys", "recursive_triggers",
})

#: PRAGMAs a script may also set: they are stored in the database itself, or last only for the
#: current transaction.
_SQLITE_SETTABLE_PRAGMAS = frozenset({"user_version", "application_id", "defer_foreign_keys"})

#: Pragmas that take a table or index name as their argument (the argument is not a setting).
_SQLITE_NAMED_PRAGMAS = frozenset({
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
    "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
})

#: The largest string or blob a statement may build (``zeroblob(10**9)``, a runaway
#: ``group_concat``): SQLite's own default is a gigabyte.
SQLITE_MAX_LENGTH = 100_000_000

#: How long past the script's budget a PostgreSQL statement may run, so that the budget (a
#: ScriptTimeout naming the handler) ends first and the server's cancel is only the backstop.
_SERVER_TIMEOUT_MARGIN_MS = 50

#: SQLite virtual-machine steps between two looks at the script's time budget.
_PROGRESS_STEPS = 10_000


#: Why the authorizer last refused something on this thread (SQLite itself only says "not
#: authorized"): the script's error names the PRAGMA or the action.
_refusal = threading.local()

#: Set while shim itself runs a PRAGMA on a script's connection (``_Backend._pragma``).
_own = threading.local()

_ACTION_NAMES = {vars(sqlite3)[f"SQLITE_{name}"]: name.replace("_", " ") for name in (
    "ATTACH", "DETACH", "CREATE_VTABLE", "DROP_VTABLE")}


def _sqlite_authorizer(action: int, first: object, second: object, *_rest: object) -> int:
    """An allow-list: the datasource's own tables, never other files (ATTACH/DETACH), native
    pointers or settings shared by every script of the gateway."""
    if action == sqlite3.SQLITE_PRAGMA:
        if getattr(_own, "active", False):
            return sqlite3.SQLITE_OK
        name = str(first).lower()
        if name not in _SQLITE_QUERY_PRAGMAS:
            return _deny(f"PRAGMA {name} is not available to scripts (it changes the connection, the "
                         "gateway process or reaches the host)")
        if second is not None and name not in _SQLITE_SETTABLE_PRAGMAS and name not in _SQLITE_NAMED_PRAGMAS:
            return _deny(f"PRAGMA {name} may be read, not set, by scripts")
        return sqlite3.SQLITE_OK
    if action not in _SQLITE_ALLOWED_ACTIONS:
        return _deny(f"{_ACTION_NAMES.get(action, 'SQLite action ' + str(action))} is not available to scripts")
    if action == sqlite3.SQLITE_FUNCTION and str(second).lower() in _SQLITE_REFUSED_FUNCTIONS:
        return _deny(f"the SQL function {str(second).lower()}() is not available to scripts")
    return sqlite3.SQLITE_OK


def _deny(reason: str) -> int:
    _refusal.reason = reason
    return sqlite3.SQLITE_DENY


def _sqlite_progress() -> int:
    """Stop a statement (an endless recursive CTE, a huge cross join) once the script that runs
    it is out of time: SQLite runs in C with the interpreter released, where the watchdog's
    interrupt cannot reach."""
    return 1 if budget.expired() else 0


def _read_sql(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror}") from None


def _engine(ds: Datasource) -> Any:
    try:
        import sqlalchemy
    except ImportError:
        raise ProjectError(
            f"datasource '{ds.name}' ({ds.shown_url}) needs SQLAlchemy and a database driver: "
            "pip install 'shim-ignition[db]'") from None
    url = _with_driver(ds.url)
    try:
        return sqlalchemy.create_engine(url, pool_pre_ping=True)
    except ImportError as exc:
        raise ProjectError(f"datasource '{ds.name}' ({ds.shown_url}): the database driver is "
                           f"not installed ({exc}); pip install 'shim-ignition[db]'") from None
    except sqlalchemy.exc.ArgumentError as exc:
        raise ProjectError(f"datasource '{ds.name}': bad URL {ds.shown_url}: {exc}") from None


#: Drivers tried, in order, for a URL that names none (``postgresql://``, ``mysql://``).
_DRIVERS = {"postgresql": ("psycopg", "psycopg2", "pg8000"), "mysql": ("pymysql", "mysqldb")}
_MODULES = {"mysqldb": "MySQLdb"}


def _with_driver(url: str) -> str:
    """``url`` with the first installed driver of its database (SQLAlchemy's own default
    changes between versions; the [db] extra installs psycopg and PyMySQL)."""
    scheme, sep, rest = url.partition("://")
    for driver in _DRIVERS.get(scheme, ()):
        if importlib.util.find_spec(_MODULES.get(driver, driver)) is not None:
            return f"{scheme}+{driver}{sep}{rest}"
    return url


@dataclass(eq=False)
class Transaction:
    """An open transaction: one connection, held until commit/rollback and close."""

    id: str
    datasource: Datasource
    backend: _Backend
    timeout_ms: int
    last_used: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def expired(self, now: float) -> bool:
        return (now - self.last_used) * 1000 > self.timeout_ms


class Databases:
    """Every datasource of one gateway, and its open transactions."""

    def __init__(self, datasources: dict[str, Datasource], default: str | None, scratch: Path,
                 max_tx_timeout_ms: int = Limits.transaction_timeout_ms, quota: FilesQuota | None = None) -> None:
        self.datasources = datasources
        #: the files folder's quota, which the SQLite databases scripts add count toward
        self.quota = quota
        #: the gateway's cap on a transaction's inactivity timeout (gateway.json "limits")
        self.max_tx_timeout_ms = max_tx_timeout_ms
        self.default = default
        self._transactions: dict[str, Transaction] = {}
        self._lock = threading.Lock()
        self._scratch = scratch
        self.disabled: set[str] = set()  # lower-case names (system.db.setDatasourceEnabled)
        weakref.finalize(self, _cleanup, self.datasources, scratch)

    def add(self, name: str, url: str, folder: Path) -> None:
        """A new datasource (``system.db.addDatasource``); a name in use raises."""
        with self._lock:
            if any(n.lower() == name.lower() for n in self.datasources):
                raise JavaException(f"Datasource \"{name}\" already exists in this Gateway.")
            self.datasources[name] = Datasource(name, url, folder, [], self._scratch, self.quota)

    def remove(self, name: str) -> None:
        """Remove a datasource and close its connections (``system.db.removeDatasource``)."""
        ds = self._configured(name)
        with self._lock:
            del self.datasources[ds.name]
            self.disabled.discard(ds.name.lower())
            if self.default == ds.name:
                self.default = None
        ds.close()

    def set_url(self, name: str, url: str) -> None:
        """Point a datasource at another database; open connections are closed."""
        ds = self._configured(name)
        with self._lock:
            self.datasources[ds.name] = Datasource(ds.name, url, ds._folder, [], self._scratch, self.quota)
        ds.close()

    def _configured(self, name: str) -> "Datasource":
        for ds_name, ds in self.datasources.items():
            if ds_name.lower() == name.lower():
                return ds
        raise JavaException(f"Datasource \"{name}\" does not exist in this Gateway.")

    def datasource(self, name: str | None) -> Datasource:
        """The named datasource; ``""``/None is the default one (Ignition: the project's)."""
        key = name or self.default
        if not key:
            raise JavaException("No database connection was specified and there is no default "
                                "datasource (set \"default\" in _gateway/db.json)")
        ds = self._configured(key)
        if ds.name.lower() in self.disabled:
            raise JavaException(f"Datasource \"{ds.name}\" is disabled.")
        return ds

    def execute(self, call: str, sql: str, args: list, database: str | None, tx: str | None,
                get_key: bool = False) -> Outcome:
        """Run one statement (in ``tx``, or on its own connection and committed at once); a driver
        failure is a ``java.lang.Exception`` naming the call, as Ignition raises it. A Designer
        refuses by its communication mode: SELECTs need Read-Only, other statements Read/Write."""
        need = "read" if _READS.match(sql) else "write"
        return self.run(call, database, tx, lambda backend: backend.execute(sql, args, get_key), need)

    def run(self, call: str, database: str | None, tx: str | None,
            action: Callable[[_Backend], Any], need: str = "write") -> Any:
        """``action(backend)`` on ``tx``'s connection, or on a pooled one and committed at once
        (rolled back when it fails); driver errors become ``java.lang.Exception`` naming ``call``.
        A Designer whose communication mode does not allow ``need`` ("read" or "write": stored
        procedures are writes) refuses it first."""
        require_comm(current(), need, call.partition("(")[0])
        self._expire()
        if tx:
            found = self._transaction(tx)
            with found.lock:
                found.last_used = time.monotonic()
                return _guard(call, lambda: found.backend.within_quota(lambda: action(found.backend)), found.backend)
        ds = self.datasource(database)
        backend = ds.acquire()
        try:
            outcome = _guard(call, lambda: backend.within_quota(lambda: action(backend)), backend)
            backend.commit()
        except BaseException:
            _quietly(backend.rollback)
            ds.discard(backend)
            raise
        ds.release(backend)
        return outcome

    def begin(self, database: str | None, isolation: int | None, timeout_ms: int | None) -> str:
        """Open a transaction; its id is what scripts pass as ``tx``."""
        self._expire()
        ds = self.datasource(database)
        backend = ds.acquire()
        try:
            _guard("system.db.beginTransaction", lambda: backend.begin(isolation), backend)
        except BaseException:
            ds.discard(backend)
            raise
        asked = DEFAULT_TX_TIMEOUT_MS if timeout_ms is None else timeout_ms
        # never longer than the gateway allows: a transaction left open must not hold its
        # connection (and SQLite's write lock) for ever (a NaN or infinite timeout gets the cap)
        capped = int(asked) if asked < self.max_tx_timeout_ms else self.max_tx_timeout_ms
        tx = Transaction(str(uuid.uuid4()), ds, backend, capped)
        with self._lock:
            self._transactions[tx.id] = tx
        return tx.id

    def commit(self, tx: str) -> None:
        found = self._transaction(tx)
        with found.lock:
            found.last_used = time.monotonic()
            _guard("system.db.commitTransaction", found.backend.commit, found.backend)
            if found.backend.dialect == "sqlite":
                found.backend.begin(None)  # stay in a transaction until it is closed

    def rollback(self, tx: str) -> None:
        found = self._transaction(tx)
        with found.lock:
            found.last_used = time.monotonic()
            _guard("system.db.rollbackTransaction", found.backend.rollback, found.backend)
            if found.backend.dialect == "sqlite":
                found.backend.begin(None)

    def close(self, tx: str) -> None:
        """Close a transaction (what was not committed is rolled back) and free its connection."""
        found = self._transaction(tx)
        with self._lock:
            self._transactions.pop(found.id, None)
        with found.lock:
            _end(found)

    def open_transactions(self) -> list[str]:
        with self._lock:
            return list(self._transactions)

    def _transaction(self, tx: Any) -> Transaction:
        if not isinstance(tx, str):
            raise TypeError(f"tx must be a transaction id string, not {type(tx).__name__}")
        with self._lock:
            found = self._transactions.get(tx)
        if found is None:
            raise JavaException(f"Transaction \"{tx}\" is closed or does not exist "
                                "(it may have timed out)")
        return found

    def _expire(self) -> None:
        """Close transactions unused for longer than their timeout, as Ignition does."""
        now = time.monotonic()
        with self._lock:
            stale = [t for t in self._transactions.values() if t.expired(now)]
        for tx in stale:
            if tx.lock.acquire(blocking=False):  # one running a statement now is not idle
                try:
                    with self._lock:
                        self._transactions.pop(tx.id, None)
                    _end(tx)
                finally:
                    tx.lock.release()


def _end(tx: Transaction) -> None:
    _quietly(tx.backend.rollback)
    tx.datasource.discard(tx.backend)


#: Statements that only read (``SELECT``, ``WITH ... SELECT``, ``VALUES``, ``SHOW``, ``EXPLAIN``).
_READS = re.compile(r"\s*(\(\s*)*(select|with|values|show|explain|describe)\b", re.IGNORECASE)


def _quietly(action: Any) -> None:
    try:
        action()
    except Exception:  # the connection is being dropped anyway
        pass


def _guard(call: str, action: Any, backend: _Backend) -> Any:
    try:
        return action()
    except backend.errors as exc:
        budget.tick()  # a statement the progress handler stopped: the script's timeout, not an SQL error
        reason, _refusal.reason = getattr(_refusal, "reason", None), None
        text = f"{exc}: {reason}" if reason and "not authorized" in str(exc) else str(exc)
        if backend.quota is not None and "database or disk is full" in text:
            text += f": the database may not take the files folder past {backend.quota.describe()}"
        raise JavaException(f"Error executing {call}", JavaException(text)) from None
    except ValueError as exc:
        raise JavaException(f"Error executing {call}", JavaException(str(exc))) from None


def _cleanup(datasources: dict[str, Datasource], scratch: Path) -> None:
    for ds in list(datasources.values()):
        ds.close()
    shutil.rmtree(scratch, ignore_errors=True)


def load_databases(gateway: "Gateway") -> Databases:
    """The gateway's datasources from ``_gateway/db.json`` (none when it does not exist)."""
    folder = gateway_dir(gateway)
    config = read_object(gateway, "db.json")
    file = folder / "db.json"
    entries = config.get("datasources", {})
    if not isinstance(entries, dict):
        raise ProjectError(f"{file}: \"datasources\" must be an object of name -> {{\"url\": ...}}")
    scratch = Path(tempfile.gettempdir()) / f"shim-db-{uuid.uuid4().hex}"
    quota = files_quota(gateway) if load_limits(gateway).files_quota is not None else None
    if quota is not None:
        quota.count_also(scratch)  # the private sqlite:// databases are the gateway's storage too
    datasources = {}
    for name, spec in entries.items():
        spec = {"url": spec} if isinstance(spec, str) else spec
        if not isinstance(spec, dict) or not isinstance(spec.get("url"), str):
            raise ProjectError(f"{file}: datasource '{name}' needs a \"url\"")
        init = spec.get("init", [])
        init = [init] if isinstance(init, str) else init
        if not isinstance(init, list) or not all(isinstance(i, str) for i in init):
            raise ProjectError(f"{file}: datasource '{name}': \"init\" must be a path or a list of paths")
        datasources[name] = Datasource(name, spec["url"], folder, [folder / i for i in init], scratch, quota)
    default = config.get("default")
    if default is None and len(datasources) == 1:
        default = next(iter(datasources))
    if default is not None and default not in datasources:
        raise ProjectError(f"{file}: default datasource '{default}' is not configured")
    return Databases(datasources, default, scratch, load_limits(gateway).transaction_timeout_ms, quota)


def databases(gateway: "Gateway") -> Databases:
    """The gateway's datasources (loaded on first use)."""
    return gateway.service("db", load_databases)
