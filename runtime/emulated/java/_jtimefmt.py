"""java.time.format.DateTimeFormatter: ``ofPattern('yyyy-MM-dd HH:mm:ss')``, the ISO_* constants,
``format`` and the ``parse`` of LocalDate/LocalTime/LocalDateTime/ZonedDateTime/Instant.

A formatter is a list of printer-parser elements, as Java's DateTimeFormatterBuilder makes them:
numbers with a width range, literals, names, fractions, offsets and zone IDs, and optional
sections (``[...]``). The pattern letters are Java's (javadoc of DateTimeFormatter, "Patterns for
Formatting and Parsing"): G u y D M L d E a h K k H m s S n V z X x Z; ``yy`` is a two-digit year
based on 2000, ``MMM`` a short and ``MMMM`` a full English name. A field the value lacks fails as
Java fails (``Unsupported field: HourOfDay`` for a LocalDate); a parse error is
DateTimeParseException ``Text '2024/01/01' could not be parsed at index 4``. ofPattern resolves
SMART (day 31 of a 30-day month is its last day), the ISO constants STRICT.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from runtime.emulated.java._civil import days_in_month
from runtime.emulated.java._datefmt import MONTHS, WEEKDAYS, PatternError, compile_pattern
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._jlocal import LocalDate, LocalDateTime, LocalTime, fraction_text
from runtime.emulated.java._jtemporal import (Final, DateTimeException, DateTimeParseException,
                                              UnsupportedTemporalTypeException, check)
from runtime.emulated.java._jzoned import Instant, ZonedDateTime, ZoneId, ZoneOffset, zone_arg
from runtime.emulated.java._throwables import IllegalArgumentException

_ISO_WEEKDAYS = WEEKDAYS[1:] + WEEKDAYS[:1]  # DayOfWeek value 1 is Monday
_NAMES = {"MonthOfYear": MONTHS, "DayOfWeek": _ISO_WEEKDAYS, "AmPmOfDay": ("AM", "PM"), "Era": ("BC", "AD")}
_ERAS = {3: ("BC", "AD"), 4: ("Before Christ", "Anno Domini"), 5: ("B", "A")}
#: pattern letter -> the ChronoField it prints, named as Java names it in messages
_FIELDS = {"G": "Era", "u": "Year", "y": "YearOfEra", "D": "DayOfYear", "M": "MonthOfYear",
           "L": "MonthOfYear", "d": "DayOfMonth", "E": "DayOfWeek", "a": "AmPmOfDay",
           "h": "ClockHourOfAmPm", "K": "HourOfAmPm", "k": "ClockHourOfDay", "H": "HourOfDay",
           "m": "MinuteOfHour", "s": "SecondOfMinute", "S": "NanoOfSecond", "n": "NanoOfSecond"}
_MAX_COUNT = {"G": 5, "D": 3, "M": 5, "L": 5, "d": 2, "E": 5, "a": 1, "h": 2, "K": 2, "k": 2, "H": 2,
              "m": 2, "s": 2, "S": 9, "n": 19, "z": 4, "X": 5, "x": 5, "Z": 5}
_LETTERS = "GuyDMLdEahKkHmsSnVzXxZ"


class El(NamedTuple):
    """One printer-parser: ``kind`` with its field and widths, a literal, or an optional section."""

    kind: str  # num, year2, text, lit, frac, ifrac, offset, zoneid, zonetext, opt
    field: str = ""
    low: int = 0
    high: int = 0
    names: tuple = ()
    text: str = ""
    inner: tuple = ()


def _fields(value: Any, zone: ZoneId | None) -> tuple[dict, Any]:
    """The ChronoField values of ``value`` and its zone (None when it has none)."""
    if isinstance(value, Instant):
        if zone is None:
            return {"InstantSeconds": value.getEpochSecond(), "NanoOfSecond": value.getNano()}, None
        value = value.atZone(zone)
    elif zone is not None and isinstance(value, ZonedDateTime):
        value = value.withZoneSameInstant(zone)
    found: dict = {}
    date = value if isinstance(value, LocalDate) else getattr(value, "toLocalDate", lambda: None)()
    time = value if isinstance(value, LocalTime) else getattr(value, "toLocalTime", lambda: None)()
    if date is not None:
        year = date.getYear()
        found.update(Year=year, YearOfEra=year if year > 0 else 1 - year, Era=int(year > 0),
                     MonthOfYear=date.getMonthValue(), DayOfMonth=date.getDayOfMonth(),
                     DayOfYear=date.getDayOfYear(), DayOfWeek=date.getDayOfWeek().getValue())
    if time is not None:
        hour = time.getHour()
        found.update(HourOfDay=hour, ClockHourOfDay=hour or 24, HourOfAmPm=hour % 12,
                     ClockHourOfAmPm=hour % 12 or 12, AmPmOfDay=int(hour >= 12),
                     MinuteOfHour=time.getMinute(), SecondOfMinute=time.getSecond(), NanoOfSecond=time.getNano())
    if isinstance(value, ZonedDateTime):
        found["OffsetSeconds"] = value.getOffset().getTotalSeconds()
        return found, value.getZone()
    return found, zone


def _offset_text(seconds: int, style: str) -> str:
    """An offset as Java's appendOffset patterns print it: ``+HH``, ``+HHmm``, ``+HHMM``,
    ``+HH:MM``, ``+HHMMss``, ``+HH:MM:ss``, with its no-offset text before a ``|``."""
    pattern, zero = style.split("|")
    if seconds == 0:
        return zero
    sign = "-" if seconds < 0 else "+"
    h, rest = divmod(abs(seconds), 3600)
    m, s = divmod(rest, 60)
    colon = ":" if ":" in pattern else ""
    text = "%s%02d" % (sign, h)
    if pattern in ("+HH", "+HHmm") and (m or pattern == "+HH"):
        return text if pattern == "+HH" else text + "%02d" % m
    if pattern.startswith(("+HHMM", "+HH:MM")):
        text += colon + "%02d" % m
    if pattern.endswith("ss") and s:
        text += colon + "%02d" % s
    return text


_OFFSET_STYLES = {("X", 1): "+HHmm|Z", ("X", 2): "+HHMM|Z", ("X", 3): "+HH:MM|Z", ("X", 4): "+HHMMss|Z",
                  ("X", 5): "+HH:MM:ss|Z", ("x", 1): "+HHmm|+00", ("x", 2): "+HHMM|+0000",
                  ("x", 3): "+HH:MM|+00:00", ("x", 4): "+HHMMss|+0000", ("x", 5): "+HH:MM:ss|+00:00",
                  ("Z", 1): "+HHMM|+0000", ("Z", 2): "+HHMM|+0000", ("Z", 3): "+HHMM|+0000",
                  ("Z", 5): "+HH:MM:ss|Z"}


def _element(letter: str, count: int) -> El:
    """The printer-parser of ``count`` x pattern ``letter`` (DateTimeFormatterBuilder.parsePattern)."""
    if letter not in _LETTERS:
        raise IllegalArgumentException("Unknown pattern letter: %s" % letter if letter.isalpha() and letter
                                       not in "QqwWYecFBAN" else "Pattern letter %s is not emulated by shim" % letter)
    if count > _MAX_COUNT.get(letter, 99) or (letter == "V" and count != 2):
        raise IllegalArgumentException("Pattern letter count must be 2: V" if letter == "V"
                                       else "Too many pattern letters: %s" % letter)
    field = _FIELDS.get(letter, "")
    if letter in "uy":
        return El("year2", field) if count == 2 else El("num", field, count, 19)
    if letter in "ML":
        if count >= 3:
            names = MONTHS if count == 4 else tuple(m[:3] if count == 3 else m[0] for m in MONTHS)
            return El("text", field, names=names)
        return El("num", field, count, 2)
    if letter == "E":
        names = _ISO_WEEKDAYS if count == 4 else tuple(d[:3] if count <= 3 else d[0] for d in _ISO_WEEKDAYS)
        return El("text", field, names=names)
    if letter == "G":
        return El("text", field, names=_ERAS[max(count, 3)])
    if letter == "a":
        return El("text", field, names=("AM", "PM"))
    if letter == "S":
        return El("frac", field, count, count)
    if letter in "XxZ":
        if letter == "Z" and count == 4:
            return El("offset", text="GMT+HH:MM|GMT")
        return El("offset", text=_OFFSET_STYLES[(letter, count)])
    if letter == "V":
        return El("zoneid")
    if letter == "z":
        return El("zonetext", low=count)
    return El("num", field, count, 19 if letter == "n" else max(count, 2 if letter != "D" else 3))


def _compile(pattern: str) -> tuple[El, ...]:
    try:
        tokens = compile_pattern(pattern, "".join(chr(c) for c in range(65, 123) if chr(c).isalpha()), 5)
    except PatternError as error:
        raise IllegalArgumentException("Pattern ends with an incomplete string literal: %s" % pattern
                                       if "quote" in str(error) else str(error)) from None
    stack: list[list[El]] = [[]]
    for token in tokens:
        if token.letter:
            stack[-1].append(_element(token.letter, token.count))
        elif token.text == "[":
            stack.append([])
        elif token.text == "]":
            if len(stack) == 1:
                raise IllegalArgumentException("Pattern invalid as it contains ] without previous [")
            inner = tuple(stack.pop())
            stack[-1].append(El("opt", inner=inner))
        elif token.text in ("{", "}", "#"):
            raise IllegalArgumentException("Pattern includes reserved character: '%s'" % token.text)
        else:
            stack[-1].append(El("lit", text=token.text))
    while len(stack) > 1:
        inner = tuple(stack.pop())
        stack[-1].append(El("opt", inner=inner))
    return tuple(stack[0])


def _print(elements: tuple[El, ...], fields: dict, zone: Any, value: Any, out: list[str]) -> None:
    for el in elements:
        if el.kind == "lit":
            out.append(el.text)
        elif el.kind == "opt":
            try:
                inner: list[str] = []
                _print(el.inner, fields, zone, value, inner)
                out.extend(inner)
            except DateTimeException:
                pass
        elif el.kind in ("zoneid", "zonetext"):
            if zone is None:
                raise DateTimeException("Unable to extract ZoneId from temporal %s" % value)
            if el.text == "region" and isinstance(zone, ZoneOffset):  # appendZoneRegionId
                raise DateTimeException("Unable to extract ZoneRegion from temporal %s" % value)
            out.append(zone.getId() if el.kind == "zoneid" or isinstance(zone, ZoneOffset)
                       else _zone_name(zone, value, el.low))
        elif el.kind == "offset":
            if "OffsetSeconds" not in fields:
                raise UnsupportedTemporalTypeException("Unsupported field: OffsetSeconds")
            seconds = fields["OffsetSeconds"]
            if el.text.startswith("GMT"):
                out.append("GMT" + _offset_text(seconds, "+HH:MM|") if seconds else "GMT")
            else:
                out.append(_offset_text(seconds, el.text))
        elif el.kind == "ifrac":
            out.append(fraction_text(fields.get("NanoOfSecond", 0)))
        else:
            if el.field not in fields:
                raise UnsupportedTemporalTypeException("Unsupported field: %s" % el.field)
            number = fields[el.field]
            if el.kind == "text":
                out.append(el.names[number if el.field in ("AmPmOfDay", "Era") else number - 1])
            elif el.kind == "year2":
                out.append("%02d" % (number % 100))
            elif el.kind == "frac":
                digits = ("%09d" % number)[:el.high]
                digits = digits.rstrip("0").ljust(el.low, "0")
                out.append(("." if el.text else "") + digits if digits else "")
            else:
                text = str(abs(number)).zfill(el.low)
                if number < 0:
                    text = "-" + text
                elif el.low >= 4 and len(text) > el.low and el.high == 19:
                    text = "+" + text  # SignStyle.EXCEEDS_PAD
                out.append(text)


def _zone_name(zone: ZoneId, value: Any, count: int) -> str:
    millis = value.toInstant().toEpochMilli() if hasattr(value, "toInstant") else 0
    return zone._zone.long_name(millis) if count == 4 else zone._zone.short_name(millis)


class _Parsed:
    """One parse: the text, the cursor, and the fields found."""

    def __init__(self, text: str) -> None:
        self.text, self.fields, self.zone = text, {}, None


def _digits(text: str, pos: int, low: int, high: int) -> int:
    end = pos
    while end < len(text) and end - pos < high and text[end].isdigit():
        end += 1
    return end if end - pos >= low else -1


def _fixed_after(elements: tuple[El, ...], index: int) -> int:
    """Digits the numeric elements right after ``index`` need: Java's adjacent value parsing,
    so ``yyyyMMdd`` reads 20240115 as 2024, 01, 15."""
    need = 0
    for el in elements[index + 1:]:
        if el.kind == "num" and el.low == el.high:
            need += el.low
        elif el.kind == "year2":
            need += 2
        else:
            break
    return need


def _parse(elements: tuple[El, ...], p: _Parsed, pos: int) -> int:
    """Parse from ``pos``: the position after the elements, or ``~index`` of the failure."""
    text = p.text
    for index, el in enumerate(elements):
        if el.kind == "lit":
            if not text.startswith(el.text, pos):
                return ~pos
            pos += len(el.text)
        elif el.kind == "opt":
            saved = dict(p.fields), p.zone
            end = _parse(el.inner, p, pos)
            if end < 0:
                p.fields, p.zone = saved
            else:
                pos = end
        elif el.kind in ("num", "year2"):
            low, high = (2, 2) if el.kind == "year2" else (el.low, el.high)
            sign = 1
            if el.kind == "num" and el.high == 19 and text[pos:pos + 1] in "+-" and text[pos:pos + 1]:
                sign, pos = (-1 if text[pos] == "-" else 1), pos + 1
            high = max(low, min(high, len(text) - pos - _fixed_after(elements, index)))
            end = _digits(text, pos, low, high)
            if end < 0:
                return ~pos
            number = sign * int(text[pos:end])
            p.fields[el.field] = 2000 + number if el.kind == "year2" else number
            pos = end
        elif el.kind == "text":
            for number, name in sorted(enumerate(el.names), key=lambda n: -len(n[1])):
                if text.startswith(name, pos):
                    p.fields[el.field] = number if el.field in ("AmPmOfDay", "Era") else number + 1
                    pos += len(name)
                    break
            else:
                return ~pos
        elif el.kind in ("frac", "ifrac"):
            point = el.kind == "ifrac" or el.text
            if point and not text.startswith(".", pos):
                if el.low == 0 or el.kind == "ifrac":
                    continue
                return ~pos
            start = pos + 1 if point else pos
            end = _digits(text, start, max(el.low, 1 if point else 0), el.high or 9)
            if end < 0:
                return ~start
            p.fields["NanoOfSecond"] = int(text[start:end].ljust(9, "0"))
            pos = end
        elif el.kind == "offset":
            end = _parse_offset(text, pos, p)
            if end < 0:
                return end
            pos = end
        else:  # zone id or name
            end = pos
            while end < len(text) and (text[end].isalnum() or text[end] in "/_+-:"):
                end += 1
            try:
                p.zone = ZoneId.of(text[pos:end])
            except DateTimeException:
                return ~pos
            pos = end
    return pos


def _parse_offset(text: str, pos: int, p: _Parsed) -> int:
    if text.startswith("Z", pos):
        p.fields["OffsetSeconds"] = 0
        return pos + 1
    end = pos + 1
    while end < len(text) and (text[end].isdigit() or text[end] == ":"):
        end += 1
    try:
        p.fields["OffsetSeconds"] = ZoneOffset.of(text[pos:end]).getTotalSeconds()
    except DateTimeException:
        return ~pos
    return end


def _resolve(p: _Parsed, smart: bool, kind: str) -> Any:
    """The LocalDate/LocalTime/... of the parsed fields, validated as Java validates them."""
    f = p.fields
    for field, value in f.items():
        if field in ("HourOfDay", "MinuteOfHour", "SecondOfMinute", "MonthOfYear", "DayOfMonth",
                     "ClockHourOfAmPm", "DayOfYear", "DayOfWeek"):
            check(field, value)
    date = time = None
    year = f.get("Year", f.get("YearOfEra"))
    if year is not None and "MonthOfYear" in f and "DayOfMonth" in f:
        month, day = f["MonthOfYear"], f["DayOfMonth"]
        if smart and day > days_in_month(year, month):
            day = days_in_month(year, month)
        date = LocalDate.of(year, month, day)
    elif year is not None and "DayOfYear" in f:
        date = LocalDate.ofYearDay(year, f["DayOfYear"])
    hour = f.get("HourOfDay")
    if hour is None and "ClockHourOfAmPm" in f and "AmPmOfDay" in f:
        hour = f["ClockHourOfAmPm"] % 12 + 12 * f["AmPmOfDay"]
    if hour is not None:
        time = LocalTime.of(hour, f.get("MinuteOfHour", 0), f.get("SecondOfMinute", 0), f.get("NanoOfSecond", 0))
    if date is not None and "DayOfWeek" in f and date.getDayOfWeek().getValue() != f["DayOfWeek"]:
        raise DateTimeException("Conflict found: Field DayOfWeek %d differs from DayOfWeek %d derived from %s"
                                % (date.getDayOfWeek().getValue(), f["DayOfWeek"], date))
    offset = ZoneOffset.ofTotalSeconds(f["OffsetSeconds"]) if "OffsetSeconds" in f else None
    wanted = {"date": date, "time": time}
    if kind in wanted:
        if wanted[kind] is None:
            raise DateTimeException("Unable to obtain %s from the parsed fields"
                                    % ("LocalDate" if kind == "date" else "LocalTime"))
        return wanted[kind]
    if date is None or time is None:
        raise DateTimeException("Unable to obtain LocalDateTime from the parsed fields")
    ldt = LocalDateTime.of(date, time)
    if kind == "datetime":
        return ldt
    zone = p.zone or offset
    if zone is None:
        raise DateTimeException("Unable to obtain %s from the parsed fields: no offset or zone"
                                % ("Instant" if kind == "instant" else "ZonedDateTime"))
    zoned = ZonedDateTime.ofLocal(ldt, zone, offset)
    return zoned.toInstant() if kind == "instant" else zoned


class DateTimeFormatter(Final, JavaObject):
    """java.time.format.DateTimeFormatter: ``ofPattern(pattern)``, ``ISO_LOCAL_DATE_TIME`` ...,
    ``format(temporal)``, ``withZone(zone)``. Immutable and shared, as in Java."""

    __slots__ = ("_elements", "_smart", "_zone")
    __module__ = "java.time.format"

    def __init__(self, *args: Any) -> None:
        raise TypeError("java.time.format.DateTimeFormatter has no public constructor: use ofPattern(...)")

    @classmethod
    def _make(cls, elements: tuple[El, ...], smart: bool, zone: ZoneId | None = None) -> "DateTimeFormatter":
        made = object.__new__(cls)
        made._elements, made._smart, made._zone = elements, smart, zone
        return made

    @classmethod
    def ofPattern(cls, pattern: Any, locale: Any = None) -> "DateTimeFormatter":
        if not isinstance(pattern, str):
            raise TypeError("ofPattern(): expected a pattern string")
        return cls._make(_compile(pattern), True)

    def withZone(self, zone: Any) -> "DateTimeFormatter":
        return DateTimeFormatter._make(self._elements, self._smart, zone_arg(zone))

    def withLocale(self, locale: Any) -> "DateTimeFormatter":
        """English is the only locale shim formats in; the formatter is returned unchanged."""
        return self

    def getZone(self) -> ZoneId | None:
        return self._zone

    def format(self, temporal: Any) -> str:
        fields, zone = _fields(temporal, self._zone)
        out: list[str] = []
        _print(self._elements, fields, zone, temporal, out)
        return "".join(out)

    def _parse_to(self, text: Any, kind: str) -> Any:
        """``LocalDate.parse(text, self)`` and the others: ``kind`` is the type asked for."""
        if not isinstance(text, str):
            raise TypeError("parse(): expected a string, got %s" % type(text).__name__)
        parsed = _Parsed(text)
        end = _parse(self._elements, parsed, 0)
        if end < 0:
            raise DateTimeParseException("Text '%s' could not be parsed at index %d" % (text, ~end))
        if end < len(text):
            raise DateTimeParseException("Text '%s' could not be parsed, unparsed text found at index %d"
                                         % (text, end))
        try:
            return _resolve(parsed, self._smart, kind)
        except DateTimeException as error:
            raise DateTimeParseException("Text '%s' could not be parsed: %s" % (text, error.getMessage())) from None


def _iso(*elements: El) -> DateTimeFormatter:
    return DateTimeFormatter._make(tuple(elements), False)


_DATE = (El("num", "Year", 4, 10), El("lit", text="-"), El("num", "MonthOfYear", 2, 2), El("lit", text="-"),
         El("num", "DayOfMonth", 2, 2))
_TIME = (El("num", "HourOfDay", 2, 2), El("lit", text=":"), El("num", "MinuteOfHour", 2, 2),
         El("opt", inner=(El("lit", text=":"), El("num", "SecondOfMinute", 2, 2),
                          El("opt", inner=(El("frac", "NanoOfSecond", 0, 9, text="."),)))))
_LOCAL = _DATE + (El("lit", text="T"),) + _TIME
_OFFSET = El("offset", text="+HH:MM:ss|Z")
_REGION = El("opt", inner=(El("lit", text="["), El("zoneid", text="region"), El("lit", text="]")))

DateTimeFormatter.ISO_LOCAL_DATE = _iso(*_DATE)
DateTimeFormatter.ISO_LOCAL_TIME = _iso(*_TIME)
DateTimeFormatter.ISO_LOCAL_DATE_TIME = _iso(*_LOCAL)
DateTimeFormatter.ISO_OFFSET_DATE_TIME = _iso(*_LOCAL, _OFFSET)
DateTimeFormatter.ISO_ZONED_DATE_TIME = _iso(*_LOCAL, _OFFSET, _REGION)
DateTimeFormatter.ISO_DATE_TIME = _iso(*_LOCAL, El("opt", inner=(_OFFSET, _REGION)))
DateTimeFormatter.ISO_DATE = _iso(*_DATE, El("opt", inner=(_OFFSET,)))
DateTimeFormatter.ISO_TIME = _iso(*_TIME, El("opt", inner=(_OFFSET,)))
DateTimeFormatter.ISO_INSTANT = _iso(*_DATE, El("lit", text="T"), El("num", "HourOfDay", 2, 2), El("lit", text=":"),
                                     El("num", "MinuteOfHour", 2, 2), El("lit", text=":"),
                                     El("num", "SecondOfMinute", 2, 2), El("ifrac"), _OFFSET).withZone(ZoneOffset.UTC)
DateTimeFormatter.BASIC_ISO_DATE = _iso(El("num", "Year", 4, 4), El("num", "MonthOfYear", 2, 2),
                                        El("num", "DayOfMonth", 2, 2),
                                        El("opt", inner=(El("offset", text="+HHMMss|Z"),)))


def _parser(kind: str, default: DateTimeFormatter) -> classmethod:
    """``X.parse(text[, formatter])``: ``formatter`` (ISO by default) parsing to an X."""
    def parse(cls: type, text: Any, formatter: Any = None) -> Any:
        return (formatter or default)._parse_to(text, kind)
    parse.__doc__ = "Parse ``text`` with ``formatter`` (default: the ISO form %s.toString prints)." % kind
    return classmethod(parse)


LocalDate.parse = _parser("date", DateTimeFormatter.ISO_LOCAL_DATE)
LocalTime.parse = _parser("time", DateTimeFormatter.ISO_LOCAL_TIME)
LocalDateTime.parse = _parser("datetime", DateTimeFormatter.ISO_LOCAL_DATE_TIME)
ZonedDateTime.parse = _parser("zoned", DateTimeFormatter.ISO_ZONED_DATE_TIME)
Instant.parse = _parser("instant", DateTimeFormatter.ISO_INSTANT)
