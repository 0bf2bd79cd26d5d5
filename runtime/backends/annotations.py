"""Tag history annotations (8.1 manual, ``system.tag.storeAnnotations``, ``queryAnnotations``,
``deleteAnnotations``): notes and markers attached to a tag's history over a time span, stored in
the gateway's tag history database (``runtime.backends.taghistory``, table
``shim_tag_annotations``), as Ignition's SQL historian keeps them in ``sqlth_annotations``.

Each annotation gets a storage id (1, 2, ...), returned as the value of storeAnnotations'
qualified values; passing it back in ``storageIds`` updates that annotation (``deleted`` True
marks it deleted: queries skip it), and deleteAnnotations removes it. The type defaults to
"marker", the start to now, as the manual says.
"""
from __future__ import annotations

import threading
from typing import Any

from runtime.emulated.ignition.millis import to_millis
from runtime.emulated.ignition.qualified import QualifiedValue, Quality
from runtime.backends.taghistory import History, key_of, now_millis
from runtime.emulated.java.util import Date
from runtime.scripts.legacy.py2types import jython_value

_TABLE = "shim_tag_annotations"
_COLUMNS = "storage_id, path, start_t, end_t, type, data, deleted"
_ids_lock = threading.Lock()


class Annotation:
    """One annotation (``com.inductiveautomation.ignition.common.sqltags.history.Annotation``)."""

    __module__ = "com.inductiveautomation.ignition.common.sqltags.history"

    def __init__(self, row: tuple) -> None:
        storage_id, path, start, end, kind, data, deleted = row
        self._id, self._path, self._start = int(storage_id), str(path), int(start)
        self._end = None if end is None else int(end)
        self._type, self._data, self._deleted = str(kind), data, bool(deleted)

    def getStorageId(self) -> int:
        return self._id

    def getPath(self) -> str:
        return self._path

    def getStart(self) -> Date:
        return Date(self._start)

    def getEnd(self) -> Date | None:
        return None if self._end is None else Date(self._end)

    def getType(self) -> str:
        return self._type

    def getData(self) -> Any:
        return jython_value(self._data)

    def isDeleted(self) -> bool:
        return self._deleted

    storageId = property(getStorageId)
    start = property(getStart)
    end = property(getEnd)
    type = property(getType)
    data = property(getData)

    def __repr__(self) -> str:
        return f"Annotation(id={self._id}, path={self._path}, type={self._type}, data={self._data})"


def _next_id(store: History) -> int:
    rows = store.run(f"SELECT MAX(storage_id) FROM {_TABLE}", []).rows
    return int(rows[0][0] or 0) + 1 if rows else 1


def store(history: History, paths: list[str], starts: list[Any], ends: list[Any], types: list[Any],
          data: list[Any], ids: list[Any], deleted: list[Any]) -> list[QualifiedValue]:
    """Add (or, with a storage id, update) one annotation per path; a Good qualified value holding
    the storage id for each, ``Bad_NotFound`` for an id that is not stored."""
    results = []
    now = now_millis()
    with _ids_lock:
        for i, path in enumerate(paths):
            start = to_millis(starts[i]) if starts[i] is not None else now
            end = to_millis(ends[i]) if ends[i] is not None else None
            kind = str(types[i]) if types[i] is not None else "marker"
            gone = 1 if deleted[i] else 0
            if ids[i] is not None:
                storage_id = int(ids[i])
                found = history.run(f"SELECT storage_id FROM {_TABLE} WHERE storage_id = ?", [storage_id]).rows
                if not found:
                    results.append(QualifiedValue(storage_id, Quality("Bad_NotFound"), now))
                    continue
                history.run(f"UPDATE {_TABLE} SET path = ?, start_t = ?, end_t = ?, type = ?, data = ?, deleted = ? "
                            "WHERE storage_id = ?", [key_of(path), start, end, kind, data[i], gone, storage_id])
            else:
                storage_id = _next_id(history)
                history.run(f"INSERT INTO {_TABLE} ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [storage_id, key_of(path), start, end, kind, data[i], gone])
            results.append(QualifiedValue(storage_id, Quality("Good"), now))
    return results


def query(history: History, paths: list[str], start: int, end: int, types: list[str] | None) -> list[Annotation]:
    """The annotations of ``paths`` whose span overlaps [start, end], oldest first."""
    found = []
    for path in paths:
        rows = history.run(f"SELECT {_COLUMNS} FROM {_TABLE} WHERE path = ? AND deleted = 0 AND start_t <= ? "
                           "AND (end_t IS NULL AND start_t >= ? OR end_t >= ?) ORDER BY start_t, storage_id",
                           [key_of(path), end, start, start]).rows
        found += [Annotation(tuple(row)) for row in rows
                  if types is None or str(row[4]).lower() in {t.lower() for t in types}]
    return found


def delete(history: History, paths: list[str], ids: list[Any]) -> list[QualifiedValue]:
    """Remove each (path, storage id); ``Bad_NotFound`` where there is no such annotation."""
    results = []
    now = now_millis()
    with _ids_lock:
        for path, storage_id in zip(paths, ids):
            where = [int(storage_id), key_of(path)]
            found = history.run(f"SELECT storage_id FROM {_TABLE} WHERE storage_id = ? AND path = ?", where).rows
            if found:
                history.run(f"DELETE FROM {_TABLE} WHERE storage_id = ? AND path = ?", where)
            results.append(QualifiedValue(int(storage_id), Quality("Good" if found else "Bad_NotFound"), now))
    return results
