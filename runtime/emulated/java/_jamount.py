"""java.time.Duration and Period: amounts of time, as scripts use them for elapsed times
(``Duration.between(start, end).toMinutes()``) and calendar steps (``Period.ofDays(7)``).

A Duration is a count of nanoseconds printed as Java prints it (``PT1H30M``, ``PT-0.5S``,
``PT0S``; javadoc of Duration.toString), and its ``toX`` methods truncate toward zero like Java's
long division. A Period is years, months and days kept apart (``P1Y2M3D``); ``Period.between``
is LocalDate.until's algorithm, so 2024-01-31 to 2024-03-01 is ``P1M1D``.
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._jtemporal import Final, NANOS_PER_SECOND, ChronoUnit, Comparable, UnsupportedTemporalTypeException, quot

_MS = 1_000_000
_MIN = 60 * NANOS_PER_SECOND
_HOUR = 60 * _MIN
_DAY = 24 * _HOUR


class Duration(Comparable, JavaObject):
    """java.time.Duration: ``ofMinutes(5)``, ``between(a, b)``, ``toMillis()``, ``plus``, ``PT5M``."""

    __slots__ = ("_ns",)
    __module__ = "java.time"

    def __init__(self, *args: Any) -> None:
        raise TypeError("java.time.Duration has no public constructor: use Duration.ofSeconds(...)")

    @classmethod
    def ofNanos(cls, nanos: int) -> "Duration":
        made = object.__new__(cls)
        made._ns = int(nanos)
        return made

    @classmethod
    def ofMillis(cls, millis: int) -> "Duration":
        return cls.ofNanos(int(millis) * _MS)

    @classmethod
    def ofSeconds(cls, seconds: int, nano_adjustment: int = 0) -> "Duration":
        return cls.ofNanos(int(seconds) * NANOS_PER_SECOND + int(nano_adjustment))

    @classmethod
    def ofMinutes(cls, minutes: int) -> "Duration":
        return cls.ofNanos(int(minutes) * _MIN)

    @classmethod
    def ofHours(cls, hours: int) -> "Duration":
        return cls.ofNanos(int(hours) * _HOUR)

    @classmethod
    def ofDays(cls, days: int) -> "Duration":
        return cls.ofNanos(int(days) * _DAY)

    @classmethod
    def of(cls, amount: int, unit: Any) -> "Duration":
        if unit._ordinal > 7:
            raise UnsupportedTemporalTypeException("Unit must not have an estimated duration")
        return cls.ofNanos(int(amount) * unit._nanos)

    @classmethod
    def between(cls, start: Any, end: Any) -> "Duration":
        """``start.until(end, NANOS)``, Java's definition; two LocalDates have no seconds to count."""
        try:
            return cls.ofNanos(start.until(end, ChronoUnit.NANOS))
        except UnsupportedTemporalTypeException:
            return cls.ofSeconds(start.until(end, ChronoUnit.SECONDS))

    def _key(self) -> int:
        return self._ns

    def _add_to(self, temporal: Any, sign: int) -> Any:
        if not hasattr(temporal, "plusNanos"):
            raise UnsupportedTemporalTypeException("Unsupported unit: Seconds")
        return temporal.plusNanos(sign * self._ns)

    def getSeconds(self) -> int:
        return self._ns // NANOS_PER_SECOND

    def getNano(self) -> int:
        return self._ns % NANOS_PER_SECOND

    def toNanos(self) -> int:
        return self._ns

    def toMillis(self) -> int:
        return self.getSeconds() * 1000 + self.getNano() // _MS

    def toSeconds(self) -> int:
        return self.getSeconds()

    def toMinutes(self) -> int:
        return quot(self.getSeconds(), 60)

    def toHours(self) -> int:
        return quot(self.getSeconds(), 3600)

    def toDays(self) -> int:
        return quot(self.getSeconds(), 86400)

    def toDaysPart(self) -> int:
        return self.toDays()

    def toHoursPart(self) -> int:
        return self.toHours() % 24 if self._ns >= 0 else -((-self.toHours()) % 24)

    def toMinutesPart(self) -> int:
        return self.toMinutes() % 60 if self._ns >= 0 else -((-self.toMinutes()) % 60)

    def toSecondsPart(self) -> int:
        return self.getSeconds() % 60 if self._ns >= 0 else -((-self.getSeconds()) % 60)

    def toMillisPart(self) -> int:
        return self.getNano() // _MS

    def isZero(self) -> bool:
        return self._ns == 0

    def isNegative(self) -> bool:
        return self._ns < 0

    def negated(self) -> "Duration":
        return Duration.ofNanos(-self._ns)

    def abs(self) -> "Duration":
        return Duration.ofNanos(abs(self._ns))

    def plus(self, other: "Duration") -> "Duration":
        return Duration.ofNanos(self._ns + other._ns)

    def minus(self, other: "Duration") -> "Duration":
        return Duration.ofNanos(self._ns - other._ns)

    def multipliedBy(self, factor: int) -> "Duration":
        return Duration.ofNanos(self._ns * int(factor))

    def dividedBy(self, divisor: int) -> "Duration":
        if int(divisor) == 0:
            from runtime.emulated.java._throwables import ArithmeticException
            raise ArithmeticException("Cannot divide by zero")
        return Duration.ofNanos(quot(self._ns, int(divisor)))

    def toString(self) -> str:
        """Java's algorithm: hours, minutes, then seconds with the fraction's trailing zeros cut."""
        if self._ns == 0:
            return "PT0S"
        seconds, nanos = self.getSeconds(), self.getNano()
        effective = seconds + 1 if seconds < 0 and nanos > 0 else seconds
        hours, minutes, secs = quot(effective, 3600), quot(effective - quot(effective, 3600) * 3600, 60), \
            effective - quot(effective, 60) * 60
        text = "PT" + ("%dH" % hours if hours else "") + ("%dM" % minutes if minutes else "")
        if secs == 0 and nanos == 0:
            return text
        text += "-0" if seconds < 0 and nanos > 0 and secs == 0 else "%d" % secs
        if nanos > 0:
            fraction = 2 * NANOS_PER_SECOND - nanos if seconds < 0 else nanos + NANOS_PER_SECOND
            text += "." + str(fraction)[1:].rstrip("0")
        return text + "S"


Duration.ZERO = Duration.ofNanos(0)


def _unit_duration(unit: ChronoUnit) -> Duration:
    """``ChronoUnit.HOURS.getDuration()``: the unit's (estimated, for months and up) length."""
    return Duration.ofNanos(unit._nanos)


ChronoUnit.getDuration = _unit_duration


def _step(name: str, nanos: int) -> None:
    """Duration.plus<Unit>(n) and minus<Unit>(n) for one unit of ``nanos``."""
    def plus(self: Duration, amount: int) -> Duration:
        return Duration.ofNanos(self._ns + int(amount) * nanos)

    def minus(self: Duration, amount: int) -> Duration:
        return Duration.ofNanos(self._ns - int(amount) * nanos)
    for method, verb in ((plus, "plus"), (minus, "minus")):
        method.__name__ = method.__qualname__ = verb + name
        method.__doc__ = "This duration %s the given number of %s." % (verb, name.lower())
        setattr(Duration, verb + name, method)


for _name, _nanos in (("Days", _DAY), ("Hours", _HOUR), ("Minutes", _MIN), ("Seconds", NANOS_PER_SECOND),
                      ("Millis", _MS), ("Nanos", 1)):
    _step(_name, _nanos)


class Period(Final, JavaObject):
    """java.time.Period: ``Period.of(1, 2, 3)``, ``ofDays(7)``, ``between(d1, d2)``; ``P1Y2M3D``."""

    __slots__ = ("_y", "_m", "_d")
    __module__ = "java.time"

    def __init__(self, *args: Any) -> None:
        raise TypeError("java.time.Period has no public constructor: use Period.of(...)")

    @classmethod
    def of(cls, years: int, months: int, days: int) -> "Period":
        made = object.__new__(cls)
        made._y, made._m, made._d = int(years), int(months), int(days)
        return made

    @classmethod
    def ofDays(cls, days: int) -> "Period":
        return cls.of(0, 0, days)

    @classmethod
    def ofWeeks(cls, weeks: int) -> "Period":
        return cls.of(0, 0, 7 * int(weeks))

    @classmethod
    def ofMonths(cls, months: int) -> "Period":
        return cls.of(0, months, 0)

    @classmethod
    def ofYears(cls, years: int) -> "Period":
        return cls.of(years, 0, 0)

    @classmethod
    def between(cls, start: Any, end: Any) -> "Period":
        total = end._months() - start._months()
        days = end.getDayOfMonth() - start.getDayOfMonth()
        if total > 0 and days < 0:
            total -= 1
            days = end.toEpochDay() - start.plusMonths(total).toEpochDay()
        elif total < 0 and days > 0:
            total += 1
            days -= end.lengthOfMonth()
        return cls.of(quot(total, 12), total - quot(total, 12) * 12, days)

    def _add_to(self, temporal: Any, sign: int) -> Any:
        months = sign * (self._y * 12 + self._m)
        return temporal.plusMonths(months).plusDays(sign * self._d)

    def getYears(self) -> int:
        return self._y

    def getMonths(self) -> int:
        return self._m

    def getDays(self) -> int:
        return self._d

    def toTotalMonths(self) -> int:
        return self._y * 12 + self._m

    def isZero(self) -> bool:
        return self._y == self._m == self._d == 0

    def isNegative(self) -> bool:
        return self._y < 0 or self._m < 0 or self._d < 0

    def plusDays(self, n: int) -> "Period":
        return Period.of(self._y, self._m, self._d + int(n))

    def plusMonths(self, n: int) -> "Period":
        return Period.of(self._y, self._m + int(n), self._d)

    def plusYears(self, n: int) -> "Period":
        return Period.of(self._y + int(n), self._m, self._d)

    def negated(self) -> "Period":
        return Period.of(-self._y, -self._m, -self._d)

    def normalized(self) -> "Period":
        total = self.toTotalMonths()
        return Period.of(quot(total, 12), total - quot(total, 12) * 12, self._d)

    def equals(self, other: object) -> bool:
        return isinstance(other, Period) and (other._y, other._m, other._d) == (self._y, self._m, self._d)

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return hash((self._y, self._m, self._d))

    def toString(self) -> str:
        if self.isZero():
            return "P0D"
        return "P" + "".join("%d%s" % (n, s) for n, s in ((self._y, "Y"), (self._m, "M"), (self._d, "D")) if n)


Period.ZERO = Period.of(0, 0, 0)
