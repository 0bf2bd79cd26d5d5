"""The pieces a generated plant module is made of: each block is a few functions or a class in
the style of real Ignition script libraries (logging in every function, ``except Exception, e:``,
``%`` formatting, Python 2 builtins and idioms, Java classes, ``system.*`` calls), plus the
checks its module's ``selftest()`` runs on it.

A block's source uses ``@KEY@`` holes (see ``Ctx.subs``) and four-space indentation;
``plantcode`` fills the holes and may turn the indentation into tabs, as many Ignition editors
saved it. Checks hold only what Jython 2.7 itself answers (integer ``/``, ``round`` half away
from zero, lists from ``map``/``filter``/``zip``/``keys``, ``long``), so a check that fails is a
divergence from Jython, not from CPython.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Ctx:
    """What a block needs to know about the module it goes into."""

    rng: random.Random
    v79: bool            # Ignition 7.9 code: Jython 2.5 syntax (no dict comprehensions, no with)
    tag_api: str         # "7.9" (system.tag.read/writeSynchronous) or "8.1" (readBlocking/writeBlocking)
    refs: dict[str, str]  # helper name -> how this module reaches it (shared.common.fmt, fmt ...)
    tagbase: str         # tag folder of the plant, e.g. "Plant"
    peer: str | None     # an earlier plant module this one calls (its info()), or None
    subs: dict[str, str] = field(default_factory=dict)


@dataclass
class Block:
    code: str
    checks: list[str]


def fill(text: str, subs: dict[str, str]) -> str:
    """``text`` with its ``@KEY@`` holes filled (twice over: a value may hold holes itself)."""
    for _ in range(2):
        for key, value in subs.items():
            text = text.replace(f"@{key}@", value)
    return text


def _subs(c: Ctx, i: int) -> dict[str, str]:
    r = c.rng
    base = {**{k.upper(): v for k, v in c.refs.items()}, **c.subs}
    base.update(I=str(i), A=str(r.randint(2, 9)), B=str(r.randint(11, 97)), C=str(r.randint(100, 999)),
                LINE=f"Line{r.randint(1, 3)}", TAGBASE=c.tagbase)
    return base


def _dict_of(c: Ctx, key: str, value: str, source: str) -> str:
    """A dict comprehension in 8.x code, ``dict([...])`` in Jython 2.5 code."""
    if c.v79:
        return f"dict([({key}, {value}) for {source}])"
    return f"{{{key}: {value} for {source}}}"


def _tag_read(c: Ctx, path: str) -> str:
    if c.tag_api == "7.9":
        return f"system.tag.read({path}).value"
    return f"system.tag.readBlocking([{path}])[0].value"


# -- the blocks ---------------------------------------------------------------------------------

def block_class(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    names = ["Pump", "Valve", "Conveyor", "Mixer", "Oven", "Filler", "Press", "Chiller", "Boiler", "Feeder"]
    s["CLS"] = c.rng.choice(names) + str(i)
    s["BASE"] = "" if c.rng.random() < 0.3 else "(object)"
    s["SUPER"] = ("        @CLS@Base.__init__(self, name)\n" if not s["BASE"] else
                  "        super(@CLS@, self).__init__(name)\n")
    s["BASEBASE"] = s["BASE"]
    # Python 2: a new-style class with __eq__ keeps its base's hash; a classic one is unhashable
    s["HASHED"] = " and len(set([m, m])) == 1" if s["BASE"] else ""
    code = '''
class @CLS@Base@BASEBASE@:
    """Common state of every @CLS@ on the line."""
    kind = 'equipment'
    instances = 0

    def __init__(self, name):
        self.name = name
        self.faults = []
        @CLS@Base.instances += 1

    def fault(self, code, text=''):
        logger.warn('%s fault %s %s' % (self.name, code, text))
        self.faults.append((code, text))
        return len(self.faults)


class @CLS@(@CLS@Base):
    """A @CLS@ with its setpoint, limits and run history."""
    kind = 'machine'
    LIMITS = {'low': @A@, 'high': @B@}
    BANDS = [LIMITS['low'] + step * 10 for step in range(3)]  # a class body's names, as Python 2 scopes it
    _registry = {}

    def __init__(self, name, setpoint=@A@.5, units='rpm', *tags, **options):
@SUPER@        self.setpoint = setpoint
        self.units = units
        self.tags = list(tags)
        self.options = options
        self.history = []
        @CLS@._registry[name] = self
        logger.debug('created %s (%s %s)' % (name, setpoint, units))

    def __str__(self):
        return '%s %s @ %.1f %s' % (self.kind, self.name, self.setpoint, self.units)

    def __repr__(self):
        return '<@CLS@ %r>' % self.name

    def __len__(self):
        return len(self.history)

    def __eq__(self, other):
        return isinstance(other, @CLS@) and other.name == self.name

    def __ne__(self, other):
        return not self.__eq__(other)

    def record(self, value):
        """Keep a reading; readings outside the limits are faults."""
        try:
            value = float(value)
        except (TypeError, ValueError), e:
            logger.error('%s: bad reading %r: %s' % (self.name, value, e))
            return False
        self.history.append(value)
        if value < self.LIMITS['low'] or value > self.LIMITS['high']:
            self.fault('LIMIT', '%.2f outside %s..%s' % (value, self.LIMITS['low'], self.LIMITS['high']))
        return True

    def average(self):
        if not self.history:
            return 0.0
        return sum(self.history) / len(self.history)

    def deviation(self):
        return abs(self.average() - self.setpoint)

    @property
    def healthy(self):
        return len(self.faults) == 0

    @staticmethod
    def parse(text):
        """'Name:setpoint:units' -> @CLS@."""
        parts = [p.strip() for p in text.split(':')]
        while len(parts) < 3:
            parts.append('')
        name, setpoint, units = parts[:3]
        return @CLS@(name, float(setpoint or 0), units or 'rpm')

    @classmethod
    def named(cls, name):
        return cls._registry.get(name)

    def describe(self, verbose=False):
        lines = [str(self)]
        if verbose:
            for n, (code, text) in enumerate(self.faults):
                lines.append('  fault %d: %s %s' % (n + 1, code, text))
        return '\\n'.join(lines)
'''
    checks = '''
    m = @CLS@('m@I@', @A@.5, 'rpm', 'a', 'b', site='@LINE@')
    assert str(m) == 'machine m@I@ @ @A@.5 rpm', str(m)
    assert repr(m) == "<@CLS@ 'm@I@'>"
    assert m.tags == ['a', 'b'] and m.options == {'site': '@LINE@'}
    for v in [@A@, @A@ + 1, 'x', @B@ + 5]:
        m.record(v)
    assert len(m) == 3 and not m.healthy and len(m.faults) == 1, (len(m), m.faults)
    assert m.average() == (@A@ + @A@ + 1 + @B@ + 5) / 3.0
    assert m == @CLS@.named('m@I@') and m != @CLS@('other@I@')@HASHED@
    p = @CLS@.parse('p@I@: 3')
    assert (p.name, p.setpoint, p.units) == ('p@I@', 3.0, 'rpm')
    assert m.describe(True).count('\\n') == 1
    assert @CLS@.BANDS == [@A@, @A@ + 10, @A@ + 20], @CLS@.BANDS
    assert @CLS@Base.instances >= 3 and @CLS@.kind == 'machine' and @CLS@Base.kind == 'equipment'
'''
    return Block(fill(code, s).replace("@CLS@", s["CLS"]), [fill(checks, s)])


def block_stats(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    s["BYKEY"] = _dict_of(c, "k", "len(v)", "k, v in groups.iteritems()")
    code = '''
def window_@I@(values, size=@A@):
    """Moving averages of values over a window."""
    logger.trace('window_@I@ over %d values' % len(values))
    out = []
    for n in xrange(len(values) - size + 1):
        chunk = values[n:n + size]
        out.append(sum(chunk) / float(size))
    return out


def spread_@I@(values):
    """(min, max, mean, integer mean) of values."""
    if not values:
        logger.debug('spread_@I@: no values')
        return None
    total = reduce(lambda a, b: a + b, values, 0)
    return min(values), max(values), float(total) / len(values), total / len(values)


def group_@I@(readings, key=lambda r: r[0]):
    """Readings grouped by key, and the group sizes."""
    groups = {}
    for r in readings:
        groups.setdefault(key(r), []).append(r)
    sizes = @BYKEY@
    logger.debug('group_@I@: %d groups' % len(groups))
    return groups, sizes


def ranks_@I@(scores):
    """Names by score, best first; ties by name."""
    pairs = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [name for name, score in pairs]
'''
    checks = '''
    assert window_@I@([1, 2, 3, 4], 2) == [1.5, 2.5, 3.5]
    lo, hi, mean, imean = spread_@I@([@A@, @B@, @C@])
    assert (lo, hi) == (@A@, @C@) and imean == (@A@ + @B@ + @C@) / 3, imean
    assert spread_@I@([]) is None
    groups, sizes = group_@I@([('a', 1), ('b', 2), ('a', 3)])
    assert sizes == {'a': 2, 'b': 1} and groups['a'][1] == ('a', 3)
    assert ranks_@I@({'x': 1, 'y': 3, 'z': 3}) == ['y', 'z', 'x']
    assert 7 / 2 == 3 and -7 / 2 == -4 and 7 % -3 == -2 and 2 ** -1 == 0.5
    assert round(2.5) == 3.0 and round(-0.5) == -1.0
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_py2(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    code = '''
def legacy_@I@(items, limit=10L):
    """Python 2 as the plant's oldest scripts write it."""
    logger.debug('legacy_@I@(%d items)' % len(items))
    mask = 0777
    keys = {}
    for n in range(len(items)):
        keys[items[n]] = n
    names = keys.keys()
    names.sort()
    upper = [name.upper() for name in names]
    if upper:
        last = name  # the list comprehension's variable, left behind as Python 2 does
    else:
        last = None
    big = long(limit) * 1000
    if type(items) == type([]) and len(items) <> 0:
        first = items[0]
    else:
        first = None
    evens = filter(lambda n: n % 2 == 0, range(limit))
    words = map(str, evens)
    pairs = zip(words, evens)
    return {'mask': mask, 'names': names, 'big': big, 'first': first,
            'evens': evens, 'pairs': pairs[:2], 'text': string.join(words, '-'), 'last': last}


def text_@I@(value):
    """str and unicode as Jython hands them over."""
    if isinstance(value, basestring):
        text = value
    else:
        text = str(value)
    u = unicode(text)
    if not isinstance(u, unicode):
        raise TypeError, 'not unicode: %r' % (u,)
    return u.strip().upper().replace(u' ', u'_')
'''
    checks = '''
    d = legacy_@I@(['b', 'a', 'c'], 6)
    assert d['mask'] == 511 and d['names'] == ['a', 'b', 'c'] and d['big'] == 6000L
    assert isinstance(d['big'], long) and d['first'] == 'b' and d['last'] == 'c'
    assert d['evens'] == [0, 2, 4] and d['pairs'] == [('0', 0), ('2', 2)] and d['text'] == '0-2-4'
    assert legacy_@I@([])['first'] is None
    assert text_@I@(' line @I@ ') == u'LINE_@I@' and text_@I@(12) == u'12'
    assert cmp(1, 2) == -1 and sorted([3, 1, 2], cmp=lambda a, b: cmp(b, a)) == [3, 2, 1]
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_dataset(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    code = '''
HEADERS_@I@ = ['line', 'shift', 'good', 'bad']


def build_@I@(counts):
    """A dataset of counts per line and shift, for a table component."""
    rows = []
    try:
        for line in sorted(counts.keys()):
            for shift, (good, bad) in sorted(counts[line].iteritems()):
                rows.append([line, shift, good, bad])
        ds = system.dataset.toDataSet(HEADERS_@I@, rows)
        logger.debug('build_@I@: %d rows' % ds.getRowCount())
        return ds
    except Exception, e:
        logger.error('build_@I@ failed: %s' % @LOG@.describe(e))
        raise


def scrap_rate_@I@(ds):
    """bad / (good + bad) per line of a counts dataset."""
    totals = {}
    py = system.dataset.toPyDataSet(ds)
    for row in py:
        t = totals.setdefault(row['line'], [0, 0])
        t[0] += row['good']
        t[1] += row['bad']
    rates = {}
    for line, (good, bad) in totals.items():
        if good + bad:
            rates[line] = round(100.0 * bad / (good + bad), 2)
        else:
            rates[line] = 0.0
    return rates


def column_@I@(ds, name):
    index = ds.getColumnIndex(name)
    return [ds.getValueAt(r, index) for r in range(ds.getRowCount())]
'''
    checks = '''
    ds = build_@I@({'L1': {'A': (90, 10), 'B': (45, 5)}, 'L2': {'A': (10, 0)}})
    assert ds.getRowCount() == 3 and list(ds.getColumnNames()) == HEADERS_@I@
    assert scrap_rate_@I@(ds) == {'L1': 10.0, 'L2': 0.0}, scrap_rate_@I@(ds)
    assert column_@I@(ds, 'shift') == ['A', 'B', 'A']
    ds2 = system.dataset.setValue(ds, 0, 'good', 91)
    assert ds2.getValueAt(0, 2) == 91 and ds.getValueAt(0, 2) == 90
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_tags(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    s["READSPEED"] = _tag_read(c, "'[default]@TAGBASE@/' + line + '/Speed'")
    code = '''
def line_state_@I@(line='@LINE@'):
    """Speed, count and running flag of a line, read from its tags."""
    base = '@TAGBASE@/%s/' % line
    state = {}
    try:
        speed = @READSPEED@
        state['speed'] = speed
        state['count'] = @TAGS@.read_value(base + 'Count', 0)
        state['running'] = bool(@TAGS@.read_value(base + 'Running', False))
        if state['running'] and state['speed'] > 0:
            state['rate'] = state['count'] / max(state['speed'], 1)
        else:
            state['rate'] = 0
        logger.debug('line_state_@I@ %s: %s' % (line, state))
    except Exception, e:
        logger.error('line_state_@I@(%s): %s' % (line, e))
        state['error'] = str(e)
    return state


def bump_@I@(line='@LINE@', step=1):
    """Add step to a line's count tag."""
    path = '@TAGBASE@/%s/Count' % line
    current = @TAGS@.read_value(path, 0) or 0
    if not @TAGS@.write_value(path, current + step):
        logger.warn('bump_@I@: write refused on %s' % path)
    return current + step
'''
    checks = '''
    st = line_state_@I@('Line1')
    assert not st.has_key('error') and st['speed'] == 12.5, st
    before = bump_@I@('Line2', 0)
    assert bump_@I@('Line2', 2) == before + 2
    assert line_state_@I@('Line2')['count'] == before + 2
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_db(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    code = '''
def downtime_@I@(line=None, minimum=0):
    """Downtime reasons and minutes, longest first."""
    sql = 'SELECT reason, minutes FROM downtime WHERE minutes >= ?'
    args = [minimum]
    if line is not None:
        sql += ' AND line = ?'
        args.append(line)
    try:
        rows = @DB@.query(sql + ' ORDER BY minutes DESC, reason', args)
    except Exception, e:
        logger.error('downtime_@I@: %s' % e)
        return []
    logger.debug('downtime_@I@: %d rows' % len(rows))
    return [(r['reason'], r['minutes']) for r in rows]


def log_downtime_@I@(line, reason, minutes):
    """Record a stop; refuse nonsense before it reaches the table."""
    if not reason or minutes <= 0:
        raise ValueError('bad downtime %r %r' % (reason, minutes))
    n = system.db.runPrepUpdate('INSERT INTO downtime (line, reason, minutes) VALUES (?, ?, ?)',
                                [line, reason, minutes], @DB@.DATASOURCE)
    logger.info('%s down %d min (%s)' % (line, minutes, reason))
    return n
'''
    checks = '''
    assert log_downtime_@I@('@UID@/@I@', 'jam', @A@) == 1
    assert downtime_@I@('@UID@/@I@') == [('jam', @A@)], downtime_@I@('@UID@/@I@')
    try:
        log_downtime_@I@('@UID@/@I@', '', 3)
        raise AssertionError('accepted an empty reason')
    except ValueError, e:
        assert 'bad downtime' in str(e)
    assert ('changeover', 30) in downtime_@I@(minimum=20)
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_dates(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    code = '''
def shift_report_@I@(start=None, hours=@A@):
    """The shifts an interval touches, with the hours in each."""
    if start is None:
        start = @DATES@.at(2024, 1, 15, 5)
    seen = {}
    order = []
    when = start
    for h in xrange(hours):
        name = @DATES@.shift_of(system.date.getHour24(when))
        if not seen.has_key(name):
            order.append(name)
            seen[name] = 0
        seen[name] += 1
        when = system.date.addHours(when, 1)
    logger.debug('shift_report_@I@: %s' % seen)
    return [(name, seen[name]) for name in order]


def age_@I@(then):
    """Seconds since a java.util.Date, from the Java clock."""
    now = Date()
    millis = System.currentTimeMillis()
    if millis < now.getTime() - 1000:
        logger.warn('clock went backwards')
    return (now.getTime() - then.getTime()) / 1000


def stamp_@I@(when):
    return '%s [%s]' % (@DATES@.stamp(when, 'yyyyMMdd-HHmm'), system.date.format(when, 'EEE'))
'''
    checks = '''
    assert shift_report_@I@(None, 3) == [('C', 1), ('A', 2)], shift_report_@I@(None, 3)
    assert age_@I@(system.date.addMinutes(Date(), -2)) >= 119
    assert stamp_@I@(@DATES@.at(2024, 7, 4, 9, 5)) == '20240704-0905 [Thu]', stamp_@I@(@DATES@.at(2024, 7, 4, 9, 5))
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_args(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    code = '''
def dispatch_@I@(action, *args, **kwargs):
    """Call the handler registered for action with whatever it takes."""
    handlers = {
        'sum': lambda *a: sum(a),
        'join': lambda *a, **k: k.get('sep', ',').join([str(x) for x in a]),
        'scale': lambda x, factor=@A@: x * factor,
    }
    if action not in handlers:
        logger.warn('dispatch_@I@: no handler for %s' % action)
        return None
    try:
        return handlers[action](*args, **kwargs)
    except TypeError, e:
        logger.error('dispatch_@I@(%s): %s' % (action, e))
        raise


def make_counter_@I@(start=0, step=1):
    """A counter function with its own state (a closure over a list, as 2.x code does)."""
    state = [start]

    def step_once(by=None):
        state[0] += step if by is None else by
        return state[0]

    def reset():
        state[0] = start
    step_once.reset = reset
    return step_once


def retry_@I@(fn, attempts=3, default=None, exceptions=(Exception,)):
    """fn() until it works, at most attempts times."""
    errors = []
    for n in range(attempts):
        try:
            return fn()
        except exceptions, e:
            errors.append(str(e))
            logger.warn('attempt %d failed: %s' % (n + 1, e))
    logger.error('retry_@I@ gave up: %s' % '; '.join(errors))
    return default
'''
    checks = '''
    assert dispatch_@I@('sum', 1, 2, 3) == 6 and dispatch_@I@('join', 1, 2, sep='/') == '1/2'
    assert dispatch_@I@('scale', 2) == 2 * @A@ and dispatch_@I@('nope') is None
    tick = make_counter_@I@(10, 5)
    assert tick() == 15 and tick(1) == 16
    tick.reset()
    assert tick() == 15
    calls = []
    def flaky():
        calls.append(1)
        if len(calls) < 2:
            raise IOError('busy')
        return 'done'
    assert retry_@I@(flaky) == 'done' and len(calls) == 2
    assert retry_@I@(lambda: 1 / 0, 2, 'gave up', (ZeroDivisionError,)) == 'gave up'
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_json(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    s["FORMATTED"] = ("'%s=%s' % (k, settings[k])" if c.v79 else "'{0}={1}'.format(k, settings[k])")
    code = '''
DEFAULTS_@I@ = {'enabled': True, 'limit': @B@, 'name': u'recipe @I@', 'steps': []}


def load_settings_@I@(text):
    """Settings from a JSON memory tag, with defaults for what is missing."""
    settings = dict(DEFAULTS_@I@)
    if not text:
        logger.debug('load_settings_@I@: empty, defaults used')
        return settings
    try:
        decoded = system.util.jsonDecode(text)
    except Exception, e:
        logger.error('load_settings_@I@: bad JSON: %s' % e)
        return settings
    if not isinstance(decoded, dict):  # jsonDecode hands back text that is not JSON
        logger.warn('load_settings_@I@: not a JSON object: %r' % (decoded,))
        return settings
    for key, value in decoded.items():
        if key in settings:
            settings[key] = value
        else:
            logger.warn('unknown setting %s' % key)
    return settings


def save_settings_@I@(settings):
    text = system.util.jsonEncode(settings)
    logger.trace('save_settings_@I@: %d chars' % len(text))
    return text


def summary_@I@(settings):
    keys = settings.keys()
    keys.sort()
    return '; '.join([@FORMATTED@ for k in keys])
'''
    checks = '''
    st = load_settings_@I@('{"limit": 5, "other": 1}')
    assert st['limit'] == 5 and st['enabled'] is True and st['name'] == u'recipe @I@'
    assert load_settings_@I@('not json')['limit'] == @B@ and load_settings_@I@(None)['steps'] == []
    back = system.util.jsonDecode(save_settings_@I@(st))
    assert back['limit'] == 5 and back['name'] == u'recipe @I@'
    assert summary_@I@({'b': 2, 'a': 1}) == 'a=1; b=2'
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_errors(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    code = '''
class RecipeError_@I@(Exception):
    """A recipe that cannot run, with the step that stopped it."""
    def __init__(self, message, step=None):
        Exception.__init__(self, message)
        self.step = step


def run_steps_@I@(steps, strict=True):
    """Run recipe steps; each is (name, value). Returns the log of what happened."""
    done = []
    for n, step in enumerate(steps):
        try:
            name, value = step
            if value is None:
                raise RecipeError_@I@('no value for %s' % name, n)
            if not isinstance(value, (int, long, float)):
                raise TypeError, 'step %s: %r is not a number' % (name, value)
            done.append('%s=%s' % (name, value))
        except RecipeError_@I@, e:
            logger.warn('step %d: %s' % (e.step, e))
            if strict:
                raise
            done.append('skipped %s' % e.step)
        except (TypeError, ValueError), e:
            logger.error('run_steps_@I@: %s' % @LOG@.describe(e))
            done.append('error')
        else:
            logger.trace('step %d ok' % n)
        finally:
            @LOG@.count('steps')
    return done


def convert_@I@(text):
    """A number from operator input; the error is logged after the handler, as old code does."""
    failed = False
    try:
        value = float(text)
    except ValueError:
        failed = True
    if failed:
        logger.warn('convert_@I@(%r): %s' % (text, @LOG@.last_error()))
        return @LOG@.last_error()
    return value


def java_safe_@I@(text):
    """Parse a number the Java way; Java exceptions are caught like Python ones."""
    try:
        return Integer.parseInt(text)
    except NumberFormatException, e:
        logger.warn('not a number: %s' % text)
        return -1
    except java.lang.Exception, e:
        logger.error('java_safe_@I@: %s' % e)
        return -2
'''
    checks = '''
    assert run_steps_@I@([('a', 1), ('b', 'x'), ('c', 2.5)]) == ['a=1', 'error', 'c=2.5']
    assert run_steps_@I@([('a', None)], False) == ['skipped 0']
    try:
        run_steps_@I@([('a', 1), ('b', None)])
        raise AssertionError('strict run did not raise')
    except RecipeError_@I@, e:
        assert e.step == 1 and str(e) == 'no value for b'
    assert convert_@I@('2.5') == 2.5 and convert_@I@('x@I@') == 'ValueError: invalid literal for float: x@I@'
    assert java_safe_@I@('42') == 42 and java_safe_@I@('4x2') == -1
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_nesting(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    code = '''
def evaluate_@I@(lines, thresholds=None):
    """Alarm decisions per line, the deeply nested way old handlers grew."""
    if thresholds is None:
        thresholds = {'warn': @A@, 'trip': @B@}
    result = {}
    for line in lines:
        name = line.get('name', '?')
        try:
            if line.get('enabled', True):
                for reading in line.get('readings', []):
                    if reading is not None:
                        if reading >= thresholds['trip']:
                            result[name] = 'trip'
                            break
                        elif reading >= thresholds['warn']:
                            if result.get(name) != 'trip':
                                result[name] = 'warn'
                        else:
                            while True:
                                if name not in result:
                                    result[name] = 'ok'
                                break
                else:
                    result.setdefault(name, 'idle')
            else:
                result[name] = 'disabled'
        except Exception, e:
            logger.error('evaluate_@I@ %s: %s' % (name, e))
            result[name] = 'error'
    return result
'''
    checks = '''
    r = evaluate_@I@([{'name': 'a', 'readings': [1, @A@, @B@]}, {'name': 'b', 'readings': [0]},
                      {'name': 'c', 'enabled': False}, {'name': 'd', 'readings': []},
                      {'name': 'e', 'readings': [1, 'x']}])
    assert r == {'a': 'trip', 'b': 'ok', 'c': 'disabled', 'd': 'idle', 'e': 'trip'}, r  # 'x' > any number
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_strings(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    code = '''
def label_@I@(code, width=12):
    """An equipment code as an operator label: 'pmp_03a' -> 'PMP-03A'."""
    logger.trace('label_@I@(%r)' % code)
    code = code.strip()
    if not code:
        return ''.center(width, '-')
    parts = code.replace('_', ' ').split()
    text = '-'.join([p.upper() for p in parts])
    if len(text) > width:
        text = text[:width]
    return text.ljust(width)


def parse_@I@(message):
    """'key=value;key=value' from a PLC string into a dict."""
    out = {}
    for chunk in message.split(';'):
        if '=' not in chunk:
            continue
        key, value = chunk.split('=', 1)
        key = key.strip().lower()
        if value.isdigit():
            out[key] = int(value)
        elif value.replace('.', '', 1).isdigit():
            out[key] = float(value)
        else:
            out[key] = value.strip()
    return out


def report_@I@(values):
    """A fixed-width text report, as the emailed shift reports are."""
    out = []
    out.append('%-10s|%8s|%6s' % ('name', 'value', 'pct'))
    total = sum([v for k, v in values]) or 1
    for name, value in values:
        out.append('%-10s|%8.2f|%5.1f%%' % (name[:10], value, 100.0 * value / total))
    print 'report_@I@: %d rows' % len(values)
    return '\\n'.join(out)
'''
    checks = '''
    assert label_@I@('pmp_03a', 8) == 'PMP-03A ' and label_@I@('  ', 4) == '----'
    assert parse_@I@('A=1; b=2.5;c = x;junk') == {'a': 1, 'b': 2.5, 'c': 'x'}, parse_@I@('A=1; b=2.5;c = x;junk')
    rep = report_@I@([('oven', 30.0), ('press', 10.0)])
    assert rep.splitlines()[1] == 'oven      |   30.00| 75.0%', rep
    assert 'abc'.find('z') == -1 and 'a,b'.split(',') == ['a', 'b'] and '7'.zfill(3) == '007'
'''
    return Block(fill(code, s), [fill(checks, s)])


def block_state(c: Ctx, i: int) -> Block:
    s = _subs(c, i)
    code = '''
_cache_@I@ = {}
_hits_@I@ = 0


def cached_@I@(key, compute):
    """A module-level cache, kept for the life of the gateway's script module."""
    global _hits_@I@
    if _cache_@I@.has_key(key):
        _hits_@I@ += 1
        return _cache_@I@[key]
    logger.debug('cached_@I@: computing %s' % (key,))
    value = compute(key)
    _cache_@I@[key] = value
    return value


def cache_stats_@I@():
    return {'size': len(_cache_@I@), 'hits': _hits_@I@}


def clear_@I@():
    global _hits_@I@
    _cache_@I@.clear()
    _hits_@I@ = 0
'''
    checks = '''
    clear_@I@()
    assert cached_@I@(3, lambda k: k * k) == 9 and cached_@I@(3, lambda k: 0) == 9
    assert cache_stats_@I@() == {'size': 1, 'hits': 1}
'''
    return Block(fill(code, s), [fill(checks, s)])


#: every block, in the order a module's blocks are drawn from
BLOCKS: list[Callable[[Ctx, int], Block]] = [
    block_class, block_stats, block_py2, block_dataset, block_tags, block_db, block_dates,
    block_args, block_json, block_errors, block_nesting, block_strings, block_state,
]
