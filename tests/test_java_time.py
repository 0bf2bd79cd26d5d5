"""java.time, java.time.format and java.time.temporal as Ignition 8 scripts use them (javadoc of
java.time.LocalDateTime, ZonedDateTime, Instant, Duration, Period, DateTimeFormatter, ChronoUnit).
Printed values and error messages are differential against real Jython in
tests/java_corpus/time_001_java_time.py; here: how java.time meets the rest of shim (the
gateway's default zone, java.util.Date and system.date, message payloads) and escape attempts
through every new class."""
from __future__ import annotations

import pytest

from runtime.emulated.java import use_default_zone
from systemkit import leak_probe

IMPORTS = ("from java.time import LocalDateTime, LocalDate, LocalTime, Instant, ZoneId, ZoneOffset, "
           "ZonedDateTime, Duration, Period, DayOfWeek, Month\n"
           "from java.time.format import DateTimeFormatter, DateTimeParseException\n"
           "from java.time.temporal import ChronoUnit\n"
           "from java.util import Date\n")


def test_the_system_default_zone_is_the_gateways(run):
    """ZoneId.systemDefault(), LocalDateTime.now() and a Date's wall time all use the zone shim
    gives the gateway, so a report built with java.time agrees with system.date."""
    source = IMPORTS + (
        "stamp = Date(1700000000123)\n"
        "print ZoneId.systemDefault(), LocalDateTime.ofInstant(stamp.toInstant(), ZoneId.systemDefault())\n"
        "print system.date.format(stamp, 'yyyy-MM-dd HH:mm:ss.SSS')\n"
        "now = LocalDateTime.now()\n"
        "print abs(Duration.between(now, LocalDateTime.ofInstant(Instant.now(), ZoneId.systemDefault())).getSeconds()) < 5\n"
        "print ZonedDateTime.now().getZone(), LocalDate.now().equals(ZonedDateTime.now().toLocalDate())\n")
    with use_default_zone("America/Chicago"):
        out = run(source)
    assert out == ("America/Chicago 2023-11-14T16:13:20.123\n2023-11-14 16:13:20.123\n"
                   "True\nAmerica/Chicago True\n")
    with use_default_zone("Asia/Kolkata"):
        assert run(IMPORTS + "print ZoneId.systemDefault(), ZonedDateTime.ofInstant(Instant.EPOCH, ZoneId.systemDefault())") == (
            "Asia/Kolkata 1970-01-01T05:30+05:30[Asia/Kolkata]\n")


def test_a_downtime_report_mixes_java_time_and_system_date(run):
    source = IMPORTS + '''
import system
FMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
log = system.util.getLogger("Downtime")


class DowntimeEvent(object):
    def __init__(self, machine, start, end):
        self.machine = machine
        self.start = LocalDateTime.parse(start, FMT)
        self.end = LocalDateTime.parse(end, FMT)

    def minutes(self):
        return Duration.between(self.start, self.end).toMinutes()

    def asDate(self):
        return Date.from(self.start.atZone(ZoneId.systemDefault()).toInstant())


events = [DowntimeEvent("Press1", "2024-03-10 01:30", "2024-03-10 03:30"),
          DowntimeEvent("Press2", "2024-03-09 22:00", "2024-03-10 06:15")]
total = 0
for event in events:
    try:
        total += event.minutes()
        print event.machine, event.minutes(), system.date.format(event.asDate(), "yyyy-MM-dd HH:mm z")
    except Exception, e:
        log.error("bad event %s" % e)
print "total", total, Duration.ofMinutes(total)
try:
    DowntimeEvent("Press3", "2024-03-10", "2024-03-10 03:30")
except DateTimeParseException, e:
    print "rejected:", e.getMessage()
'''
    with use_default_zone("America/Chicago"):
        out = run(source)
    assert out == ("Press1 120 2024-03-10 01:30 CST\nPress2 495 2024-03-09 22:00 CST\n"
                   "total 615 PT10H15M\n"
                   "rejected: Text '2024-03-10' could not be parsed at index 10\n")


def test_values_travel_in_message_payloads_only_as_text(run):
    """java.time values are not wire types: a script sends their ISO text (toString) or epoch
    millis, as Ignition scripts do with sendMessage payloads; str() gives the Java form."""
    out = run(IMPORTS + "i = Instant.ofEpochMilli(5)\nprint str(i), '%s' % LocalDate.of(2024, 1, 2), unicode(Duration.ofSeconds(90))")
    assert out == "1970-01-01T00:00:00.005Z 2024-01-02 PT1M30S\n"


def test_what_is_not_here_says_so(run):
    assert run("from java.time import Year") == "NotEmulatedImportError: java.time.Year is not emulated by shim\n"
    assert run("from java.time.zone import ZoneRules") == (
        "NotEmulatedImportError: java.time.zone is not emulated by shim\n")
    assert run("from java.time.temporal import TemporalAdjusters") == (
        "NotEmulatedImportError: java.time.temporal.TemporalAdjusters is not emulated by shim\n")
    assert run(IMPORTS + "LocalDate(2024, 1, 1)").startswith(
        "TypeError: java.time.LocalDate has no public constructor")
    assert run(IMPORTS + "DateTimeFormatter.ofPattern('QQQ yyyy')") == (
        "IllegalArgumentException: java.lang.IllegalArgumentException: Pattern letter Q is not emulated by shim\n")


def test_uncaught_errors_end_as_one_java_line(run):
    assert run(IMPORTS + "LocalDate.parse('31/01/2024')") == (
        "DateTimeParseException: java.time.format.DateTimeParseException: "
        "Text '31/01/2024' could not be parsed at index 0\n")
    assert run(IMPORTS + "ZoneId.of('US/Nowhere')") == (
        "ZoneRulesException: java.time.zone.ZoneRulesException: Unknown time-zone ID: US/Nowhere\n")


ESCAPES = [
    "LocalDate.of(2024, 1, 1)._day", "LocalDate._of_day(5)", "LocalDate.of.__func__", "LocalDate.of.__globals__",
    "LocalDate.parse.__globals__['DateTimeFormatter']", "ZoneId.of('UTC')._zone", "getattr(ZoneId.of('UTC'), '_zo' + 'ne')",
    "DateTimeFormatter.ISO_LOCAL_DATE._elements", "DateTimeFormatter.ofPattern('yyyy').format.__globals__",
    "ChronoUnit.DAYS._nanos", "ChronoUnit._constants", "type(LocalDate.of(2024, 1, 1)).__bases__[0].__subclasses__()",
    "Duration.ZERO.__class__.__mro__", "Instant.EPOCH.__reduce_ex__(2)", "Period.ZERO.__reduce__()",
    "LocalDateTime.now().toLocalDate.__self__.__class__.__init__.__globals__", "Date.toInstant.__globals__",
    "getattr(Date, 'from').__func__", "jtime.__getattr__", "jtime._missing", "jfmt._compile",
    "ZonedDateTime.now().getZone()._zone._tz", "Duration.plusDays.__closure__", "LocalDateTime.getYear.__closure__",
    "ZonedDateTime.plusHours.__code__", "DayOfWeek.MONDAY.__class__.__dict__", "super(type(Instant.EPOCH), Instant.EPOCH).__init__",
]


def test_escape_attempts_through_the_new_classes_are_refused(run):
    source = IMPORTS + "import java.time as jtime\nimport java.time.format as jfmt\n"
    out = run(source + leak_probe(*ESCAPES)).splitlines()
    assert len(out) == len(ESCAPES) and "LEAK" not in out, list(zip(ESCAPES, out))


@pytest.mark.parametrize("statement", [
    "LocalTime.MIDNIGHT = LocalTime.NOON", "ZoneOffset.UTC = ZoneOffset.ofHours(1)", "LocalDate.of = len",
    "ChronoUnit.DAYS = ChronoUnit.HOURS", "DateTimeFormatter.ISO_LOCAL_DATE = None", "Duration.ZERO._ns = 5",
    "setattr(Instant.EPOCH, '_ns', 1)", "LocalDate.of(2024, 1, 1)._day = 0", "Duration.toString = len",
])
def test_scripts_cannot_change_the_shared_classes_or_constants(run, statement):
    out = run(IMPORTS + statement + "\nprint 'changed'")
    assert "changed" not in out
    assert run(IMPORTS + "print LocalTime.MIDNIGHT, ZoneOffset.UTC, Duration.ZERO, Instant.EPOCH, ChronoUnit.DAYS") == (
        "00:00 Z PT0S 1970-01-01T00:00:00Z Days\n")


def test_the_final_value_classes_cannot_be_subclassed(run):
    """They are final in Java; Jython refuses ``class MyDate(LocalDate)`` with this line."""
    for base in ("LocalDate", "Instant", "ZoneId", "Duration", "DateTimeFormatter", "Period"):
        out = run(IMPORTS + "class Mine(%s):\n    pass\nprint 'made'\n" % base)
        assert out == "InstantiationException: java.lang.InstantiationException: can't subclass final class\n", base
