# Python 2 modules plant code imports for settings files and command lines: ConfigParser, shlex,
# getopt, warnings, numbers, future_builtins (issue #18)
import ConfigParser, StringIO, shlex, getopt, warnings, numbers, future_builtins
import logging
log = logging.getLogger('site.config')

SITE_INI = """
; site settings exported from the MES
[DEFAULT]
root = /opt/site
retries = 3

[database]
Host = db01.plant.local
port: 5432
path = %(root)s/db
enabled = on
timeout = 2.5
motd = first line
  continued line

[lines]
names = L1, L2, L3
"""

class SiteConfig(ConfigParser.SafeConfigParser):
    """Settings with typed getters and fallbacks, as plant libraries write them."""
    def __init__(self, text):
        ConfigParser.SafeConfigParser.__init__(self, {'site': 'north'})
        self.readfp(StringIO.StringIO(text), 'site.ini')

    def get_default(self, section, option, default=None):
        try:
            return self.get(section, option)
        except (ConfigParser.NoSectionError, ConfigParser.NoOptionError), e:
            log.debug('using default for %s.%s: %s' % (section, option, e))
            return default

    def line_names(self):
        return [n.strip() for n in self.get('lines', 'names').split(',')]

cfg = SiteConfig(SITE_INI)
print cfg.sections(), cfg.has_section('database'), cfg.has_option('database', 'HOST')
print cfg.get('database', 'host'), cfg.getint('database', 'port'), cfg.getfloat('database', 'timeout')
print cfg.getboolean('database', 'enabled'), cfg.get('database', 'path'), repr(cfg.get('database', 'motd'))
print cfg.options('database')
print cfg.items('lines')
print cfg.line_names(), cfg.get_default('database', 'user', 'ignition'), cfg.get_default('x', 'y')
print cfg.defaults(), cfg.getint('lines', 'retries')
cfg.set('lines', 'count', '%(retries)s0')
print cfg.get('lines', 'count'), cfg.get('lines', 'count', raw=True)
cfg.remove_option('lines', 'count')
print cfg.has_option('lines', 'count'), cfg.remove_section('nope')
out = StringIO.StringIO()
cfg.write(out)
print out.getvalue()

errors = [
    lambda: cfg.get('missing', 'x'),
    lambda: cfg.get('database', 'nothing'),
    lambda: cfg.getint('database', 'host'),
    lambda: cfg.getboolean('database', 'path'),
    lambda: cfg.add_section('database'),
    lambda: cfg.add_section('DEFAULT'),
    lambda: cfg.set('lines', 'n', 5),
    lambda: cfg.set('lines', 'bad', '100%'),
    lambda: cfg.set('missing', 'a', 'b'),
]
for call in errors:
    try:
        call()
    except Exception, e:
        print type(e).__name__, '|', e

plain = ConfigParser.ConfigParser()
plain.readfp(StringIO.StringIO("[a]\nx = %(y)s\ny = %(x)s\nz = %(nothere)s\nok = 1%\n"))
for option in ('x', 'z', 'ok'):
    try:
        print option, plain.get('a', option)
    except ConfigParser.Error, e:
        print type(e).__name__, '|', e
safe = ConfigParser.SafeConfigParser()
safe.readfp(StringIO.StringIO("[a]\nbad = %(\nlone = 5%x\n"))
for option in ('bad', 'lone'):
    try:
        print safe.get('a', option)
    except ConfigParser.InterpolationError, e:
        print type(e).__name__, '|', e

raw = ConfigParser.RawConfigParser()
raw.add_section('Tags')
raw.set('Tags', 'Motor/Speed', 1500)
raw.set('Tags', 'Flag', None)
print raw.get('tags'.capitalize(), 'motor/speed'), raw.items('Tags'), raw.optionxform('MiXeD')
for bad in ("no header\nx=1\n", "[s]\n=novalue\n[s2\n"):
    try:
        ConfigParser.RawConfigParser().readfp(StringIO.StringIO(bad))
    except ConfigParser.ParsingError, e:
        print type(e).__name__, isinstance(e, ConfigParser.Error), '|', e
print ConfigParser.DEFAULTSECT, ConfigParser.MAX_INTERPOLATION_DEPTH

# shlex and getopt: argument lists for a maintenance command
command = 'backup --target "/mnt/plant data" -v --keep=7 it\\\'s # nightly'
args = shlex.split(command, comments=True)
print args, shlex.split("a 'b c'", posix=False), shlex.split('')
try:
    shlex.split('open "quote')
except ValueError, e:
    print 'ValueError', e
opts, rest = getopt.gnu_getopt(args[1:], 'v', ['target=', 'keep='])
print opts, rest
print getopt.getopt(['-x', '1', '-y', 'file'], 'x:y')
for argv in (['-q'], ['--keep'], ['--nope'], ['--ke=1']):
    try:
        getopt.getopt(argv, 'v', ['keep=', 'keeper'])
    except getopt.GetoptError, e:
        print 'GetoptError', e.msg, '|', e.opt, isinstance(e, getopt.error)

# warnings: recorded, filtered, raised
def legacy_call(n):
    warnings.warn('legacy_call is deprecated, use new_call', DeprecationWarning, stacklevel=2)
    return n * 2

def noisy():
    warnings.warn('tank level unknown')

with warnings.catch_warnings(record=True) as seen:
    noisy(); noisy()
    legacy_call(1)
    warnings.warn(RuntimeWarning('pump slow'))
    print len(seen), [(str(w.message), w.category.__name__) for w in seen]
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    noisy(); noisy(); legacy_call(2)
    print [(str(w.message), w.category.__name__, type(w.message).__name__) for w in seen]
    print seen[-1].lineno, seen[0].lineno, seen[0].line
with warnings.catch_warnings(record=True) as seen:
    warnings.filterwarnings('ignore', 'tank')
    warnings.filterwarnings('error', category=RuntimeWarning)
    noisy()
    try:
        warnings.warn('overspeed', RuntimeWarning)
    except RuntimeWarning, e:
        print 'raised', e, type(e).__name__
    print len(seen)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    noisy()
with warnings.catch_warnings(record=True) as seen:
    warnings.resetwarnings()
    warnings.simplefilter('once', UserWarning)
    warnings.warn('a'); warnings.warn('a'); warnings.warn('b')
    print [str(w.message) for w in seen]
print repr(warnings.formatwarning('check valve', UserWarning, 'valves.py', 12, 'open()'))
out = StringIO.StringIO()
warnings.showwarning('seal worn', UserWarning, 'seals.py', 4, out, 'x = 1')
print repr(out.getvalue())
for bad in (lambda: warnings.simplefilter('loud'), lambda: warnings.warn('x', 'notaclass')):
    try:
        bad()
    except (AssertionError, TypeError), e:
        print type(e).__name__, e

# numbers and future_builtins
import decimal, fractions
for value in (1, 1L, True, 2.5, 3j, decimal.Decimal('1.5'), fractions.Fraction(1, 3), 'x', None):
    print repr(value), [isinstance(value, t) for t in (numbers.Number, numbers.Complex, numbers.Real,
                                                       numbers.Rational, numbers.Integral)]
class Ticks(numbers.Integral):
    pass
print issubclass(Ticks, numbers.Number), issubclass(int, numbers.Integral), issubclass(float, numbers.Rational)
squares = future_builtins.map(lambda x: x * x, [1, 2, 3])
print list(squares), list(squares), list(future_builtins.filter(None, [0, 1, 2]))
print list(future_builtins.zip('ab', [1, 2, 3])), future_builtins.oct(8), future_builtins.hex(255)
print future_builtins.ascii(u'caf\xe9'), future_builtins.oct(0), future_builtins.hex(-1)
