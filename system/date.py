"""system.date: Ignition 8.x's date functions over emulated ``java.util.Date`` values.

Every function works in the default time zone (the gateway's; pinned per context with
``runtime.emulated.java.use_default_zone``), exactly as Ignition's run in the JVM's default zone.
Months are 0-based (January is 0) and ``getDayOfWeek`` counts Sunday as 1, as documented.

The ``*Between`` functions count *whole* units, truncated toward zero, with a negative result when
``date_2`` is before ``date_1``. Ignition computes them with Joda-Time, whose rules are reproduced:
milliseconds to hours are exact elapsed time; days and weeks compare local wall-clock time (so a
23-hour DST day still counts as one day); months and years compare calendar fields, with the
month-end rule (January 31 -> February 29 is one whole month) and February 29 handled as Joda does.
The ``add*`` functions are ``Calendar.add``: months and years pin the day to the month's length.
"""
from __future__ import annotations

import re
from typing import Any

from runtime.emulated.java._calendar import Calendar, GregorianCalendar
from runtime.emulated.java._civil import (MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND,
                                 civil_from_days, days_from_civil, days_in_month, is_leap)
from runtime.emulated.java._date import Date, Locale, require_english
from runtime.emulated.java._zones import default_zone, default_zone_id, now_millis
from runtime.emulated.java.text import SimpleDateFormat

__all__ = [
    "addDays", "addHours", "addMillis", "addMinutes", "addMonths", "addSeconds", "addWeeks",
    "addYears", "daysBetween", "format", "fromMillis", "getAMorPM", "getDate", "getDayOfMonth",
    "getDayOfWeek", "getDayOfYear", "getHour12", "getHour24", "getMillis", "getMinute",
    "getMonth", "getQuarter", "getSecond", "getTimezone", "getTimezoneOffset",
    "getTimezoneRawOffset", "getYear", "hoursBetween", "isAfter", "isBefore", "isBetween",
    "isDaylightTime", "midnight", "millisBetween", "minutesBetween", "monthsBetween", "now",
    "parse", "secondsBetween", "setTime", "toMillis", "weeksBetween", "yearsBetween",
]

_ORDINALS = ("1st", "2nd", "3rd", "4th")


def _date(value: Any, function: str, position: int = 0) -> Date:
    """The argument as a Date, or Jython's coercion error (``1st arg can't be coerced ...``)."""
    if isinstance(value, Date):
        return value
    raise TypeError("%s(): %s arg can't be coerced to java.util.Date"
                    % (function, _ORDINALS[position]))


def _int(value: Any, function: str, position: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("%s(): %s arg can't be coerced to int" % (function, _ORDINALS[position]))
    return int(value)


def _calendar(date: Date) -> GregorianCalendar:
    cal = GregorianCalendar()
    cal.setTimeInMillis(date.getTime())
    return cal


def _add(date: Any, value: Any, field: int, function: str) -> Date:
    cal = _calendar(_date(date, function))
    cal.add(field, _int(value, function, 1))
    return cal.getTime()


def _field(date: Any, field: int, function: str) -> int:
    return _calendar(_date(date, function)).get(field)


# --- creating and converting ------------------------------------------------------------------

def now() -> Date:
    """The current date and time."""
    return Date(now_millis())


def fromMillis(millis: int) -> Date:
    """The Date ``millis`` milliseconds after 1970-01-01T00:00:00Z."""
    return Date(_int(millis, "fromMillis", 0))


def toMillis(date: Date) -> int:
    """Milliseconds since 1970-01-01T00:00:00Z."""
    return _date(date, "toMillis").getTime()


def getDate(year: int, month: int, day: int) -> Date:
    """Midnight of ``year``/``month`` (0-based)/``day``; out-of-range values roll over (lenient)."""
    cal = GregorianCalendar(_int(year, "getDate", 0), _int(month, "getDate", 1),
                            _int(day, "getDate", 2))
    return cal.getTime()


def setTime(date: Date, hour: int, minute: int, second: int) -> Date:
    """A copy of ``date`` with hour (0-23), minute and second set; milliseconds are kept."""
    cal = _calendar(_date(date, "setTime"))
    cal.set(Calendar.HOUR_OF_DAY, _int(hour, "setTime", 1))
    cal.set(Calendar.MINUTE, _int(minute, "setTime", 2))
    cal.set(Calendar.SECOND, _int(second, "setTime", 3))
    return cal.getTime()


def midnight(date: Date) -> Date:
    """A copy of ``date`` at 00:00:00.000 of the same day."""
    cal = _calendar(_date(date, "midnight"))
    for field in (Calendar.HOUR_OF_DAY, Calendar.MINUTE, Calendar.SECOND, Calendar.MILLISECOND):
        cal.set(field, 0)
    return cal.getTime()


def format(date: Date, format: str = "yyyy-MM-dd HH:mm:ss") -> str:  # noqa: A001, A002
    """``date`` as text in a java.text.SimpleDateFormat pattern."""
    return SimpleDateFormat(format).format(_date(date, "format"))


def parse(dateString: str, formatString: str = "yyyy-MM-dd HH:mm:ss",
          locale: Locale | None = None) -> Date:
    """Text read with a SimpleDateFormat pattern (lenient); raises java.text.ParseException.

    ``locale`` is a java.util.Locale or a locale string (``"de_DE"``, ``"de-DE"``), as the 8.1
    manual allows. A numeric pattern reads the same in every locale; month and day names
    (``MMM``, ``EEE``, ``a``) are English only in shim, so a non-English locale with such a
    pattern is refused as not emulated rather than read wrongly."""
    if isinstance(locale, str):
        locale = Locale.forLanguageTag(locale) if locale.strip() else None
    elif locale is not None and not isinstance(locale, Locale):
        raise TypeError(f"parse(): locale must be a Locale or a locale string, not {type(locale).__name__}")
    if locale is not None and _has_text_fields(formatString):
        require_english(locale, "system.date.parse")
    return SimpleDateFormat(formatString).parse(dateString)


def _has_text_fields(pattern: Any) -> bool:
    """True if a SimpleDateFormat pattern has locale-dependent names (MMM+, E, a, G) outside
    quoted text."""
    unquoted = "".join(part for i, part in enumerate(str(pattern).split("'")) if i % 2 == 0)
    return bool(re.search(r"MMM|LLL|[EaG]", unquoted))


# --- arithmetic -------------------------------------------------------------------------------

def addMillis(date: Date, value: int) -> Date:
    """``date`` plus ``value`` milliseconds (negative subtracts)."""
    return _add(date, value, Calendar.MILLISECOND, "addMillis")


def addSeconds(date: Date, value: int) -> Date:
    return _add(date, value, Calendar.SECOND, "addSeconds")


def addMinutes(date: Date, value: int) -> Date:
    return _add(date, value, Calendar.MINUTE, "addMinutes")


def addHours(date: Date, value: int) -> Date:
    """Exactly ``value`` hours later (across a DST change the wall clock moves by 23 or 25)."""
    return _add(date, value, Calendar.HOUR_OF_DAY, "addHours")


def addDays(date: Date, value: int) -> Date:
    """Same wall-clock time ``value`` days later (DST changes are absorbed)."""
    return _add(date, value, Calendar.DAY_OF_MONTH, "addDays")


def addWeeks(date: Date, value: int) -> Date:
    return _add(date, value, Calendar.WEEK_OF_YEAR, "addWeeks")


def addMonths(date: Date, value: int) -> Date:
    """``value`` months later; a day past the new month's end becomes its last day (Mar 31 -> Apr 30)."""
    return _add(date, value, Calendar.MONTH, "addMonths")


def addYears(date: Date, value: int) -> Date:
    """``value`` years later; February 29 becomes February 28 in a common year."""
    return _add(date, value, Calendar.YEAR, "addYears")


# --- differences ------------------------------------------------------------------------------

def _pair(date_1: Any, date_2: Any, function: str) -> tuple[int, int]:
    return _date(date_1, function).getTime(), _date(date_2, function, 1).getTime()


def _local(millis: int) -> int:
    return millis + default_zone().offset(millis)


def _truncated(delta: int, unit: int) -> int:
    return delta // unit if delta >= 0 else -((-delta) // unit)


def millisBetween(date_1: Date, date_2: Date) -> int:
    """``date_2 - date_1`` in milliseconds."""
    first, second = _pair(date_1, date_2, "millisBetween")
    return second - first


def secondsBetween(date_1: Date, date_2: Date) -> int:
    first, second = _pair(date_1, date_2, "secondsBetween")
    return _truncated(second - first, MS_PER_SECOND)


def minutesBetween(date_1: Date, date_2: Date) -> int:
    first, second = _pair(date_1, date_2, "minutesBetween")
    return _truncated(second - first, MS_PER_MINUTE)


def hoursBetween(date_1: Date, date_2: Date) -> int:
    first, second = _pair(date_1, date_2, "hoursBetween")
    return _truncated(second - first, MS_PER_HOUR)


def daysBetween(date_1: Date, date_2: Date) -> int:
    """Whole days of wall-clock time (DST-aware: midnight to midnight is one day)."""
    first, second = _pair(date_1, date_2, "daysBetween")
    return _truncated(_local(second) - _local(first), MS_PER_DAY)


def weeksBetween(date_1: Date, date_2: Date) -> int:
    first, second = _pair(date_1, date_2, "weeksBetween")
    return _truncated(_local(second) - _local(first), 7 * MS_PER_DAY)


def _split(local: int) -> tuple[int, int, int, int]:
    days, ms_of_day = divmod(local, MS_PER_DAY)
    year, month, day = civil_from_days(days)
    return year, month, day, ms_of_day


def _months(start: int, end: int) -> int:
    """Joda-Time's whole months from local ``start`` to local ``end`` (month-end aware)."""
    if end < start:
        return -_months(end, start)
    ey, em, ed, etime = _split(end)
    sy, sm, sd, stime = _split(start)
    difference = (ey - sy) * 12 + em - sm
    if ed == days_in_month(ey, em) and sd > ed:
        sd = ed
    end_rem = (ed - 1) * MS_PER_DAY + etime
    start_rem = (sd - 1) * MS_PER_DAY + stime
    return difference - (1 if end_rem < start_rem else 0)


def _years(start: int, end: int) -> int:
    """Joda-Time's whole years from local ``start`` to local ``end`` (February 29 balanced)."""
    if end < start:
        return -_years(end, start)
    ey, sy = _split(end)[0], _split(start)[0]
    end_rem = end - days_from_civil(ey, 1, 1) * MS_PER_DAY
    start_rem = start - days_from_civil(sy, 1, 1) * MS_PER_DAY
    feb_29 = (31 + 29 - 1) * MS_PER_DAY
    if start_rem >= feb_29:
        if is_leap(sy):
            if not is_leap(ey):
                start_rem -= MS_PER_DAY
        elif end_rem >= feb_29 and is_leap(ey):
            end_rem -= MS_PER_DAY
    return ey - sy - (1 if end_rem < start_rem else 0)


def monthsBetween(date_1: Date, date_2: Date) -> int:
    """Whole calendar months; Jan 31 -> Feb 29 counts as one (the end is its month's last day)."""
    first, second = _pair(date_1, date_2, "monthsBetween")
    return _months(_local(first), _local(second))


def yearsBetween(date_1: Date, date_2: Date) -> int:
    """Whole calendar years."""
    first, second = _pair(date_1, date_2, "yearsBetween")
    return _years(_local(first), _local(second))


# --- fields -----------------------------------------------------------------------------------

def getYear(date: Date) -> int:
    return _field(date, Calendar.YEAR, "getYear")


def getMonth(date: Date) -> int:
    """0-based: January is 0."""
    return _field(date, Calendar.MONTH, "getMonth")


def getQuarter(date: Date) -> int:
    """1 to 4."""
    return _field(date, Calendar.MONTH, "getQuarter") // 3 + 1


def getDayOfMonth(date: Date) -> int:
    return _field(date, Calendar.DAY_OF_MONTH, "getDayOfMonth")


def getDayOfWeek(date: Date) -> int:
    """1 = Sunday ... 7 = Saturday."""
    return _field(date, Calendar.DAY_OF_WEEK, "getDayOfWeek")


def getDayOfYear(date: Date) -> int:
    return _field(date, Calendar.DAY_OF_YEAR, "getDayOfYear")


def getHour12(date: Date) -> int:
    """0 to 11: noon and midnight are 0."""
    return _field(date, Calendar.HOUR, "getHour12")


def getHour24(date: Date) -> int:
    return _field(date, Calendar.HOUR_OF_DAY, "getHour24")


def getAMorPM(date: Date) -> int:
    """0 before noon, 1 from noon on."""
    return _field(date, Calendar.AM_PM, "getAMorPM")


def getMinute(date: Date) -> int:
    return _field(date, Calendar.MINUTE, "getMinute")


def getSecond(date: Date) -> int:
    return _field(date, Calendar.SECOND, "getSecond")


def getMillis(date: Date) -> int:
    return _field(date, Calendar.MILLISECOND, "getMillis")


# --- comparisons and zone ---------------------------------------------------------------------

def isAfter(date_1: Date, date_2: Date) -> bool:
    first, second = _pair(date_1, date_2, "isAfter")
    return first > second


def isBefore(date_1: Date, date_2: Date) -> bool:
    first, second = _pair(date_1, date_2, "isBefore")
    return first < second


def isBetween(target_date: Date, start_date: Date, end_date: Date) -> bool:
    """True when start <= target <= end (both ends inclusive)."""
    target = _date(target_date, "isBetween").getTime()
    start = _date(start_date, "isBetween", 1).getTime()
    end = _date(end_date, "isBetween", 2).getTime()
    return start <= target <= end


def isDaylightTime(date: Date | None = None) -> bool:
    """Whether the default zone observes DST at ``date`` (now if omitted)."""
    millis = now_millis() if date is None else _date(date, "isDaylightTime").getTime()
    return default_zone().dst_offset(millis) != 0


def getTimezone() -> str:
    """The default zone's ID, e.g. "America/Los_Angeles"."""
    return default_zone_id()


def getTimezoneOffset(date: Date | None = None) -> float:
    """Hours from UTC at ``date`` (now if omitted), DST included: -7.0 for PDT, 5.5 for IST."""
    millis = now_millis() if date is None else _date(date, "getTimezoneOffset").getTime()
    return default_zone().offset(millis) / float(MS_PER_HOUR)


def getTimezoneRawOffset() -> float:
    """Hours from UTC of the default zone's standard time (DST ignored)."""
    return default_zone().raw_offset(now_millis()) / float(MS_PER_HOUR)
