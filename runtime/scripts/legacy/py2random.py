"""Jython 2.7's ``random``: the same numbers after ``random.seed(n)`` as in Ignition.

Jython's ``random`` module is CPython 2.7's ``Lib/random.py`` (its ``randrange``, ``choice``,
``shuffle``, ``sample``, ``gauss`` ... built on ``random()``) over a core generator of its own,
``org.python.modules.random.PyRandom``, which is a ``java.util.Random``, not CPython's Mersenne
Twister (Jython 2.7.3: ``PyRandom.Random_seed``/``Random_random``/``Random_getrandbits``):

* ``seed(n)``: an int seeds Java's generator with ``n``, a long with ``n % Long.MAX_VALUE``,
  anything else with its hash (``hash('abc')``, Java's ``String.hashCode``); no argument, the
  clock (here: the OS's random bytes);
* ``random()``: two ``nextInt()`` draws, ``((a >>> 5) * 2**26 + (b >>> 6)) / 2**53``;
* ``getrandbits(k)``: ``new BigInteger(k, random)`` (``nextBytes``, big-endian), a long.

So ``random.seed(42); random.random()`` is ``0.727563687076`` in Jython (CPython 2:
``0.639426798458``), and every seeded simulation or test-data script draws Jython's sequence.
The algorithms above ``random()`` follow the Python 2.7 library reference ("random --
Generate pseudo-random numbers") and its source, line for line where the numbers depend on it.
"""
from __future__ import annotations

import math
import os
from typing import Any

from runtime.emulated.java._random import Random as JavaRandom
from runtime.scripts.legacy.jorder import java_hash
from runtime.scripts.legacy.py2types import as_long, long, ordered_iter

_LONG_MAX = (1 << 63) - 1
_BPF = 53  # bits in a float: past this randrange draws getrandbits
_NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)
_TWOPI = 2.0 * math.pi


def _seed_value(a: Any) -> int:
    """What Jython's ``PyRandom.seed`` hands ``java.util.Random.setSeed``."""
    if isinstance(a, bool) or (isinstance(a, int) and not isinstance(a, long) and -(1 << 31) <= a < 1 << 31):
        return int(a)
    if isinstance(a, int):
        return a % _LONG_MAX
    return java_hash(a)


class Random:
    """``random.Random([x])``: a generator of its own, seeded as Jython seeds one."""

    __slots__ = ("_java", "gauss_next")
    __module__ = "random"

    def __init__(self, x: Any = None) -> None:
        self._java = JavaRandom(0)
        self.seed(x)

    def seed(self, a: Any = None) -> None:
        if a is None:
            a = as_long(int.from_bytes(os.urandom(16), "big"))
        self._java.setSeed(_seed_value(a))
        self.gauss_next = None

    def random(self) -> float:
        a = (self._java.nextInt() & 0xFFFFFFFF) >> 5
        b = (self._java.nextInt() & 0xFFFFFFFF) >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k: int) -> int:
        if k < 0:
            raise ValueError("numBits must be non-negative")
        size = (k + 7) // 8
        data = bytearray(size)
        i = 0
        while i < size:  # java.util.Random.nextBytes
            rnd = self._java.nextInt()
            for _ in range(min(size - i, 4)):
                data[i] = rnd & 0xFF
                rnd >>= 8
                i += 1
        if size:
            data[0] &= (1 << (8 - (8 * size - k))) - 1
        return as_long(int.from_bytes(bytes(data), "big"))

    def _randbelow(self, n: int) -> int:
        k = int(1.00001 + math.log(n - 1, 2.0))
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start: Any, stop: Any = None, step: Any = 1) -> int:
        istart = int(start)
        if istart != start:
            raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if istart > 0:
                if istart >= 1 << _BPF:
                    return self._randbelow(istart)
                return int(self.random() * istart)
            raise ValueError("empty range for randrange()")
        istop = int(stop)
        if istop != stop:
            raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        if step == 1 and width > 0:
            if width >= 1 << _BPF:
                return int(istart + self._randbelow(width))
            return int(istart + int(self.random() * width))
        if step == 1:
            raise ValueError("empty range for randrange() (%d,%d, %d)" % (istart, istop, width))
        istep = int(step)
        if istep != step:
            raise ValueError("non-integer step for randrange()")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        if n >= 1 << _BPF:
            return istart + istep * self._randbelow(n)
        return istart + istep * int(self.random() * n)

    def randint(self, a: int, b: int) -> int:
        return self.randrange(a, b + 1)

    def choice(self, seq: Any) -> Any:
        return seq[int(self.random() * len(seq))]  # an empty sequence: IndexError

    def shuffle(self, x: Any, random: Any = None) -> None:
        if random is None:
            random = self.random
        for i in reversed(range(1, len(x))):
            j = int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]

    def sample(self, population: Any, k: int) -> list:
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("sample larger than population")
        result: list = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** math.ceil(math.log(k * 3, 4))
        if n <= setsize or hasattr(population, "keys"):
            pool = list(population)
            for i in range(k):
                j = int(self.random() * (n - i))
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            return result
        if isinstance(population, (set, frozenset)):
            if k:  # Python 2 draws once, fails to index the set, and retries on tuple(population)
                self.random()
            return self.sample(tuple(ordered_iter(population)), k)
        selected: set = set()
        for i in range(k):
            j = int(self.random() * n)
            while j in selected:
                j = int(self.random() * n)
            selected.add(j)
            result[i] = population[j]
        return result

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.random()

    def triangular(self, low: float = 0.0, high: float = 1.0, mode: float | None = None) -> float:
        u = self.random()
        c = 0.5 if mode is None else (mode - low) / (high - low)
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def normalvariate(self, mu: float, sigma: float) -> float:
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -math.log(u2):
                return mu + z * sigma

    def lognormvariate(self, mu: float, sigma: float) -> float:
        return math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd: float) -> float:
        return -math.log(1.0 - self.random()) / lambd

    def gauss(self, mu: float, sigma: float) -> float:
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * _TWOPI
            g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            z = math.cos(x2pi) * g2rad
            self.gauss_next = math.sin(x2pi) * g2rad
        return mu + z * sigma


#: the module-level functions scripts call (``random.seed``, ``random.randint`` ...)
FUNCTIONS: tuple[str, ...] = (
    "choice", "expovariate", "gauss", "getrandbits", "lognormvariate", "normalvariate", "randint",
    "random", "randrange", "sample", "seed", "shuffle", "triangular", "uniform",
)
