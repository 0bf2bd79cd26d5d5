"""java.text for Jython scripts: SimpleDateFormat, DecimalFormat, NumberFormat, ParseException.

The pattern languages live in ``_datefmt`` and ``_decfmt`` (shared with ``Date.toString`` and
``system.date``); this module holds the Java-facing classes. English formatting only: a
non-English ``Locale`` raises NotEmulatedError rather than printing English names silently.
"""

from typing import Any as _Any

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._date import Date as _Date, Locale as _Locale, TimeZone as _TimeZone, \
    require_english as _require_english, zone_of as _zone_of
from runtime.emulated.java._datefmt import (PatternError as _PatternError, Unparseable as _Unparseable,
                                   compile_pattern as _compile_pattern,
                                   format_millis as _format_millis, parse_text as _parse_text)
from runtime.emulated.java._decfmt import (DecimalPatternError as _DecimalPatternError,
                                  compile_decimal as _compile_decimal,
                                  format_decimal as _format_decimal,
                                  parse_decimal as _parse_decimal, pattern_text as _pattern_text)
from runtime.emulated.java._jclass import JavaObject as _JavaObject
from runtime.emulated.java._throwables import (IllegalArgumentException as _IllegalArgumentException,
                                      NullPointerException as _NullPointerException,
                                      ParseException)
from runtime.emulated.java._zones import default_zone as _default_zone, now_millis as _now_millis

__all__ = ["DecimalFormat", "NumberFormat", "ParseException", "SimpleDateFormat"]

__getattr__ = _missing("java.text")

_EIGHTY_YEARS_MS = int(80 * 365.2425 * 86400000)


class SimpleDateFormat(_JavaObject):
    """java.text.SimpleDateFormat(pattern="M/d/yy, h:mm a"[, locale]) in the default zone."""

    __slots__ = ("_pattern", "_tokens", "_zone", "_lenient", "_century_start")
    __module__ = "java.text"

    def __init__(self, pattern: str = "M/d/yy, h:mm a", locale: _Any = None) -> None:
        _require_english(locale, "java.text.SimpleDateFormat")
        self.applyPattern(pattern)
        self._zone = _default_zone()
        self._lenient = True
        self._century_start = _now_millis() - _EIGHTY_YEARS_MS

    def applyPattern(self, pattern: str) -> None:
        if pattern is None:
            raise _NullPointerException()
        try:
            self._tokens = _compile_pattern(str(pattern))
        except _PatternError as error:
            raise _IllegalArgumentException(str(error)) from None
        self._pattern = str(pattern)

    def toPattern(self) -> str:
        return self._pattern

    def format(self, date: _Any) -> str:
        """Format a Date (or a number of epoch milliseconds, as DateFormat.format(Object) allows)."""
        if date is None:
            raise _NullPointerException("date must not be null")
        if isinstance(date, _Date):
            millis = date.getTime()
        elif isinstance(date, (int, float)) and not isinstance(date, bool):
            millis = int(date)
        else:
            raise _IllegalArgumentException("Cannot format given Object as a Date")
        return _format_millis(self._tokens, millis, self._zone)

    def parse(self, text: str) -> _Date:
        """Lenient by default; raises ``ParseException('Unparseable date: "..."')``."""
        if text is None:
            raise _NullPointerException()
        text = str(text)
        try:
            millis = _parse_text(self._tokens, text, self._zone, self._century_start,
                                 self._lenient)
        except _Unparseable as error:
            index = error.index if self._lenient else len(text)
            raise ParseException('Unparseable date: "%s"' % text, index) from None
        return _Date(millis)

    def setTimeZone(self, zone: _TimeZone) -> None:
        self._zone = _zone_of(zone)

    def getTimeZone(self) -> _TimeZone:
        return _TimeZone(self._zone)

    timeZone = property(getTimeZone, setTimeZone)

    def setLenient(self, lenient: bool) -> None:
        self._lenient = bool(lenient)

    def isLenient(self) -> bool:
        return self._lenient

    def set2DigitYearStart(self, date: _Date) -> None:
        self._century_start = date.getTime()

    def get2DigitYearStart(self) -> _Date:
        return _Date(self._century_start)

    def clone(self) -> "SimpleDateFormat":
        copy = SimpleDateFormat(self._pattern)
        copy._zone, copy._lenient = self._zone, self._lenient
        copy._century_start = self._century_start
        return copy

    def equals(self, other: object) -> bool:
        return isinstance(other, SimpleDateFormat) and other._pattern == self._pattern

    def hashCode(self) -> int:
        return hash(self._pattern) & 0x7FFFFFFF


class DecimalFormat(_JavaObject):
    """java.text.DecimalFormat(pattern="#,##0.###"): HALF_EVEN rounding, Java's pattern rules."""

    __slots__ = ("_p",)
    __module__ = "java.text"

    def __init__(self, pattern: str = "#,##0.###", symbols: _Any = None) -> None:
        self.applyPattern(pattern)

    def applyPattern(self, pattern: str) -> None:
        if pattern is None:
            raise _NullPointerException()
        try:
            self._p = _compile_decimal(str(pattern))
        except _DecimalPatternError as error:
            raise _IllegalArgumentException(str(error)) from None

    def toPattern(self) -> str:
        return _pattern_text(self._p)

    def format(self, number: _Any) -> str:
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            raise _IllegalArgumentException("Cannot format given Object as a Number")
        return _format_decimal(self._p, number)

    def parse(self, text: str) -> _Any:
        """A Python int when the value is integral (Java's Long), else a float (Double)."""
        if text is None:
            raise _NullPointerException()
        result = _parse_decimal(self._p, str(text))
        if result is None:
            raise ParseException('Unparseable number: "%s"' % text, 0)
        return result[0]

    def _update(self, **changes: _Any) -> None:
        self._p = self._p.with_(**changes)

    def setMaximumFractionDigits(self, digits: int) -> None:
        digits = max(int(digits), 0)
        self._update(max_frac=digits, min_frac=min(self._p.min_frac, digits))

    def setMinimumFractionDigits(self, digits: int) -> None:
        digits = max(int(digits), 0)
        self._update(min_frac=digits, max_frac=max(self._p.max_frac, digits))

    def setMinimumIntegerDigits(self, digits: int) -> None:
        self._update(min_int=max(int(digits), 0))

    def setGroupingUsed(self, used: bool) -> None:
        self._update(grouping_used=bool(used))

    def setGroupingSize(self, size: int) -> None:
        self._update(grouping=int(size))

    def setDecimalSeparatorAlwaysShown(self, shown: bool) -> None:
        self._update(decimal_always=bool(shown))

    def setMultiplier(self, multiplier: int) -> None:
        self._update(multiplier=int(multiplier))

    def getMaximumFractionDigits(self) -> int:
        return self._p.max_frac

    def getMinimumFractionDigits(self) -> int:
        return self._p.min_frac

    def getMinimumIntegerDigits(self) -> int:
        return self._p.min_int

    def isGroupingUsed(self) -> bool:
        return self._p.grouping_used

    def equals(self, other: object) -> bool:
        return isinstance(other, DecimalFormat) and other._p == self._p

    def hashCode(self) -> int:
        return hash(self._p) & 0x7FFFFFFF


class NumberFormat(DecimalFormat):
    """java.text.NumberFormat's factories, each returning a DecimalFormat (US English)."""

    __slots__ = ()
    __module__ = "java.text"

    @staticmethod
    def _make(pattern: str, locale: _Any) -> DecimalFormat:
        _require_english(locale if isinstance(locale, _Locale) else None,
                         "java.text.NumberFormat")
        return DecimalFormat(pattern)

    @staticmethod
    def getInstance(locale: _Any = None) -> DecimalFormat:
        return NumberFormat._make("#,##0.###", locale)

    getNumberInstance = getInstance

    @staticmethod
    def getIntegerInstance(locale: _Any = None) -> DecimalFormat:
        return NumberFormat._make("#,##0", locale)

    @staticmethod
    def getPercentInstance(locale: _Any = None) -> DecimalFormat:
        return NumberFormat._make("#,##0%", locale)

    @staticmethod
    def getCurrencyInstance(locale: _Any = None) -> DecimalFormat:
        return NumberFormat._make("$#,##0.00", locale)
