"""java.time.ZoneId, ZoneOffset, Instant and ZonedDateTime: points on the time line and the zones
that turn them into wall-clock time.

Zone rules are ``_zones``' (the tz database, as for java.util.TimeZone); ``ZoneId.systemDefault()``
is the gateway's zone as shim defines it (``use_default_zone``). An Instant is nanoseconds from
1970-01-01T00:00Z printed as ISO_INSTANT prints it (``2023-11-14T22:13:20.123Z``). A wall time in
a DST gap moves forward by the gap and one in an overlap takes the earlier (summer) offset
(javadoc of ZonedDateTime.of), so ``2024-03-10T02:30`` in Chicago is ``03:30-05:00``.
"""
from __future__ import annotations

import re
import zoneinfo
from typing import Any

from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._jlocal import LocalDate, LocalDateTime, LocalTime, fraction_text
from runtime.emulated.java._jtemporal import (Final, NANOS_PER_SECOND, ChronoUnit, Comparable, DateTimeException,
                                              UnsupportedTemporalTypeException, ZoneRulesException, add_minus,
                                              delegate, quot)
from runtime.emulated.java._zones import Zone, default_zone_id, find_zone, gmt_offset_name, now_millis

_OFFSET = re.compile(r"^([+-])(\d{1,2})(?::?(\d{2})(?::?(\d{2}))?)?$")
_PREFIXED = re.compile(r"^(UTC|GMT|UT)([+-].*)$")
_MS = 1_000_000


class ZoneId(Final, JavaObject):
    """java.time.ZoneId: ``ZoneId.of('America/Chicago')``, ``ZoneId.systemDefault()``."""

    __slots__ = ("_id", "_zone")
    __module__ = "java.time"

    def __init__(self, *args: Any) -> None:
        raise TypeError("java.time.ZoneId has no public constructor: use ZoneId.of(...)")

    @classmethod
    def _region(cls, zone_id: str, zone: Zone) -> "ZoneId":
        made = object.__new__(ZoneId)
        made._id, made._zone = zone_id, zone
        return made

    @classmethod
    def of(cls, zone_id: Any) -> "ZoneId":
        """An offset (``Z``, ``+05:30``), a prefixed offset (``UTC+01:00``) or a region ID."""
        if not isinstance(zone_id, str):
            raise DateTimeException("Invalid ID for ZoneId: %s" % (zone_id,))
        if zone_id == "Z" or zone_id[:1] in "+-":
            return ZoneOffset.of(zone_id)
        prefixed = _PREFIXED.match(zone_id)
        if prefixed:
            offset = ZoneOffset.of(prefixed.group(2))
            return cls._region(prefixed.group(1) + offset._id, offset._zone)
        zone = find_zone("UTC" if zone_id == "UT" else zone_id)
        if zone is None:
            raise ZoneRulesException("Unknown time-zone ID: %s" % zone_id)
        return cls._region(zone_id, zone)

    @classmethod
    def systemDefault(cls) -> "ZoneId":
        return cls.of(default_zone_id())

    @classmethod
    def getAvailableZoneIds(cls) -> set:
        return set(zoneinfo.available_timezones())

    def getId(self) -> str:
        return self._id

    def normalized(self) -> "ZoneId":
        return self

    def _offset_at(self, epoch_ms: int) -> "ZoneOffset":
        return ZoneOffset.ofTotalSeconds(self._zone.offset(epoch_ms) // 1000)

    def _wall_offset(self, local_ms: int) -> "ZoneOffset":
        return ZoneOffset.ofTotalSeconds(self._zone.wall_offset(local_ms) // 1000)

    def equals(self, other: object) -> bool:
        return isinstance(other, ZoneId) and other._id == self._id

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return hash(self._id)

    def hashCode(self) -> int:
        return hash(self._id) & 0x7FFFFFFF

    def toString(self) -> str:
        return self._id


class ZoneOffset(ZoneId):
    """java.time.ZoneOffset: a fixed offset, ``ZoneOffset.UTC`` (``Z``), ``ofHours(-6)`` (``-06:00``)."""

    __slots__ = ("_seconds",)
    __module__ = "java.time"

    @classmethod
    def ofTotalSeconds(cls, seconds: int) -> "ZoneOffset":
        seconds = int(seconds)
        if abs(seconds) > 18 * 3600:
            raise DateTimeException("Zone offset not in valid range: -18:00 to +18:00")
        made = object.__new__(ZoneOffset)
        made._seconds = seconds
        if seconds == 0:
            made._id = "Z"
        else:
            made._id = gmt_offset_name(seconds * 1000)[3:] + (":%02d" % (abs(seconds) % 60) if seconds % 60 else "")
        made._zone = find_zone(gmt_offset_name(seconds // 60 * 60 * 1000))
        return made

    @classmethod
    def ofHours(cls, hours: int) -> "ZoneOffset":
        return cls.ofTotalSeconds(int(hours) * 3600)

    @classmethod
    def ofHoursMinutes(cls, hours: int, minutes: int) -> "ZoneOffset":
        return cls.ofTotalSeconds(int(hours) * 3600 + int(minutes) * 60)

    @classmethod
    def of(cls, offset_id: Any) -> "ZoneOffset":
        """``Z``, ``+h``, ``+hh``, ``+hh:mm``, ``+hhmm``, ``+hh:mm:ss`` (ZoneOffset.of's forms)."""
        text = str(offset_id)
        if text == "Z":
            return cls.ofTotalSeconds(0)
        found = _OFFSET.match(text)
        if not found:
            raise DateTimeException("Invalid ID for ZoneOffset, invalid format: %s" % text)
        sign, hours, minutes, seconds = found.groups()
        unit = -1 if sign == "-" else 1
        h, m, s = unit * int(hours), unit * int(minutes or 0), unit * int(seconds or 0)
        for what, value, low in (("hours", h, 18), ("minutes", m, 59), ("seconds", s, 59)):
            if abs(value) > low:
                raise DateTimeException("Zone offset %s not in valid range: value %d is not in the range -%d to %d"
                                        % (what, value, low, low))
        return cls.ofTotalSeconds(h * 3600 + m * 60 + s)

    def getTotalSeconds(self) -> int:
        return self._seconds

    def _offset_at(self, epoch_ms: int) -> "ZoneOffset":
        return self

    def _wall_offset(self, local_ms: int) -> "ZoneOffset":
        return self


ZoneOffset.UTC = ZoneOffset.ofTotalSeconds(0)
ZoneOffset.MIN = ZoneOffset.ofTotalSeconds(-18 * 3600)
ZoneOffset.MAX = ZoneOffset.ofTotalSeconds(18 * 3600)


def zone_arg(zone: Any) -> ZoneId:
    """``zone`` if given (a ZoneId), else the gateway's default zone."""
    if zone is None:
        return ZoneId.systemDefault()
    if not isinstance(zone, ZoneId):
        raise TypeError("expected a java.time.ZoneId, got %s" % type(zone).__name__)
    return zone


class Instant(Comparable, JavaObject):
    """java.time.Instant: ``Instant.now()``, ``ofEpochMilli(date.getTime())``, ``toEpochMilli()``."""

    __slots__ = ("_ns",)
    __module__ = "java.time"

    def __init__(self, *args: Any) -> None:
        raise TypeError("java.time.Instant has no public constructor: use Instant.ofEpochMilli(...)")

    @classmethod
    def _of(cls, nanos: int) -> "Instant":
        made = object.__new__(cls)
        made._ns = nanos
        return made

    @classmethod
    def now(cls) -> "Instant":
        return cls._of(now_millis() * _MS)

    @classmethod
    def ofEpochMilli(cls, millis: int) -> "Instant":
        return cls._of(int(millis) * _MS)

    @classmethod
    def ofEpochSecond(cls, seconds: int, nano_adjustment: int = 0) -> "Instant":
        return cls._of(int(seconds) * NANOS_PER_SECOND + int(nano_adjustment))

    def _key(self) -> int:
        return self._ns

    def toEpochMilli(self) -> int:
        return self._ns // _MS

    def getEpochSecond(self) -> int:
        return self._ns // NANOS_PER_SECOND

    def getNano(self) -> int:
        return self._ns % NANOS_PER_SECOND

    def plusSeconds(self, n: int) -> "Instant":
        return Instant._of(self._ns + int(n) * NANOS_PER_SECOND)

    def plusMillis(self, n: int) -> "Instant":
        return Instant._of(self._ns + int(n) * _MS)

    def plusNanos(self, n: int) -> "Instant":
        return Instant._of(self._ns + int(n))

    def plus(self, amount: Any, unit: Any = None) -> "Instant":
        """``plus(Duration)`` or ``plus(n, unit)`` up to DAYS (Instant has no months, as in Java)."""
        if unit is None:
            return amount._add_to(self, 1)
        if unit._ordinal > 7:
            raise UnsupportedTemporalTypeException("Unsupported unit: %s" % unit._display)
        return Instant._of(self._ns + int(amount) * unit._nanos)

    def minus(self, amount: Any, unit: Any = None) -> "Instant":
        return amount._add_to(self, -1) if unit is None else self.plus(-int(amount), unit)

    def truncatedTo(self, unit: ChronoUnit) -> "Instant":
        if unit._ordinal > 7:
            raise UnsupportedTemporalTypeException("Unit is too large to be used for truncation")
        return Instant._of(self._ns - self._ns % unit._nanos)

    def until(self, end: Any, unit: ChronoUnit) -> int:
        if unit._ordinal > 7:
            raise UnsupportedTemporalTypeException("Unsupported unit: %s" % unit._display)
        return quot(end._ns - self._ns, unit._nanos)

    def atZone(self, zone: Any) -> "ZonedDateTime":
        return ZonedDateTime.ofInstant(self, zone)

    def atOffset(self, offset: Any) -> "ZonedDateTime":
        return ZonedDateTime.ofInstant(self, offset)

    def toString(self) -> str:
        """ISO_INSTANT: the UTC date-time with its seconds always, then a fraction and ``Z``."""
        utc = LocalDateTime._of_nanos(self._ns)
        time = utc._time
        return "%sT%02d:%02d:%02d%sZ" % (utc._date.toString(), time.getHour(), time.getMinute(),
                                         time.getSecond(), fraction_text(time.getNano()))


add_minus(Instant, "Seconds", "Millis", "Nanos")
Instant.EPOCH = Instant._of(0)


class ZonedDateTime(Comparable, JavaObject):
    """java.time.ZonedDateTime: a LocalDateTime, its offset and its zone, printed
    ``2024-01-01T00:00-06:00[America/Chicago]``. Date units (plusDays) move the wall time, time
    units (plusHours) the instant, as Java's do across a DST change."""

    __slots__ = ("_ldt", "_offset", "_zone")
    __module__ = "java.time"

    def __init__(self, *args: Any) -> None:
        raise TypeError("java.time.ZonedDateTime has no public constructor: use ZonedDateTime.of(...)")

    @classmethod
    def _make(cls, ldt: LocalDateTime, offset: ZoneOffset, zone: ZoneId) -> "ZonedDateTime":
        made = object.__new__(cls)
        made._ldt, made._offset, made._zone = ldt, offset, zone
        return made

    @classmethod
    def now(cls, zone: Any = None) -> "ZonedDateTime":
        return cls.ofInstant(Instant.now(), zone_arg(zone))

    @classmethod
    def of(cls, *args: Any) -> "ZonedDateTime":
        """``of(ldt, zone)``, ``of(date, time, zone)`` or ``of(y, m, d, h, mi, s, nano, zone)``."""
        *fields, zone = args
        zone = zone_arg(zone)
        if len(fields) == 1:
            ldt = fields[0]
        elif len(fields) == 2:
            ldt = LocalDateTime.of(fields[0], fields[1])
        elif len(fields) == 7:
            ldt = LocalDateTime.of(*fields)
        else:
            raise TypeError("ZonedDateTime.of(): expected (ldt, zone), (date, time, zone) or 7 fields and a zone")
        return cls.ofLocal(ldt, zone, None)

    @classmethod
    def ofLocal(cls, ldt: LocalDateTime, zone: Any, preferred: Any = None) -> "ZonedDateTime":
        zone = zone_arg(zone)
        offset = zone._wall_offset(ldt._nanos() // _MS)
        if preferred is not None and preferred == zone._offset_at(ldt._nanos() // _MS - preferred._seconds * 1000):
            offset = preferred
        instant_ns = ldt._nanos() - offset._seconds * NANOS_PER_SECOND
        return cls._at(instant_ns, zone)

    @classmethod
    def _at(cls, instant_ns: int, zone: ZoneId) -> "ZonedDateTime":
        offset = zone._offset_at(instant_ns // _MS)
        return cls._make(LocalDateTime._of_nanos(instant_ns + offset._seconds * NANOS_PER_SECOND), offset, zone)

    @classmethod
    def ofInstant(cls, instant: Instant, zone: Any) -> "ZonedDateTime":
        return cls._at(instant._ns, zone_arg(zone))

    def _instant_ns(self) -> int:
        return self._ldt._nanos() - self._offset._seconds * NANOS_PER_SECOND

    def _key(self) -> tuple:
        return (self._instant_ns(), self._ldt._nanos(), self._zone._id)

    def isBefore(self, other: Any) -> bool:
        return self._instant_ns() < other._instant_ns()

    def isAfter(self, other: Any) -> bool:
        return self._instant_ns() > other._instant_ns()

    def isEqual(self, other: Any) -> bool:
        return self._instant_ns() == other._instant_ns()

    def toInstant(self) -> Instant:
        return Instant._of(self._instant_ns())

    def toEpochSecond(self) -> int:
        return self._instant_ns() // NANOS_PER_SECOND

    def toLocalDateTime(self) -> LocalDateTime:
        return self._ldt

    def toLocalDate(self) -> LocalDate:
        return self._ldt._date

    def toLocalTime(self) -> LocalTime:
        return self._ldt._time

    def getOffset(self) -> ZoneOffset:
        return self._offset

    def getZone(self) -> ZoneId:
        return self._zone

    def withZoneSameInstant(self, zone: Any) -> "ZonedDateTime":
        return ZonedDateTime._at(self._instant_ns(), zone_arg(zone))

    def withZoneSameLocal(self, zone: Any) -> "ZonedDateTime":
        return ZonedDateTime.ofLocal(self._ldt, zone, self._offset)

    def _local(self, ldt: LocalDateTime) -> "ZonedDateTime":
        return ZonedDateTime.ofLocal(ldt, self._zone, self._offset)

    def _timeline(self, nanos: int) -> "ZonedDateTime":
        return ZonedDateTime._at(self._instant_ns() + nanos, self._zone)

    def plus(self, amount: Any, unit: Any = None) -> "ZonedDateTime":
        if unit is None:
            return amount._add_to(self, 1)
        if unit._ordinal < 7:
            return self._timeline(int(amount) * unit._nanos)
        return self._local(self._ldt.plus(amount, unit))

    def minus(self, amount: Any, unit: Any = None) -> "ZonedDateTime":
        return amount._add_to(self, -1) if unit is None else self.plus(-int(amount), unit)

    def until(self, end: Any, unit: ChronoUnit) -> int:
        end = end.withZoneSameInstant(self._zone)
        if unit._ordinal < 7:
            return quot(end._instant_ns() - self._instant_ns(), unit._nanos)
        return self._ldt.until(end._ldt, unit)

    def truncatedTo(self, unit: ChronoUnit) -> "ZonedDateTime":
        return self._local(self._ldt.truncatedTo(unit))

    def format(self, formatter: Any) -> str:
        return formatter.format(self)

    def toString(self) -> str:
        text = self._ldt.toString() + self._offset._id
        return text if self._zone is self._offset or isinstance(self._zone, ZoneOffset) else text + "[%s]" % self._zone._id


def _wall(method: str, on_timeline: bool) -> None:
    """ZonedDateTime.<method>: LocalDateTime's, re-zoned on the wall clock or on the time line."""
    def shifted(self: ZonedDateTime, value: int) -> ZonedDateTime:
        moved = getattr(self._ldt, method)(value)
        if on_timeline:
            return self._timeline(moved._nanos() - self._ldt._nanos())
        return self._local(moved)
    shifted.__name__ = shifted.__qualname__ = method
    shifted.__doc__ = "LocalDateTime.%s, on the %s." % (method, "time line" if on_timeline else "wall clock")
    setattr(ZonedDateTime, method, shifted)


for _unit, _timeline_unit in (("Years", False), ("Months", False), ("Weeks", False), ("Days", False),
                              ("Hours", True), ("Minutes", True), ("Seconds", True), ("Nanos", True)):
    _wall("plus" + _unit, _timeline_unit)
    _wall("minus" + _unit, _timeline_unit)
for _field in ("Year", "Month", "DayOfMonth", "DayOfYear", "Hour", "Minute", "Second", "Nano"):
    _wall("with" + _field, False)


delegate(ZonedDateTime, "_ldt", ("getYear", "getMonthValue", "getMonth", "getDayOfMonth", "getDayOfYear",
                                "getDayOfWeek", "getHour", "getMinute", "getSecond", "getNano"))


def _at_zone(self: LocalDateTime, zone: Any) -> ZonedDateTime:
    """``ldt.atZone(zone)`` / ``atOffset(offset)``: ZonedDateTime.of(ldt, zone)."""
    return ZonedDateTime.of(self, zone)


LocalDateTime.atZone = LocalDateTime.atOffset = _at_zone
