"""The SimpleDateFormat pattern language, implemented once for ``java.text.SimpleDateFormat``,
``Date.toString`` and ``system.date.format``/``parse``.

Formatting covers every Java 17 letter (G y Y M L w W D d F E u a H k K h m s S z Z X) with
Java's count rules: ``yy`` is two digits, ``M``/``MM`` numbers, ``MMM`` short and ``MMMM`` full
English names, ``SSSS`` zero-pads milliseconds, ``''`` is a quote, ``'text'`` is literal.
Parsing is Java's lenient parse: blanks before a field are skipped, abutting numeric fields obey
their counts, names match case-insensitively, out-of-range values roll over (month 13 is next
January), two-digit years land within 80 years before / 20 after now, trailing text is ignored.
English names only (Locale.US / ENGLISH / ROOT).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from runtime.emulated.java import _calfields as cf
from runtime.emulated.java._civil import MS_PER_HOUR, MS_PER_MINUTE, split_local, week_of_month, week_of_year
from runtime.emulated.java._zones import LONG_NAMES, Zone

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)
WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
SHORT_WEEKDAYS = tuple(d[:3] for d in WEEKDAYS)
AM_PM = ("AM", "PM")
ERAS = ("BC", "AD")

_LETTERS = "GyYMLwWDdFEuaHkKhmsSzZX"
_NUMERIC = set("yYwWDdFuHkKhmsS")

#: Zone names accepted by ``z`` when parsing: name -> (raw offset, DST saving), in milliseconds.
_ZONE_NAMES = {
    "UTC": (0, 0), "GMT": (0, 0), "Z": (0, 0), "WET": (0, 0), "WEST": (0, 1), "BST": (0, 1),
    "CET": (1, 0), "CEST": (1, 1), "EET": (2, 0), "EEST": (2, 1), "SAST": (2, 0),
    "MSK": (3, 0), "IST": (5.5, 0), "JST": (9, 0), "KST": (9, 0), "AEST": (10, 0),
    "AEDT": (10, 1), "NZST": (12, 0), "NZDT": (12, 1), "HST": (-10, 0), "AKST": (-9, 0),
    "AKDT": (-9, 1), "PST": (-8, 0), "PDT": (-8, 1), "MST": (-7, 0), "MDT": (-7, 1),
    "CST": (-6, 0), "CDT": (-6, 1), "EST": (-5, 0), "EDT": (-5, 1), "AST": (-4, 0),
    "ADT": (-4, 1),
}
#: Long zone names accepted by ``z`` when parsing: display name (from LONG_NAMES) -> abbreviation.
_LONG_ZONE_NAMES = {LONG_NAMES[short]: short for short in (
    "UTC", "GMT", "PST", "PDT", "MST", "MDT", "CST", "CDT", "EST", "EDT", "CET", "CEST", "IST", "JST")}
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})?")


class PatternError(ValueError):
    """An invalid pattern; the message is Java's (``Illegal pattern character 'q'``)."""


class Unparseable(Exception):
    """Parsing failed at ``index`` (Java's ``ParsePosition.errorIndex``)."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index


class Token(NamedTuple):
    """A literal (``letter`` empty, ``text`` set) or a pattern field (``letter`` x ``count``)."""

    letter: str
    count: int
    text: str = ""


def compile_pattern(pattern: str, letters: str = _LETTERS, max_x: int = 3) -> tuple[Token, ...]:
    """Split a SimpleDateFormat pattern into fields and literals, rejecting unknown letters.

    java.time's DateTimeFormatter.ofPattern shares the quoting rules: it passes its own
    ``letters`` and ``max_x`` (five ``X`` there, three in SimpleDateFormat)."""
    tokens: list[Token] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "'":
            if pattern[i + 1:i + 2] == "'":
                tokens.append(Token("", 0, "'"))
                i += 2
                continue
            literal, i = [], i + 1
            while True:
                if i >= n:
                    raise PatternError("Unterminated quote")
                if pattern[i] == "'":
                    if pattern[i + 1:i + 2] == "'":
                        literal.append("'")
                        i += 2
                        continue
                    i += 1
                    break
                literal.append(pattern[i])
                i += 1
            tokens.append(Token("", 0, "".join(literal)))
        elif char.isascii() and char.isalpha():
            if char not in letters:
                raise PatternError("Illegal pattern character '%s'" % char)
            j = i
            while j < n and pattern[j] == char:
                j += 1
            if char == "X" and j - i > max_x:
                raise PatternError("invalid ISO 8601 format: length=%d" % (j - i))
            tokens.append(Token(char, j - i))
            i = j
        else:
            tokens.append(Token("", 0, char))
            i += 1
    return tuple(tokens)


def _pad(value: int, count: int) -> str:
    return str(value).zfill(count) if value >= 0 else "-" + str(-value).zfill(count)


def _offset_text(offset: int, colon: bool, minutes: bool = True) -> str:
    sign = "-" if offset < 0 else "+"
    total = abs(offset) // MS_PER_MINUTE
    text = "%s%02d" % (sign, total // 60)
    if minutes:
        text += (":" if colon else "") + "%02d" % (total % 60)
    return text


def format_millis(tokens: tuple[Token, ...], millis: int, zone: Zone) -> str:
    """Text of the instant ``millis`` in ``zone`` according to compiled ``tokens``."""
    offset = zone.offset(millis)
    f = split_local(millis + offset)
    out: list[str] = []
    for token in tokens:
        letter, count = token.letter, token.count
        if not letter:
            out.append(token.text)
            continue
        year = f.year if f.year > 0 else 1 - f.year
        if letter == "G":
            out.append(ERAS[f.year > 0])
        elif letter in "yY":
            if letter == "Y":
                year = week_of_year(f.year, f.day_of_year, f.day_of_week)[0]
            out.append(_pad(year % 100, 2) if count == 2 else _pad(year, count))
        elif letter in "ML":
            if count >= 4:
                out.append(MONTHS[f.month - 1])
            elif count == 3:
                out.append(SHORT_MONTHS[f.month - 1])
            else:
                out.append(_pad(f.month, count))
        elif letter == "w":
            out.append(_pad(week_of_year(f.year, f.day_of_year, f.day_of_week)[1], count))
        elif letter == "W":
            out.append(_pad(week_of_month(f.day, f.day_of_week), count))
        elif letter == "D":
            out.append(_pad(f.day_of_year, count))
        elif letter == "d":
            out.append(_pad(f.day, count))
        elif letter == "F":
            out.append(_pad((f.day - 1) // 7 + 1, count))
        elif letter == "E":
            names = WEEKDAYS if count >= 4 else SHORT_WEEKDAYS
            out.append(names[f.day_of_week - 1])
        elif letter == "u":
            out.append(_pad((f.day_of_week + 5) % 7 + 1, count))
        elif letter == "a":
            out.append(AM_PM[f.hour >= 12])
        elif letter == "H":
            out.append(_pad(f.hour, count))
        elif letter == "k":
            out.append(_pad(f.hour or 24, count))
        elif letter == "K":
            out.append(_pad(f.hour % 12, count))
        elif letter == "h":
            out.append(_pad(f.hour % 12 or 12, count))
        elif letter == "m":
            out.append(_pad(f.minute, count))
        elif letter == "s":
            out.append(_pad(f.second, count))
        elif letter == "S":
            out.append(_pad(f.millis, count))
        elif letter == "z":
            out.append(zone.long_name(millis) if count >= 4 else zone.short_name(millis))
        elif letter == "Z":
            out.append(_offset_text(offset, colon=False))
        else:  # X
            if offset == 0:
                out.append("Z")
            else:
                out.append(_offset_text(offset, colon=count == 3, minutes=count > 1))
    return "".join(out)


class _Parser:
    """One parse of ``text``: a cursor, and field values with stamps like a cleared Calendar."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.values = [0] * cf.FIELD_COUNT
        self.stamps = [cf.UNSET] * cf.FIELD_COUNT
        self.next_stamp = cf.FIRST_USER_STAMP

    def set(self, field: int, value: int) -> None:
        self.values[field] = value
        self.stamps[field] = self.next_stamp
        self.next_stamp += 1

    def skip_blanks(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def number(self, limit: int | None) -> tuple[int, int]:
        """(value, digit count) of an optionally signed integer, at most ``limit`` characters."""
        end = len(self.text) if limit is None else min(len(self.text), self.pos + limit)
        start = i = self.pos
        if i < end and self.text[i] == "-":
            i += 1
        digits_start = i
        while i < end and self.text[i].isdecimal():
            i += 1
        if i == digits_start:
            raise Unparseable(self.pos)
        self.pos = i
        return int(self.text[start:i]), i - digits_start

    def name(self, *choices: tuple[str, ...]) -> int:
        """Index of the longest name (case-insensitive) found at the cursor among ``choices``."""
        best, best_len = -1, 0
        for names in choices:
            for index, candidate in enumerate(names):
                length = len(candidate)
                if length > best_len and \
                        self.text[self.pos:self.pos + length].lower() == candidate.lower():
                    best, best_len = index, length
            if best >= 0:
                break
        if best < 0:
            raise Unparseable(self.pos)
        self.pos += best_len
        return best

    def zone_offset(self, letter: str) -> tuple[int, int]:
        """(raw offset, DST saving) of a zone name or numeric offset at the cursor."""
        text, pos = self.text, self.pos
        if letter == "X" and text[pos:pos + 1] == "Z":
            self.pos += 1
            return 0, 0
        for prefix in ("GMT", "UTC"):
            if text[pos:pos + 3].upper() == prefix:
                numeric = _OFFSET.match(text, pos + 3)
                if numeric is None:
                    self.pos += 3
                    return 0, 0
                pos += 3
                break
        numeric = _OFFSET.match(text, pos)
        if numeric is not None:
            sign, hours, minutes = numeric.groups()
            self.pos = numeric.end()
            total = (int(hours) * 60 + int(minutes or 0)) * MS_PER_MINUTE
            return (-total if sign == "-" else total), 0
        if letter == "z":
            for long_name, short in _LONG_ZONE_NAMES.items():
                if text[pos:pos + len(long_name)].lower() == long_name.lower():
                    self.pos = pos + len(long_name)
                    return self._named(short)
            for short in sorted(_ZONE_NAMES, key=len, reverse=True):
                if text[pos:pos + len(short)].upper() == short:
                    self.pos = pos + len(short)
                    return self._named(short)
        raise Unparseable(pos)

    @staticmethod
    def _named(short: str) -> tuple[int, int]:
        raw, dst = _ZONE_NAMES[short]
        return int(raw * MS_PER_HOUR), int(dst * MS_PER_HOUR)


def _obeys_count(token: Token | None) -> bool:
    if token is None or not token.letter:
        return False
    return token.letter in _NUMERIC or (token.letter in "ML" and token.count <= 2)


def parse_text(tokens: tuple[Token, ...], text: str, zone: Zone, century_start_ms: int,
               lenient: bool = True) -> int:
    """UTC millis of ``text`` read with ``tokens``; raises :class:`Unparseable`."""
    p = _Parser(text)
    ambiguous_year = False
    century_start_year = split_local(century_start_ms + zone.offset(century_start_ms)).year
    for index, token in enumerate(tokens):
        letter, count = token.letter, token.count
        if not letter:
            if text[p.pos:p.pos + len(token.text)] != token.text:
                raise Unparseable(p.pos)
            p.pos += len(token.text)
            continue
        if p.pos >= len(text):
            raise Unparseable(p.pos)
        p.skip_blanks()
        if p.pos >= len(text):
            raise Unparseable(p.pos)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        limit = count if _obeys_count(following) else None
        if letter == "G":
            p.set(cf.ERA, p.name(ERAS))
        elif letter in "yY":
            start = p.pos
            value, digits = p.number(limit)
            if count <= 2 and digits == 2 and text[start].isdigit():
                pivot = century_start_year % 100
                ambiguous_year = value == pivot
                value += (century_start_year // 100) * 100 + (100 if value < pivot else 0)
            p.set(cf.YEAR, value)
        elif letter in "ML":
            if count <= 2:
                p.set(cf.MONTH, p.number(limit)[0] - 1)
            else:
                p.set(cf.MONTH, p.name(MONTHS, SHORT_MONTHS))
        elif letter == "E":
            p.set(cf.DAY_OF_WEEK, p.name(WEEKDAYS, SHORT_WEEKDAYS) + 1)
        elif letter == "a":
            p.set(cf.AM_PM, p.name(AM_PM))
        elif letter in "zZX":
            raw, dst = p.zone_offset(letter)
            p.set(cf.ZONE_OFFSET, raw)
            p.set(cf.DST_OFFSET, dst)
        else:
            value = p.number(limit)[0]
            if letter == "u":
                p.set(cf.DAY_OF_WEEK, value % 7 + 1)
            elif letter in "kh" and value == (24 if letter == "k" else 12):
                p.set(cf.HOUR_OF_DAY if letter == "k" else cf.HOUR, 0)
            else:
                p.set(_NUMERIC_FIELDS[letter], value)
    millis = cf.resolve_time(p.values, p.stamps, zone)
    if ambiguous_year and millis < century_start_ms:
        p.values[cf.YEAR] += 100
        millis = cf.resolve_time(p.values, p.stamps, zone)
    if not lenient:
        _check_strict(p, millis, zone)
    return millis


def _check_strict(p: _Parser, millis: int, zone: Zone) -> None:
    """Non-lenient parsing: every parsed field must survive normalisation unchanged."""
    actual = cf.compute_fields(millis, zone)
    for field in (cf.YEAR, cf.MONTH, cf.DATE, cf.DAY_OF_YEAR, cf.HOUR_OF_DAY, cf.HOUR,
                  cf.MINUTE, cf.SECOND, cf.MILLISECOND):
        if p.stamps[field] != cf.UNSET and p.values[field] != actual[field]:
            raise Unparseable(0)


_NUMERIC_FIELDS = {
    "w": cf.WEEK_OF_YEAR, "W": cf.WEEK_OF_MONTH, "D": cf.DAY_OF_YEAR, "d": cf.DATE,
    "F": cf.DAY_OF_WEEK_IN_MONTH, "H": cf.HOUR_OF_DAY, "k": cf.HOUR_OF_DAY, "K": cf.HOUR,
    "h": cf.HOUR, "m": cf.MINUTE, "s": cf.SECOND, "S": cf.MILLISECOND,
}

#: ``Date.toString()``'s pattern.
DATE_TO_STRING = compile_pattern("EEE MMM dd HH:mm:ss zzz yyyy")

