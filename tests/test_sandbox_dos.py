"""Sandbox round 2 (issue #16), "must show": every whole-process hang and crash the red team
found ends within the handler's time budget plus a second, in both isolation modes (the
gateway's own process, and gateway.json ``"isolation": "process"`` workers), while the gateway
keeps answering a second project during the attack.

Each attack is a gateway message handler of project Plant written the way an attacker would
hide it in plant code (logging, a helper function, ``except Exception, e:``); project Mill
answers pings throughout. Unguarded, each of these ran for minutes to hours in C code that the
watchdog cannot interrupt, or crashed the process with a segfault. One gateway per mode serves
every case. Figures (how long each attack lasted, how many pings were answered meanwhile) are
printed; the bound asserted adds a load allowance to budget + 1 s (the CI machine is shared).
"""
from __future__ import annotations

import sys
import threading
import time

import pytest

from conftest import write_tree
from runtime.gateway import Gateway
from runtime.messaging.requests import RequestError

#: Every attack handler's time budget (seconds).
BUDGET = 1.0

#: Allowance for a loaded machine on top of budget + 1 s (an unguarded attack runs minutes or
#: hours; at a load of 27 on 2 cores the slowest case, the regex, took 4.5 s).
LOAD_ALLOWANCE = 6.0

PRELUDE = '''import system
log = system.util.getLogger("Plant.attack")

def report(what):
    log.info("running %s" % what)

'''

#: name -> (the handler's body, text the failure must hold: alternatives split by "|"). A
#: refusal names what it refused; a stopped run is a ScriptTimeout (a pathological regex too:
#: past 50 ms it runs on a thread that lets the interpreter go, the script stops at its deadline).
ATTACKS: dict[str, tuple[str, str]] = {
    "deque_of_count": ('''import collections, itertools
report("deque")
collections.deque(itertools.count(), 0)
''', "ScriptTimeout"),
    "in_repeat": ('''import itertools
report("in")
print 1 in itertools.repeat(0)
''', "ScriptTimeout"),
    "factorial": ('''import math
report("factorial")
print math.factorial(10 ** 8) > 0
''', "factorial(100000000) is over shim's limit"),
    "regex_backtracking": ('''import re
report("regex")
print re.match(r"(a|a)+$", "a" * 40 + "b")
''', "ScriptTimeout"),
    "huge_shift": ('''report("shift")
n = 10 ** 10
print (1 << n) > 0
''', "<< 10000000000 would make a number"),
    "huge_product": ('''report("product")
reading = 1 << 9000000
print (reading * reading) > 0
''', "a product of a 9,000,001-bit and a 9,000,001-bit number"),
    "huge_division": ('''report("division")
reading = 1 << 3000000
scale = (1 << 1500000) + 1
print reading / scale > 0
''', "a division of a 3,000,001-bit by a 1,500,001-bit number"),
    "fraction_power": ('''from fractions import Fraction
report("fraction")
print Fraction(10) ** 10 ** 8 > 0
''', "a Fraction ** 100000000 would have about"),
    "fraction_parts": ('''from fractions import Fraction
report("fraction parts")
print Fraction(1 << 9000000, (1 << 4500000) + 1) > 0
''', "Fraction() would make a Fraction of about 9,000,001 bits"),
    "decimal_of_huge_int": ('''import decimal
report("decimal of int")
print decimal.Decimal(1 << 3000000) > 0
''', "Decimal() of a 3,000,001-bit integer"),
    "int_of_huge_decimal": ('''import decimal
report("int of decimal")
print int(decimal.Decimal("1e999999999")) > 0
''', "int() of a Decimal of 1,000,000,000 digits"),
    "decimal_precision": ('''import decimal
report("decimal")
context = decimal.getcontext()
context.prec = 10 ** 8
print context.divide(decimal.Decimal(1), decimal.Decimal(7))
''', "setting attributes of Context objects is not allowed"),
    "sum_of_xrange": ('''report("sum")
print sum(xrange(10 ** 11))
''', "ScriptTimeout"),
    "hash_flooding": ('''report("flood")
P = (1 << 61) - 1
keys = range(0, P * 100000, P)  # all equal modulo 2**61 - 1: one hash
print len(set(keys))
''', "ScriptTimeout"),
    "nested_islices": ('''import itertools
report("nest")
it = iter([1])
for i in xrange(1000000):
    it = itertools.islice(it, 1)
print list(it)
''', "would nest iterators more than 1,000 deep"),
    "for_swallowing_timeouts": ('''report("for")
for i in xrange(10 ** 12):
    try:
        i * 2
    except BaseException:
        pass
''', "ScriptTimeout"),
    "java_thread_sleep": ('''from java.lang import Thread
report("sleep")
Thread.sleep(10 ** 9)
''', "ScriptTimeout"),
    "request_without_end": ('''report("request")
print system.util.sendRequest("Store", "slow", timeoutSec=10 ** 6)
''', "ScriptTimeout"),
    "recursive_cte": ('''report("cte")
rows = system.db.runQuery("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                          "SELECT count(*) FROM c")
print rows[0][0]
''', "ScriptTimeout"),
    "modular_pow": ('''report("pow")
modulus = (1 << 3321928) + 7  # a million decimal digits
print pow(7, 10 ** 7, modulus) > 0
''', "3,321,929-bit modulus"),
}


def _files(isolation: str) -> dict[str, object]:
    files: dict[str, object] = {
        "_gateway/gateway.json": {"isolation": isolation},
        "_gateway/db.json": {"datasources": {"Plant": {"url": "sqlite://"}}, "default": "Plant"},
        "Mill/gateway/message/ping.py": "def handleMessage(payload):\n\treturn payload['n']\n",
        "Store/gateway/message/slow.py": "import time\ntime.sleep(3)\nreturn 1\n",
        "Store/gateway/message/slow.json": {"timeLimit": 5},
    }
    for name, (body, _) in ATTACKS.items():
        indented = "".join(f"\t{line}\n" for line in (PRELUDE + body).splitlines())
        # a first message with "warm" only compiles and loads the handler (as a running gateway has)
        files[f"Plant/gateway/message/{name}.py"] = \
            f"def handleMessage(payload):\n\tif payload.get('warm'):\n\t\treturn 'warm'\n{indented}"
        files[f"Plant/gateway/message/{name}.json"] = {"timeLimit": BUDGET}
    return files


MODES = ["none", "process"] if sys.platform == "linux" else ["none"]  # workers use Linux rlimits
CASES = [(mode, attack) for mode in MODES for attack in ATTACKS]


@pytest.fixture(scope="module")
def gateways(tmp_path_factory):
    """``gateways(mode)``: the one gateway of that isolation mode every case shares."""
    opened: dict[str, Gateway] = {}

    def get(mode: str) -> Gateway:
        if mode not in opened:
            root = write_tree(tmp_path_factory.mktemp(f"dos-{mode}") / "projects", _files(mode))
            gw = opened[mode] = Gateway(root)
            assert gw.isolation == mode
            assert gw.send_request("Mill", "ping", {"n": -1}).get() == -1  # its workers are up
            for attack in ATTACKS:
                assert gw.send_request("Plant", attack, {"warm": True}).get() == "warm"
        return opened[mode]
    yield get
    for gw in opened.values():
        gw.close(wait=5)


@pytest.mark.parametrize("mode, attack", CASES)
def test_the_attack_ends_within_the_budget_while_another_project_is_served(gateways, mode, attack):
    gateway = gateways(mode)
    expected = ATTACKS[attack][1]
    started = time.monotonic()
    request = gateway.send_request("Plant", attack, timeout=120)
    finished = threading.Event()
    request.onSuccess(lambda result: finished.set())
    request.onError(lambda error: finished.set())
    answered_meanwhile = 0
    n = 0
    while not finished.is_set():  # the other project is asked throughout the attack
        n += 1
        answer = gateway.send_request("Mill", "ping", {"n": n}, timeout=30).get()
        assert answer == n
        if not finished.is_set():
            answered_meanwhile += 1
    lasted = time.monotonic() - started
    with pytest.raises(RequestError) as caught:
        request.get()
    print(f"\n{gateway.isolation:7} {attack}: ended after {lasted:.2f} s (budget {BUDGET:g} s), "
          f"{answered_meanwhile} pings to another project answered meanwhile: {str(caught.value)[-110:]}")
    error = str(caught.value)
    assert error.startswith(f"Error executing message handler Plant/{attack}: ")
    if gateway.isolation == "process" and "worker killed" in error:
        # the guards in the worker ran too slowly for the gateway (a loaded machine): killed
        assert "worker killed: time budget exceeded" in error and "ScriptTimeout" in expected
    else:
        assert any(text in error for text in expected.split("|"))
    assert lasted < BUDGET + 1 + LOAD_ALLOWANCE
    if expected == "ScriptTimeout":
        assert answered_meanwhile > 0  # a second project was served while the attack ran
    assert gateway.send_request("Mill", "ping", {"n": 0}).get() == 0


# -- the in-process refusals, tried the way an attacker would go around them ---------------------

@pytest.mark.parametrize("source", [
    "x = 1 << 6000000\ny = x * x\n",                                    # a plain product
    "x = 1 << 6000000\nx *= x\n",                                       # in place
    "import operator\nx = 1 << 6000000\ny = operator.mul(x, x)\n",      # through operator
    "import operator\nx = 1 << 6000000\ny = reduce(operator.mul, [x, x])\n",
    "x = 1 << 6000000\nd = {'k': x}\nd['k'] *= d['k']\n",               # an item in place
    "class Meter(object):\n    pass\nm = Meter()\nm.total = 1 << 6000000\nm.total *= m.total\n",
    "x = int('f' * 2000000, 16)\ny = x * x\n",                          # a huge number not made by * or **
    "def square(v):\n    return v * v\nx = 1 << 6000000\nprint square(x)\n",
])
def test_a_product_of_huge_integers_is_refused_however_it_is_written(run, source):
    out = run(source)
    assert "MemoryError: a product of a " in out and "over shim's limit of 10,000,000" in out


@pytest.mark.parametrize("source", [
    "print x / y\n", "print x // y\n", "print x % y\n", "print divmod(x, y)\n",
    "x //= y\n", "x %= y\n", "d = {'k': x}\nd['k'] %= y\n",
    "import operator\nprint operator.floordiv(x, y)\n", "import operator\nprint operator.mod(x, y)\n",
    "import operator\nprint reduce(operator.ifloordiv, [x, y])\n", "import operator\nprint operator.imod(x, y)\n",
    "def remainder(v, w):\n    return v % w\nprint remainder(x, y)\n",
    "class Meter(object):\n    pass\nm = Meter()\nm.total = x\nm.total //= y\n",
    "rows = [y]\nprint x % rows[0]\n", "print (x + 1) % y\n",
])
def test_a_division_of_huge_integers_is_refused_however_it_is_written(run, source):
    """Long division of big integers is quadratic C code: a 3-million-bit number by a
    1.5-million-bit one ran 8 s, the 9-million-bit one of the process-isolation tests two
    minutes, with the watchdog unable to interrupt it."""
    out = run("x = 1 << 3000000\ny = (1 << 1500000) + 1\n" + source)
    assert out.endswith("MemoryError: a division of a 3,000,001-bit by a 1,500,001-bit number would cost about "
                        "549,339,844 word operations: over shim's limit of 10,000,000\n")


def test_a_modular_inverse_is_refused_as_jython_refuses_it(run):
    """``pow(a, -1, m)`` is a modular inverse in Python 3 (2.5 s of C code for a 100,000-bit
    modulus); Jython 2.7 refuses a negative exponent with a modulus."""
    out = run("m = (1 << 100000) + 1\nprint pow(3, -1, m)\n")
    assert out == "TypeError: pow() 3rd argument not allowed unless all arguments are integers\n"


@pytest.mark.parametrize("source, refusal", [
    ("print Fraction('1e999999999')", "Fraction() would make a Fraction of about 3,330,000,033 bits"),
    ("print Fraction(decimal.Decimal('1e-999999999'))", "Fraction() would make a Fraction of about 3,330,000,000"),
    ("print Fraction.from_decimal(decimal.Decimal('1e999999999'))", "Fraction.from_decimal() would make"),
    ("f = Fraction(3, 7)\nfor i in range(40):\n    f = f * f + Fraction(1, 3)", "would make a Fraction of about"),
    ("f = Fraction(3, 7)\nwhile True:\n    f = f + Fraction(1, f.denominator + 1)", "would make a Fraction of about"),
    ("print Fraction(1, 3) * (1 << 900000)", "Fraction.__mul__ would make a Fraction of about 900,001 bits"),
    ("print (1 << 900000) - Fraction(1, 3)", "Fraction.__rsub__ would make a Fraction of about 900,001 bits"),
    ("print divmod(Fraction(1, 3), 1 << 900000)", "Fraction.__divmod__ would make a Fraction of about 900,001"),
    ("print Fraction(10) ** 100000", "a Fraction ** 100000 would make a Fraction of about 400,000 bits"),
    ("print long(decimal.Decimal('1e999999999'))", "long() of a Decimal of 1,000,000,000 digits"),
    ("import math\nprint math.trunc(decimal.Decimal('-1e999999999'))", "math.trunc() of a Decimal of 1,000,000,000"),
    ("print decimal.Decimal(-(1 << 200000))", "Decimal() of a 200,001-bit integer (about 60,060 digits)"),
])
def test_huge_fractions_and_decimal_conversions_are_refused(run, source, refusal):
    """A Fraction normalises every value by a gcd (quadratic C code in its parts' size), and
    CPython converts between int and Decimal quadratically too: each of these ran seconds to
    forever in C the watchdog could not interrupt."""
    out = run("import decimal\nfrom fractions import Fraction\n" + source + "\n")
    assert out.startswith("MemoryError: ") and refusal in out and "over shim's limit of" in out


@pytest.mark.parametrize("attack", [
    "Fraction.__mul__.__globals__", "Fraction(1, 2).__add__.__globals__", "Fraction.limit_denominator.func_globals",
    "Fraction.from_decimal.__func__", "Fraction.__new__.__globals__", "type(Fraction(1, 3)).__dict__", "Fraction._adopt",
    "decimal.Decimal.build.__globals__", "decimal.Decimal.build.func_globals", "type(decimal.Decimal).__call__.__globals__",
    "decimal.Decimal.__subclasses__()", "decimal.Decimal.real.__subclasses__()", "Fraction.__mro__[1].__init__",
])
def test_the_scripts_fraction_and_decimal_hand_out_nothing_of_the_host(run, attack):
    out = run(f"import decimal\nfrom fractions import Fraction\nx = {attack}\nprint 'reached', x\n")
    assert "reached" not in out and out.strip()


def test_plant_sized_fractions_and_decimals_still_work(run):
    out = run('''import decimal, math
from fractions import Fraction
price = decimal.Decimal("19.99")
print price * 3, price.quantize(decimal.Decimal("0.1")), type(price) is decimal.Decimal, isinstance(price, decimal.Decimal)
print decimal.Decimal.from_float(0.5), decimal.Decimal(10 ** 20), int(price), long(decimal.Decimal("1e20")), decimal.Decimal
class Money(decimal.Decimal):
    pass
print Money("1.5"), isinstance(Money("1"), decimal.Decimal), math.floor(decimal.Decimal("2.5")), math.trunc(decimal.Decimal("-2.5"))
ratio = Fraction(1, 3) + Fraction(1, 6)
print ratio, repr(ratio), type(ratio), Fraction("1.5e-3"), Fraction(1, 3) ** 2, divmod(Fraction(7, 2), 1), Fraction(decimal.Decimal("0.5"))
print Fraction(355, 113).limit_denominator(10), Fraction(1, 2) == 0.5, Fraction(1, 2) + 0.5, abs(-ratio), isinstance(ratio * 2, Fraction)
print math.floor(decimal.Decimal("1e999999999")), Fraction(2 ** 40000, 3) > 1
''')
    assert out.splitlines() == [
        "59.97 20.0 True True", "0.5 100000000000000000000 19 100000000000000000000 <class 'decimal.Decimal'>",
        "1.5 True 2.0 -2", "1/2 Fraction(1, 2) <class 'fractions.Fraction'> 3/2000 1/9 (3, Fraction(1, 2)) 1/2",
        "22/7 True 1.0 1/2 True", "inf True"]


def test_plant_sized_divisions_still_work(run):
    out = run("t = 1700000000123\nprint t / 1000, t % 1000, t // 60000, divmod(t, 3600000)\n"
              "n = 17\nk = 5\nprint n % k, -n % k, n / k, -n // k, n % 2.5, 7.5 // 2\n"
              "big = 2 ** 4096 + 3\nm = 2 ** 2048 + 1\nprint big % m == (2 ** 4096 + 3) % (2 ** 2048 + 1), "
              "big // m > 0, 2 ** 70 % 3, 5 % 2 ** 65\nn //= k\nn %= 2\nprint n, '%s-%d' % ('a', 3)\n")
    assert out.splitlines() == ["1700000000 123 28333333 (472222L, 800123L)", "2 3 3 -4 2.0 3.0",
                                "True True 1 5", "1 a-3"]


@pytest.mark.parametrize("source, items, limit", [
    ("rows = [0, 1]\nn = 10 ** 8\nx = rows * n\n", "200,000,000", "10,000,000"),
    ("n = 10 ** 7\nx = n * [0, 1]\n", "20,000,000", "10,000,000"),
    ("x = ['a'] * 20000000\n", "20,000,000", "10,000,000"),
    ("x = (1, 2) * 10000000\n", "20,000,000", "10,000,000"),
    ("rows = [0]\nrows *= 10 ** 9\n", "1,000,000,000", "10,000,000"),
    ("import operator\nx = operator.repeat([0], 10 ** 8)\n", "100,000,000", "10,000,000"),
    ("line = 'x'\nline *= 10 ** 9\n", "1,000,000,000", "100,000,000"),
    ("n = 10 ** 8\nx = n * 'ab'\n", "200,000,000", "100,000,000"),
    ("print len(sorted(range(10 ** 8)))\n", None, "10,000,000"),
    # red team, round 3: counts with __index__ (asked once), arrays and deques
    ("class N(object):\n    def __index__(self):\n        return 10 ** 8\nx = [0] * N()\n",
     "100,000,000", "10,000,000"),
    ("class N(object):\n    def __index__(self):\n        return 10 ** 9\ndef f():\n    return N() * 'ab'\nf()\n",
     "2,000,000,000", "100,000,000"),
    ("class N(object):\n    calls = []\n    def __index__(self):\n        self.calls.append(1)\n"
     "        return 1 if len(self.calls) == 1 else 10 ** 9\nrows = [0]\nrows *= N()\nrows *= N()\n",
     "1,000,000,000", "10,000,000"),
    ("import array\nx = array.array('d', [0.0]) * (10 ** 8)\n", "800,000,000", "100,000,000"),
    ("import collections\nx = collections.deque([0]) * (10 ** 8)\n", "100,000,000", "10,000,000"),
])
def test_a_repetition_or_range_past_the_limits_is_refused_at_once(run, source, items, limit):
    """Lists past ten million items (one call into C building, sorting or hashing them is
    seconds the watchdog cannot interrupt), strings past 100 MB (memory)."""
    out = run(source)
    assert "MemoryError: " in out and f"over shim's limit of {limit}" in out
    if items:
        assert f"would build {items} items" in out


def test_plant_sized_lists_and_products_still_work(run):
    out = run("rows = range(1000000)\nprint len(rows), len(rows * 3), len('-' * 80)\n"
              "total = 1\nfor i in range(1, 200):\n    total *= i\nprint total % 1000003\n"
              "sample = [1.5, 2.5]\nscaled = [v * 2 for v in sample]\nprint scaled, 3 * sample[0], 7 * 6\n"
              "m = 2 ** 4096 - 1\nprint (m * m) % 10\n")
    assert out.splitlines() == ["1000000 3000000 80", str(__import__("math").factorial(199) % 1000003),
                                "[3.0, 5.0] 4.5 42", "5"]


NESTING_ATTACKS = {
    "islice": "import itertools\nit = iter([1])\nfor i in xrange(1000000):\n    it = itertools.islice(it, 1)\n",
    "chain": "import itertools\nit = iter([1])\nfor i in xrange(1000000):\n    it = itertools.chain(it)\n",
    "chain_behind_fillers": "import itertools\nfill = iter([])\nit = iter([1])\n"
                            "for i in xrange(1000000):\n    it = itertools.chain(fill, fill, fill, it)\n",
    "from_iterable": "import itertools\nit = iter([1])\n"
                     "for i in xrange(1000000):\n    it = itertools.chain.from_iterable([it])\n",
    "takewhile": "import itertools\nit = iter([1])\n"
                 "for i in xrange(1000000):\n    it = itertools.takewhile(bool, it)\n",
    "enumerate": "it = iter([1])\nfor i in xrange(1000000):\n    it = enumerate(it)\n",
    "reversed_then_iter": "it = reversed([1])\nfor i in xrange(1000000):\n    it = iter(it.next, None)\n",
    "generator_function": "def relay(inner):\n    for x in inner:\n        yield x\n"
                          "it = iter([1])\nfor i in xrange(1000000):\n    it = relay(it)\n",
    "generator_in_closure": "def wrap(inner):\n    def gen():\n        for x in inner:\n            yield x\n"
                            "    return gen()\nit = iter([1])\nfor i in xrange(1000000):\n    it = wrap(it)\n",
    "generator_lambda": "relay = lambda inner: (yield inner.next())\n"
                        "it = iter([1])\nfor i in xrange(1000000):\n    it = relay(it)\n",
    "generator_expression": "it = iter([1])\nfor i in xrange(1000000):\n    it = (x for x in it)\n",
    "mixed": "import itertools\nit = iter([1])\nfor i in xrange(1000000):\n"
             "    it = itertools.islice((x for x in itertools.chain(it)), 5)\n",
    "dropwhile_over_a_tee": "import itertools\nit = iter([1])\nfor i in xrange(1000000):\n"
                            "    it = itertools.dropwhile(lambda x: False, itertools.tee(it)[1])\n",
}


@pytest.mark.parametrize("attack", sorted(NESTING_ATTACKS))
def test_iterators_nested_past_the_limit_are_refused_before_they_crash(run, attack):
    """A million nested iterators segfault the process (recursion in C when it is iterated or
    freed); in-process, every way to nest them stops at 1,000 levels with one clear line."""
    out = run(NESTING_ATTACKS[attack] + "print list(it)\n")
    last = out.strip().splitlines()[-1]
    assert last.startswith("NestingError: ") and \
        "would nest iterators more than 1,000 deep: over shim's limit of 1,000 nested iterators" in last


def test_a_script_catches_the_nesting_refusal_as_a_runtime_error(run):
    out = run("import itertools\nit = iter([1])\ndepth = 0\ntry:\n    while True:\n"
              "        it = itertools.islice(it, 1)\n        depth += 1\nexcept RuntimeError, e:\n"
              "    print 'stopped at', depth\n")
    assert out == "stopped at 1000\n"


def test_ordinary_iterator_pipelines_still_work(run):
    out = run('''import itertools
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
def pairs(seq):
    it = iter(seq)
    return itertools.izip(it, it)
rows = itertools.chain([0, 1], (x * 2 for x in xrange(5)))
print list(itertools.islice(evens(rows), 4))
print list(enumerate(reversed([3, 4])))
print [k for k, g in itertools.groupby("aabbc")], list(itertools.chain.from_iterable([[1], [2]]))
a, b = itertools.tee(iter([1, 2]))
print list(a), list(b), sum(x for x in xrange(4)), pairs([1, 2, 3, 4])
nested = iter([1])
for i in range(500):
    nested = (x for x in nested)
print list(nested)
''')
    assert out.splitlines() == ["[0, 0, 2, 4]", "[(0, 4), (1, 3)]", "['a', 'b', 'c'] [1, 2]",
                                "[1, 2] [1, 2] 6 [(1, 2), (3, 4)]", "[1]"]


FLOODS = {
    "set": "print len(set(keys))",
    "frozenset": "print len(frozenset(keys))",
    "fromkeys": "print len(dict.fromkeys(keys))",
    "dict_of_zip": "print len(dict(zip(keys, keys)))",
    "set_update": "s = set()\ns.update(keys)",
    "dict_update": "d = {}\nd.update(zip(keys, keys))",
    "union": "print len(set().union(keys))",
    "issubset": "print set([P]).issubset(keys)",
    "alias": "make = set\nprint len(make(keys))",
    "type_of_a_set": "print len(type(set())(keys))",
    "subclass": "class Bag(set):\n    pass\nprint len(Bag(keys))",
    "subclass_fromkeys": "class Table(dict):\n    pass\nprint len(Table.fromkeys(keys))",
    "instance_fromkeys": "print len({}.fromkeys(keys))",
    "unbound_update": "d = {}\ndict.update(d, zip(keys, keys))",
    "counter": "import collections\nprint len(collections.Counter(keys))",
    "defaultdict": "import collections\nd = collections.defaultdict(list, zip(keys, keys))",
    "tuple_of_keys": "print len(set(tuple(keys)))",
    "negative_keys": "print len(set(range(0, -P * 100000, -P)))",
    "another_residue": "print len(set(range(12345, P * 100000, P)))",
    # Python 2's sets module (red team, round 3: these filled themselves in one call into C)
    "sets_set": "import sets\nprint len(sets.Set(keys))",
    "sets_immutable": "import sets\nprint len(sets.ImmutableSet(keys))",
    "sets_union": "import sets\nprint len(sets.Set().union(keys))",
    "sets_immutable_union": "import sets\nprint len(sets.ImmutableSet().union(keys))",
    "sets_update": "import sets\ns = sets.Set()\ns.update(keys)",
    "getattr_update": "s = set()\ngetattr(s, 'update')(keys)",
    "getattr_fromkeys": "print len(getattr(dict, 'fromkeys')(keys))",
}


@pytest.mark.parametrize("flood", sorted(FLOODS))
def test_hash_flooding_in_one_call_stops_at_the_budget(flood):
    """Integer keys equal modulo 2**61 - 1 all collide: filling a set or dict with 100,000 of
    them in one call into C was minutes the watchdog could not interrupt. Every such call now
    takes a big argument one item at a time, so the run stops at its budget."""
    from runtime.core.budget import run_limited
    from runtime.tools.testing import run_legacy_script

    source = "P = (1 << 61) - 1\nkeys = range(0, P * 100000, P)\nprint 'built'\n" + FLOODS[flood] + "\n"
    started = time.monotonic()
    out = run_limited(0.3, "flood", run_legacy_script, source)
    lasted = time.monotonic() - started
    print(f"\n{flood}: ended after {lasted:.2f} s (budget 0.3 s)")
    assert out.startswith("built\n") and out.endswith("ScriptTimeout: flood ran past its time budget of 0.3 s "
                                                       "and was stopped\n")
    assert lasted < 0.3 + 1 + LOAD_ALLOWANCE


def test_sorting_a_long_list_stops_at_the_budget():
    """One sort is one call into C: two million shuffled floats took 2-6 s on the loaded
    test machine (ten million several times that), which the watchdog could not interrupt.
    A list past 131,072 items is sorted in runs and merged two runs at a time, so the run stops
    at its budget; measured against the same sort unguarded (a ratio, not a fixed time)."""
    import random

    from runtime.core.budget import ScriptTimeout, run_limited
    from runtime.scripts.legacy.builtins import py2_sorted

    generator = random.Random(16)
    rows = [generator.random() for _ in range(2_000_000)]
    started = time.monotonic()
    sorted(rows)
    whole = time.monotonic() - started
    budget = whole / 10
    started = time.monotonic()
    with pytest.raises(ScriptTimeout):
        run_limited(budget, "sort", py2_sorted, rows)
    lasted = time.monotonic() - started
    print(f"\nsorting 2,000,000 floats: {whole:.2f} s unguarded; stopped {lasted:.2f} s into a {budget:.2f} s budget")
    assert lasted < budget + whole / 2


def test_long_lists_sort_as_before(run):
    """Sorting in runs gives Python 2's (stable) order with every argument, as Jython does."""
    out = run('''rows = range(300000)
rows.reverse()
f = rows.sort
f()
print rows[:3], rows[-1]
rows = [(i * 7919) % 300007 for i in range(300000)]
list.sort(rows, reverse=True)
print rows[:3]
getattr(rows, "sort")(key=lambda v: v % 10)
print rows[:3]
mixed = [None, 3, "a", 2.5, u"b", (1,), [0]] * 30000
mixed.sort()
print mixed[0], mixed[30000], mixed[-1], len(mixed)
print sorted(range(300000), cmp=lambda a, b: cmp(b, a))[:2], sorted([3, 1, 2]), sorted(xrange(200000), reverse=True)[:2]
pairs = [(i % 3, i) for i in range(300000)]
print sorted(pairs, key=lambda p: p[0], reverse=True)[:2], sorted(pairs, key=lambda p: p[0])[-1]
''')
    assert out.splitlines() == ["[0, 1, 2] 299999", "[300006, 300005, 300004]", "[300000, 299990, 299980]",
                                "None 2.5 b 210000", "[299999, 299998] [1, 2, 3] [199999, 199998]",
                                "[(2, 2), (2, 5)] (2, 299999)"]


def test_sets_and_dicts_still_behave_as_the_real_types(run):
    out = run('''import collections
d = dict(a=1, b=2)
s = set([1, 2, 2])
print type(d) is dict, type(s) == set, isinstance(d, dict), isinstance(frozenset(), frozenset), d.__class__ is dict
class Recipe(dict):
    def __init__(self, name, **steps):
        dict.__init__(self, **steps)
        self.name = name
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)
    def update(self, other):
        print "own update"
r = Recipe("bread", mix=5)
r["bake"] = 20
r.update({})
print r.name, sorted(r.items()), isinstance(r, dict), issubclass(Recipe, dict), dict.fromkeys("ab", 0) == {"a": 0, "b": 0}
s.update([3], set([4]))
print sorted(s), sorted(s.union([9])), s.issubset(range(10)), set, dict
c = collections.Counter("abracadabra")
groups = collections.defaultdict(set)
groups["a"].add(1)
print c.most_common(2), dict(groups), repr(frozenset([1])), type(groups).__name__
big = dict((i, i) for i in range(10000))
print len(dict(big)), len(set(range(10000))), len(dict(zip(range(5000), range(5000)))), len(set(xrange(9000)))
''')
    assert out.splitlines() == [
        "True True True True True",
        "own update",
        "bread [('bake', 40), ('mix', 5)] True True True",
        "[1, 2, 3, 4] [1, 2, 3, 4, 9] True <type 'set'> <type 'dict'>",
        "[('a', 5), ('b', 2)] {'a': set([1])} frozenset([1]) defaultdict",
        "10000 10000 5000 9000",
    ]


@pytest.mark.parametrize("attack", [
    "dict.build.__globals__", "set.real.__subclasses__()", "dict.safe.__init__.__globals__",
    "type(dict).__call__.__globals__", "frozenset.safe.__new__.__globals__", "dict.fromkeys.func.__globals__",
    "{}.update.func.__globals__", "set().union.args",
])
def test_the_safe_sets_and_dicts_hand_out_nothing_of_the_host(run, attack):
    out = run(f"x = {attack}\nprint 'reached', x\n")
    assert "reached" not in out or attack == "set().union.args"
    if attack == "set().union.args":  # a partial's own arguments: the script's set, nothing more
        assert out.startswith("reached (set([]),)") or "Error" in out


# -- the inline float fast paths of * and ** 2 keep the guards (runtime/scripts/sandbox/ticks.py) --

PRODUCT = "MemoryError: a product of a 6,000,001-bit and a 6,000,001-bit number"
SQUARE = "MemoryError: a 6,000,001-bit number ** 2 would have about 12,000,002 bits"


@pytest.mark.parametrize("source, refusal", [
    ("def square(d):\n    return d['v'] * d['v']\nprint square({'v': 1 << 6000000})\n", PRODUCT),  # subscripts
    ("def product(a, b):\n    return a * b\nprint product(1 << 6000000, 1 << 6000000)\n", PRODUCT),
    ("def squares(v):\n    return [x * x for x in [v]]\nprint squares(1 << 6000000)\n", PRODUCT),
    ("def squares(v):\n    return list(x * x for x in [v])\nprint squares(1 << 6000000)\n", PRODUCT),
    ("square = lambda v: v * v\nprint square(1 << 6000000)\n", PRODUCT),
    # a script's own int subclass is not an exact int: the guard sees it
    ("class Big(long):\n    pass\ndef square(v):\n    return v * v\nprint square(Big(1 << 6000000))\n", PRODUCT),
    # a float first does not let a huge product through on the right
    ("def f(a, b, c):\n    return a * (b * c)\nprint f(1.5, 1 << 6000000, 1 << 6000000)\n", PRODUCT),
    ("def square(v):\n    return v ** 2\nprint square(1 << 6000000)\n", SQUARE),
    ("def square(d):\n    return d['v'] ** 2\nprint square({'v': 1 << 6000000})\n", SQUARE),
    ("def squares(v):\n    return sum(x ** 2 for x in [v])\nprint squares(1 << 6000000)\n", SQUARE),
    ("class Big(long):\n    pass\ndef square(v):\n    return v ** 2\nprint square(Big(1 << 6000000))\n", SQUARE),
])
def test_a_huge_product_or_square_inside_a_function_is_still_refused(run, source, refusal):
    out = run(source)
    assert refusal in out and "over shim's limit of 10,000,000" in out


DIVISION = "MemoryError: a division of a 3,000,001-bit by a 1,500,001-bit number would cost about "


@pytest.mark.parametrize("source", [
    "def mean(total, n):\n    return total / n\nprint mean(1 << 3000000, 1 << 1500000)\n",
    "def mean(row):\n    return row['sum'] / row['n']\nprint mean({'sum': 1 << 3000000, 'n': 1 << 1500000})\n",
    "class Big(long):\n    pass\ndef mean(total, n):\n    return total / n\nprint mean(Big(1 << 3000000), Big(1 << 1500000))\n",
    # an int that claims to be a float does not take the float path
    "class Fake(long):\n    __class__ = float\ndef mean(total, n):\n    return total / n\n"
    "print mean(Fake(1 << 3000000), 1 << 1500000)\n",
])
def test_a_huge_integer_division_inside_a_function_is_still_refused(run, source):
    """``a / b`` inside a function divides an exact float natively (ticks.py); two integers,
    or a subclass of one, still go through ``_div_`` and its size check."""
    assert DIVISION in run(source)


@pytest.mark.parametrize("source", [
    "_num_types_ = frozenset([long])\n",
    "def f():\n    _num_types_ = frozenset([long])\n",
    "_type_ = lambda v: float\n",
    "_float_type_ = long\n",
    "def f(_type_):\n    return _type_\n",
    "def f():\n    _float_type_ = long\n",
])
def test_a_script_cannot_bind_the_names_the_fast_paths_use(run, source):
    out = run(source)
    assert "is a reserved name in shim's sandbox" in out


def test_globals_cannot_rebind_the_fast_paths_type_check(run):
    out = run("try:\n    globals()['_type_'] = lambda v: float\nexcept Exception, e:\n    print 'refused:', e\n"
              "def square(v):\n    return v * v\nprint square(1 << 6000000)\n")
    assert "refused:" in out and "MemoryError: a product of a " in out


def test_a_float_look_alike_does_not_take_the_fast_path(run):
    """An object whose ``__class__`` claims float is not an exact float: its product goes
    through the guard, which refuses the huge integer it hands on."""
    out = run("class Fake(object):\n    __class__ = float\n    def __init__(self, n):\n        self.n = n\n"
              "    def __mul__(self, other):\n        return self.n * other\n"
              "def f(a, b):\n    return a * b\nprint f(Fake(1 << 6000000), 1 << 6000000)\n")
    assert "MemoryError: a product of a " in out


def test_the_fast_paths_compute_as_python_does(run):
    out = run("log = []\n"
              "def value(name, v):\n    log.append(name)\n    return v\n"
              "class Meter(float):\n    def __mul__(self, other):\n        return 'meter*'\n"
              "    def __pow__(self, other):\n        return 'meter**'\n"
              "def f():\n    k = 3.0\n"
              "    print value('a', 1.5) * value('b', 2), value('c', 2) * value('d', 0.25), log\n"
              "    print Meter(2.0) * k, Meter(2.0) ** 2, 1e200 ** 2, (-1.5) ** 2, 7 ** 2, [0.5] * 2\n"
              "    print [x * x for x in [0.5, 3]], sum(x ** 2 for x in [0.5, 3])\n"
              "f()\n")
    assert out.splitlines() == ["3.0 0.5 ['a', 'b', 'c', 'd']",
                                "meter* meter** inf 2.25 49 [0.5, 0.5]",
                                "[0.25, 9] 9.25"]


#: One string method call whose result is gigabytes (red team, round 4): each filled memory in
#: one call into C (``'x'.ljust(10**9)`` took 4.4 s and a gigabyte with the interpreter lock held).
GROWING_TEXT = {
    "ljust": "'x'.ljust(2 * 10**9)",
    "rjust_unbound": "str.rjust('x', 2 * 10**9)",
    "center_unicode": "u'x'.center(2 * 10**9)",
    "center_unicode_unbound": "unicode.center(u'x', 2 * 10**9)",
    "zfill": "'1'.zfill(2 * 10**9)",
    "unicode_subclass": "U('x').ljust(2 * 10**9)",
    "expandtabs": "('\\t' * 1000).expandtabs(10**7)",
    "replace": "('a' * 10000).replace('a', 'b' * 100000)",
    "replace_empty": "('a' * 10**5).replace('', 'b' * 10**4)",
    "join": "''.join(['x' * 10**8] * 30)",
    "join_unicode_generator": "u''.join(x for x in ['x' * 10**8] * 30)",
    "join_read": "f = ''.join\nf(['x' * 10**8] * 30)",
    "getattr_ljust": "getattr('x', 'ljust')(2 * 10**9)",
    "percent_star_width": "'%*d' % (2 * 10**9, 1)",
    "percent_negative_star_width": "'%*d' % (-2 * 10**9, 1)",
    "percent_literal_width": "'%2000000000d' % 1",
    "percent_star_precision": "'%.*f' % (2 * 10**9, 1.0)",
    "percent_keyed_width": "'%(a)300000000s' % {'a': 1}",
    "percent_format_in_a_name": "f = '%300000000s'\nf % 'x'",
    "format_width": "'{:>1000000000}'.format(1)",
    "format_width_unicode": "u'{0:^1000000000}'.format(u'x')",
    "format_nested_width": "'{:{w}}'.format(1, w=10**9)",
    "format_nested_width_unbound": "unicode.format(u'{0:{1}}', 1, 10**9)",
    "format_precision": "'{0:.1000000000f}'.format(1.0)",
    "format_builtin": "format(1.5, '.1000000000f')",
    "format_bound_elsewhere": "f = ('{:>%d}' % 10**9).format\nf(2)",
    "format_getattr": "getattr('{0:1000000000}', 'format')('x')",
    "format_map_nested": "'{a:{w}}'.format_map({'a': 1, 'w': 10**9})",
    "format_item_field": "'{0[0]:>{1}}'.format(['x'], 10**9)",
    "format_many_digits": "('{:>%s}' % ('9' * 5000)).format(1)",
}


@pytest.mark.parametrize("case", sorted(GROWING_TEXT))
def test_a_string_method_building_gigabytes_is_refused(case):
    """Padding (methods, %-format widths, str.format/format() widths and precisions, nested ones
    once filled in), tab expansion, replacement and joins whose result would pass shim's 100 MB
    text limit raise a MemoryError a script can catch, before anything is allocated."""
    from runtime.core.budget import run_limited
    from runtime.tools.testing import run_legacy_script

    source = ("class U(unicode):\n    pass\ntry:\n    r = " + GROWING_TEXT[case].replace("\n", "\n    ") +
              "\nexcept MemoryError, e:\n    print 'refused:', e\n")
    out = run_limited(2.0, "grow", run_legacy_script, source)
    assert out.startswith("refused: ") and "over shim's limit of 100,000,000" in out, out


#: One call into C that runs for seconds on a text the script may build (red team, round 5):
#: ``time.strftime('%c' * 10**7)`` ran 55 s past a 3 s budget.
SLOW_FORMATS = {
    "time_strftime": ("import time\nr = time.strftime('%c' * 10**6)", "over shim's limit of 10,000"),
    "date_strftime": ("import datetime\nr = datetime.date(2020, 1, 1).strftime('%c' * 10**6)",
                      "over shim's limit of 10,000"),
    "datetime_strftime_unbound": ("from datetime import datetime\n"
                                  "r = datetime.strftime(datetime(2020, 1, 1), '%H' * 10**6)",
                                  "over shim's limit of 10,000"),
    "time_strftime_getattr": ("import datetime\nr = getattr(datetime.time(1, 2), 'strftime')('%M' * 10**6)",
                              "over shim's limit of 10,000"),
    "format_date": ("import datetime\nr = format(datetime.date(2020, 1, 1), '%c' * 10**6)",
                    "over shim's limit of 10,000"),
    "str_format_date": ("import datetime\nr = ('{0:' + '%c' * 10**6 + '}').format(datetime.date(2020, 1, 1))",
                        "over shim's limit of 10,000"),
}


@pytest.mark.parametrize("case", sorted(SLOW_FORMATS))
def test_a_format_that_would_hold_the_interpreter_is_refused_at_once(case):
    """A date format of more than 10,000 directives is refused with a MemoryError a script
    catches, however the format reaches strftime."""
    from runtime.core.budget import run_limited
    from runtime.tools.testing import run_legacy_script

    attack, refusal = SLOW_FORMATS[case]
    source = ("def report(e):\n    print 'refused:', e\ntry:\n    " + attack.replace("\n", "\n    ") +
              "\nexcept Exception, e:\n    report(e)\n")
    out = run_limited(2.0, "slow", run_legacy_script, source)
    assert out.startswith("refused: ") and refusal in out, out


def test_string_methods_that_stay_small_work_as_in_jython():
    from runtime.tools.testing import run_legacy_script

    out = run_legacy_script(
        "print 'ab'.ljust(5, '-') + '|', 'ab'.rjust(4), u'a'.center(3, u'*'), '7'.zfill(3)\n"
        "print 'a\\tb'.expandtabs(4), 'abca'.replace('a', 'XY', 1), str.replace(u'aa', 'a', 'b')\n"
        "print ','.join(x for x in 'abc'), str.join('-', ['a', 'b']), u'-'.join([u'a', 'b'])\n"
        "f = ''.join\nprint f(['a', 'b']), map(str.strip, [' a ']), map(''.join, [('a', 'b')])\n"
        "class S(str):\n    def replace(self, a, b):\n        return 'own'\n"
        "print S('a').replace('a', 'b'), S('ab').ljust(4) + '|'\n"
        "print '%*d|%-5s|%.3f|%05d|%%|%.*f|%-*s|' % (4, 1, 'a', 1.5, 7, 2, 3.14159, -3, 'b')\n"
        "try:\n    ' '.join([1, 2])\nexcept TypeError, e:\n    print e\n"
        "print '{0:>6}|{1:{2}}|'.format(1, 'ab', 4), u'{0:^{1}}|{n:<{w}.2f}|'.format(u'a', 5, n=1.5, w=7)\n"
        "print 'order 1234567890: {0} {{literal}} {1:.3f}'.format('x', 2.0 / 3), format(7, '05')\n"
        "print '{0[0]:>{1}}|{2!r:>6}'.format(['z'], 3, u'a'), str.format('{0:{1}}|', 'a', 3)\n"
        "import datetime, time\nd = datetime.datetime(2020, 1, 2, 3, 4)\n"
        "print d.strftime('%Y-%m-%d %H:%M'), '{0:%d/%m}'.format(d), time.strftime('%Y', time.gmtime(0))\n"
        "print len(('{0}' + ' ' * 20000).format(1)), len(('%H' * 10000).join(['', '']))\n")
    assert out == ("ab---| " "  ab *a* 007\n"
                   "a   b XYbca bb\n"
                   "a,b,c a-b a-b\n"
                   "ab ['a'] ['ab']\n"
                   "own ab  |\n"
                   "   1|a    |1.500|00007|%|3.14|b  |\n"
                   "sequence item 0: expected string, int found\n"
                   "     1|ab  |   a  |1.50   |\n"  # as the real jython prints them
                   "order 1234567890: x {literal} 0.667 00007\n"
                   "  z|  u'a' a  |\n"
                   "2020-01-02 03:04 02/01 1970\n"
                   "20001 20000\n")
