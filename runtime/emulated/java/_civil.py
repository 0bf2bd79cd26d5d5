"""Proleptic Gregorian calendar arithmetic on plain integers.

Java's ``Date``/``Calendar`` count milliseconds from 1970-01-01T00:00Z over a range far wider than
Python's ``datetime`` (years 1..9999), so calendar fields are derived here with integer algorithms
(H. Hinnant's ``days_from_civil``) that never overflow. Months are 1-based inside this module;
the Java-facing callers convert to Java's 0-based months. (Java switches to the Julian calendar
before 1582-10-15; shim stays proleptic Gregorian, which only matters for dates no plant has.)
"""
from __future__ import annotations

from typing import NamedTuple

MS_PER_SECOND = 1000
MS_PER_MINUTE = 60 * MS_PER_SECOND
MS_PER_HOUR = 60 * MS_PER_MINUTE
MS_PER_DAY = 24 * MS_PER_HOUR

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Days in ``month`` (1..12) of ``year``."""
    return 29 if month == 2 and is_leap(year) else _DAYS_IN_MONTH[month - 1]


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a valid (year, month 1..12, day) date."""
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """(year, month 1..12, day) of a day count since 1970-01-01."""
    days += 719468
    era = days // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return yoe + era * 400 + (month <= 2), month, day


def day_of_week(days: int) -> int:
    """Java's DAY_OF_WEEK of a day count: 1 = Sunday ... 7 = Saturday (1970-01-01 was a Thursday)."""
    return (days + 4) % 7 + 1


class Fields(NamedTuple):
    """The calendar fields of one local wall-clock instant (month 1..12)."""

    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int
    millis: int
    day_of_week: int
    day_of_year: int


def split_local(local_ms: int) -> Fields:
    """Calendar fields of a local wall-clock millisecond count."""
    days, ms_of_day = divmod(local_ms, MS_PER_DAY)
    year, month, day = civil_from_days(days)
    hour, rest = divmod(ms_of_day, MS_PER_HOUR)
    minute, rest = divmod(rest, MS_PER_MINUTE)
    second, millis = divmod(rest, MS_PER_SECOND)
    doy = days - days_from_civil(year, 1, 1) + 1
    return Fields(year, month, day, hour, minute, second, millis, day_of_week(days), doy)


def join_local(year: int, month0: int, day: int, hour: int = 0, minute: int = 0,
               second: int = 0, millis: int = 0) -> int:
    """Local wall-clock milliseconds of possibly out-of-range fields, normalised leniently.

    This is GregorianCalendar's lenient mode: month 12 is January of the next year, day 0 is the
    last day of the previous month, hour 25 is 1 a.m. the next day. ``month0`` is 0-based, as in Java.
    """
    year += month0 // 12
    month0 %= 12
    days = days_from_civil(year, month0 + 1, 1) + day - 1
    return (days * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE
            + second * MS_PER_SECOND + millis)


def week_of_year(year: int, day_of_year: int, dow: int) -> tuple[int, int]:
    """(week-based year, WEEK_OF_YEAR) under the US rules Java uses by default.

    Weeks start on Sunday and week 1 is the week holding January 1 (minimalDaysInFirstWeek = 1),
    so the last days of December can already be week 1 of the next year.
    """
    jan1_dow = (dow - (day_of_year - 1)) % 7 or 7  # 1..7
    days_left = (366 if is_leap(year) else 365) - day_of_year
    next_jan1_dow = (dow + days_left) % 7 + 1
    if next_jan1_dow != 1 and days_left < next_jan1_dow - 1:
        return year + 1, 1
    return year, (day_of_year - 1 + jan1_dow - 1) // 7 + 1


def week_of_month(day: int, dow: int) -> int:
    """WEEK_OF_MONTH (Sunday-start weeks, week 1 holds the 1st)."""
    first_dow = (dow - (day - 1)) % 7 or 7
    return (day - 1 + first_dow - 1) // 7 + 1
