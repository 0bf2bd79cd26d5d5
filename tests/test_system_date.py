"""system.date: Ignition 8.x's documented results, in a pinned default zone.

Each test pins the default zone (``use_default_zone``, a context variable: nothing leaks between
tests). Values follow the Ignition manual (months 0-based, Sunday = 1, getHour12 gives 0 for noon
and midnight, addMonths pins to the month's last day, isBetween is inclusive) and, for the
``*Between`` family, Joda-Time's whole-unit rules that Ignition uses.
"""
from __future__ import annotations

import pytest

import system.date as sd
from runtime.emulated.java import use_default_zone
from runtime.emulated.java.text import ParseException
from runtime.emulated.java.util import Date


@pytest.fixture
def utc():
    with use_default_zone("UTC"):
        yield


@pytest.fixture
def pacific():
    with use_default_zone("America/Los_Angeles"):
        yield


def at(text: str) -> Date:
    return sd.parse(text, "yyyy-MM-dd HH:mm:ss.SSS" if "." in text else "yyyy-MM-dd HH:mm:ss")


def show(date: Date) -> str:
    return sd.format(date, "yyyy-MM-dd HH:mm:ss.SSS")


# --- creating, converting, formatting ---------------------------------------------------------

def test_now_from_and_to_millis(utc):
    assert sd.toMillis(sd.fromMillis(1700000000123)) == 1700000000123
    assert str(sd.fromMillis(0)) == "Thu Jan 01 00:00:00 UTC 1970"
    assert abs(sd.toMillis(sd.now()) - sd.toMillis(Date())) < 5000


def test_get_date_is_midnight_with_zero_based_month(utc):
    assert show(sd.getDate(2024, 0, 31)) == "2024-01-31 00:00:00.000"
    assert show(sd.getDate(2024, 1, 30)) == "2024-03-01 00:00:00.000"   # lenient, like Java
    assert show(sd.getDate(2024, 12, 1)) == "2025-01-01 00:00:00.000"


def test_get_date_is_local_midnight(pacific):
    assert sd.toMillis(sd.getDate(2024, 6, 4)) == 1720076400000  # 07:00Z is 00:00 PDT


def test_format_and_parse(utc):
    date = sd.fromMillis(1700000000123)
    assert sd.format(date) == "2023-11-14 22:13:20"
    assert sd.format(date, "EEE, MMM d, yyyy h:mm a") == "Tue, Nov 14, 2023 10:13 PM"
    assert sd.format(date, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX") == "2023-11-14T22:13:20.123Z"
    assert sd.toMillis(sd.parse("2023-11-14 22:13:20")) == 1700000000000
    assert sd.toMillis(sd.parse("14/11/2023", "dd/MM/yyyy")) == 1699920000000
    with pytest.raises(ParseException, match='Unparseable date: "nonsense"'):
        sd.parse("nonsense")


def test_set_time_and_midnight(utc):
    date = at("2024-05-06 07:08:09.123")
    assert show(sd.setTime(date, 13, 14, 15)) == "2024-05-06 13:14:15.123"
    assert show(sd.midnight(date)) == "2024-05-06 00:00:00.000"
    assert show(date) == "2024-05-06 07:08:09.123"  # inputs are never changed


# --- arithmetic -------------------------------------------------------------------------------

@pytest.mark.parametrize("function, amount, expected", [
    ("addMillis", 877, "2024-01-31 10:00:01.000"),
    ("addSeconds", -61, "2024-01-31 09:58:59.123"),
    ("addMinutes", 90, "2024-01-31 11:30:00.123"),
    ("addHours", 24, "2024-02-01 10:00:00.123"),
    ("addDays", -31, "2023-12-31 10:00:00.123"),
    ("addWeeks", 1, "2024-02-07 10:00:00.123"),
    ("addMonths", 1, "2024-02-29 10:00:00.123"),
    ("addMonths", 13, "2025-02-28 10:00:00.123"),
    ("addMonths", -2, "2023-11-30 10:00:00.123"),
    ("addYears", 1, "2025-01-31 10:00:00.123"),
])
def test_add(utc, function, amount, expected):
    assert show(getattr(sd, function)(at("2024-01-31 10:00:00.123"), amount)) == expected


def test_add_documented_examples(utc):
    assert show(sd.addMonths(at("2024-03-31 00:00:00"), 1)) == "2024-04-30 00:00:00.000"
    assert show(sd.addYears(at("2024-02-29 00:00:00"), 1)) == "2025-02-28 00:00:00.000"


def test_add_across_dst(pacific):
    before = at("2024-03-09 12:00:00")
    assert show(sd.addDays(before, 1)) == "2024-03-10 12:00:00.000"   # wall clock kept
    assert show(sd.addHours(before, 24)) == "2024-03-10 13:00:00.000"  # 24 elapsed hours


# --- differences ------------------------------------------------------------------------------

@pytest.mark.parametrize("function, first, second, expected", [
    ("millisBetween", "2024-01-01 00:00:00.000", "2024-01-01 00:00:01.500", 1500),
    ("secondsBetween", "2024-01-01 00:00:00.000", "2024-01-01 00:00:01.999", 1),
    ("secondsBetween", "2024-01-01 00:00:01.999", "2024-01-01 00:00:00.000", -1),
    ("minutesBetween", "2024-01-01 00:00:00", "2024-01-01 01:59:59", 119),
    ("hoursBetween", "2024-01-01 00:00:00", "2024-01-02 23:59:59", 47),
    ("hoursBetween", "2024-01-02 23:59:59", "2024-01-01 00:00:00", -47),
    ("daysBetween", "2024-01-01 12:00:00", "2024-01-03 11:59:59", 1),
    ("daysBetween", "2024-01-03 00:00:00", "2024-01-01 00:00:00", -2),
    ("weeksBetween", "2024-01-01 00:00:00", "2024-01-14 23:59:59", 1),
    ("monthsBetween", "2024-01-15 00:00:00", "2024-03-14 23:59:59", 1),
    ("monthsBetween", "2024-01-15 00:00:00", "2024-03-15 00:00:00", 2),
    ("monthsBetween", "2024-03-15 00:00:00", "2024-01-20 00:00:00", -1),
    ("monthsBetween", "2024-01-31 00:00:00", "2024-02-29 00:00:00", 1),   # month-end rule
    ("monthsBetween", "2024-01-31 00:00:00", "2024-02-28 00:00:00", 0),
    ("yearsBetween", "2020-06-01 00:00:00", "2024-05-31 23:59:59", 3),
    ("yearsBetween", "2020-02-29 00:00:00", "2021-02-28 00:00:00", 1),   # Joda's leap-day rule
    ("yearsBetween", "2024-06-01 00:00:00", "2020-06-01 00:00:00", -4),
])
def test_between(utc, function, first, second, expected):
    assert getattr(sd, function)(at(first), at(second)) == expected


def test_days_between_counts_calendar_days_across_dst(pacific):
    first, second = at("2024-03-09 00:00:00"), at("2024-03-11 00:00:00")
    assert sd.hoursBetween(first, second) == 47
    assert sd.daysBetween(first, second) == 2
    assert sd.daysBetween(at("2024-11-02 00:00:00"), at("2024-11-03 23:30:00")) == 1


# --- fields -----------------------------------------------------------------------------------

def test_fields(utc):
    date = at("2024-02-29 13:45:30.250")  # a Thursday
    assert sd.getYear(date) == 2024
    assert sd.getMonth(date) == 1          # January is 0
    assert sd.getQuarter(date) == 1
    assert sd.getDayOfMonth(date) == 29
    assert sd.getDayOfWeek(date) == 5      # Sunday is 1
    assert sd.getDayOfYear(date) == 60
    assert sd.getHour24(date) == 13 and sd.getHour12(date) == 1 and sd.getAMorPM(date) == 1
    assert sd.getMinute(date) == 45 and sd.getSecond(date) == 30 and sd.getMillis(date) == 250
    assert sd.getQuarter(at("2024-12-31 00:00:00")) == 4


def test_hour12_is_zero_at_noon_and_midnight(utc):
    assert sd.getHour12(at("2024-01-01 12:00:00")) == 0
    assert sd.getHour12(at("2024-01-01 00:00:00")) == 0
    assert sd.getAMorPM(at("2024-01-01 00:00:00")) == 0


def test_fields_follow_the_default_zone():
    instant = sd.fromMillis(1700000000000)
    with use_default_zone("UTC"):
        assert sd.getHour24(instant) == 22 and sd.getDayOfMonth(instant) == 14
    with use_default_zone("Asia/Tokyo"):
        assert sd.getHour24(instant) == 7 and sd.getDayOfMonth(instant) == 15


# --- comparisons and zone ---------------------------------------------------------------------

def test_comparisons(utc):
    a, b, c = sd.fromMillis(1), sd.fromMillis(2), sd.fromMillis(3)
    assert sd.isAfter(b, a) and not sd.isAfter(a, a)
    assert sd.isBefore(a, b) and not sd.isBefore(b, a)
    assert sd.isBetween(b, a, c) and sd.isBetween(a, a, c) and sd.isBetween(c, a, c)
    assert not sd.isBetween(c, a, b)


def test_time_zone_functions(pacific):
    summer, winter = at("2024-07-01 12:00:00"), at("2024-01-01 12:00:00")
    assert sd.getTimezone() == "America/Los_Angeles"
    assert sd.isDaylightTime(summer) and not sd.isDaylightTime(winter)
    assert sd.getTimezoneOffset(summer) == -7.0 and sd.getTimezoneOffset(winter) == -8.0
    assert sd.getTimezoneRawOffset() == -8.0
    assert isinstance(sd.isDaylightTime(), bool)
    with use_default_zone("Asia/Kolkata"):
        assert sd.getTimezoneOffset(winter) == 5.5


def test_arguments_are_validated_like_jython_coercion(utc):
    with pytest.raises(TypeError, match=r"getYear\(\): 1st arg can't be coerced to java.util.Date"):
        sd.getYear(None)
    with pytest.raises(TypeError, match="2nd arg can't be coerced to java.util.Date"):
        sd.daysBetween(sd.now(), "2024-01-01")
    with pytest.raises(TypeError, match="2nd arg can't be coerced to int"):
        sd.addDays(sd.now(), "1")


def test_scripts_use_system_date_as_in_ignition(run):
    with use_default_zone("UTC"):
        out = run(
            'd = system.date.getDate(2024, 0, 31)\n'
            'print system.date.format(system.date.addMonths(d, 1), "yyyy-MM-dd")\n'
            'print system.date.getMonth(d), system.date.getDayOfWeek(d), system.date.daysBetween(d, system.date.addDays(d, 3))\n'
            'print d\n')
    assert out == "2024-02-29\n0 4 3\nWed Jan 31 00:00:00 UTC 2024\n"
