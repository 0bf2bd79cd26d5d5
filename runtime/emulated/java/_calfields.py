"""GregorianCalendar's field model: millis -> fields, and fields -> millis the way Java resolves them.

Java's Calendar is lazy: ``set`` only records a value and a stamp, and the time is recomputed from
the most recently set combination of fields (``selectFields``): year/month/day, or week of month
plus day of week, or day of year ... Recomputing eagerly after every ``set`` gives different
results (``set(MONTH, FEBRUARY)`` then ``set(DATE, 15)`` on January 31 would pass through March 3),
so this module keeps values with stamps and resolves like ``GregorianCalendar.computeTime``.
Shared by ``java.util.Calendar`` and ``SimpleDateFormat.parse``. US week rules (weeks start on
Sunday, week 1 holds January 1), as Java's default locale has them.
"""
from __future__ import annotations

from runtime.emulated.java._civil import (MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND,
                                 day_of_week, days_from_civil, days_in_month, split_local,
                                 week_of_month, week_of_year)
from runtime.emulated.java._zones import Zone

(ERA, YEAR, MONTH, WEEK_OF_YEAR, WEEK_OF_MONTH, DATE, DAY_OF_YEAR, DAY_OF_WEEK,
 DAY_OF_WEEK_IN_MONTH, AM_PM, HOUR, HOUR_OF_DAY, MINUTE, SECOND, MILLISECOND, ZONE_OFFSET,
 DST_OFFSET) = range(17)
FIELD_COUNT = 17
UNSET, COMPUTED, FIRST_USER_STAMP = 0, 1, 2
FIRST_DAY_OF_WEEK = 1  # Sunday


def compute_fields(millis: int, zone: Zone) -> list[int]:
    """All 17 field values of the instant ``millis`` in ``zone`` (month 0-based, as Java)."""
    offset = zone.offset(millis)
    dst = zone.dst_offset(millis)
    f = split_local(millis + offset)
    _, week = week_of_year(f.year, f.day_of_year, f.day_of_week)
    values = [0] * FIELD_COUNT
    values[ERA] = 1 if f.year > 0 else 0
    values[YEAR] = f.year if f.year > 0 else 1 - f.year
    values[MONTH] = f.month - 1
    values[WEEK_OF_YEAR] = week
    values[WEEK_OF_MONTH] = week_of_month(f.day, f.day_of_week)
    values[DATE] = f.day
    values[DAY_OF_YEAR] = f.day_of_year
    values[DAY_OF_WEEK] = f.day_of_week
    values[DAY_OF_WEEK_IN_MONTH] = (f.day - 1) // 7 + 1
    values[AM_PM] = 1 if f.hour >= 12 else 0
    values[HOUR] = f.hour % 12
    values[HOUR_OF_DAY] = f.hour
    values[MINUTE] = f.minute
    values[SECOND] = f.second
    values[MILLISECOND] = f.millis
    values[ZONE_OFFSET] = offset - dst
    values[DST_OFFSET] = dst
    return values


def _aggregate(a: int, b: int) -> int:
    return UNSET if a == UNSET or b == UNSET else max(a, b)


def _dow_on_or_before(day: int, dow: int) -> int:
    """The epoch day with DAY_OF_WEEK ``dow`` on or before ``day``."""
    return day - (day_of_week(day) - dow) % 7


def _date_method(st: list[int]) -> int:
    """Which field decides the date: DATE, WEEK_OF_MONTH, DAY_OF_WEEK_IN_MONTH, DAY_OF_YEAR, WEEK_OF_YEAR."""
    dow = st[DAY_OF_WEEK]
    dom = st[DATE]
    wom = _aggregate(st[WEEK_OF_MONTH], dow)
    dowim = _aggregate(st[DAY_OF_WEEK_IN_MONTH], dow)
    doy = st[DAY_OF_YEAR]
    woy = _aggregate(st[WEEK_OF_YEAR], dow)
    best = dom
    for stamp in (wom, dowim, doy, woy):
        if stamp > best:
            best = stamp
    if best == UNSET:
        wom, dowim, woy = st[WEEK_OF_MONTH], max(st[DAY_OF_WEEK_IN_MONTH], dow), st[WEEK_OF_YEAR]
        best = max(wom, dowim, woy)
        if best == UNSET:
            best = dom = st[MONTH]
    if (best == dom or (best == wom and st[WEEK_OF_MONTH] >= st[WEEK_OF_YEAR])
            or (best == dowim and st[DAY_OF_WEEK_IN_MONTH] >= st[WEEK_OF_YEAR])):
        if best == dom:
            return DATE
        if wom == dowim:
            return WEEK_OF_MONTH if st[WEEK_OF_MONTH] >= st[DAY_OF_WEEK_IN_MONTH] \
                else DAY_OF_WEEK_IN_MONTH
        return WEEK_OF_MONTH if best == wom else DAY_OF_WEEK_IN_MONTH
    return DAY_OF_YEAR if best == doy else WEEK_OF_YEAR


def _epoch_day(values: list[int], st: list[int]) -> int:
    year = values[YEAR] if st[YEAR] != UNSET else 1970
    if st[ERA] != UNSET and values[ERA] == 0:
        year = 1 - year
    method = _date_method(st)
    dow = values[DAY_OF_WEEK] if st[DAY_OF_WEEK] != UNSET else FIRST_DAY_OF_WEEK
    if method in (DAY_OF_YEAR, WEEK_OF_YEAR):
        jan1 = days_from_civil(year, 1, 1)
        if method == DAY_OF_YEAR:
            return jan1 + values[DAY_OF_YEAR] - 1
        week_start = _dow_on_or_before(jan1 + 6, FIRST_DAY_OF_WEEK)
        if week_start - jan1 >= 1:
            week_start -= 7
        return _dow_on_or_before(week_start + 6, dow) + 7 * (values[WEEK_OF_YEAR] - 1)
    year += values[MONTH] // 12
    month0 = values[MONTH] % 12
    month_start = days_from_civil(year, month0 + 1, 1)
    if method == DATE:
        return month_start + (values[DATE] - 1 if st[DATE] != UNSET else 0)
    if method == WEEK_OF_MONTH:
        week_start = _dow_on_or_before(month_start + 6, FIRST_DAY_OF_WEEK)
        if week_start - month_start >= 1:
            week_start -= 7
        return _dow_on_or_before(week_start + 6, dow) + 7 * (values[WEEK_OF_MONTH] - 1)
    nth = values[DAY_OF_WEEK_IN_MONTH] if st[DAY_OF_WEEK_IN_MONTH] != UNSET else 1
    if nth >= 0:
        return _dow_on_or_before(month_start + 7 * nth - 1, dow)
    last = month_start + days_in_month(year, month0 + 1) - 1
    return _dow_on_or_before(last + (nth + 1) * 7, dow)


def _time_of_day(values: list[int], st: list[int]) -> int:
    hour_of_day = st[HOUR_OF_DAY]
    hour = _aggregate(st[HOUR], st[AM_PM])
    best = max(hour, hour_of_day)
    if best == UNSET:
        best = max(st[HOUR], st[AM_PM])
    if best != UNSET and best == hour_of_day:
        hours = values[HOUR_OF_DAY]
    else:
        hours = values[HOUR] + (12 * values[AM_PM] if st[AM_PM] != UNSET else 0)
    return (hours * MS_PER_HOUR + values[MINUTE] * MS_PER_MINUTE
            + values[SECOND] * MS_PER_SECOND + values[MILLISECOND])


def resolve_time(values: list[int], stamps: list[int], zone: Zone) -> int:
    """UTC millis of the fields, chosen and normalised as lenient GregorianCalendar does.

    Offsets set explicitly (a parsed ``Z``/``z``) win; otherwise the wall time is resolved in
    ``zone`` (gaps move forward, overlaps take standard time).
    """
    local = _epoch_day(values, stamps) * MS_PER_DAY + _time_of_day(values, stamps)
    zone_set = stamps[ZONE_OFFSET] >= FIRST_USER_STAMP
    dst_set = stamps[DST_OFFSET] >= FIRST_USER_STAMP
    if not (zone_set or dst_set):
        return zone.to_utc(local)
    guess = zone.to_utc(local)
    raw = values[ZONE_OFFSET] if zone_set else zone.raw_offset(guess)
    dst = values[DST_OFFSET] if dst_set else zone.dst_offset(guess)
    return local - raw - dst
