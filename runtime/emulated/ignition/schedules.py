"""Schedules, holidays and schedule adjustments of the gateway's user source, as Ignition's
``com.inductiveautomation.ignition.common.user.schedule`` models (8.1 manual, "User Management":
schedules, holidays; ``system.user.getSchedule``/``addSchedule``/``addHoliday``/
``createScheduleAdjustment``).

The models are mutable, as Ignition's are: ``system.user.getSchedule`` hands out a copy the
script edits (``setName``, ``setObserveHolidays`` ...) and gives back to ``addSchedule`` or
``editSchedule``; the store keeps its own copy, so an edit counts only once saved.
"""
from __future__ import annotations

import copy
import datetime as _dt
from typing import Any, Callable

from runtime.emulated.ignition.millis import local_datetime, to_millis
from runtime.emulated.java.util import Date

_PACKAGE = "com.inductiveautomation.ignition.common.user.schedule"
ALWAYS = "Always"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MIDNIGHT = _dt.time(0)


def _local(value: Any, what: str) -> _dt.datetime:
    try:
        return local_datetime(to_millis(value))
    except TypeError:
        raise TypeError(f"{what} must be a Date") from None


class AbstractScheduleModel:
    """What every schedule has: a name, a description, whether holidays take the user off."""

    __module__ = _PACKAGE
    TYPE = ""

    def __init__(self, name: str = "", description: str = "", observeHolidays: bool = False) -> None:
        self._name, self._description, self._observe = str(name), str(description), bool(observeHolidays)

    def getName(self) -> str:
        return self._name

    def setName(self, name) -> None:
        self._name = str(name)

    def getDescription(self) -> str:
        return self._description

    def setDescription(self, description) -> None:
        self._description = str(description)

    def isObserveHolidays(self) -> bool:
        return self._observe

    def setObserveHolidays(self, observeHolidays) -> None:
        self._observe = bool(observeHolidays)

    def getType(self) -> str:
        return self.TYPE

    def copy(self) -> "AbstractScheduleModel":
        return copy.copy(self)

    def covers(self, moment: _dt.datetime, lookup: Callable[[str], Any]) -> bool:  # pragma: no cover
        raise NotImplementedError

    def __repr__(self) -> str:
        return self._name

    __str__ = __repr__


class BasicScheduleModel(AbstractScheduleModel):
    """Days of the week and one daily window (``start == end``: the whole day)."""

    TYPE = "basic schedule"

    def __init__(self, name: str = "", days: tuple[int, ...] = tuple(range(7)), start: _dt.time = _MIDNIGHT,
                 end: _dt.time = _MIDNIGHT, description: str = "", observeHolidays: bool = False) -> None:
        super().__init__(name, description, observeHolidays)
        self.days, self.start, self.end = tuple(days), start, end

    def isAllDays(self) -> bool:
        return self.days == tuple(range(7)) and self.start == self.end

    def setAllDays(self, allDays) -> None:
        if allDays:
            self.days, self.start, self.end = tuple(range(7)), _MIDNIGHT, _MIDNIGHT

    def covers(self, moment: _dt.datetime, lookup: Callable[[str], Any]) -> bool:
        if moment.weekday() not in self.days:
            return False
        now = moment.time()
        if self.start == self.end:
            return True
        if self.start < self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end


class CompositeScheduleModel(AbstractScheduleModel):
    """Two (or more) schedules combined: on when any of them is (8.1 manual,
    ``system.user.addCompositeSchedule``: "Allows two schedules to be combined")."""

    TYPE = "composite schedule"

    def __init__(self, name: str = "", schedules: tuple[str, ...] = (), description: str = "") -> None:
        super().__init__(name, description)
        self.schedules = tuple(schedules)

    def getSchedules(self) -> list:
        return list(self.schedules)

    def covers(self, moment: _dt.datetime, lookup: Callable[[str], Any], _seen: frozenset = frozenset()) -> bool:
        for name in self.schedules:
            part = lookup(name)
            if part is None or name in _seen:
                continue
            if isinstance(part, CompositeScheduleModel):
                if part.covers(moment, lookup, _seen | {self._name}):
                    return True
            elif part.covers(moment, lookup):
                return True
        return False


class HolidayModel:
    """A holiday: ``HolidayModel(name, date, repeatAnnually)`` as the 8.1 manual's
    ``system.user.addHoliday`` example builds it."""

    __module__ = _PACKAGE

    def __init__(self, name: str = "", date: Any = None, repeatAnnually: bool = False) -> None:
        self._name = str(name)
        self._date = _dt.date.today() if date is None else self._day(date)
        self._repeat = bool(repeatAnnually)

    @staticmethod
    def _day(value: Any) -> _dt.date:
        if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
            return value
        return _local(value, "HolidayModel date").date()

    def getName(self) -> str:
        return self._name

    def setName(self, name) -> None:
        self._name = str(name)

    def getDate(self) -> Date:
        return Date(to_millis(self._date))

    def setDate(self, date) -> None:
        self._date = self._day(date)

    def isRepeatAnnually(self) -> bool:
        return self._repeat

    def setRepeatAnnually(self, repeatAnnually) -> None:
        self._repeat = bool(repeatAnnually)

    def falls_on(self, day: _dt.date) -> bool:
        if self._repeat:
            return (day.month, day.day) == (self._date.month, self._date.day)
        return day == self._date

    def copy(self) -> "HolidayModel":
        return copy.copy(self)

    def __repr__(self) -> str:
        return self._name

    __str__ = __repr__


class ScheduleAdjustment:
    """A span in which a user is available (or not) whatever the schedule says (8.1 manual,
    ``system.user.createScheduleAdjustment``; added with ``user.addScheduleAdjustments``)."""

    __module__ = _PACKAGE

    def __init__(self, start: Any, end: Any, available: bool, note: str) -> None:
        self._start = _local(start, "createScheduleAdjustment(): startDate")
        self._end = _local(end, "createScheduleAdjustment(): endDate")
        if self._end < self._start:
            raise ValueError("createScheduleAdjustment(): endDate is before startDate")
        self._available, self._note = bool(available), str(note)

    def getStart(self) -> Date:
        return Date(to_millis(self._start))

    def getEnd(self) -> Date:
        return Date(to_millis(self._end))

    def isAvailable(self) -> bool:
        return self._available

    def getNote(self) -> str:
        return self._note

    def covers(self, moment: _dt.datetime) -> bool:
        return self._start <= moment <= self._end

    def __repr__(self) -> str:
        return f"ScheduleAdjustment({self._start:%Y-%m-%d %H:%M} - {self._end:%Y-%m-%d %H:%M}, " \
               f"available={'true' if self._available else 'false'}, {self._note})"


def always() -> BasicScheduleModel:
    """Ignition's built-in schedule: every moment, holidays not observed."""
    return BasicScheduleModel(ALWAYS, description="Always on")


def parse_schedule(name: str, spec: Any) -> AbstractScheduleModel:
    """A schedule of users.json: ``{"days": [...], "start": "HH:MM", "end": "HH:MM",
    "observeHolidays": bool}`` or ``{"schedules": [names]}`` (composite). Raises ValueError."""
    if not isinstance(spec, dict):
        raise ValueError("a schedule is an object")
    description = str(spec.get("description", ""))
    if "schedules" in spec:
        parts = spec["schedules"]
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            raise ValueError("\"schedules\" must be a list of schedule names")
        return CompositeScheduleModel(name, tuple(parts), description)
    try:
        days = tuple(DAYS.index(str(d).lower()[:3]) for d in spec.get("days", DAYS))
        start = _dt.time.fromisoformat(spec.get("start", "00:00"))
        end = _dt.time.fromisoformat(spec.get("end", "00:00"))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"needs \"days\" (Mon..Sun) and \"start\"/\"end\" as HH:MM ({exc})") from None
    return BasicScheduleModel(name, days, start, end, description, bool(spec.get("observeHolidays", False)))


def parse_holiday(name: str, spec: Any) -> HolidayModel:
    try:
        return HolidayModel(name, _dt.date.fromisoformat(spec["date"]), bool(spec.get("repeatAnnually", False)))
    except (KeyError, TypeError, ValueError):
        raise ValueError("needs a \"date\" (YYYY-MM-DD)") from None
