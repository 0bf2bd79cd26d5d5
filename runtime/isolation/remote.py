"""A worker's stand-ins for the gateway's in-memory back ends (see ``runtime.isolation.calls``).

``system.tag`` and ``system.db`` ask ``gateway.service("tags"|"db")`` for their back end; in a
worker they get one of these, whose reads, writes, statements and transactions are calls into
the gateway, so every script of every project sees one tag provider and one set of datasources,
as in Ignition. What a stand-in does not carry (browsing and configuring tags, tag history,
adding datasources, stored procedures) raises ``NotInWorker`` naming it, never a private copy.
"""
from __future__ import annotations

from typing import Any

from runtime.backends.db import Outcome
from runtime.emulated.ignition.qualified import Quality, QualifiedValue
from runtime.isolation.values import qualified_from, quality_from
from runtime.messaging import wire
from runtime.messaging.sessions import Session


class NotInWorker(RuntimeError):
    """A ``system`` function that needs the gateway's in-memory state, called in a worker."""


def refused(what: str) -> NotInWorker:
    return NotInWorker(f"{what} is not available to a message handler running in an isolated worker "
                       "process (gateway.json \"isolation\": \"process\"); it runs in-process with "
                       "\"isolation\": \"none\"")


class _Remote:
    """Calls through ``link`` (``call(name, args)``); anything else is refused by name."""

    _what = "the back end"

    def __init__(self, link: Any) -> None:
        self._link = link

    def __getattr__(self, name: str) -> Any:
        raise refused(f"{self._what} ({name})")


class RemoteTags(_Remote):
    """The gateway's tag provider: reads and writes (``system.tag.read*``/``write*``)."""

    _what = "this use of the gateway's tags"

    def read(self, text: str) -> QualifiedValue:
        found = qualified_from(self._link.call("tag_read", {"path": text}))
        if found is None:
            raise TypeError("the gateway answered a tag read with nothing")
        return found

    def write(self, text: str, value: Any, where: str) -> Quality:
        return quality_from(self._link.call("tag_write", {"path": text, "value": wire.encode(value, "value")}))


class RemoteDatabases(_Remote):
    """The gateway's datasources: statements and transactions (``system.db.run*``, named queries)."""

    _what = "this use of the gateway's databases"

    def execute(self, call: str, sql: str, args: list, database: str | None, tx: str | None,
                get_key: bool = False) -> Outcome:
        tree = self._link.call("db_execute", {"call": call, "sql": sql, "args": wire.encode(list(args), "args"),
                                              "database": database, "tx": tx, "get_key": get_key})
        return Outcome(list(tree["columns"]), [tuple(row) for row in tree["rows"]], int(tree["rowcount"]),
                       tree.get("key"), bool(tree.get("has_results")))

    def begin(self, database: str | None, isolation: int | None, timeout_ms: int | None) -> str:
        return self._link.call("db_begin", {"database": database, "isolation": isolation, "timeout": timeout_ms})

    def commit(self, tx: str) -> None:
        self._link.call("db_commit", {"tx": tx})

    def rollback(self, tx: str) -> None:
        self._link.call("db_rollback", {"tx": tx})

    def close(self, tx: str) -> None:
        self._link.call("db_close", {"tx": tx})


class RemoteSessions(_Remote):
    """The gateway's open sessions, as its session registry lists them (read-only here)."""

    _what = "this use of the gateway's sessions"

    def all(self) -> list[Session]:
        return [Session(str(sid), str(kind), str(project), str(user), frozenset(map(str, roles)), str(host_name),
                        str(address), float(created))
                for sid, kind, project, user, roles, host_name, address, created in self._link.call("sessions", {})]

    def get(self, session_id: str) -> Session | None:
        return next((session for session in self.all() if session.id == session_id), None)


class RemoteNetwork(_Remote):
    """The gateway's place on the Gateway Network: which gateways it sees."""

    _what = "this use of the Gateway Network"

    def servers(self, running_only: bool = True) -> list[str]:
        return [str(name) for name in self._link.call("remote_servers", {"running_only": running_only})]


#: Back ends a worker reaches through the gateway, by service name.
REMOTE = {"tags": RemoteTags, "db": RemoteDatabases}
