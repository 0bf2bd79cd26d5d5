"""java.sql's date and time values for Jython scripts: ``Timestamp``, ``Date`` and ``Time``, the
types database scripts build for prepared statements (``Timestamp(system.date.now().getTime())``,
``Timestamp.valueOf('2024-01-31 08:00:00')``).

Each is a ``java.util.Date`` (so ``system.date`` takes them) printed as JDBC prints it in the
default zone: ``2024-01-31 08:00:00.0``, ``2024-01-31``, ``08:00:00``. ``Timestamp`` keeps
nanoseconds (``getNanos``/``setNanos``); ``valueOf`` parses JDBC escape format and raises
``IllegalArgumentException`` in Java's words otherwise. Connections, statements and result sets
(``DriverManager``) are not here: scripts reach databases through ``system.db``.
"""

import re as _re
from typing import Any as _Any

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._civil import join_local as _join_local
from runtime.emulated.java._date import Date as _UtilDate
from runtime.emulated.java._datefmt import compile_pattern as _compile
from runtime.emulated.java._datefmt import format_millis as _format_millis
from runtime.emulated.java._throwables import IllegalArgumentException as _IllegalArgument
from runtime.emulated.java._zones import default_zone as _default_zone

__all__ = ["Date", "Time", "Timestamp"]

_DATE = _compile("yyyy-MM-dd")
_TIME = _compile("HH:mm:ss")
_TIMESTAMP = _compile("yyyy-MM-dd HH:mm:ss")
_TIMESTAMP_TEXT = _re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?")
_DATE_TEXT = _re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME_TEXT = _re.compile(r"(\d{1,2}):(\d{1,2}):(\d{1,2})")


def _local_millis(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> int:
    """UTC milliseconds of a wall-clock time in the default zone (``month`` from 1)."""
    return _default_zone().to_utc(_join_local(year, month - 1, day, hour, minute, second))


def _matched(pattern: _re.Pattern, text: _Any, message: str | None = None) -> tuple[str, ...]:
    """The fields of ``text`` in JDBC escape format, or Java's IllegalArgumentException."""
    found = pattern.fullmatch(text.strip()) if isinstance(text, str) else None
    if found is None:
        raise _IllegalArgument(message)
    return found.groups()


class Timestamp(_UtilDate):
    """java.sql.Timestamp: a Date with nanoseconds, ``Timestamp(millis)``."""

    __slots__ = ("_nanos",)
    __module__ = "java.sql"
    __shim_copy__ = staticmethod(lambda ts: ts.clone())

    def __init__(self, *args: int) -> None:
        if len(args) == 7:  # deprecated Timestamp(year - 1900, month, date, hour, minute, second, nano)
            super().__init__(*args[:6])
            self.setNanos(args[6])
            return
        if len(args) != 1:
            raise TypeError("Timestamp(): expected a time in milliseconds")
        super().__init__(args[0])
        self._nanos = (self._ms % 1000) * 1000000

    @staticmethod
    def valueOf(text: _Any) -> "Timestamp":
        """``yyyy-[m]m-[d]d hh:mm:ss[.f...]`` in the default zone."""
        *fields, fraction = _matched(_TIMESTAMP_TEXT, text,
                                     "Timestamp format must be yyyy-mm-dd hh:mm:ss[.fffffffff]")
        stamp = Timestamp(_local_millis(*map(int, fields)))
        stamp.setNanos(int((fraction or "0").ljust(9, "0")))
        return stamp

    def getNanos(self) -> int:
        return self._nanos

    def setNanos(self, nanos: int) -> None:
        if not 0 <= nanos <= 999999999:
            raise _IllegalArgument("nanos > 999999999 or < 0")
        self._ms = self._ms - self._ms % 1000 + nanos // 1000000
        self._nanos = int(nanos)

    def setTime(self, millis: int) -> None:
        super().setTime(millis)
        self._nanos = (self._ms % 1000) * 1000000

    time = property(_UtilDate.getTime, setTime)

    def toString(self) -> str:
        fraction = ("%09d" % self._nanos).rstrip("0") or "0"
        return "%s.%s" % (_format_millis(_TIMESTAMP, self._ms, _default_zone()), fraction)

    def equals(self, other: object) -> bool:
        return isinstance(other, Timestamp) and other._ms == self._ms and other._nanos == self._nanos

    def compareTo(self, other: _UtilDate) -> int:
        mine = (self._ms, self._nanos)
        theirs = (other._ms, other._nanos if isinstance(other, Timestamp) else (other._ms % 1000) * 1000000)
        return (mine > theirs) - (mine < theirs)

    def clone(self) -> "Timestamp":
        twin = Timestamp(self._ms)
        twin._nanos = self._nanos
        return twin


class _JdbcValue(_UtilDate):
    """A java.util.Date printed in one JDBC escape format (``_format``), parsed by ``valueOf``
    (``_text``; the fields before them are ``_day``)."""

    __slots__ = ()
    __shim_copy__ = staticmethod(lambda value: value.clone())
    _format: tuple = ()
    _text: _re.Pattern
    _day: tuple = ()

    @classmethod
    def valueOf(cls, text: _Any) -> "_JdbcValue":
        return cls(_local_millis(*cls._day, *map(int, _matched(cls._text, text))))

    def toString(self) -> str:
        return _format_millis(self._format, self._ms, _default_zone())

    def clone(self) -> "_JdbcValue":
        return type(self)(self._ms)


class Date(_JdbcValue):
    """java.sql.Date: a day, printed ``yyyy-mm-dd``; ``Date(millis)`` or ``Date.valueOf(text)``."""

    __slots__ = ()
    __module__ = "java.sql"
    _format, _text = _DATE, _DATE_TEXT


class Time(_JdbcValue):
    """java.sql.Time: a time of day, printed ``hh:mm:ss``; ``Time(millis)`` or ``Time.valueOf(text)``."""

    __slots__ = ()
    __module__ = "java.sql"
    _format, _text, _day = _TIME, _TIME_TEXT, (1970, 1, 1)


__getattr__ = _missing("java.sql")
