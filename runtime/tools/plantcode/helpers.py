"""The shared helper modules every generated plant module leans on (``common.log``, ``fmt``,
``dates``, ``tags``, ``db``), as real Ignition projects keep them: a ``shared``/``project``
library in 7.9, a ``Root.common`` folder in 8.x, a ``common`` sub-package in a pylib.

Each source is Jython 2 with ``@KEY@`` holes that ``plantcode.render`` fills: ``@LOGROOT@``
(the logger name prefix), ``@TAGREAD@``/``@TAGWRITE@`` (the 7.9 or 8.x tag API), ``@DB@``
(the datasource), ``@IMPORTS@`` (a pylib module's own ``import system`` and relative imports).
"""
from __future__ import annotations

LOG = '''"""Logging helpers shared by every plant script: one logger name scheme, exception
descriptions that work for Python and Java exceptions alike, and simple counters."""
__version__ = '2.4.1'
__author__ = 'Controls Engineering'
@IMPORTS@
import sys
import traceback
from java.lang import System

logger = system.util.getLogger('@LOGROOT@.common.log')
_counters = {}
_started = System.currentTimeMillis()


def child(name):
    """A logger under the plant's root logger name."""
    logger.trace('child logger %s' % name)
    return system.util.getLogger('@LOGROOT@.' + name)


def describe(e):
    """'ValueError: bad value' for Python and Java exceptions alike."""
    try:
        return '%s: %s' % (e.__class__.__name__, e)
    except Exception, inner:
        logger.warn('describe failed: %s' % inner)
        return str(e)


def last_error():
    """The exception being handled, as one line for logger.error."""
    etype, value = sys.exc_info()[:2]
    if etype is None:
        return 'no error'
    return '%s: %s' % (etype.__name__, value)


def stack_text():
    """The traceback being handled, for the gateway log."""
    try:
        return traceback.format_exc()
    except Exception, e:
        logger.error('no traceback: %s' % e)
        return ''


def count(key, step=1):
    """Count an event under key; returns the new count."""
    _counters[key] = _counters.get(key, 0) + step
    logger.trace('count %s = %d' % (key, _counters[key]))
    return _counters[key]


def counters():
    """Every counter as a sorted list of (key, count)."""
    items = _counters.items()
    items.sort()
    return items


def timed(fn, *args, **kwargs):
    """Call fn, logging how long it took."""
    start = System.currentTimeMillis()
    try:
        return fn(*args, **kwargs)
    finally:
        elapsed = System.currentTimeMillis() - start
        name = getattr(fn, '__name__', '?')
        if elapsed > 1000:
            logger.warn('%s took %d ms' % (name, elapsed))
        else:
            logger.trace('%s took %d ms' % (name, elapsed))


def uptime():
    """Milliseconds since this module loaded."""
    return System.currentTimeMillis() - _started


def selftest():
    count('selftest')
    assert count('selftest', 2) == 3, counters()
    try:
        int('x1')
    except ValueError, e:
        assert describe(e).startswith('ValueError'), describe(e)
        assert last_error().startswith('ValueError'), last_error()
        assert 'Traceback' in stack_text()
    assert timed(lambda a, b=2: a * b, 3, b=4) == 12
    assert uptime() >= 0
    return 'log ok'
'''

FMT = '''"""Formatting helpers: money, percentages, padded columns, lists for messages."""
__version__ = '1.9.0'
__all__ = ['money', 'pct', 'pad', 'row', 'join_list', 'to_text']
@IMPORTS@
import string

logger = system.util.getLogger('@LOGROOT@.common.fmt')
SEPARATOR = ', '
WIDTHS = {'name': 16, 'value': 10, 'unit': 6}


def money(value, symbol='$'):
    """'$1,234.50' from a number; '' for None."""
    if value is None:
        return ''
    try:
        whole = int(abs(value))
        cents = int(round((abs(value) - whole) * 100))
        if cents == 100:
            whole, cents = whole + 1, 0
        digits = str(whole)
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        groups.insert(0, digits)
        sign = value < 0 and '-' or ''
        return '%s%s%s.%02d' % (sign, symbol, string.join(groups, ','), cents)
    except Exception, e:
        logger.error('money(%r) failed: %s' % (value, e))
        return str(value)


def pct(part, whole, places=1):
    """part of whole as a percentage string; 'n/a' when whole is 0."""
    if not whole:
        return 'n/a'
    return '%.*f%%' % (places, 100.0 * part / whole)


def pad(text, width, align='left'):
    """text padded (or cut) to width."""
    text = unicode(text)
    if len(text) > width:
        return text[:width - 1] + u'~'
    if align == 'right':
        return text.rjust(width)
    elif align == 'center':
        return text.center(width)
    return text.ljust(width)


def row(name, value, unit=''):
    """One aligned report row."""
    return u'%s %s %s' % (pad(name, WIDTHS['name']), pad(value, WIDTHS['value'], 'right'),
                          pad(unit, WIDTHS['unit']))


def join_list(items, sep=SEPARATOR, last=' and '):
    """'a, b and c'."""
    items = [unicode(i) for i in items if i is not None]
    if not items:
        return u''
    if len(items) == 1:
        return items[0]
    return sep.join(items[:-1]) + last + items[-1]


def to_text(value, encoding='utf-8'):
    """unicode from str, unicode or anything else."""
    if isinstance(value, unicode):
        return value
    if isinstance(value, str):
        return value.decode(encoding, 'replace')
    return unicode(value)


def selftest():
    assert money(1234.5) == '$1,234.50', money(1234.5)
    assert money(-3) == '-$3.00'
    assert money(None) == ''
    assert pct(1, 3) == '33.3%', pct(1, 3)
    assert pct(1, 0) == 'n/a'
    assert pad('abc', 5) == u'abc  '
    assert pad('abcdef', 4) == u'abc~'
    assert pad(7, 3, 'right') == u'  7'
    assert join_list(['a', 'b', None, 'c']) == u'a, b and c'
    assert to_text('caf\\xc3\\xa9') == u'caf\\xe9'
    assert len(row('Speed', 12.5, 'rpm')) == 34
    return 'fmt ok'
'''

DATES = '''"""Dates the way the plant counts them: shifts, production days, stamps."""
__version__ = '1.2.7'
@IMPORTS@
from java.util import Date, Calendar
from java.text import SimpleDateFormat

logger = system.util.getLogger('@LOGROOT@.common.dates')
SHIFTS = (('A', 6, 14), ('B', 14, 22), ('C', 22, 6))
STAMP = 'yyyy-MM-dd HH:mm:ss'


def stamp(when=None, pattern=STAMP):
    """A date as text; now when no date is given."""
    if when is None:
        when = Date()
    return SimpleDateFormat(pattern).format(when)


def shift_of(hour):
    """The shift letter of an hour of the day."""
    for name, start, end in SHIFTS:
        if start < end:
            if start <= hour < end:
                return name
        elif hour >= start or hour < end:
            return name
    logger.warn('no shift for hour %s' % hour)
    return None


def at(year, month, day, hour=0, minute=0):
    """A java.util.Date (month 1-12, as people write it)."""
    cal = Calendar.getInstance()
    cal.clear()
    cal.set(year, month - 1, day, hour, minute, 0)
    return cal.getTime()


def production_day(when):
    """The production day starts at 06:00: earlier hours belong to the day before."""
    try:
        if system.date.getHour24(when) < 6:
            when = system.date.addDays(when, -1)
        return system.date.format(when, 'yyyy-MM-dd')
    except Exception, e:
        logger.error('production_day(%s): %s' % (when, e))
        raise


def hours_between(start, end):
    """Whole hours from start to end."""
    return system.date.hoursBetween(start, end)


def selftest():
    assert shift_of(7) == 'A' and shift_of(15) == 'B' and shift_of(23) == 'C' and shift_of(2) == 'C'
    d = at(2024, 3, 1, 5, 30)
    assert stamp(d) == '2024-03-01 05:30:00', stamp(d)
    assert production_day(d) == '2024-02-29', production_day(d)
    assert production_day(at(2024, 3, 1, 6)) == '2024-03-01'
    assert hours_between(d, system.date.addHours(d, 30)) == 30
    assert len(stamp()) == 19
    return 'dates ok'
'''

TAGS = '''"""Tag access in one place, so a tag API change is one edit."""
__version__ = '3.0.2'
@IMPORTS@
logger = system.util.getLogger('@LOGROOT@.common.tags')
DEFAULT_PROVIDER = '[default]'


def full(path):
    """A tag path with its provider."""
    if path.startswith('['):
        return path
    return DEFAULT_PROVIDER + path


def read_value(path, default=None):
    """The tag's value, or default when it is bad or missing."""
    try:
        qv = @TAGREAD@
        if qv.quality.isGood():
            return qv.value
        logger.warn('bad quality on %s: %s' % (path, qv.quality))
    except Exception, e:
        logger.error('read %s failed: %s' % (path, e))
    return default


def read_values(paths):
    """{path: value} for several tags."""
    values = {}
    for path in paths:
        values[path] = read_value(path)
    return values


def write_value(path, value):
    """Write one tag; True when the write was accepted."""
    try:
        result = @TAGWRITE@
        logger.debug('wrote %r to %s: %s' % (value, path, result))
        return True
    except Exception, e:
        logger.error('write %s failed: %s' % (path, e))
        return False


def exists(path):
    return system.tag.exists(full(path))


def selftest():
    assert exists('@TAGBASE@/Line1/Speed'), 'tag missing'
    assert read_value('@TAGBASE@/NoSuchTag', -1) == -1
    old = read_value('@TAGBASE@/Line1/Count')
    assert write_value('@TAGBASE@/Line1/Count', 42)
    assert read_value('@TAGBASE@/Line1/Count') == 42
    write_value('@TAGBASE@/Line1/Count', old)
    values = read_values(['@TAGBASE@/Line1/Speed', '@TAGBASE@/Line1/Running'])
    assert values.has_key('@TAGBASE@/Line1/Speed')
    return 'tags ok'
'''

DB = '''"""Database helpers: every query of the plant scripts goes through here."""
__version__ = '1.5.3'
@IMPORTS@
logger = system.util.getLogger('@LOGROOT@.common.db')
DATASOURCE = '@DB@'


def query(sql, args=None, database=DATASOURCE):
    """Rows of a prepared query as a list of dicts."""
    if args is None:
        args = []
    try:
        data = system.db.runPrepQuery(sql, args, database)
        names = list(data.getColumnNames())
        return [dict(zip(names, [r[c] for c in names])) for r in data]
    except Exception, e:
        logger.error('query failed: %s\\n%s' % (e, sql))
        raise


def scalar(sql, args=None, default=None):
    """The first column of the first row, or default."""
    rows = query(sql, args)
    if not rows:
        return default
    first = rows[0]
    return first[first.keys()[0]]


def update(sql, args):
    """Run an INSERT/UPDATE; the number of rows it changed."""
    try:
        return system.db.runPrepUpdate(sql, args, DATASOURCE)
    except Exception, e:
        logger.error('update failed: %s' % e)
        return 0


def record(line, shift, good, bad):
    """Record one production count."""
    return update('INSERT INTO production (line, shift, good, bad) VALUES (?, ?, ?, ?)',
                  [line, shift, good, bad])


def totals(line):
    """(good, bad) of a line."""
    rows = query('SELECT SUM(good) AS good, SUM(bad) AS bad FROM production WHERE line = ?', [line])
    if not rows or rows[0]['good'] is None:
        return 0, 0
    return int(rows[0]['good']), int(rows[0]['bad'])


def selftest():
    before = totals('selftest')
    assert record('selftest', 'A', 10, 1) == 1
    good, bad = totals('selftest')
    assert (good - before[0], bad - before[1]) == (10, 1), (good, bad)
    assert scalar('SELECT COUNT(*) FROM production WHERE line = ?', ['selftest']) >= 1
    assert scalar('SELECT good FROM production WHERE line = ?', ['nothing'], 'none') == 'none'
    return 'db ok'
'''

#: name -> source of the shared helper modules, in the order they are written
HELPERS = {"log": LOG, "fmt": FMT, "dates": DATES, "tags": TAGS, "db": DB}

#: the tables the db helper and the generated modules use (``_gateway/db/plantcode.sql``)
SCHEMA = """-- written by runtime.tools.plantcode: the tables of the generated plant library
CREATE TABLE production (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    line  TEXT NOT NULL,
    shift TEXT NOT NULL,
    good  INTEGER NOT NULL,
    bad   INTEGER NOT NULL
);
CREATE TABLE downtime (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    line    TEXT NOT NULL,
    reason  TEXT NOT NULL,
    minutes INTEGER NOT NULL
);
INSERT INTO production (line, shift, good, bad) VALUES ('Line1', 'A', 100, 3), ('Line1', 'B', 90, 5),
    ('Line2', 'A', 75, 1);
INSERT INTO downtime (line, reason, minutes) VALUES ('Line1', 'jam', 12), ('Line2', 'changeover', 30);
"""
