"""What java.time's classes share: its exceptions, ChronoUnit, DayOfWeek, Month and field checks.

The java.time modules import one way, ``_jtemporal < _jamount < _jlocal < _jzoned < _jtimefmt``;
a method returning a type of a later module is attached by that module (``ChronoUnit.getDuration``
by ``_jamount``, ``LocalDateTime.atZone`` by ``_jzoned``, the ``parse`` methods by ``_jtimefmt``).

The messages are Java's own (``java.time.temporal.ChronoField.checkValidValue``:
``Invalid value for MonthOfYear (valid values 1 - 12): 13``), so a script that logs
``str(e)`` logs what Ignition's gateway log would show.
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.java._civil import days_in_month
from runtime.emulated.java._enum import JavaEnum, declare_constants
from runtime.emulated.java._throwables import InstantiationException, RuntimeException, _declare

DateTimeException = _declare("DateTimeException", RuntimeException, "java.time")
DateTimeParseException = _declare("DateTimeParseException", DateTimeException, "java.time.format")
UnsupportedTemporalTypeException = _declare("UnsupportedTemporalTypeException", DateTimeException,
                                            "java.time.temporal")
ZoneRulesException = _declare("ZoneRulesException", DateTimeException, "java.time.zone")

NANOS_PER_SECOND = 1_000_000_000
NANOS_PER_DAY = 86_400 * NANOS_PER_SECOND
YEAR_LIMIT = 999_999_999

#: ChronoField display name -> (minimum, maximum), for Java's range messages.
RANGES = {
    "Year": (-YEAR_LIMIT, YEAR_LIMIT), "MonthOfYear": (1, 12), "DayOfMonth": (1, 31),
    "DayOfYear": (1, 366), "HourOfDay": (0, 23), "MinuteOfHour": (0, 59), "SecondOfMinute": (0, 59),
    "NanoOfSecond": (0, NANOS_PER_SECOND - 1), "ClockHourOfAmPm": (1, 12), "AmPmOfDay": (0, 1),
    "YearOfEra": (1, YEAR_LIMIT + 1), "DayOfWeek": (1, 7),
}


def check(field: str, value: Any) -> int:
    """``value`` as an int if it is in ``field``'s range, else Java's DateTimeException."""
    low, high = RANGES[field]
    number = int(value)
    if not low <= number <= high:
        raise DateTimeException("Invalid value for %s (valid values %d - %d): %d" % (field, low, high, number))
    return number


def quot(a: int, b: int) -> int:
    """Java's ``/`` on longs: the quotient truncated toward zero."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


class ChronoUnit(JavaEnum):
    """java.time.temporal.ChronoUnit: printed by its display name (``Hours``), as Java does."""

    __slots__ = ("_nanos", "_display")
    __module__ = "java.time.temporal"

    def toString(self) -> str:
        return self._display

    def isDateBased(self) -> bool:
        return self._ordinal >= 7 and self._name != "FOREVER"

    def isTimeBased(self) -> bool:
        return self._ordinal < 7

    def between(self, start: Any, end: Any) -> int:
        """``unit.between(a, b)`` is ``a.until(b, unit)`` (javadoc of TemporalUnit.between)."""
        return start.until(end, self)


_UNITS = ("NANOS", "MICROS", "MILLIS", "SECONDS", "MINUTES", "HOURS", "HALF_DAYS", "DAYS", "WEEKS",
          "MONTHS", "YEARS", "DECADES", "CENTURIES", "MILLENNIA", "ERAS", "FOREVER")
_YEAR_NANOS = 31_556_952 * NANOS_PER_SECOND
declare_constants(
    ChronoUnit, _UNITS,
    _display=("Nanos", "Micros", "Millis", "Seconds", "Minutes", "Hours", "HalfDays", "Days", "Weeks",
              "Months", "Years", "Decades", "Centuries", "Millennia", "Eras", "Forever"),
    _nanos=(1, 1000, 10**6, NANOS_PER_SECOND, 60 * NANOS_PER_SECOND, 3600 * NANOS_PER_SECOND,
            43_200 * NANOS_PER_SECOND, NANOS_PER_DAY, 7 * NANOS_PER_DAY, _YEAR_NANOS // 12,
            _YEAR_NANOS, 10 * _YEAR_NANOS, 100 * _YEAR_NANOS, 1000 * _YEAR_NANOS,
            10**9 * _YEAR_NANOS, (2**63 - 1) * NANOS_PER_SECOND))

#: months of each date-based unit from MONTHS on
MONTHS_IN = {"MONTHS": 1, "YEARS": 12, "DECADES": 120, "CENTURIES": 1200, "MILLENNIA": 12000}


class DayOfWeek(JavaEnum):
    """java.time.DayOfWeek: MONDAY (value 1) .. SUNDAY (7), ISO order."""

    __slots__ = ()
    __module__ = "java.time"

    def getValue(self) -> int:
        return self._ordinal + 1

    def plus(self, days: int) -> "DayOfWeek":
        return self._constants[(self._ordinal + int(days)) % 7]

    def minus(self, days: int) -> "DayOfWeek":
        return self.plus(-int(days))

    @classmethod
    def of(cls, value: int) -> "DayOfWeek":
        return cls._constants[check("DayOfWeek", value) - 1]


declare_constants(DayOfWeek, ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"))


class Month(JavaEnum):
    """java.time.Month: JANUARY (value 1) .. DECEMBER (12)."""

    __slots__ = ()
    __module__ = "java.time"

    def getValue(self) -> int:
        return self._ordinal + 1

    def plus(self, months: int) -> "Month":
        return self._constants[(self._ordinal + int(months)) % 12]

    def minus(self, months: int) -> "Month":
        return self.plus(-int(months))

    def length(self, leap: bool) -> int:
        return days_in_month(2000 if leap else 2001, self._ordinal + 1)

    @classmethod
    def of(cls, value: int) -> "Month":
        return cls._constants[check("MonthOfYear", value) - 1]


declare_constants(Month, ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
                          "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"))


def add_minus(cls: type, *units: str) -> None:
    """``minus<Unit>(n)`` on ``cls`` for each unit: its ``plus<Unit>(-n)``, as Java defines them."""
    for unit in units:
        plus = getattr(cls, "plus" + unit)

        def minus(self: Any, amount: int, _plus: Any = plus) -> Any:
            return _plus(self, -int(amount))
        minus.__name__ = minus.__qualname__ = "minus" + unit
        minus.__doc__ = "``plus%s`` of the negated amount." % unit
        setattr(cls, "minus" + unit, minus)


def delegate(cls: type, part: str, names: tuple[str, ...], rewrap: Any = None) -> None:
    """``cls.<name>`` for each name: the method of the value's ``part`` (LocalDateTime's date or
    time), its result passed through ``rewrap(self, result)`` when given."""
    for name in names:
        def method(self: Any, *args: Any, _name: str = name) -> Any:
            result = getattr(getattr(self, part), _name)(*args)
            return result if rewrap is None else rewrap(self, result)
        method.__name__ = method.__qualname__ = name
        method.__doc__ = "``%s`` of the %s." % (name, part.strip("_"))
        setattr(cls, name, method)


class Final:
    """A final Java class: a script's ``class MyDate(LocalDate)`` fails as in Jython
    (``java.lang.InstantiationException: can't subclass final class``)."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        if not cls.__module__.startswith(("java.", "runtime.emulated.")):  # shim's own classes
            raise InstantiationException("can't subclass final class")
        super().__init_subclass__(**kwargs)


class Comparable(Final):
    """Ordering of java.time values by ``_key()``: ``compareTo``, ``isBefore``/``isAfter`` and
    Python's comparison operators (Jython maps ``<`` on Comparable Java objects to compareTo)."""

    __slots__ = ()

    def _key(self) -> Any:
        raise NotImplementedError

    def _other_key(self, other: Any) -> Any:
        if type(other) is not type(self):
            raise TypeError("expected %s, got %s" % (type(self).getName(), type(other).__name__))
        return other._key()

    def compareTo(self, other: Any) -> int:
        mine, theirs = self._key(), self._other_key(other)
        return (mine > theirs) - (mine < theirs)

    def isBefore(self, other: Any) -> bool:
        return self._key() < self._other_key(other)

    def isAfter(self, other: Any) -> bool:
        return self._key() > self._other_key(other)

    def isEqual(self, other: Any) -> bool:
        return self._key() == self._other_key(other)

    def equals(self, other: object) -> bool:
        return type(other) is type(self) and other._key() == self._key()  # type: ignore[attr-defined]

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __ne__(self, other: object) -> bool:
        return not self.equals(other)

    def __hash__(self) -> int:
        return hash(self._key())

    def hashCode(self) -> int:
        return hash(self._key()) & 0x7FFFFFFF

    def __lt__(self, other: Any) -> bool:
        return self.isBefore(other)

    def __le__(self, other: Any) -> bool:
        return not self.isAfter(other)

    def __gt__(self, other: Any) -> bool:
        return self.isAfter(other)

    def __ge__(self, other: Any) -> bool:
        return not self.isBefore(other)
