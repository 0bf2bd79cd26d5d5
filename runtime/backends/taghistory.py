"""Tag history: what tags with ``"historyEnabled": true`` record, and what
``system.tag.queryTagHistory`` / ``queryTagCalculations`` / ``storeTagHistory`` read and write
(8.1 manual pages of those names).

Where it is stored: a private SQLite database of the gateway by default (it lives as long as the
gateway, like a ``sqlite://`` datasource), or a configured datasource, ``"history": {"datasource":
"Plant"}`` in gateway.json (SQLite or PostgreSQL), in one table ``shim_tag_history(path, value_num,
value_text, quality, t_stamp)``. A history-enabled tag records its value when the tag system loads
and on every good write after that (Ignition records on change; shim has no deadband).

How a query answers (the manual's rules):

* ``endDate`` defaults to now, ``startDate`` to 8 hours before ``endDate``; ``rangeHours``/
  ``rangeMinutes``/``rangeSeconds`` count from ``startDate`` when it is given, else back from
  ``endDate``.
* ``returnSize`` -1 (the default) or 0 gives the values as they changed: one row per time any of the
  tags changed, the others holding their last value ("Wide"). A positive ``returnSize``, or an
  interval (``intervalHours``/``intervalMinutes``/``intervalSeconds``), divides the range into that
  many windows, one row each (at the window's start), aggregated by ``aggregationMode``:
  ``Average`` (time-weighted, the default), ``SimpleAverage``, ``LastValue``, ``Minimum``,
  ``Maximum``, ``MinMax`` (two rows per window), ``Sum``, ``Count``, ``Range``, ``DurationOn``/
  ``DurationOff`` (ms), ``CountOn``/``CountOff``, ``PctGood``/``PctBad``, ``Variance``, ``StdDev``.
  A window starts with the value carried in from before it.
* ``returnFormat`` "Wide": ``t_stamp`` and one column per path (named by ``columnNames``, else the
  path as given); "Tall": ``path``, ``value``, ``quality``, ``timestamp``.
"""
from __future__ import annotations

import math
import shutil
import tempfile
import threading
import time
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from runtime.backends.db import Datasource, databases
from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.emulated.ignition.qualified import CODES
from runtime.backends.tags import Node, TagSystem, parse_path
from runtime.core.errors import ProjectError

#: a ``runtime.gateway.Gateway`` (not imported, see gatewayfiles: the gateway's process hosts serve
#: workers' database and tag calls, so this layer must not point back up at it)
Gateway = Any

_TABLE = "shim_tag_history"
_SCHEMA = [
    f"CREATE TABLE IF NOT EXISTS {_TABLE} (path VARCHAR(1000) NOT NULL, value_num DOUBLE PRECISION, "
    "value_text VARCHAR(4000), quality INTEGER NOT NULL, t_stamp BIGINT NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {_TABLE}_path_t ON {_TABLE} (path, t_stamp)",
    # system.tag.storeAnnotations/queryAnnotations/deleteAnnotations (runtime.backends.annotations)
    "CREATE TABLE IF NOT EXISTS shim_tag_annotations (storage_id BIGINT NOT NULL, path VARCHAR(1000) NOT NULL, "
    "start_t BIGINT NOT NULL, end_t BIGINT, type VARCHAR(100) NOT NULL, data VARCHAR(4000), deleted INTEGER NOT NULL)",
]

#: Aggregation modes of queryTagHistory/queryTagCalculations (8.1 manual).
MODES = ("Average", "MinMax", "LastValue", "SimpleAverage", "Sum", "Minimum", "Maximum", "DurationOn",
         "DurationOff", "CountOn", "CountOff", "Count", "Range", "Variance", "StdDev", "PctGood", "PctBad")

GOOD = CODES["Good"]
_GOOD_CODES = frozenset(code for name, code in CODES.items() if name.startswith("Good"))
DEFAULT_RANGE_MS = 8 * 3600 * 1000


def key_of(text: str) -> str:
    """The stored form of a tag path: ``[provider]a/b`` in lower case. A history path with its
    provider and gateway (``[DB/gateway:default]a/b``, as storeAnnotations takes it) or in
    Ignition's qualified form (``histprov:DB:/drv:gateway:default:/tag:a/b``) names the same tag."""
    text = qualified_to_tag_path(text)
    if text.startswith("[") and "]" in text:
        inside, rest = text[1:].split("]", 1)
        if "/" in inside or ":" in inside:
            text = "[%s]%s" % (inside.rsplit(":", 1)[-1].rsplit("/", 1)[-1], rest)
    path = parse_path(text)
    if path is None:
        return text.strip().lower()
    return ("[%s]%s" % (path.provider, "/".join(path.parts))).lower()


def qualified_to_tag_path(text: str) -> str:
    """``histprov:DB:/drv:gw:default:/tag:a/b`` -> ``[default]a/b``; other text as it is."""
    if not text.lower().startswith("histprov:"):
        return text
    parts = {}
    for piece in text.split(":/"):
        kind, _, value = piece.partition(":")
        parts[kind.lower()] = value
    provider = parts.get("drv", "").rsplit(":", 1)[-1] or parts.get("prov", "") or "default"
    return "[%s]%s" % (provider, parts.get("tag", ""))


@dataclass(frozen=True)
class Point:
    t: int  # epoch ms
    value: Any
    quality: int

    @property
    def good(self) -> bool:
        return self.quality in _GOOD_CODES


class History:
    """The gateway's tag history store. It opens its database on first use (the tag system is
    built inside the gateway's service lock, where no other service may be asked for)."""

    def __init__(self, opener: Callable[[], tuple[Callable[[str, list], Any], Callable[[], None]]]) -> None:
        self._opener = opener
        self._run: Callable[[str, list], Any] | None = None
        self._lock = threading.Lock()
        self._pending: list[tuple[str, Any, int, int]] = []
        self._finalizer: Any = None

    def _ensure(self) -> Callable[[str, list], Any]:
        if self._run is None:
            run, close = self._opener()
            for statement in _SCHEMA:
                run(statement, [])
            self._run = run
            self._finalizer = weakref.finalize(self, close)
            pending, self._pending = self._pending, []
            for item in pending:
                self._insert(run, *item)
        return self._run

    def record_later(self, path: str, value: Any, quality: int, millis: int) -> None:
        """A point stored when the database is first used."""
        with self._lock:
            self._pending.append((path, value, quality, millis))

    def store(self, path: str, value: Any, quality: int, millis: int) -> None:
        with self._lock:
            self._insert(self._ensure(), path, value, quality, millis)

    @staticmethod
    def _insert(run: Callable[[str, list], Any], path: str, value: Any, quality: int, millis: int) -> None:
        number, text = _split(value)
        run(f"INSERT INTO {_TABLE} (path, value_num, value_text, quality, t_stamp) "
            "VALUES (?, ?, ?, ?, ?)", [key_of(path), number, text, int(quality), int(millis)])

    def run(self, sql: str, args: list) -> Any:
        """One statement on the store's database (other history tables use it)."""
        with self._lock:
            return self._ensure()(sql, args)

    def stored_paths(self) -> list[str]:
        """Every path with recorded history (stored form, ``key_of``)."""
        return [row[0] for row in self.run(f"SELECT DISTINCT path FROM {_TABLE} ORDER BY path", []).rows]

    def first_time(self, path: str) -> int | None:
        """When ``path`` was first recorded (epoch ms), None if never."""
        rows = self.run(f"SELECT MIN(t_stamp) FROM {_TABLE} WHERE path = ?", [key_of(path)]).rows
        return int(rows[0][0]) if rows and rows[0][0] is not None else None

    def points(self, path: str, start: int, end: int) -> tuple[Point | None, list[Point]]:
        """The last point before ``start`` (the carried-in value) and the points in [start, end]."""
        key = key_of(path)
        with self._lock:
            run = self._ensure()
            before = run(f"SELECT value_num, value_text, quality, t_stamp FROM {_TABLE} "
                         "WHERE path = ? AND t_stamp < ? ORDER BY t_stamp DESC LIMIT 1", [key, start])
            inside = run(f"SELECT value_num, value_text, quality, t_stamp FROM {_TABLE} "
                         "WHERE path = ? AND t_stamp >= ? AND t_stamp <= ? ORDER BY t_stamp",
                         [key, start, end])
        carried = _point(before.rows[0]) if before.rows else None
        return carried, [_point(row) for row in inside.rows]


def _split(value: Any) -> tuple[float | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, bool):
        return float(value), None
    if isinstance(value, (int, float)):
        return float(value), None
    return None, str(value)


def _point(row: tuple) -> Point:
    number, text, quality, t = row
    return Point(int(t), text if text is not None else number, int(quality))


# -- the gateway's store ----------------------------------------------------------------------

def _opener(gateway: "Gateway") -> Callable[[], tuple[Callable[[str, list], Any], Callable[[], None]]]:
    def open_store() -> tuple[Callable[[str, list], Any], Callable[[], None]]:
        config = read_object(gateway, "gateway.json").get("history", {})
        if not isinstance(config, dict):
            raise ProjectError(f"{gateway_dir(gateway) / 'gateway.json'}: \"history\" must be an object "
                               "such as {\"datasource\": \"Plant\"}")
        name = config.get("datasource")
        if name:
            dbs = databases(gateway)
            # the gateway's own store: the tag read or write that led here passed the Designer's
            # communication mode already, so history statements count as reads
            return (lambda sql, args: dbs.run("tag history", str(name), None,
                                              lambda backend: backend.execute(sql, args, False),
                                              "read")), (lambda: None)
        scratch = Path(tempfile.gettempdir()) / f"shim-history-{uuid.uuid4().hex}"
        source = Datasource("tag history", "sqlite://", gateway_dir(gateway), [], scratch)

        def run(sql: str, args: list) -> Any:
            backend = source.acquire()
            try:
                outcome = backend.execute(sql, args, False)
                backend.commit()
                return outcome
            finally:
                source.release(backend)

        def close() -> None:
            source.close()
            shutil.rmtree(scratch, ignore_errors=True)
        return run, close
    return open_store


def attach(gateway: "Gateway", tags: TagSystem) -> History:
    """The history store of ``tags``: it records the history-enabled tags' values now and every
    good write from now on."""
    store = History(_opener(gateway))
    for root in tags.providers():
        for path, node in root.walk(""):
            if _enabled(node):
                store.record_later(f"[{root.name}]{path}", node.value, CODES.get(node.quality, GOOD),
                                   node.millis)

    def on_write(path: str, node: Node) -> None:
        if _enabled(node):
            store.store(path, node.value, CODES.get(node.quality, GOOD), node.millis)
    tags.on_write(on_write)
    return store


def _enabled(node: Node) -> bool:
    flag = next((v for k, v in node.config.items() if k.lower() == "historyenabled"), False)
    return not node.is_container and flag is True


# -- queries ------------------------------------------------------------------------------------

def window_value(mode: str, carried: Point | None, points: list[Point], start: int, end: int,
                 ignore_bad: bool) -> Any:
    """One aggregate of the points in [start, end), the carried-in value holding from ``start``."""
    series = [p for p in points if start <= p.t < end]
    if ignore_bad:
        series = [p for p in series if p.good]
        carried = carried if carried is not None and carried.good else None
    if mode in ("PctGood", "PctBad"):
        everything = ([Point(start, carried.value, carried.quality)] if carried else []) + series
        if not everything:
            return None
        good = _durations(everything, end, lambda p: p.good)
        total = sum(d for _p, d in _segments(everything, end))
        share = good / total * 100 if total else (100.0 if everything[-1].good else 0.0)
        return share if mode == "PctGood" else 100.0 - share
    held = ([Point(start, carried.value, carried.quality)] if carried is not None else []) + series
    numbers = [p for p in held if _number(p.value) is not None]
    # statistics of the points in the window; the carried-in value only when it has none
    sample = [p for p in series if _number(p.value) is not None] or numbers[:1]
    if mode == "LastValue":
        return held[-1].value if held else None
    if mode == "Count":
        return float(len(series))
    if mode in ("CountOn", "CountOff"):
        wanted = mode == "CountOn"
        count, previous = 0, (bool(_number(carried.value)) if carried is not None else None)
        for p in series:
            state = bool(_number(p.value))
            if state == wanted and previous != wanted:
                count += 1
            previous = state
        return float(count)
    if mode in ("DurationOn", "DurationOff"):
        wanted = mode == "DurationOn"
        return float(_durations(held, end, lambda p: bool(_number(p.value)) == wanted)) if held else None
    if not numbers:
        return None
    values = [_number(p.value) for p in sample]
    if mode == "Average":
        weighted = [(_number(p.value), d) for p, d in _segments(numbers, end)]
        total = sum(d for _v, d in weighted)
        return sum(v * d for v, d in weighted) / total if total else values[-1]
    if mode == "SimpleAverage":
        return sum(values) / len(values)
    if mode == "Minimum":
        return min(values)
    if mode == "Maximum":
        return max(values)
    if mode == "Sum":
        return sum(values)
    if mode == "Range":
        return max(values) - min(values)
    if mode in ("Variance", "StdDev"):
        if len(values) < 2:
            return 0.0
        mean = sum(values) / len(values)
        var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
        return var if mode == "Variance" else math.sqrt(var)
    raise ValueError(f"unknown aggregation mode {mode!r}")


def _segments(points: list[Point], end: int) -> list[tuple[Point, int]]:
    return [(p, max((points[i + 1].t if i + 1 < len(points) else end) - p.t, 0))
            for i, p in enumerate(points)]


def _durations(points: list[Point], end: int, test: Callable[[Point], bool]) -> int:
    return sum(d for p, d in _segments(points, end) if test(p))


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    return None


def now_millis() -> int:
    return int(time.time() * 1000)


def windows(start: int, end: int, size: int, interval_ms: int | None) -> list[tuple[int, int]]:
    """The [start, end) windows of an aggregated query: ``size`` of them, or one per interval."""
    if interval_ms:
        edges = list(range(start, end, interval_ms)) + [end]
    else:
        width = (end - start) / size
        edges = [start + round(i * width) for i in range(size)] + [end]
    return [(a, b) for a, b in zip(edges, edges[1:]) if b > a]


def query(store: History, paths: list[str], start: int, end: int, size: int, interval_ms: int | None,
          modes: list[str], wide: bool, names: list[str], ignore_bad: bool) -> tuple[list, list]:
    """(columns, rows) of ``queryTagHistory`` (see the module docstring)."""
    from runtime.emulated.java.util import Date

    fetched = [store.points(p, start, end) for p in paths]
    if size > 0 or interval_ms:
        spans = windows(start, end, size, interval_ms)
        series: list[list[tuple[int, Any, int]]] = []
        for (carried, points), mode in zip(fetched, modes):
            rows = []
            for a, b in spans:
                before = ([carried] if carried is not None else []) + [p for p in points if p.t < a]
                carry = before[-1] if before else None
                if mode == "MinMax":
                    rows.append((a, window_value("Minimum", carry, points, a, b, ignore_bad), GOOD))
                    rows.append((a, window_value("Maximum", carry, points, a, b, ignore_bad), GOOD))
                else:
                    rows.append((a, window_value(mode, carry, points, a, b, ignore_bad), GOOD))
            series.append(rows)
    else:
        series = [[(p.t, p.value, p.quality) for p in points if not ignore_bad or p.good]
                  for _carried, points in fetched]
    if not wide:
        rows = [[path, value, quality, Date(t)] for path, points in zip(paths, series)
                for t, value, quality in points]
        return ["path", "value", "quality", "timestamp"], rows
    if size > 0 or interval_ms:
        count = max((len(s) for s in series), default=0)
        rows = [[Date(series[0][i][0]) if series else None] + [s[i][1] for s in series] for i in range(count)]
    else:
        stamps = sorted({t for s in series for t, _v, _q in s})
        last: list[Any] = [None] * len(series)
        positions = [0] * len(series)
        rows = []
        for t in stamps:
            for i, s in enumerate(series):
                while positions[i] < len(s) and s[positions[i]][0] <= t:
                    last[i] = s[positions[i]][1]
                    positions[i] += 1
            rows.append([Date(t)] + list(last))
    return ["t_stamp"] + names, rows
