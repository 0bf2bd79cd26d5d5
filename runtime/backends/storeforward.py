"""The gateway's store-and-forward engine, for ``system.db.runSF*``.

Ignition hands these statements to its store-and-forward system, which writes them to each
datasource when it can and holds (then quarantines) what fails. shim forwards each statement to
each named datasource at once, in order, and records every entry for tests: ``"forwarded"``
when the datasource ran it, ``"quarantined"`` (with the database's error) when it did not; the
script gets ``True`` for every statement the engine accepted, as in Ignition, and ``False`` when a
datasource does not exist.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway


@dataclass(frozen=True)
class ForwardedStatement:
    call: str  # "system.db.runSFPrepUpdate"
    sql: str
    args: tuple
    datasource: str
    status: str  # "forwarded" | "quarantined"
    error: str | None
    time: float


class StoreAndForward:
    """Every statement sent through store-and-forward, in order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[ForwardedStatement] = []

    def add(self, call: str, sql: str, args: list, datasource: str, error: str | None) -> None:
        entry = ForwardedStatement(call, sql, tuple(args), datasource,
                                   "quarantined" if error else "forwarded", error, time.time())
        with self._lock:
            self._entries.append(entry)

    @property
    def entries(self) -> list[ForwardedStatement]:
        with self._lock:
            return list(self._entries)

    def quarantined(self) -> list[ForwardedStatement]:
        return [e for e in self.entries if e.status == "quarantined"]


def store_and_forward(gateway: "Gateway") -> StoreAndForward:
    return gateway.service("storeforward", lambda _gateway: StoreAndForward())


def describe(entry: ForwardedStatement) -> dict[str, Any]:
    return {"call": entry.call, "sql": entry.sql, "args": list(entry.args),
            "datasource": entry.datasource, "status": entry.status, "error": entry.error}
