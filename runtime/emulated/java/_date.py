"""java.util.Date, TimeZone and Locale.

``Date`` is Java's: a mutable count of milliseconds since 1970-01-01T00:00Z, comparable, hashable,
printed as ``Wed Nov 26 04:05:06 UTC 2026`` in the default zone at the time of printing (see
``runtime.emulated.java.use_default_zone``). Jython exposes ``getTime()`` as the ``time`` property too.
"""
from __future__ import annotations

import zoneinfo
from typing import Any, NoReturn

from runtime.emulated.java import NotEmulatedError
from runtime.emulated.java._civil import MS_PER_HOUR, join_local
from runtime.emulated.java._datefmt import DATE_TO_STRING, format_millis
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._jstr import string_hash, to_int32
from runtime.emulated.java._throwables import ClassCastException, IllegalArgumentException, NullPointerException
from runtime.emulated.java._zones import Zone, default_zone, get_zone, now_millis
from runtime.emulated.java import _calfields as cf

class Date(JavaObject):
    """java.util.Date: ``Date()`` is now, ``Date(millis)``, or the deprecated ``Date(y-1900, m, d[, h, mi[, s]])``."""

    __shim_wire__ = True  # may travel in message payloads (runtime.messaging.payloads, runtime.messaging.wire),
    __shim_copy__ = staticmethod(lambda date: Date(date.getTime()))  # copied: it is mutable

    __slots__ = ("_ms",)
    __module__ = "java.util"

    def __init__(self, *args: int) -> None:
        if not args:
            self._ms = now_millis()
        elif len(args) == 1:
            self._ms = _millis_arg(args[0])
        elif 3 <= len(args) <= 6:
            year, month, day, *rest = (int(a) for a in args)
            local = join_local(year + 1900, month, day, *rest)
            self._ms = default_zone().to_utc(local)
        else:
            raise TypeError("Date() takes 0, 1 or 3 to 6 arguments (%d given)" % len(args))

    def getTime(self) -> int:
        return self._ms

    def setTime(self, millis: int) -> None:
        self._ms = _millis_arg(millis)

    time = property(getTime, setTime)

    def before(self, other: "Date") -> bool:
        return self._ms < _other_ms(other)

    def after(self, other: "Date") -> bool:
        return self._ms > _other_ms(other)

    def compareTo(self, other: "Date") -> int:
        theirs = _other_ms(other)
        return (self._ms > theirs) - (self._ms < theirs)

    def equals(self, other: object) -> bool:
        return isinstance(other, Date) and other._ms == self._ms

    def hashCode(self) -> int:
        return to_int32(self._ms ^ (self._ms >> 32))

    def clone(self) -> "Date":
        return Date(self._ms)

    def toString(self) -> str:
        return format_millis(DATE_TO_STRING, self._ms, default_zone())

    @classmethod
    def _from_instant(cls, instant: Any) -> "Date":
        """``Date.from(instant)`` (Java 8): the instant's milliseconds, sub-millisecond part dropped."""
        from runtime.emulated.java.javatime import Instant  # with its parse attached
        if not isinstance(instant, Instant):
            raise TypeError("Date.from(): expected a java.time.Instant, got %s" % type(instant).__name__)
        return cls(instant.toEpochMilli())

    def toInstant(self) -> Any:
        """``date.toInstant()`` (Java 8): the java.time.Instant of the same millisecond."""
        from runtime.emulated.java.javatime import Instant  # with its parse attached
        return Instant.ofEpochMilli(self._ms)

    def _field(self, field: int) -> int:
        return cf.compute_fields(self._ms, default_zone())[field]

    def getYear(self) -> int:
        """Deprecated Java API: year - 1900, in the default zone."""
        return self._field(cf.YEAR) - 1900

    def getMonth(self) -> int:
        return self._field(cf.MONTH)

    def getDate(self) -> int:
        return self._field(cf.DATE)

    def getDay(self) -> int:
        return self._field(cf.DAY_OF_WEEK) - 1

    def getHours(self) -> int:
        return self._field(cf.HOUR_OF_DAY)

    def getMinutes(self) -> int:
        return self._field(cf.MINUTE)

    def getSeconds(self) -> int:
        return self._field(cf.SECOND)

    # ``<`` against a non-Date (``d > 5``) is no ClassCastException in Jython: it falls back to
    # Python 2's order of unlike types (numbers first), as the scripts' comparisons do on
    # NotImplemented; against None Java's compareTo throws its NullPointerException
    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __ne__(self, other: object) -> bool:
        return not self.equals(other)

    def __hash__(self) -> int:
        return self.hashCode()

    def __lt__(self, other: Any) -> Any:
        if other is not None and not isinstance(other, Date):
            return NotImplemented
        return self._ms < _other_ms(other)

    def __le__(self, other: Any) -> Any:
        if other is not None and not isinstance(other, Date):
            return NotImplemented
        return self._ms <= _other_ms(other)

    def __gt__(self, other: Any) -> Any:
        if other is not None and not isinstance(other, Date):
            return NotImplemented
        return self._ms > _other_ms(other)

    def __ge__(self, other: Any) -> Any:
        if other is not None and not isinstance(other, Date):
            return NotImplemented
        return self._ms >= _other_ms(other)


def _millis_arg(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("Date(): 1st arg can't be coerced to long")
    return int(value)


def _other_ms(other: Any) -> int:
    if other is None:
        raise NullPointerException()
    if not isinstance(other, Date):
        raise ClassCastException("class %s cannot be cast to class java.util.Date"
                                 % type(other).__name__)
    return other._ms


class TimeZone(JavaObject):
    """java.util.TimeZone: ``getTimeZone(id)`` (unknown IDs give GMT, as Java), ``getDefault()``."""

    __slots__ = ("_zone",)
    __module__ = "java.util"
    SHORT = 0
    LONG = 1

    def __init__(self, zone: Zone) -> None:
        if not isinstance(zone, Zone):
            raise NotEmulatedError("java.util.TimeZone is abstract: use TimeZone.getTimeZone(id)")
        self._zone = zone

    @staticmethod
    def getTimeZone(zone_id: str) -> "TimeZone":
        if zone_id is None:
            raise NullPointerException()
        return TimeZone(get_zone(str(zone_id)))

    @staticmethod
    def getDefault() -> "TimeZone":
        return TimeZone(default_zone())

    @staticmethod
    def setDefault(zone: "TimeZone") -> NoReturn:
        raise NotEmulatedError("java.util.TimeZone.setDefault is not emulated by shim: it would "
                               "change the time zone of every script in the gateway")

    @staticmethod
    def getAvailableIDs() -> list:
        return sorted(zoneinfo.available_timezones() | {"UTC", "GMT"})

    def getID(self) -> str:
        return self._zone.id

    ID = property(getID)

    def getOffset(self, millis: int) -> int:
        return self._zone.offset(int(millis))

    def getRawOffset(self) -> int:
        return self._zone.raw_offset(now_millis())

    rawOffset = property(getRawOffset)

    def inDaylightTime(self, date: Date) -> bool:
        return self._zone.dst_offset(_other_ms(date)) != 0

    def useDaylightTime(self) -> bool:
        return self._zone.uses_daylight(now_millis())

    def observesDaylightTime(self) -> bool:
        return self.useDaylightTime()

    def getDSTSavings(self) -> int:
        return MS_PER_HOUR if self.useDaylightTime() else 0

    def getDisplayName(self, daylight: bool = False, style: int = 1, locale: Any = None) -> str:
        """Java's display name of standard (or daylight) time: "Pacific Standard Time" / "PST"."""
        if isinstance(daylight, Locale):
            daylight = False
        instant = self._standard_or_daylight_instant(bool(daylight))
        if style == self.SHORT:
            return self._zone.short_name(instant)
        return self._zone.long_name(instant)

    def _standard_or_daylight_instant(self, daylight: bool) -> int:
        now = now_millis()
        for months in range(0, 12):
            instant = now + months * 30 * 24 * MS_PER_HOUR
            if (self._zone.dst_offset(instant) != 0) == daylight:
                return instant
        return now

    def hasSameRules(self, other: "TimeZone") -> bool:
        return isinstance(other, TimeZone) and other._zone.id == self._zone.id

    def equals(self, other: object) -> bool:
        return isinstance(other, TimeZone) and other._zone == self._zone

    def hashCode(self) -> int:
        return string_hash(self._zone.id)

    def clone(self) -> "TimeZone":
        return TimeZone(self._zone)

    def toString(self) -> str:
        now = now_millis()
        return ('sun.util.calendar.ZoneInfo[id="%s",offset=%d,dstSavings=%d,useDaylight=%s]'
                % (self._zone.id, self._zone.raw_offset(now), self.getDSTSavings(),
                   "true" if self.useDaylightTime() else "false"))

    # ``<`` against a non-Date (``d > 5``) is no ClassCastException in Jython: it falls back to
    # Python 2's order of unlike types (numbers first), as the scripts' comparisons do on
    # NotImplemented; against None Java's compareTo throws its NullPointerException
    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return hash(self._zone)


def zone_of(value: Any) -> Zone:
    """The Zone inside a TimeZone (or of a zone ID string), for the other emulated classes."""
    if isinstance(value, TimeZone):
        return value._zone
    if isinstance(value, str):
        return get_zone(value)
    raise IllegalArgumentException("not a time zone: %r" % (value,))


class Locale(JavaObject):
    """java.util.Locale: language/country tags; shim formats dates and numbers in English only."""

    __slots__ = ("_language", "_country")
    __module__ = "java.util"

    def __init__(self, language: str, country: str = "", variant: str = "") -> None:
        self._language = str(language).lower()
        self._country = str(country).upper()

    def getLanguage(self) -> str:
        return self._language

    def getCountry(self) -> str:
        return self._country

    language = property(getLanguage)
    country = property(getCountry)

    def toString(self) -> str:
        return self._language + ("_" + self._country if self._country else "")

    def toLanguageTag(self) -> str:
        return (self._language or "und") + ("-" + self._country if self._country else "")

    def equals(self, other: object) -> bool:
        return isinstance(other, Locale) and (other._language, other._country) == \
            (self._language, self._country)

    def hashCode(self) -> int:
        return hash((self._language, self._country)) & 0x7FFFFFFF

    # ``<`` against a non-Date (``d > 5``) is no ClassCastException in Jython: it falls back to
    # Python 2's order of unlike types (numbers first), as the scripts' comparisons do on
    # NotImplemented; against None Java's compareTo throws its NullPointerException
    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return self.hashCode()

    @staticmethod
    def getDefault() -> "Locale":
        return Locale.US

    @staticmethod
    def forLanguageTag(tag: str) -> "Locale":
        language, _, country = str(tag).replace("_", "-").partition("-")
        return Locale(language, country.split("-")[0])

    def _english(self) -> bool:
        return self._language in ("", "en")


Locale.US = Locale("en", "US")  # type: ignore[attr-defined]
Locale.UK = Locale("en", "GB")  # type: ignore[attr-defined]
Locale.ENGLISH = Locale("en")  # type: ignore[attr-defined]
Locale.CANADA = Locale("en", "CA")  # type: ignore[attr-defined]
Locale.ROOT = Locale("")  # type: ignore[attr-defined]
Locale.GERMANY = Locale("de", "DE")  # type: ignore[attr-defined]
Locale.GERMAN = Locale("de")  # type: ignore[attr-defined]
Locale.FRANCE = Locale("fr", "FR")  # type: ignore[attr-defined]
Locale.FRENCH = Locale("fr")  # type: ignore[attr-defined]


def require_english(locale: Any, what: str) -> None:
    """Refuse a non-English Locale: shim has English month/day names only."""
    if locale is not None and isinstance(locale, Locale) and not locale._english():
        raise NotEmulatedError("%s with locale %s is not emulated by shim (English only)"
                               % (what, locale.toString()))

#: ``Date.from``: a keyword in Python, so set by name (Jython source may write ``Date.from(i)``)
setattr(Date, "from", classmethod(Date._from_instant.__func__))
