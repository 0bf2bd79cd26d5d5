# java.time as Ignition 8 gateway scripts use it: shift reports, downtime durations, ISO stamps
# for REST payloads, parsing operator-entered times (the runner pins the default zone to UTC).
from java.time import (LocalDateTime, LocalDate, LocalTime, Instant, ZoneId, ZoneOffset,
                       ZonedDateTime, Duration, Period, DayOfWeek, Month, DateTimeException)
from java.time.format import DateTimeFormatter, DateTimeParseException
from java.time.temporal import ChronoUnit, UnsupportedTemporalTypeException
from java.util import Date
from java.lang import Exception as JavaException

PLANT_ZONE = ZoneId.of("America/Chicago")
STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
SHIFTS = [("A", LocalTime.of(6, 0)), ("B", LocalTime.of(14, 0)), ("C", LocalTime.of(22, 0))]


class ShiftCalendar(object):
    """Which shift a plant-local time falls in, and when that shift started."""

    def __init__(self, zone):
        self.zone = zone

    def shiftOf(self, ldt):
        t = ldt.toLocalTime()
        name, start = SHIFTS[-1]
        for shiftName, shiftStart in SHIFTS:
            if not t.isBefore(shiftStart):
                name, start = shiftName, shiftStart
        day = ldt.toLocalDate()
        if t.isBefore(SHIFTS[0][1]):
            day = day.minusDays(1)
        return name, day.atTime(start)

    def hoursInto(self, ldt):
        name, start = self.shiftOf(ldt)
        return name, Duration.between(start, ldt).toMinutes() / 60.0


def describe(label, fn):
    try:
        print label, fn()
    except JavaException, e:
        print label, e.getClass().getSimpleName(), e.getMessage()


cal = ShiftCalendar(PLANT_ZONE)
for text in ["2024-03-09 23:30:00", "2024-03-10 05:59:59", "2024-03-10 14:00:00", "2024-07-04 09:15:30"]:
    ldt = LocalDateTime.parse(text, STAMP)
    name, hours = cal.hoursInto(ldt)
    print text, name, "%.2f" % hours, ldt.atZone(PLANT_ZONE), ldt.atZone(PLANT_ZONE).toInstant()

# values and their ISO forms, as Java prints them
print LocalDate.of(2024, 2, 29), LocalDate.of(10000, 1, 1), LocalDate.of(-5, 1, 1), LocalDate.ofEpochDay(0)
print LocalTime.of(0, 0), LocalTime.of(23, 59, 59, 999999999), LocalTime.of(8, 0, 0, 1000000), LocalTime.ofSecondOfDay(3661)
print LocalDateTime.of(2024, 12, 31, 23, 59).plusMinutes(1), LocalDateTime.of(2024, 1, 31, 8, 0).plusMonths(1).minusWeeks(1)
print Instant.ofEpochSecond(1700000000, 1), Instant.ofEpochMilli(-1), Instant.EPOCH.plusSeconds(86400 * 365)
print ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.of("-0330"), ZoneId.of("Europe/Berlin"), ZoneId.of("GMT")
print ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, ZoneId.of("Europe/Berlin")), ZonedDateTime.of(2024, 3, 31, 2, 30, 0, 0, ZoneId.of("Europe/Berlin"))
berlin = ZonedDateTime.of(LocalDateTime.of(2024, 3, 30, 12, 0), ZoneId.of("Europe/Berlin"))
print berlin.plusDays(1), berlin.plusHours(24), berlin.withZoneSameInstant(PLANT_ZONE), berlin.withZoneSameLocal(ZoneOffset.UTC)
print berlin.getOffset(), berlin.getZone(), berlin.toEpochSecond(), berlin.getDayOfWeek(), berlin.getMonth(), berlin.getDayOfYear()

# durations and periods
for d in [Duration.ofSeconds(0), Duration.ofMillis(1), Duration.ofMillis(-1), Duration.ofSeconds(59, 999999999),
          Duration.ofHours(49).plusMinutes(3), Duration.ofDays(-2).plusSeconds(1), Duration.ofNanos(1500), Duration.of(3, ChronoUnit.HALF_DAYS)]:
    print d, d.getSeconds(), d.getNano(), d.toMillis(), d.toMinutes(), d.toHours(), d.toDays(), d.isNegative()
downtime = Duration.ZERO
for start, end in [("08:00", "08:17"), ("11:45", "12:30"), ("23:50", "00:10")]:
    gap = Duration.between(LocalTime.parse(start), LocalTime.parse(end))
    if gap.isNegative():
        gap = gap.plusDays(1)
    downtime = downtime.plus(gap)
print downtime, downtime.toMinutes(), downtime.multipliedBy(3), downtime.dividedBy(4), downtime.negated().abs() == downtime
print downtime.compareTo(Duration.ofHours(1)), Duration.ofMinutes(61).toHoursPart(), Duration.ofMinutes(61).toMinutesPart(), Duration.ofSeconds(-3725).toMinutesPart()
for a, b in [((2024, 1, 31), (2024, 3, 1)), ((2024, 3, 1), (2024, 1, 31)), ((2023, 12, 25), (2024, 12, 24)), ((2024, 5, 5), (2024, 5, 5))]:
    p = Period.between(LocalDate.of(*a), LocalDate.of(*b))
    print p, p.getYears(), p.getMonths(), p.getDays(), p.toTotalMonths(), p.isNegative(), LocalDate.of(*a).plus(p)
print Period.ofWeeks(2), Period.ofMonths(14).normalized(), Period.of(0, -1, 3), LocalDateTime.of(2024, 1, 31, 0, 0).minus(Period.ofMonths(2))
print LocalDate.of(2024, 1, 1).until(LocalDate.of(2025, 2, 3)), LocalDate.of(2024, 1, 1).until(LocalDate.of(2025, 2, 3), ChronoUnit.MONTHS)

# units
a, b = LocalDateTime.of(2024, 1, 1, 10, 0), LocalDateTime.of(2024, 1, 3, 9, 59, 59)
for unit in [ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.HALF_DAYS, ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS]:
    print unit, unit.between(a, b), unit.between(b, a), unit.isDateBased(), unit.isTimeBased()
print a.plus(90, ChronoUnit.MINUTES), a.plus(Duration.ofSeconds(30)), a.minus(1, ChronoUnit.YEARS), a.truncatedTo(ChronoUnit.DAYS)
print Instant.ofEpochMilli(1700000000123).truncatedTo(ChronoUnit.SECONDS), Instant.ofEpochSecond(10).until(Instant.ofEpochSecond(-10), ChronoUnit.SECONDS)
print DayOfWeek.MONDAY.plus(8), DayOfWeek.of(7), DayOfWeek.SUNDAY.getValue(), Month.of(2).length(True), Month.DECEMBER.plus(1), Month.valueOf("MAY").ordinal()

# comparisons
x, y = LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2)
print x.isBefore(y), x.isAfter(y), x.compareTo(y), y.compareTo(x), x.equals(LocalDate.parse("2024-05-01")), x == LocalDate.of(2024, 5, 1), x < y, hash(x) == hash(LocalDate.of(2024, 5, 1))
print sorted([y, x])[0], max(LocalTime.NOON, LocalTime.MIDNIGHT), Instant.ofEpochSecond(1).isAfter(Instant.EPOCH)
z1 = ZonedDateTime.of(LocalDateTime.of(2024, 6, 1, 12, 0), ZoneOffset.UTC)
z2 = z1.withZoneSameInstant(PLANT_ZONE)
print z1.isEqual(z2), z1.equals(z2), z1.compareTo(z2), z2.compareTo(z1), z1.toInstant() == z2.toInstant()

# java.util.Date bridges
legacy = Date(1700000000123)
print Instant.ofEpochMilli(legacy.getTime()), legacy.toInstant(), Date.from(Instant.ofEpochSecond(1700000000, 999999)).getTime()
print LocalDateTime.ofInstant(legacy.toInstant(), PLANT_ZONE), LocalDateTime.of(2024, 1, 1, 0, 0).atZone(PLANT_ZONE).toInstant().toEpochMilli()
print ZonedDateTime.ofInstant(legacy.toInstant(), ZoneId.systemDefault()), ZoneId.systemDefault()

# formatting
moment = ZonedDateTime.of(LocalDateTime.of(2024, 7, 4, 15, 5, 9, 12345678), PLANT_ZONE)
for pattern in ["yyyy-MM-dd'T'HH:mm:ss.SSS", "dd/MM/yy hh:mm a", "EEEE, MMMM d, y", "EEE MMM dd HH:mm:ss z yyyy", "D DDD",
                "uuuu-MM-dd HH:mm:ss.SSSSSS XXX", "yyyyMMddHHmmss", "h 'o''clock' a", "x xx xxx X Z ZZZZ ZZZZZ", "VV zzzz",
                "G GGGG GGGGG yyy", "k K H h", "MMMMM EEEEE", "HH:mm[:ss][.SSS]", "n nnnnnnnnnn"]:
    print pattern, "|", moment.format(DateTimeFormatter.ofPattern(pattern))
for f in [DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME, DateTimeFormatter.ISO_DATE_TIME,
          DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_TIME, DateTimeFormatter.ISO_INSTANT, DateTimeFormatter.BASIC_ISO_DATE]:
    print f.format(moment), f.format(moment.withZoneSameInstant(ZoneOffset.UTC))
print DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.of(2024, 1, 1, 8, 0, 0, 120000000)), DateTimeFormatter.ISO_DATE.format(LocalDate.of(2024, 1, 1))
print STAMP.withZone(PLANT_ZONE).format(Instant.ofEpochMilli(1700000000123)), DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(5))
print STAMP.format(LocalDateTime.of(2024, 1, 1, 0, 0)), LocalDate.of(2024, 1, 1).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))

# parsing
print LocalDate.parse("2024-02-29"), LocalTime.parse("07:05"), LocalTime.parse("07:05:09.5"), LocalDateTime.parse("2024-02-29T07:05:09.123456")
print Instant.parse("2024-01-01T00:00:00.5Z"), Instant.parse("2023-11-14T22:13:20Z").toEpochMilli()
print ZonedDateTime.parse("2024-03-10T03:30-05:00[America/Chicago]"), ZonedDateTime.parse("2024-06-01T12:00:00Z"), ZonedDateTime.parse("2024-06-01T12:00+02:00")
print LocalDate.parse("07/04/2024", DateTimeFormatter.ofPattern("MM/dd/yyyy")), LocalDate.parse("20240704", DateTimeFormatter.BASIC_ISO_DATE)
print LocalDateTime.parse("Jul 4 2024 3:05 PM", DateTimeFormatter.ofPattern("MMM d yyyy h:mm a")), LocalDate.parse("2023-02-31", DateTimeFormatter.ofPattern("yyyy-MM-dd"))
print LocalDateTime.parse("04.07.24 15:05", DateTimeFormatter.ofPattern("dd.MM.yy HH:mm")), LocalTime.parse("15", DateTimeFormatter.ofPattern("HH"))
print ZonedDateTime.parse("2024-07-04 15:05 America/New_York", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV"))
print LocalDateTime.parse("20240704150509", DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))

# errors, as a script logs them
describe("bad month", lambda: LocalDate.of(2024, 13, 1))
describe("feb 30", lambda: LocalDate.of(2024, 2, 30))
describe("feb 29", lambda: LocalDate.of(2023, 2, 29))
describe("apr 31", lambda: LocalDate.of(2024, 4, 31))
describe("hour 24", lambda: LocalTime.of(24, 0))
describe("nano", lambda: LocalTime.of(1, 2, 3, -1))
describe("zone", lambda: ZoneId.of("America/Chicgo"))
describe("offset", lambda: ZoneOffset.of("+19:00"))
describe("offset text", lambda: ZoneOffset.of("5"))
describe("letter", lambda: DateTimeFormatter.ofPattern("yyyy-MM-dd bb"))
describe("too many", lambda: DateTimeFormatter.ofPattern("ddd"))
describe("quote", lambda: DateTimeFormatter.ofPattern("yyyy 'at"))
describe("no zone", lambda: LocalDateTime.of(2024, 1, 1, 0, 0).format(DateTimeFormatter.ofPattern("HH:mm z")))
describe("no offset", lambda: LocalDateTime.of(2024, 1, 1, 0, 0).format(DateTimeFormatter.ofPattern("HH:mm XXX")))
describe("no hour", lambda: LocalDate.of(2024, 1, 1).format(STAMP))
describe("no year", lambda: LocalTime.NOON.format(STAMP))
describe("instant fields", lambda: STAMP.format(Instant.EPOCH))
describe("parse index", lambda: LocalDate.parse("2024/01/01"))
describe("parse range", lambda: LocalDateTime.parse("2024-01-01T25:00"))
describe("parse strict", lambda: LocalDate.parse("2023-02-29"))
describe("parse trailing", lambda: LocalDate.parse("2024-01-01x"))
describe("parse short", lambda: LocalTime.parse("7:05"))
describe("parse pattern", lambda: LocalDateTime.parse("2024-01-01", STAMP))
describe("date seconds", lambda: Duration.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)))
describe("date hours", lambda: LocalDate.of(2024, 1, 1).plus(3, ChronoUnit.HOURS))
describe("instant months", lambda: Instant.EPOCH.plus(1, ChronoUnit.MONTHS))
try:
    LocalDate.parse("yesterday")
except DateTimeParseException, e:
    print "caught", e.getMessage()
try:
    LocalDate.of(2024, 0, 1)
except DateTimeException, e:
    print "caught", e.getMessage()
try:
    LocalDate.of(2024, 1, 1).plus(1, ChronoUnit.SECONDS)
except UnsupportedTemporalTypeException, e:
    print "caught", e
