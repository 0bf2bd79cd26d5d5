"""``system.util.getGlobals()`` of gateway scripts that run in workers: one dictionary per gateway.

Ignition scopes the legacy globals dictionary by JVM: the 8.x manual (``system.util.getGlobals``)
says it "persists across the lifetime of the JVM"; the 7.9 page gives its scope as "All". On a
gateway that is one dictionary for the gateway scripts of every project, and one per Vision
client. shim's gateway keeps that dictionary (``Gateway.globals``); a worker process cannot
hold a reference to it, so the worker's scripts get a plain ``dict`` that is kept in step with
the gateway's at the edges of each run:

* a job carries the gateway's entries (``snapshot``) and the worker loads them
  (``WorkerGlobals.load``) before the script runs, so it sees what every other script of the
  gateway stored, whichever project and worker stored it;
* the worker's answer carries what the run changed (``WorkerGlobals.changes``: entries added or
  replaced, also changes made *inside* a stored list or dict, and entries deleted), which the
  gateway applies (``apply``) before the next run starts anywhere.

Values cross as ``runtime.messaging.wire`` trees, the payload rules: None, numbers, strings,
dates, datasets, lists and dicts with string keys. What cannot cross (a function, a logger, an
object of a script's class) stays in the worker that stored it, and is logged once as a warning:
other workers do not see it and a replaced worker starts without it. What differs from
Ignition: a change becomes visible to other scripts when the run that made it ends (two runs
at the same time each see the dictionary as it was when they started, and the last to finish
wins per entry), and the changes of a run whose worker was killed are lost with it.
"""
from __future__ import annotations

from typing import Any, Callable

from runtime.messaging import wire


def snapshot(table: dict) -> dict:
    """The gateway's entries that can cross, as wire trees."""
    out = {}
    for key, value in list(table.items()):
        if isinstance(key, str):
            try:
                out[key] = wire.encode(value, "getGlobals()")
            except TypeError:
                continue  # put there by a script in the gateway's own process: it stays there
    return out


def apply(table: dict, changes: Any) -> None:
    """Apply a worker's ``changes`` to the gateway's dictionary; ValueError for a bad frame."""
    if changes is None:
        return
    if not isinstance(changes, dict) or not isinstance(changes.get("set", {}), dict) \
            or not isinstance(changes.get("delete", []), list):
        raise ValueError("globals changes must be {\"set\": {...}, \"delete\": [...]}")
    values = {}
    for key, tree in changes.get("set", {}).items():
        values[key] = wire.decode(tree)
    for key in changes.get("delete", []):
        if not isinstance(key, str):
            raise ValueError("a deleted globals key must be a string")
    table.update(values)
    for key in changes.get("delete", []):
        table.pop(key, None)


class WorkerGlobals:
    """The worker's side: its gateway's ``globals`` dict, loaded and diffed around each run."""

    def __init__(self, table: dict, warn: Callable[[str], None]) -> None:
        self.table = table
        self._warn = warn
        self._shared: dict[str, Any] = {}  # key -> the tree the gateway holds for it
        self._warned: set[str] = set()

    def load(self, entries: Any) -> None:
        """Replace the shared entries by the gateway's (entries only this worker holds stay)."""
        for key in self._shared:
            self.table.pop(key, None)
        self._shared = dict(entries) if isinstance(entries, dict) else {}
        for key, tree in self._shared.items():
            self.table[key] = wire.decode(tree)

    def changes(self) -> dict:
        """What the run changed, for the gateway; entries that cannot cross are warned about."""
        changed = {}
        for key, value in list(self.table.items()):
            try:
                if not isinstance(key, str):
                    raise TypeError(f"its key is a {type(key).__name__}, not a string")
                tree = wire.encode(value, f"getGlobals()[{key!r}]")
            except TypeError as exc:
                if repr(key) not in self._warned:
                    self._warned.add(repr(key))
                    if not isinstance(key, str):
                        what = f"has a key of type {type(key).__name__}"
                    elif isinstance(value, (dict, list, tuple, set)):
                        what = f"holds ({str(exc).replace(' cannot cross the Gateway Network', '')})"
                    else:
                        what = f"holds a {type(value).__name__}"
                    self._warn(f"getGlobals()[{key!r}] {what}, which an isolated worker cannot share "
                               "with the gateway's other scripts: it stays in this worker process, unseen "
                               "by other workers and gone when this one is replaced")
                continue
            if key not in self._shared or self._shared[key] != tree:
                changed[key] = tree
        deleted = [key for key in self._shared if key not in self.table]
        self._shared.update(changed)
        for key in deleted:
            del self._shared[key]
        return {"set": changed, "delete": deleted}
