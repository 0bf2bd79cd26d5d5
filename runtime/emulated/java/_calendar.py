"""java.util.Calendar / GregorianCalendar: lenient, lazily recomputed, DST-aware ``add``.

``add`` follows GregorianCalendar: HOUR/MINUTE/SECOND/MILLISECOND add exact milliseconds, DATE and
WEEK fields keep the wall-clock time across a DST change, MONTH/YEAR pin the day to the month's
length (January 31 + 1 month = February 28/29). Field resolution lives in ``_calfields``.
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.java import _calfields as cf
from runtime.emulated.java._civil import (MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND,
                                 day_of_week, days_from_civil, days_in_month, is_leap,
                                 week_of_month, week_of_year)
from runtime.emulated.java._date import Date, Locale, TimeZone, require_english, zone_of
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._throwables import IllegalArgumentException
from runtime.emulated.java._zones import Zone, default_zone, now_millis

_TIME_UNITS = {cf.HOUR: MS_PER_HOUR, cf.HOUR_OF_DAY: MS_PER_HOUR, cf.MINUTE: MS_PER_MINUTE,
               cf.SECOND: MS_PER_SECOND, cf.MILLISECOND: 1}
_DAY_UNITS = {cf.DATE: 1, cf.DAY_OF_YEAR: 1, cf.DAY_OF_WEEK: 1, cf.WEEK_OF_YEAR: 7,
              cf.WEEK_OF_MONTH: 7, cf.DAY_OF_WEEK_IN_MONTH: 7}


def _java_div(a: int, b: int) -> tuple[int, int]:
    """Java's truncating ``/`` and ``%``."""
    q = abs(a) // abs(b) * (1 if (a >= 0) == (b > 0) else -1)
    return q, a - q * b


class Calendar(JavaObject):
    """java.util.Calendar; ``Calendar.getInstance()`` returns a GregorianCalendar in the default zone."""

    __slots__ = ("_zone", "_ms", "_values", "_stamps", "_next", "_time_valid")
    __module__ = "java.util"

    (ERA, YEAR, MONTH, WEEK_OF_YEAR, WEEK_OF_MONTH, DATE, DAY_OF_YEAR, DAY_OF_WEEK,
     DAY_OF_WEEK_IN_MONTH, AM_PM, HOUR, HOUR_OF_DAY, MINUTE, SECOND, MILLISECOND, ZONE_OFFSET,
     DST_OFFSET) = range(17)
    DAY_OF_MONTH = 5
    FIELD_COUNT = 17
    (JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER,
     DECEMBER, UNDECIMBER) = range(13)
    SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = range(1, 8)
    AM, PM = 0, 1

    def __init__(self, zone: Zone | None = None, millis: int | None = None) -> None:
        if not isinstance(zone, (Zone, type(None))):
            raise TypeError("use Calendar.getInstance() or GregorianCalendar(...)")
        self._zone = zone or default_zone()
        self._set_millis(now_millis() if millis is None else millis)

    @staticmethod
    def getInstance(zone: Any = None, locale: Any = None) -> "GregorianCalendar":
        """``getInstance()``, ``getInstance(TimeZone)``, ``getInstance(Locale)`` or both."""
        if isinstance(zone, Locale):
            zone, locale = None, zone
        require_english(locale, "java.util.Calendar")
        return GregorianCalendar(zone_of(zone) if zone is not None else None)

    # --- state -------------------------------------------------------------------------------

    def _set_millis(self, millis: int) -> None:
        self._ms = int(millis)
        self._values = cf.compute_fields(self._ms, self._zone)
        self._stamps = [cf.COMPUTED] * cf.FIELD_COUNT
        self._next = cf.FIRST_USER_STAMP
        self._time_valid = True

    def _complete(self) -> None:
        if not self._time_valid:
            self._set_millis(cf.resolve_time(self._values, self._stamps, self._zone))

    def _check_field(self, field: int) -> None:
        if not isinstance(field, int) or not 0 <= field < cf.FIELD_COUNT:
            raise IndexError("calendar field index out of range: %r" % (field,))

    # --- Java API ----------------------------------------------------------------------------

    def get(self, field: int) -> int:
        self._check_field(field)
        self._complete()
        return self._values[field]

    def set(self, *args: int) -> None:
        """``set(field, value)`` or ``set(year, month, date[, hourOfDay, minute[, second]])``."""
        if len(args) == 2:
            pairs = [args]
        elif len(args) in (3, 5, 6):
            fields = (cf.YEAR, cf.MONTH, cf.DATE, cf.HOUR_OF_DAY, cf.MINUTE, cf.SECOND)
            pairs = list(zip(fields, args))
        else:
            raise TypeError("set() takes 2, 3, 5 or 6 arguments (%d given)" % len(args))
        for field, value in pairs:
            self._check_field(field)
            self._values[field] = int(value)
            self._stamps[field] = self._next
            self._next += 1
        self._time_valid = False

    def clear(self, field: int | None = None) -> None:
        """Unset every field (or one): unset fields read as 1970-01-01 00:00:00.000."""
        if field is None:
            self._values = [0] * cf.FIELD_COUNT
            self._stamps = [cf.UNSET] * cf.FIELD_COUNT
        else:
            self._check_field(field)
            self._values[field] = 0
            self._stamps[field] = cf.UNSET
        self._time_valid = False

    def isSet(self, field: int) -> bool:
        self._check_field(field)
        return self._stamps[field] != cf.UNSET

    def add(self, field: int, amount: int) -> None:
        self._check_field(field)
        amount = int(amount)
        if amount == 0:
            return
        self._complete()
        if field in (cf.ZONE_OFFSET, cf.DST_OFFSET, cf.ERA):
            raise IllegalArgumentException()
        if field in _TIME_UNITS:
            self._set_millis(self._ms + amount * _TIME_UNITS[field])
        elif field in (cf.YEAR, cf.MONTH):
            self._add_months(amount * 12 if field == cf.YEAR else amount)
        else:
            self._add_days(field, amount)

    def _add_months(self, months: int) -> None:
        v = self._values
        year = v[cf.YEAR] if v[cf.ERA] == 1 else 1 - v[cf.YEAR]
        total = year * 12 + v[cf.MONTH] + months
        year, month0 = divmod(total, 12)
        self.set(cf.YEAR, year if year > 0 else 1 - year)
        self.set(cf.ERA, 1 if year > 0 else 0)
        self.set(cf.MONTH, month0)
        length = days_in_month(year, month0 + 1)
        if v[cf.DATE] > length:
            self.set(cf.DATE, length)
        self._complete()

    def _add_days(self, field: int, amount: int) -> None:
        v = self._values
        delta = amount * _DAY_UNITS.get(field, 0)
        time_of_day = (v[cf.HOUR_OF_DAY] * MS_PER_HOUR + v[cf.MINUTE] * MS_PER_MINUTE
                       + v[cf.SECOND] * MS_PER_SECOND + v[cf.MILLISECOND])
        if field == cf.AM_PM:
            delta, half_days = _java_div(amount, 2)
            time_of_day += 12 * half_days * MS_PER_HOUR
        fixed = self._epoch_day()
        if time_of_day >= MS_PER_DAY:
            fixed, time_of_day = fixed + 1, time_of_day - MS_PER_DAY
        elif time_of_day < 0:
            fixed, time_of_day = fixed - 1, time_of_day + MS_PER_DAY
        fixed += delta
        offset = v[cf.ZONE_OFFSET] + v[cf.DST_OFFSET]
        self._set_millis(fixed * MS_PER_DAY + time_of_day - offset)
        offset -= self._values[cf.ZONE_OFFSET] + self._values[cf.DST_OFFSET]
        if offset:
            self._set_millis(self._ms + offset)
            if self._epoch_day() != fixed:
                self._set_millis(self._ms - offset)

    def _epoch_day(self) -> int:
        v = self._values
        year = v[cf.YEAR] if v[cf.ERA] == 1 else 1 - v[cf.YEAR]
        return days_from_civil(year, v[cf.MONTH] + 1, v[cf.DATE])

    def roll(self, field: int, amount: Any) -> None:
        """``roll(field, up)``/``roll(field, amount)`` for the date and time-of-day fields."""
        self._check_field(field)
        if amount is True or amount is False:
            amount = 1 if amount else -1
        self._complete()
        low = self.getActualMinimum(field)
        span = self.getActualMaximum(field) - low + 1
        value = (self._values[field] - low + int(amount)) % span + low
        self.set(field, value)
        self._complete()

    def getActualMaximum(self, field: int) -> int:
        self._check_field(field)
        self._complete()
        v = self._values
        year = v[cf.YEAR] if v[cf.ERA] == 1 else 1 - v[cf.YEAR]
        length = days_in_month(year, v[cf.MONTH] + 1)
        if field == cf.DATE:
            return length
        if field == cf.DAY_OF_YEAR:
            return 366 if is_leap(year) else 365
        if field == cf.DAY_OF_WEEK_IN_MONTH:
            return (length - 1) // 7 + 1
        if field == cf.WEEK_OF_MONTH:
            last = days_from_civil(year, v[cf.MONTH] + 1, length)
            return week_of_month(length, day_of_week(last))
        if field == cf.WEEK_OF_YEAR:
            last_doy = 366 if is_leap(year) else 365
            dec31 = days_from_civil(year, 12, 31)
            for back in range(7):
                week_year, week = week_of_year(year, last_doy - back, day_of_week(dec31 - back))
                if week_year == year:
                    return week
        return _MAXIMUM[field]

    def getActualMinimum(self, field: int) -> int:
        self._check_field(field)
        return _MINIMUM[field]

    getMaximum = getActualMaximum
    getMinimum = getActualMinimum

    def getTime(self) -> Date:
        self._complete()
        return Date(self._ms)

    def setTime(self, date: Date) -> None:
        self._set_millis(date.getTime())

    time = property(getTime, setTime)

    def getTimeInMillis(self) -> int:
        self._complete()
        return self._ms

    def setTimeInMillis(self, millis: int) -> None:
        self._set_millis(int(millis))

    timeInMillis = property(getTimeInMillis, setTimeInMillis)

    def getTimeZone(self) -> TimeZone:
        return TimeZone(self._zone)

    def setTimeZone(self, zone: TimeZone) -> None:
        self._complete()
        self._zone = zone_of(zone)
        self._set_millis(self._ms)

    timeZone = property(getTimeZone, setTimeZone)

    def getFirstDayOfWeek(self) -> int:
        return cf.FIRST_DAY_OF_WEEK

    def getMinimalDaysInFirstWeek(self) -> int:
        return 1

    def isLenient(self) -> bool:
        return True

    def setLenient(self, lenient: bool) -> None:
        if not lenient:
            raise IllegalArgumentException("non-lenient Calendar is not emulated by shim")

    def before(self, other: Any) -> bool:
        return isinstance(other, Calendar) and self.getTimeInMillis() < other.getTimeInMillis()

    def after(self, other: Any) -> bool:
        return isinstance(other, Calendar) and self.getTimeInMillis() > other.getTimeInMillis()

    def compareTo(self, other: "Calendar") -> int:
        mine, theirs = self.getTimeInMillis(), other.getTimeInMillis()
        return (mine > theirs) - (mine < theirs)

    def equals(self, other: object) -> bool:
        return (isinstance(other, Calendar) and other.getTimeInMillis() == self.getTimeInMillis()
                and other._zone == self._zone)

    def hashCode(self) -> int:
        return hash((self.getTimeInMillis(), self._zone.id)) & 0x7FFFFFFF

    def clone(self) -> "Calendar":
        copy = type(self).__new__(type(self))
        copy._zone = self._zone
        copy._ms = self._ms
        copy._values = list(self._values)
        copy._stamps = list(self._stamps)
        copy._next = self._next
        copy._time_valid = self._time_valid
        return copy

    def toString(self) -> str:
        """Short form of Java's dump: ``java.util.GregorianCalendar[time=...,zone=...]``."""
        time_text = str(self._ms) if self._time_valid else "?"
        return "%s[time=%s,zone=%s]" % (type(self).getName(), time_text, self._zone.id)


_MAXIMUM = {cf.ERA: 1, cf.YEAR: 292278994, cf.MONTH: 11, cf.DAY_OF_WEEK: 7, cf.AM_PM: 1,
            cf.HOUR: 11, cf.HOUR_OF_DAY: 23, cf.MINUTE: 59, cf.SECOND: 59, cf.MILLISECOND: 999,
            cf.ZONE_OFFSET: 14 * MS_PER_HOUR, cf.DST_OFFSET: 2 * MS_PER_HOUR}
_MINIMUM = {field: 0 for field in range(cf.FIELD_COUNT)}
_MINIMUM.update({cf.YEAR: 1, cf.WEEK_OF_YEAR: 1, cf.DATE: 1, cf.DAY_OF_YEAR: 1,
                 cf.DAY_OF_WEEK: 1, cf.DAY_OF_WEEK_IN_MONTH: 1,
                 cf.ZONE_OFFSET: -13 * MS_PER_HOUR})


class GregorianCalendar(Calendar):
    """``GregorianCalendar()``, ``(TimeZone)`` or ``(year, month, dayOfMonth[, hour, minute[, second]])``."""

    __slots__ = ()
    __module__ = "java.util"
    BC, AD = 0, 1

    def __init__(self, *args: Any) -> None:
        if len(args) <= 1 and not (args and isinstance(args[0], int)):
            zone = args[0] if args else None
            if isinstance(zone, Locale):
                require_english(zone, "java.util.GregorianCalendar")
                zone = None
            super().__init__(zone_of(zone) if zone is not None and not isinstance(zone, Zone)
                             else zone)
            return
        super().__init__()
        self.clear()
        self.set(*args)
        self._complete()

    def isLeapYear(self, year: int) -> bool:
        return is_leap(year)
