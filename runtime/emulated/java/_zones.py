"""Time zones as Java sees them: IDs, offsets, DST, short and long names, wall-time resolution.

The default zone is the process's local zone (Java reads ``TZ``, then ``/etc/timezone``, then the
``/etc/localtime`` link; so does :func:`local_zone_id`). A runtime or a test pins another one for a
block of code with :func:`use_default_zone`, which sets a context variable: nothing global changes
and nothing leaks between tests or between scripts running in different contexts.
"""
from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import functools
import os
import re
import time
import zoneinfo
from typing import Iterator

from runtime.emulated.java._civil import MS_PER_HOUR, MS_PER_MINUTE

_EPOCH = _dt.datetime(1970, 1, 1)
#: Java's java.util.TimeZone ignores transitions before 1900 (sun.util.calendar.ZoneInfoFile):
#: earlier instants get the offset in force on 1900-01-01, never a local mean time.
_MIN_MS = int((_dt.datetime(1900, 1, 1) - _EPOCH).total_seconds() * 1000)
_MAX_MS = int((_dt.datetime(9999, 12, 30) - _EPOCH).total_seconds() * 1000)
_CUSTOM = re.compile(r"^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$")

_default_zone: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "shim_default_zone", default=None)

#: Java's long display names (``zzzz``), keyed by the tz database abbreviation.
LONG_NAMES = {
    "UTC": "Coordinated Universal Time", "GMT": "Greenwich Mean Time",
    "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
    "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
    "CST": "Central Standard Time", "CDT": "Central Daylight Time",
    "EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
    "AKST": "Alaska Standard Time", "AKDT": "Alaska Daylight Time",
    "HST": "Hawaii-Aleutian Standard Time", "AST": "Atlantic Standard Time",
    "ADT": "Atlantic Daylight Time", "BST": "British Summer Time",
    "WET": "Western European Standard Time", "WEST": "Western European Summer Time",
    "CET": "Central European Standard Time", "CEST": "Central European Summer Time",
    "EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
    "MSK": "Moscow Standard Time", "IST": "India Standard Time", "JST": "Japan Standard Time",
    "KST": "Korean Standard Time", "SAST": "South Africa Standard Time",
    "AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
    "NZST": "New Zealand Standard Time", "NZDT": "New Zealand Daylight Time",
}
#: Zones whose tz abbreviation means something else than in the table above.
_LONG_NAME_BY_ZONE = {
    ("Asia/Shanghai", "CST"): "China Standard Time", ("Asia/Taipei", "CST"): "Taipei Standard Time",
    ("Europe/Dublin", "IST"): "Irish Standard Time", ("Asia/Jerusalem", "IST"): "Israel Standard Time",
}


def local_zone_id() -> str:
    """The host's zone ID, found the way the JVM finds it (``TZ``, /etc/timezone, /etc/localtime)."""
    return _host_zone_id()


@functools.lru_cache(maxsize=1)
def _host_zone_id() -> str:
    env = os.environ.get("TZ", "").lstrip(":")
    if env and not env.startswith("/") and _is_known(env):
        return env
    with contextlib.suppress(OSError):
        with open("/etc/timezone", encoding="utf-8") as handle:
            name = handle.read().strip()
        if _is_known(name):
            return name
    with contextlib.suppress(OSError):
        target = os.path.realpath(env if env.startswith("/") else "/etc/localtime")
        marker = "/zoneinfo/"
        if marker in target:
            name = target.split(marker, 1)[1]
            if _is_known(name):
                return name
    return "UTC"


def _is_known(zone_id: str) -> bool:
    try:
        zoneinfo.ZoneInfo(zone_id)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def default_zone_id() -> str:
    """The zone Java code would call ``TimeZone.getDefault()``: pinned by the context, else the host's."""
    return _default_zone.get() or local_zone_id()


@contextlib.contextmanager
def use_default_zone(zone_id: str) -> Iterator[str]:
    """Make ``zone_id`` the default zone for the code inside the ``with`` block (this context only)."""
    zone = get_zone(zone_id)
    token = _default_zone.set(zone.id)
    try:
        yield zone.id
    finally:
        _default_zone.reset(token)


class Zone:
    """One time zone: a tz database zone or a fixed ``GMT+hh:mm`` offset, immutable."""

    __slots__ = ("id", "_tz")

    def __init__(self, zone_id: str, tz: _dt.tzinfo) -> None:
        self.id = zone_id
        self._tz = tz

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Zone) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)

    def _at(self, millis: int) -> _dt.datetime:
        clamped = min(max(millis, _MIN_MS), _MAX_MS)
        utc = _EPOCH + _dt.timedelta(milliseconds=clamped)
        return utc.replace(tzinfo=_dt.timezone.utc).astimezone(self._tz)

    def offset(self, millis: int) -> int:
        """Offset from UTC, in milliseconds, at the instant ``millis`` (DST included)."""
        return _ms(self._at(millis).utcoffset())

    def dst_offset(self, millis: int) -> int:
        """The daylight-saving part of :meth:`offset` at ``millis`` (0 outside DST)."""
        return _ms(self._at(millis).dst())

    def raw_offset(self, millis: int) -> int:
        """The standard (non-DST) offset in force at ``millis``."""
        return self.offset(millis) - self.dst_offset(millis)

    def uses_daylight(self, now_ms: int) -> bool:
        """True if the zone has DST in the year around ``now_ms`` (Java's ``useDaylightTime``)."""
        return any(self.dst_offset(now_ms + k * 30 * 24 * MS_PER_HOUR) for k in range(-6, 7))

    def to_utc(self, local_ms: int) -> int:
        """UTC milliseconds of a local wall-clock time, resolved as GregorianCalendar resolves it.

        A wall time skipped by a spring-forward gap is read with the offset before the change
        (02:30 becomes 03:30 DST); a wall time repeated by a fall-back overlap is read with the
        offset after it (standard time). In both cases that is the smaller of the two offsets.
        """
        clamped = min(max(local_ms, _MIN_MS + 14 * MS_PER_HOUR), _MAX_MS)
        naive = _EPOCH + _dt.timedelta(milliseconds=clamped)
        first = naive.replace(tzinfo=self._tz, fold=0).utcoffset()
        second = naive.replace(tzinfo=self._tz, fold=1).utcoffset()
        return local_ms - _ms(min(first, second))

    def wall_offset(self, local_ms: int) -> int:
        """The offset java.time gives a local wall time (ZonedDateTime.of): in an overlap the
        earlier one (summer time), in a gap the one before it, which moves 02:30 to 03:30."""
        clamped = min(max(local_ms, _MIN_MS + 14 * MS_PER_HOUR), _MAX_MS)
        naive = _EPOCH + _dt.timedelta(milliseconds=clamped)
        return _ms(naive.replace(tzinfo=self._tz, fold=0).utcoffset())

    def short_name(self, millis: int) -> str:
        """Java's ``z`` name: PST/PDT, CET/CEST, UTC ... or ``GMT+05:00`` when the zone has none."""
        name = self._at(millis).tzname() or ""
        if not name or name[0] in "+-" or name[0].isdigit():
            return gmt_offset_name(self.offset(millis))
        return name

    def long_name(self, millis: int) -> str:
        """Java's ``zzzz`` name (Pacific Standard Time ...), or ``GMT+05:00`` when not known here."""
        short = self.short_name(millis)
        name = _LONG_NAME_BY_ZONE.get((self.id, short)) or LONG_NAMES.get(short)
        return name or gmt_offset_name(self.offset(millis))


def _ms(delta: _dt.timedelta | None) -> int:
    return 0 if delta is None else int(delta.total_seconds() * 1000)


def gmt_offset_name(offset_ms: int) -> str:
    """``GMT+05:30`` / ``GMT-08:00``: how Java names a zone or an offset without a display name."""
    sign = "-" if offset_ms < 0 else "+"
    minutes = abs(offset_ms) // MS_PER_MINUTE
    return "GMT%s%02d:%02d" % (sign, minutes // 60, minutes % 60)


@functools.lru_cache(maxsize=256)
def find_zone(zone_id: str) -> Zone | None:
    """The zone with this Java ID (tz database name, UTC/GMT, or ``GMT+hh:mm``), or None."""
    if zone_id in ("UTC", "GMT", "Z"):
        return Zone("UTC" if zone_id == "Z" else zone_id, _dt.timezone.utc)
    custom = _CUSTOM.match(zone_id)
    if custom:
        sign, hours, minutes = custom.group(1), int(custom.group(2)), int(custom.group(3) or 0)
        if hours > 23 or minutes > 59:
            return None
        offset = (hours * 60 + minutes) * MS_PER_MINUTE * (-1 if sign == "-" else 1)
        return Zone(gmt_offset_name(offset), _dt.timezone(_dt.timedelta(milliseconds=offset)))
    if not zone_id or not _is_known(zone_id):
        return None
    return Zone(zone_id, zoneinfo.ZoneInfo(zone_id))


def get_zone(zone_id: str) -> Zone:
    """The zone with this ID, falling back to GMT for unknown IDs as ``TimeZone.getTimeZone`` does."""
    return find_zone(zone_id) or find_zone("GMT")  # type: ignore[return-value]


def default_zone() -> Zone:
    """The :class:`Zone` of :func:`default_zone_id`."""
    return get_zone(default_zone_id())


def now_millis() -> int:
    """Milliseconds since the epoch, now (``System.currentTimeMillis``)."""
    return time.time_ns() // 1_000_000
