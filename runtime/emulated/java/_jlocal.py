"""java.time.LocalDate, LocalTime and LocalDateTime: immutable wall-clock values without a zone.

A LocalDate is a day count from 1970-01-01 (``toEpochDay``), a LocalTime nanoseconds of the day;
the calendar arithmetic is ``_civil``'s, shared with java.util.Calendar. ``toString`` is the ISO
form Java prints (javadoc of LocalTime.toString: ``HH:mm``, then ``:ss`` when seconds or nanos
are set, then 3, 6 or 9 digits of fraction), ``plusMonths`` clamps to the month's last day
(2024-01-31 + 1 month = 2024-02-29), and bad fields raise DateTimeException in Java's words.
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.java._civil import civil_from_days, days_from_civil, days_in_month, is_leap
from runtime.emulated.java._jamount import Period
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._jtemporal import (MONTHS_IN, NANOS_PER_DAY, NANOS_PER_SECOND, ChronoUnit,
                                              Comparable, DateTimeException, DayOfWeek, Month,
                                              UnsupportedTemporalTypeException, add_minus, check, delegate, quot)
from runtime.emulated.java._zones import default_zone, now_millis

_H, _M, _S = 3600 * NANOS_PER_SECOND, 60 * NANOS_PER_SECOND, NANOS_PER_SECOND


def _month_arg(month: Any) -> int:
    return month.getValue() if isinstance(month, Month) else check("MonthOfYear", month)


def _format_with(value: Any, formatter: Any) -> str:
    return formatter.format(value)


def _now_nanos(zone: Any) -> int:
    """Local wall-clock nanoseconds now in ``zone`` (a ZoneId), or in the gateway's zone."""
    rules = default_zone() if zone is None else zone._zone
    millis = now_millis()
    return (millis + rules.offset(millis)) * 1_000_000


def fraction_text(nano: int) -> str:
    """``.SSS``, ``.SSSSSS`` or nine digits, the fewest that hold ``nano`` (empty for 0), as
    LocalTime.toString and Instant.toString print a fraction of a second."""
    if not nano:
        return ""
    digits = "%09d" % nano
    return "." + (digits[:3] if nano % 10**6 == 0 else digits[:6] if nano % 1000 == 0 else digits)


class LocalDate(Comparable, JavaObject):
    """java.time.LocalDate: ``LocalDate.of(2024, 1, 31)``, ``LocalDate.now()``, ``parse('2024-01-31')``."""

    __slots__ = ("_day", "_ymd")
    __module__ = "java.time"

    def __init__(self, *args: Any) -> None:
        raise TypeError("java.time.LocalDate has no public constructor: use LocalDate.of(...)")

    @classmethod
    def _of_day(cls, day: int) -> "LocalDate":
        date = object.__new__(cls)
        date._day, date._ymd = day, civil_from_days(day)
        if not -999_999_999 <= date._ymd[0] <= 999_999_999:
            raise DateTimeException("Invalid value for Year (valid values -999999999 - 999999999): %d"
                                    % date._ymd[0])
        return date

    @classmethod
    def of(cls, year: Any, month: Any, day: Any) -> "LocalDate":
        y, m, d = check("Year", year), _month_arg(month), check("DayOfMonth", day)
        if d > days_in_month(y, m):
            name = Month._constants[m - 1]._name
            if m == 2 and d == 29:
                raise DateTimeException("Invalid date 'February 29' as '%d' is not a leap year" % y)
            raise DateTimeException("Invalid date '%s %d'" % (name, d))
        return cls._of_day(days_from_civil(y, m, d))

    @classmethod
    def ofEpochDay(cls, day: int) -> "LocalDate":
        return cls._of_day(int(day))

    @classmethod
    def ofYearDay(cls, year: int, day_of_year: int) -> "LocalDate":
        return cls.of(year, 1, 1).plusDays(check("DayOfYear", day_of_year) - 1)

    @classmethod
    def now(cls, zone: Any = None) -> "LocalDate":
        return cls._of_day(_now_nanos(zone) // NANOS_PER_DAY)

    def _key(self) -> int:
        return self._day

    def getYear(self) -> int:
        return self._ymd[0]

    def getMonthValue(self) -> int:
        return self._ymd[1]

    def getMonth(self) -> Month:
        return Month._constants[self._ymd[1] - 1]

    def getDayOfMonth(self) -> int:
        return self._ymd[2]

    def getDayOfYear(self) -> int:
        return self._day - days_from_civil(self._ymd[0], 1, 1) + 1

    def getDayOfWeek(self) -> DayOfWeek:
        return DayOfWeek._constants[(self._day + 3) % 7]

    def lengthOfMonth(self) -> int:
        return days_in_month(self._ymd[0], self._ymd[1])

    def lengthOfYear(self) -> int:
        return 366 if is_leap(self._ymd[0]) else 365

    def isLeapYear(self) -> bool:
        return is_leap(self._ymd[0])

    def toEpochDay(self) -> int:
        return self._day

    def plusDays(self, days: int) -> "LocalDate":
        return LocalDate._of_day(self._day + int(days))

    def plusWeeks(self, weeks: int) -> "LocalDate":
        return self.plusDays(7 * int(weeks))

    def plusMonths(self, months: int) -> "LocalDate":
        y, m, d = self._ymd
        total = y * 12 + m - 1 + int(months)
        year, month = divmod(total, 12)
        return LocalDate.of(year, month + 1, min(d, days_in_month(year, month + 1)))

    def plusYears(self, years: int) -> "LocalDate":
        return self.plusMonths(12 * int(years))

    def plus(self, amount: Any, unit: Any = None) -> "LocalDate":
        """``plus(Period)`` or ``plus(n, ChronoUnit.DAYS)`` (date-based units only, as in Java)."""
        if unit is None:
            return amount._add_to(self, 1)
        name = unit._name
        if name == "DAYS":
            return self.plusDays(amount)
        if name == "WEEKS":
            return self.plusWeeks(amount)
        if name in MONTHS_IN:
            return self.plusMonths(int(amount) * MONTHS_IN[name])
        raise UnsupportedTemporalTypeException("Unsupported unit: %s" % unit._display)

    def minus(self, amount: Any, unit: Any = None) -> "LocalDate":
        return amount._add_to(self, -1) if unit is None else self.plus(-int(amount), unit)

    def withDayOfMonth(self, day: int) -> "LocalDate":
        return LocalDate.of(self._ymd[0], self._ymd[1], day)

    def withMonth(self, month: int) -> "LocalDate":
        y, _, d = self._ymd
        m = check("MonthOfYear", month)
        return LocalDate.of(y, m, min(d, days_in_month(y, m)))

    def withYear(self, year: int) -> "LocalDate":
        y, m, d = check("Year", year), self._ymd[1], self._ymd[2]
        return LocalDate.of(y, m, min(d, days_in_month(y, m)))

    def withDayOfYear(self, day_of_year: int) -> "LocalDate":
        return LocalDate.ofYearDay(self._ymd[0], day_of_year)

    def _months(self) -> int:
        return self._ymd[0] * 12 + self._ymd[1] - 1

    def until(self, end: Any, unit: Any = None) -> Any:
        """Whole ``unit``s to ``end`` (truncated), or the Period to it without a unit (Java's algorithm)."""
        if unit is None:
            return Period.between(self, end)
        end = _date_of(end)
        name = unit._name
        if name == "DAYS":
            return end._day - self._day
        if name == "WEEKS":
            return quot(end._day - self._day, 7)
        if name in MONTHS_IN:
            packed = (end._months() * 32 + end._ymd[2]) - (self._months() * 32 + self._ymd[2])
            return quot(quot(packed, 32), MONTHS_IN[name])
        raise UnsupportedTemporalTypeException("Unsupported unit: %s" % unit._display)

    def atTime(self, hour: Any, minute: int = 0, second: int = 0, nano: int = 0) -> "LocalDateTime":
        time = hour if isinstance(hour, LocalTime) else LocalTime.of(hour, minute, second, nano)
        return LocalDateTime._of(self, time)

    def atStartOfDay(self, zone: Any = None) -> Any:
        start = LocalDateTime._of(self, LocalTime.MIDNIGHT)
        return start if zone is None else start.atZone(zone)  # atZone: attached by _jzoned

    def format(self, formatter: Any) -> str:
        return _format_with(self, formatter)

    def toString(self) -> str:
        y, m, d = self._ymd
        year = "%04d" % y if 0 <= y <= 9999 else ("+%d" % y if y > 0 else "-%04d" % -y)
        return "%s-%02d-%02d" % (year, m, d)


add_minus(LocalDate, "Days", "Weeks", "Months", "Years")


def _date_of(value: Any) -> LocalDate:
    if isinstance(value, LocalDate):
        return value
    if hasattr(value, "toLocalDate"):
        return value.toLocalDate()
    raise DateTimeException("Unable to obtain LocalDate from TemporalAccessor: %s" % value)


class LocalTime(Comparable, JavaObject):
    """java.time.LocalTime: ``LocalTime.of(8, 30)``, ``parse('08:30:15')``, ``MIDNIGHT``, ``NOON``."""

    __slots__ = ("_nod",)
    __module__ = "java.time"

    def __init__(self, *args: Any) -> None:
        raise TypeError("java.time.LocalTime has no public constructor: use LocalTime.of(...)")

    @classmethod
    def _of_nanos(cls, nod: int) -> "LocalTime":
        time = object.__new__(cls)
        time._nod = nod % NANOS_PER_DAY
        return time

    @classmethod
    def of(cls, hour: Any, minute: Any, second: Any = 0, nano: Any = 0) -> "LocalTime":
        return cls._of_nanos(check("HourOfDay", hour) * _H + check("MinuteOfHour", minute) * _M
                             + check("SecondOfMinute", second) * _S + check("NanoOfSecond", nano))

    @classmethod
    def ofSecondOfDay(cls, seconds: int) -> "LocalTime":
        return cls._of_nanos(int(seconds) * _S)

    @classmethod
    def now(cls, zone: Any = None) -> "LocalTime":
        return cls._of_nanos(_now_nanos(zone))

    def _key(self) -> int:
        return self._nod

    def getHour(self) -> int:
        return self._nod // _H

    def getMinute(self) -> int:
        return self._nod // _M % 60

    def getSecond(self) -> int:
        return self._nod // _S % 60

    def getNano(self) -> int:
        return self._nod % _S

    def toSecondOfDay(self) -> int:
        return self._nod // _S

    def toNanoOfDay(self) -> int:
        return self._nod

    def plusHours(self, hours: int) -> "LocalTime":
        return LocalTime._of_nanos(self._nod + int(hours) * _H)

    def plusMinutes(self, minutes: int) -> "LocalTime":
        return LocalTime._of_nanos(self._nod + int(minutes) * _M)

    def plusSeconds(self, seconds: int) -> "LocalTime":
        return LocalTime._of_nanos(self._nod + int(seconds) * _S)

    def plusNanos(self, nanos: int) -> "LocalTime":
        return LocalTime._of_nanos(self._nod + int(nanos))

    def withHour(self, hour: int) -> "LocalTime":
        return LocalTime._of_nanos(self._nod - self.getHour() * _H + check("HourOfDay", hour) * _H)

    def withMinute(self, minute: int) -> "LocalTime":
        return LocalTime._of_nanos(self._nod - self.getMinute() * _M + check("MinuteOfHour", minute) * _M)

    def withSecond(self, second: int) -> "LocalTime":
        return LocalTime._of_nanos(self._nod - self.getSecond() * _S + check("SecondOfMinute", second) * _S)

    def withNano(self, nano: int) -> "LocalTime":
        return LocalTime._of_nanos(self._nod - self.getNano() + check("NanoOfSecond", nano))

    def truncatedTo(self, unit: ChronoUnit) -> "LocalTime":
        step = _time_unit_nanos(unit)
        return LocalTime._of_nanos(self._nod - self._nod % step)

    def until(self, end: Any, unit: ChronoUnit) -> int:
        return quot(end._nod - self._nod, _time_unit_nanos(unit))

    def atDate(self, date: LocalDate) -> "LocalDateTime":
        return LocalDateTime._of(date, self)

    def format(self, formatter: Any) -> str:
        return _format_with(self, formatter)

    def toString(self) -> str:
        text = "%02d:%02d" % (self.getHour(), self.getMinute())
        second, nano = self.getSecond(), self.getNano()
        if second or nano:
            text += ":%02d" % second + fraction_text(nano)
        return text


def _time_unit_nanos(unit: ChronoUnit) -> int:
    if unit._ordinal > 7:
        raise UnsupportedTemporalTypeException("Unsupported unit: %s" % unit._display)
    return unit._nanos


add_minus(LocalTime, "Hours", "Minutes", "Seconds", "Nanos")
LocalTime.MIDNIGHT = LocalTime.MIN = LocalTime._of_nanos(0)
LocalTime.NOON = LocalTime._of_nanos(12 * _H)
LocalTime.MAX = LocalTime._of_nanos(NANOS_PER_DAY - 1)


class LocalDateTime(Comparable, JavaObject):
    """java.time.LocalDateTime: ``LocalDateTime.now()``, ``of(2024, 1, 31, 8, 30)``, ``plusDays(1)``,
    ``atZone(ZoneId.of('America/Chicago'))``; printed ``2024-01-31T08:30``."""

    __slots__ = ("_date", "_time")
    __module__ = "java.time"

    def __init__(self, *args: Any) -> None:
        raise TypeError("java.time.LocalDateTime has no public constructor: use LocalDateTime.of(...)")

    @classmethod
    def _of(cls, date: LocalDate, time: LocalTime) -> "LocalDateTime":
        value = object.__new__(cls)
        value._date, value._time = date, time
        return value

    @classmethod
    def _of_nanos(cls, nanos: int) -> "LocalDateTime":
        day, nod = divmod(nanos, NANOS_PER_DAY)
        return cls._of(LocalDate._of_day(day), LocalTime._of_nanos(nod))

    @classmethod
    def of(cls, *args: Any) -> "LocalDateTime":
        """``of(date, time)`` or ``of(year, month, day, hour, minute[, second[, nano]])``."""
        if len(args) == 2:
            return cls._of(args[0], args[1])
        if not 5 <= len(args) <= 7:
            raise TypeError("LocalDateTime.of(): expected (date, time) or 5 to 7 fields")
        return cls._of(LocalDate.of(*args[:3]), LocalTime.of(*args[3:]))

    @classmethod
    def now(cls, zone: Any = None) -> "LocalDateTime":
        return cls._of_nanos(_now_nanos(zone))

    @classmethod
    def ofInstant(cls, instant: Any, zone: Any) -> "LocalDateTime":
        return instant.atZone(zone).toLocalDateTime()

    def _nanos(self) -> int:
        return self._date._day * NANOS_PER_DAY + self._time._nod

    def _key(self) -> int:
        return self._nanos()

    def toLocalDate(self) -> LocalDate:
        return self._date

    def toLocalTime(self) -> LocalTime:
        return self._time

    def _with_date(self, date: LocalDate) -> "LocalDateTime":
        return LocalDateTime._of(date, self._time)

    def _with_time(self, time: LocalTime) -> "LocalDateTime":
        return LocalDateTime._of(self._date, time)

    def _shift(self, nanos: int) -> "LocalDateTime":
        return LocalDateTime._of_nanos(self._nanos() + nanos)

    def plusHours(self, n: int) -> "LocalDateTime":
        return self._shift(int(n) * _H)

    def plusMinutes(self, n: int) -> "LocalDateTime":
        return self._shift(int(n) * _M)

    def plusSeconds(self, n: int) -> "LocalDateTime":
        return self._shift(int(n) * _S)

    def plusNanos(self, n: int) -> "LocalDateTime":
        return self._shift(int(n))

    def plus(self, amount: Any, unit: Any = None) -> "LocalDateTime":
        """``plus(Duration)``, ``plus(Period)`` or ``plus(n, ChronoUnit.X)``."""
        if unit is None:
            return amount._add_to(self, 1)
        if unit._ordinal <= 7 and unit._name != "DAYS":
            return self._shift(int(amount) * unit._nanos)
        return self._with_date(self._date.plus(amount, unit))

    def minus(self, amount: Any, unit: Any = None) -> "LocalDateTime":
        return amount._add_to(self, -1) if unit is None else self.plus(-int(amount), unit)

    def truncatedTo(self, unit: ChronoUnit) -> "LocalDateTime":
        return self._with_time(self._time.truncatedTo(unit))

    def until(self, end: Any, unit: ChronoUnit) -> int:
        """Whole ``unit``s to ``end``; date units move the end date back a day when its time is
        earlier (Java's LocalDateTime.until), so 01-01T10:00 to 01-02T09:00 is 0 days."""
        if not isinstance(end, LocalDateTime):
            end = end.toLocalDateTime()
        if unit._ordinal < 7:
            return quot(end._nanos() - self._nanos(), unit._nanos)
        end_date = end._date
        if end_date._day > self._date._day and end._time._nod < self._time._nod:
            end_date = end_date.minusDays(1)
        elif end_date._day < self._date._day and end._time._nod > self._time._nod:
            end_date = end_date.plusDays(1)
        return self._date.until(end_date, unit)

    def toEpochSecond(self, offset: Any) -> int:
        return self._nanos() // NANOS_PER_SECOND - offset.getTotalSeconds()

    def format(self, formatter: Any) -> str:
        return _format_with(self, formatter)

    def toString(self) -> str:
        return "%sT%s" % (self._date.toString(), self._time.toString())


def _rejoin(self: LocalDateTime, result: Any) -> Any:
    """A LocalDate or LocalTime result put back together with the other part (``withHour``)."""
    if isinstance(result, LocalDate):
        return self._with_date(result)
    return self._with_time(result) if isinstance(result, LocalTime) else result


delegate(LocalDateTime, "_date", ("getYear", "getMonthValue", "getMonth", "getDayOfMonth", "getDayOfYear",
                                  "getDayOfWeek", "plusYears", "plusMonths", "plusWeeks", "plusDays", "withYear",
                                  "withMonth", "withDayOfMonth", "withDayOfYear"), _rejoin)
delegate(LocalDateTime, "_time", ("getHour", "getMinute", "getSecond", "getNano", "withHour", "withMinute",
                                  "withSecond", "withNano"), _rejoin)
add_minus(LocalDateTime, "Years", "Months", "Weeks", "Days", "Hours", "Minutes", "Seconds", "Nanos")
