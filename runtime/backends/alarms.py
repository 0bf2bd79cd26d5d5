"""Alarms from tag alarm configuration, for ``system.alarm`` (8.1 manual, ``system.alarm.*``).

A tag's export may carry ``"alarms": [{"name": "High", "mode": "AboveValue", "setpointA": 90,
"priority": "High", "displayPath": "Tank 1 high", "label": ..., "ackMode": "Manual"|"Auto",
"enabled": true}]``. Modes (the tag alarm properties' JSON names): ``Equality``/``Inequality``
(``setpointA``), ``AboveValue``/``BelowValue`` (``setpointA``, ``inclusiveA``), ``BetweenValues``/
``OutsideValues`` (``setpointA``..``setpointB``), ``Bit`` (``bitPosition``), ``BadQuality``,
``OnCondition`` (``isActive``: a literal true/false; expressions are not evaluated), ``AnyChange``
(active and cleared at once on every change). The default mode is ``Equality`` with setpoint 0,
priority ``Low``.

Alarms are evaluated when the tag system loads, after every good write and after configuration
changes. On-call rosters come from ``_gateway/users.json``'s ``"rosters": {"Admins": ["admin"], ...}``
(roster name -> user names; Ignition keeps them in the gateway's Alarming > On-Call Rosters) and
``createRoster`` adds empty ones in memory. An event goes ActiveUnacked -> ActiveAcked / ClearUnacked -> ClearAcked (``ackMode``
``Auto`` acknowledges on clear); ``queryStatus`` lists the events not yet ClearAcked, the journal
(``queryJournal``) every transition. Source paths read ``prov:default:/tag:Tanks/T1/Level:/alm:High``.
"""
from __future__ import annotations

import fnmatch
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from runtime.backends.gatewayfiles import Gateway, gateway_dir, read_object
from runtime.core.errors import ProjectError
from runtime.emulated.ignition.dataset import dataset_from_rows
from runtime.backends.tags import Node, TagSystem, parse_path
from runtime.emulated.java.util import Date
from runtime.scripts.legacy.py2types import jython_value

PRIORITIES = ("Diagnostic", "Low", "Medium", "High", "Critical")
STATES = ("ClearUnacked", "ClearAcked", "ActiveUnacked", "ActiveAcked")
DEFAULT_SHELVE_MS = 15 * 60 * 1000


def _now() -> int:
    return int(time.time() * 1000)


def source_path(tag_path: str, alarm: str) -> str:
    path = parse_path(tag_path)
    provider, parts = (path.provider, "/".join(path.parts)) if path is not None else ("default", tag_path)
    return f"prov:{provider}:/tag:{parts}:/alm:{alarm}"


@dataclass
class EventData:
    """When a transition happened and who made it (``getTimestamp``, ``get("ackUser")`` ...)."""

    millis: int
    values: dict = field(default_factory=dict)

    def getTimestamp(self) -> Date:
        return Date(self.millis)

    def getTimeStamp(self) -> int:
        return self.millis

    def get(self, prop: str) -> Any:
        return jython_value(self.values.get(str(prop)))

    def __repr__(self) -> str:
        return f"EventData({Date(self.millis)}, {self.values})"


class AlarmEvent:
    """One alarm event (``PyAlarmEvent``)."""

    __module__ = "com.inductiveautomation.ignition.common.alarming"

    def __init__(self, tag_path: str, definition: dict, millis: int, value: Any) -> None:
        self._id = str(uuid.uuid4())
        self._tag = tag_path
        self._name = str(definition.get("name", "Alarm"))
        self._source = source_path(tag_path, self._name)
        self._display = str(definition.get("displayPath") or "")
        self._label = str(definition.get("label") or self._name)
        self._priority = _priority(definition.get("priority", "Low"))
        self._auto_ack = str(definition.get("ackMode", "Manual")).lower() == "auto"
        self._active = EventData(millis, {"eventValue": value})
        self._cleared: EventData | None = None
        self._acked: EventData | None = None
        self._notes = ""
        self._shelved = False

    # the PyAlarmEvent API
    def getId(self) -> str:
        return self._id

    def getSource(self) -> str:
        return self._source

    def getDisplayPath(self) -> str:
        return self._display

    def getDisplayPathOrSource(self) -> str:
        return self._display or self._source

    def getName(self) -> str:
        return self._name

    def getLabel(self) -> str:
        return self._label

    def getPriority(self) -> str:
        return PRIORITIES[self._priority]

    def getState(self) -> str:
        if self._cleared is None:
            return "ActiveAcked" if self._acked else "ActiveUnacked"
        return "ClearAcked" if self._acked else "ClearUnacked"

    def getNotes(self) -> str:
        return self._notes

    def getActiveData(self) -> EventData:
        return self._active

    def getClearedData(self) -> EventData | None:
        return self._cleared

    def getAckData(self) -> EventData | None:
        return self._acked

    def isAcked(self) -> bool:
        return self._acked is not None

    def isCleared(self) -> bool:
        return self._cleared is not None

    def isShelved(self) -> bool:
        return self._shelved

    def get(self, prop: str) -> Any:
        return {"name": self._name, "displayPath": self._display, "label": self._label,
                "priority": self.getPriority(), "source": self._source,
                "eventValue": self._active.values.get("eventValue")}.get(str(prop))

    id = property(getId)
    source = property(getSource)
    displayPath = property(getDisplayPath)
    name = property(getName)
    label = property(getLabel)
    priority = property(getPriority)
    state = property(getState)
    notes = property(getNotes)

    def __repr__(self) -> str:
        return f"{{Source: '{self._source}', Display Path: '{self._display}', UUID: '{self._id}', " \
               f"Current State: '{self.getState()}', Priority: '{self.getPriority()}', " \
               f"Active Data: {self._active}, Clear Data: {self._cleared}, Ack Data: {self._acked}}}"

    __str__ = __repr__


def _priority(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(PRIORITIES):
        return value
    for i, name in enumerate(PRIORITIES):
        if str(value).lower() == name.lower():
            return i
    return 1


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def is_active(definition: dict, node: Node) -> bool:
    """True if ``definition``'s condition holds for the tag's value and quality now."""
    if definition.get("enabled", True) is False:
        return False
    mode = str(definition.get("mode", "Equality"))
    if mode == "BadQuality":
        return node.quality != "Good"
    if mode == "OnCondition":
        return definition.get("isActive") is True
    value = _number(node.value)
    a, b = _number(definition.get("setpointA", 0)), _number(definition.get("setpointB", 0))
    if value is None or a is None:
        return mode == "Inequality" and node.value != definition.get("setpointA", 0)
    if mode == "Equality":
        return value == a
    if mode == "Inequality":
        return value != a
    if mode == "AboveValue":
        return value >= a if definition.get("inclusiveA") else value > a
    if mode == "BelowValue":
        return value <= a if definition.get("inclusiveA") else value < a
    if mode in ("BetweenValues", "OutsideValues"):
        inside = min(a, b or 0) <= value <= max(a, b or 0)
        return inside if mode == "BetweenValues" else not inside
    if mode == "Bit":
        return bool(int(value) >> int(definition.get("bitPosition", 0)) & 1)
    return False


@dataclass
class Shelf:
    path: str
    expires: int
    user: str

    def getPath(self) -> str:
        return self.path

    def getExpiration(self) -> Date:
        return Date(self.expires)

    def getUser(self) -> str:
        return self.user

    def isExpired(self) -> bool:
        return _now() >= self.expires

    def __repr__(self) -> str:
        return self.path


class AlarmQueryResult(list):
    """A list of alarm events with ``getDataset()`` (``AlarmQueryResultImpl``)."""

    def __init__(self, events: list, journal: bool = False) -> None:
        super().__init__(events)
        self._journal = journal

    def getDataset(self):
        if self._journal:
            # the journal's columns (7.9 manual, system.alarm.queryJournal: "EventId, Source,
            # DisplayPath, EventTime, EventState, Priority, IsSystemEvent"); tag alarms are no
            # system events
            rows = []
            for e in self:
                rows.append([e.getId(), e.getSource(), e.getDisplayPath(), Date(e.getActiveData().millis),
                             "Active", e.getPriority(), False])
                if e.getClearedData() is not None:
                    rows.append([e.getId(), e.getSource(), e.getDisplayPath(), Date(e.getClearedData().millis),
                                 "Clear", e.getPriority(), False])
                if e.getAckData() is not None:
                    rows.append([e.getId(), e.getSource(), e.getDisplayPath(), Date(e.getAckData().millis),
                                 "Acknowledged", e.getPriority(), False])
            rows.sort(key=lambda r: r[3].getTime())
            return dataset_from_rows(["EventId", "Source", "DisplayPath", "EventTime", "EventState", "Priority",
                                      "IsSystemEvent"], None, jython_value(rows))
        rows = [[e.getId(), e.getSource(), e.getDisplayPath(), Date(e.getActiveData().millis), e.getState(),
                 e.getPriority()] for e in self]
        return dataset_from_rows(["EventId", "Source", "DisplayPath", "EventTime", "State", "Priority"],
                                 None, jython_value(rows))

    def getEvent(self, uuid_: str) -> AlarmEvent | None:
        return next((e for e in self if e.getId() == str(uuid_)), None)


class AlarmEngine:
    """Every alarm event of one tag system."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[tuple[str, str], AlarmEvent] = {}  # (tag key, alarm) -> event not ClearAcked
        self.events: list[AlarmEvent] = []  # every event, in order (the journal)
        self.shelves: dict[str, Shelf] = {}

    def evaluate(self, tag_path: str, node: Node, changed: bool = False) -> None:
        definitions = node.config.get("alarms")
        if not isinstance(definitions, list):
            return
        now = _now()
        with self._lock:
            for definition in definitions:
                if not isinstance(definition, dict):
                    continue
                name = str(definition.get("name", "Alarm"))
                key = (tag_path.lower(), name.lower())
                current = self._open.get(key)
                live = current is not None and current._cleared is None
                if str(definition.get("mode")) == "AnyChange":
                    if changed:
                        event = self._start(key, tag_path, definition, now, node.value)
                        self._clear(key, event, now)
                    continue
                active = is_active(definition, node)
                if active and not live:
                    self._start(key, tag_path, definition, now, node.value)
                elif not active and live:
                    self._clear(key, current, now)

    def _start(self, key: tuple, tag_path: str, definition: dict, now: int, value: Any) -> AlarmEvent:
        event = AlarmEvent(tag_path, definition, now, detached_value(value))
        event._shelved = self._is_shelved(event.getSource())
        self._open[key] = event
        self.events.append(event)
        return event

    def _clear(self, key: tuple, event: AlarmEvent, now: int) -> None:
        event._cleared = EventData(now)
        if event._auto_ack and event._acked is None:
            event._acked = EventData(now, {"ackUser": "auto-ack"})
        if event._acked is not None:
            self._open.pop(key, None)

    def evaluate_all(self, tags: TagSystem) -> None:
        for root in tags.providers():
            for path, node in root.walk(""):
                if not node.is_container and node.config.get("alarms"):
                    self.evaluate(f"[{root.name}]{path}", node)

    def status(self) -> list[AlarmEvent]:
        with self._lock:
            return list(self._open.values())

    def acknowledge(self, ids: list[str], notes: str, user: str) -> list[str]:
        failed = []
        now = _now()
        with self._lock:
            by_id = {e.getId(): (k, e) for k, e in self._open.items()}
            for alarm_id in ids:
                found = by_id.get(str(alarm_id))
                if found is None or found[1]._acked is not None:
                    failed.append(str(alarm_id))
                    continue
                key, event = found
                event._acked = EventData(now, {"ackUser": user, "ackNotes": notes})
                event._notes = notes or ""
                if event._cleared is not None:
                    self._open.pop(key, None)
        return failed

    def shelve(self, paths: list[str], millis: int, user: str) -> None:
        with self._lock:
            for path in paths:
                self.shelves[path] = Shelf(path, _now() + millis, user)
            for event in self._open.values():
                event._shelved = self._is_shelved(event.getSource())

    def unshelve(self, paths: list[str]) -> None:
        with self._lock:
            for path in paths:
                self.shelves.pop(path, None)
            for event in self._open.values():
                event._shelved = self._is_shelved(event.getSource())

    def _is_shelved(self, source: str) -> bool:
        return any(not s.isExpired() and fnmatch.fnmatchcase(source.lower(), s.path.lower())
                   for s in self.shelves.values())

    def shelved(self) -> list[Shelf]:
        with self._lock:
            return [s for s in self.shelves.values() if not s.isExpired()]


def detached_value(value: Any) -> Any:
    return value if isinstance(value, (int, float, str, bool, type(None))) else str(value)


def matches(event: AlarmEvent, priority: Any, state: Any, path: Any, source: Any, displaypath: Any,
            include_shelved: bool) -> bool:
    """The filters of queryStatus/queryJournal: lists of priorities (names or 0-4), states
    (names or 0-3), and source/display path patterns with ``*``."""
    if event.isShelved() and not include_shelved:
        return False
    if priority and not any(_priority(p) == PRIORITIES.index(event.getPriority()) for p in priority):
        return False
    if state and not any((STATES[s] if isinstance(s, int) and 0 <= s < 4 else str(s)).lower()
                         == event.getState().lower() for s in state):
        return False
    for patterns, text in ((path, event.getSource()), (source, event.getSource()),
                           (displaypath, event.getDisplayPathOrSource())):
        if patterns and not any(fnmatch.fnmatchcase(text.lower(), str(p).lower())
                                or fnmatch.fnmatchcase(text.lower(), "*" + str(p).lower() + "*")
                                for p in patterns):
            return False
    return True


class Rosters(dict):
    """The gateway's on-call rosters: roster name -> its users' names, in order; from
    users.json's ``"rosters"`` on first use (a bad entry fails there, naming the file, and leaves
    tags and alarms alone), then as ``createRoster`` adds them."""

    def __init__(self, gateway: Gateway) -> None:
        source = gateway_dir(gateway) / "users.json"
        found = read_object(gateway, "users.json").get("rosters", {})
        if not isinstance(found, dict) or not all(
                isinstance(users, list) and all(isinstance(u, str) for u in users) for users in found.values()):
            raise ProjectError(f'{source}: "rosters" must map each roster name to a list of user names')
        super().__init__((str(name), list(users)) for name, users in found.items())


def rosters(gateway: Gateway) -> Rosters:
    """The gateway's one :class:`Rosters`."""
    return gateway.service("rosters", Rosters)


def attach(tags: TagSystem) -> AlarmEngine:
    """The alarm engine of ``tags``: evaluated now and after every good write."""
    engine = AlarmEngine()
    engine.evaluate_all(tags)
    tags.on_write(lambda path, node: engine.evaluate(tags.full_path(parse_path(path)), node, changed=True))
    return engine
