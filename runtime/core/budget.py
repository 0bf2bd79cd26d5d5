"""Time budgets for scripts: runaway handlers are stopped, the gateway goes on.

RestrictedPython stops nothing at run time, and ``sys.settrace`` costs too much, so two cheap
mechanisms work together:

* a watchdog thread knows each running handler's deadline; when one passes, it marks that
  thread as expired and raises ``ScriptTimeout`` in it asynchronously (CPython's
  ``PyThreadState_SetAsyncExc``), which stops a plain ``while True: pass`` at its next bytecode;
* the compiler inserts ``_tick_()`` at every ``while`` loop head and function entry; a tick
  costs one global lookup and a set test, and raises again for an expired thread, so a script
  cannot swallow the timeout with a bare ``except:`` and carry on looping.

``ScriptTimeout`` derives from BaseException, so ``except Exception`` in a script does not
catch it, as Jython's ``ThreadDeath`` would not be caught by ``except Exception`` either.
"""
from __future__ import annotations

import array
import collections
import contextlib
import ctypes
import decimal
import fractions
import math
import operator
import re
from typing import Any, Callable, Iterator
import threading
import time
import types

#: Seconds a handler may run unless its settings say otherwise.
DEFAULT_TIME_LIMIT = 60.0

#: How often the watchdog looks at running handlers (seconds).
_POLL = 0.02

#: Seconds past its budget after which a script the timeout has not stopped counts as stuck
#: (``_Watchdog.start``'s ``on_stuck``): a plain overrun stops within a poll or two.
STUCK_GRACE = 0.5

#: Idents of threads whose script ran out of time (tested by every ``_tick_``).
_EXPIRED: set[int] = set()

_get_ident = threading.get_ident


class ScriptTimeout(BaseException):
    """A script ran past its time budget and was stopped."""


def run_limited(seconds: float | None, label: str, function: Callable[..., Any], *args: Any,
                **kwargs: Any) -> Any:
    """Call ``function`` under a time budget (None or 0: none): for script work that runs
    outside a handler (``invokeAsynchronous``, ``invokeLater``, request callbacks)."""
    if not seconds:
        return function(*args, **kwargs)
    ident = _get_ident()
    WATCHDOG.start(ident, seconds, label)
    try:
        return function(*args, **kwargs)
    finally:
        WATCHDOG.stop(ident)


def expired() -> bool:
    """Whether the script running on this thread is out of time (for C-level work that polls:
    SQLite's progress handler)."""
    return bool(_EXPIRED) and _get_ident() in _EXPIRED


def time_left() -> float | None:
    """Seconds left of the time budget of the script running on this thread (None: it has
    none), for work done in C that can be told when to stop (a database server's statement
    timeout)."""
    return WATCHDOG.time_left(_get_ident())


#: idents of threads blocked in C on a server, and what stops that wait (``cancellable``)
_CANCELS: dict[int, Callable[[], None]] = {}


@contextlib.contextmanager
def cancellable(cancel: Callable[[], None]) -> Iterator[None]:
    """While the block runs, the watchdog calls ``cancel`` (on a thread of its own) when this
    thread's script runs out of time: for a wait on a server in C that the timeout cannot
    interrupt and whose own limits the script can change (a PostgreSQL statement: the script's
    SQL may set ``statement_timeout`` to 0, even in the string of the slow statement itself)."""
    ident = _get_ident()
    _CANCELS[ident] = cancel
    try:
        yield
    finally:
        _CANCELS.pop(ident, None)


def tick() -> None:
    """``_tick_``: inserted at loop heads and function entries; raises once time is up."""
    if _EXPIRED and _get_ident() in _EXPIRED:
        raise ScriptTimeout("the script ran past its time budget and was stopped")


class _Watchdog:
    """One thread watching every running script's deadline."""

    def __init__(self) -> None:
        #: ident -> (deadline, label, limit, when it counts as stuck, what to call then)
        self._running: dict[int, tuple[float, str, float, float, Callable[[], None] | None]] = {}
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._sleeping = True  # nothing to watch: the thread waits for a wake-up

    def time_left(self, ident: int) -> float | None:
        """Seconds until the deadline of the script running on thread ``ident`` (None: none)."""
        entry = self._running.get(ident)
        return None if entry is None else max(entry[0] - time.monotonic(), 0.001)

    def start(self, ident: int, seconds: float, label: str, on_stuck: Callable[[], None] | None = None) -> None:
        """Watch thread ``ident``'s script for ``seconds``. ``on_stuck`` is called (once, on a
        thread of its own) when the script is still running ``STUCK_GRACE`` seconds past its
        budget: the timeout could not reach it (a C call, a wait that ignores the budget)."""
        with self._lock:
            if ident in _EXPIRED:  # the last run's timeout landed before its stop() could run
                _EXPIRED.discard(ident)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)
            now = time.monotonic()
            self._running[ident] = (now + seconds, label, seconds, now + seconds + STUCK_GRACE, on_stuck)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="shim-watchdog", daemon=True)
                self._thread.start()
            wake, self._sleeping = self._sleeping, False
        if wake:
            self._wake.set()

    def stop(self, ident: int) -> None:
        """Stop watching thread ``ident`` (called by that thread). Only it adds its own entry
        and the watchdog only replaces entries that are there, so one it does not hold needs
        no lock (a worker stops twice per task: its run's budget, then in case one was left)."""
        if ident not in self._running:
            return
        with self._lock:
            if self._running.pop(ident, None) is not None and ident in _EXPIRED:
                _EXPIRED.discard(ident)
                # a timeout sent but not yet raised must not land in shim's own code
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)

    def _loop(self) -> None:
        while True:
            with self._lock:
                self._sleeping = not self._running
            self._wake.wait(None if self._sleeping else _POLL)
            self._wake.clear()
            now = time.monotonic()
            stuck = []
            with self._lock:  # under the lock: a script that already stopped is never hit
                late = [(ident, entry) for ident, entry in self._running.items() if entry[0] <= now]
                for ident, (_, label, limit, stuck_at, on_stuck) in late:
                    _EXPIRED.add(ident)
                    cancel = _CANCELS.pop(ident, None)
                    if cancel is not None:
                        stuck.append(cancel)
                    if on_stuck is not None and now >= stuck_at:
                        stuck.append(on_stuck)
                        on_stuck = None
                    # ask again later in case the script swallowed this one
                    self._running[ident] = (now + 0.25, label, limit, stuck_at, on_stuck)
                    _interrupt(ident, f"{label} ran past its time budget of {limit:g} s and was stopped")
            for call in stuck:
                threading.Thread(target=call, name="shim-stuck-run", daemon=True).start()


def _interrupt(ident: int, message: str) -> None:
    error = type("ScriptTimeout", (ScriptTimeout,), {"__init__": _fixed_message(message),
                                                     "__module__": __name__})
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(error))


def _fixed_message(message: str):
    def __init__(self, *args: object) -> None:
        BaseException.__init__(self, message)
    return __init__


WATCHDOG = _Watchdog()


#: The most items one sequence operation may build in one call into C (``range(n)``, ``seq * n``):
#: ten million items take about 0.3 s of C code to build (a second on a loaded machine) and sort
#: (when ordered), while plant code's largest lists (rows of a dataset or a tag history query:
#: a million at most in practice) stay well below it. ``sorted(range(10**8))`` ran for many
#: seconds the watchdog could not interrupt; ``xrange`` iterates in Python past 5 million.
MAX_ITEMS = 10_000_000


def multiply(left: object, right: object) -> object:
    """``_mul_``: ``a * b`` where neither side is a number literal: a repetition past
    ``MAX_ITEMS`` items (``'x' * 10**10``, ``rows * n``) fails with a clear MemoryError before it
    allocates, and a product of integers past ``MAX_POWER_BITS`` bits (one multiplication of two
    ten-million-bit numbers is seconds of C code the watchdog cannot interrupt) is refused."""
    if type(left) is float or type(right) is float:
        return left * right  # type: ignore[operator]
    if type(left) is int and type(right) is int and (-_WORD < left < _WORD or -_WORD < right < _WORD):
        return left * right  # linear in the other side's size: never slow
    left, right = _counted(left, right)
    _check_product(left, right)
    return left * right  # type: ignore[operator]


_WORD = 1 << 64


def multiply_in_place(left: object, right: object) -> object:
    """``_imul_``: ``a *= b`` with the checks of ``multiply`` (a list still grows in place)."""
    if type(left) is not float and type(right) is not float:
        left, right = _counted(left, right)
        _check_product(left, right)
    return operator.imul(left, right)


def _counted(left: object, right: object) -> tuple[object, object]:
    """The operands of a product, a sequence's repetition count as the ``int`` its
    ``__index__`` gives (asked once: a script's ``__index__`` could answer 1 to the check and
    10**10 to the repetition), unless the count's class multiplies on its own (``__rmul__``
    beside a sequence on the left, ``__mul__`` on the right), which Python would call first."""
    if isinstance(left, _SEQUENCES):
        return left, _as_count(right, "__rmul__")
    if isinstance(right, _SEQUENCES):
        return _as_count(left, "__mul__"), right
    return left, right


def _as_count(operand: object, own_product: str) -> object:
    kind = type(operand)
    if isinstance(operand, int) or not hasattr(kind, "__index__") or hasattr(kind, own_product):
        return operand
    return operator.index(operand)


def _check_product(left: object, right: object) -> None:
    if isinstance(right, int):
        if isinstance(left, int):
            if left and right and left.bit_length() + right.bit_length() > MAX_POWER_BITS:
                raise MemoryError(f"a product of a {left.bit_length():,}-bit and a {right.bit_length():,}-bit "
                                  f"number would have about {left.bit_length() + right.bit_length():,} bits: "
                                  f"over shim's limit of {MAX_POWER_BITS:,}")
        elif isinstance(left, _SEQUENCES):
            _check_repetition(left, right)
    elif isinstance(left, int) and isinstance(right, _SEQUENCES):
        _check_repetition(right, left)


#: Word operations (64-bit words of the quotient times words of the divisor) one integer
#: division or modulo may cost: CPython divides big integers by schoolbook long division, in C
#: code the watchdog cannot interrupt, at 35-130 million word operations a second here (a
#: 3-million-bit number divided by a 1.5-million-bit one: 8 s). Ten million is under 0.3 s;
#: what plant code divides (timestamps, counters, even RSA-size numbers) is far below it.
MAX_DIVISION_WORK = 10_000_000


def check_division(left: object, right: object) -> None:
    """Refuse ``left // right``, ``left % right`` or ``divmod`` of two integers whose long
    division costs more than ``MAX_DIVISION_WORK`` (a MemoryError, as the product's refusal)."""
    if isinstance(left, int) and isinstance(right, int) and not -_WORD < right < _WORD:
        top, bottom = abs(left).bit_length(), abs(right).bit_length()
        work = ((top - bottom) // 64 + 1) * (bottom // 64 + 1) if top > bottom else 0
        if work > MAX_DIVISION_WORK:
            raise MemoryError(f"a division of a {top:,}-bit by a {bottom:,}-bit number would cost about "
                              f"{work:,} word operations: over shim's limit of {MAX_DIVISION_WORK:,}")


def floor_divide(left: object, right: object) -> object:
    """``_floordiv_``: ``a // b`` (unless ``b`` is a number literal) under ``check_division``."""
    if type(right) is int and -_WORD < right < _WORD:
        return left // right  # type: ignore[operator]
    check_division(left, right)
    return left // right  # type: ignore[operator]


def floor_divide_in_place(left: object, right: object) -> object:
    """``_ifloordiv_``: ``a //= b`` with the check of ``floor_divide``."""
    check_division(left, right)
    return operator.ifloordiv(left, right)


def modulo(left: object, right: object) -> object:
    """``operator.mod`` for scripts, under ``check_division``."""
    check_division(left, right)
    return left % right  # type: ignore[operator]


def modulo_in_place(left: object, right: object) -> object:
    """``operator.imod`` for scripts, under ``check_division``."""
    check_division(left, right)
    return operator.imod(left, right)


def div_mod(left: object, right: object) -> object:
    """The scripts' ``divmod``, under ``check_division``."""
    check_division(left, right)
    return divmod(left, right)  # type: ignore[operator]


_SEQUENCES = (str, bytes, bytearray, list, tuple, array.array, collections.deque)

#: The longest string a repetition may build (``'x' * n`` is one memset, never slow: the limit
#: is the gateway's memory; 100 MB is also the longest string SQLite takes from a script).
MAX_TEXT = 100_000_000


def _check_repetition(sequence: Any, count: int) -> None:
    items = len(sequence) * count * (sequence.itemsize if isinstance(sequence, array.array) else 1)
    limit = MAX_TEXT if isinstance(sequence, (str, bytes, bytearray, array.array)) else MAX_ITEMS
    if items > limit:
        raise MemoryError(f"repeating a sequence of {len(sequence):,} item(s) {count:,} times would build "
                          f"{items:,} items: over shim's limit of {limit:,}")


def check_join(separator: Any, parts: Any) -> None:
    """Refuse ``separator.join(parts)`` (``parts`` a list or tuple) past ``MAX_TEXT``
    characters: ``''.join([big] * 30)`` is one C call filling gigabytes. A part that is not a
    string is left to the join's own TypeError."""
    if len(parts) < 2:
        return
    try:
        size = sum(map(str.__len__ if isinstance(separator, str) else len, parts))
    except TypeError:
        return
    size += len(separator) * (len(parts) - 1)
    if size > MAX_TEXT:
        raise MemoryError(f"joining {len(parts):,} strings would build a string of {size:,} characters: "
                          f"over shim's limit of {MAX_TEXT:,}")


_SPEC_NUMBER = re.compile(r"\d{9,}")


def check_format_spec(spec: str) -> None:
    """Refuse a ``format()`` / ``str.format`` field whose width or precision passes ``MAX_TEXT``
    (``'{:>1000000000}'.format(1)``, ``format(1.0, '.1000000000f')``, ``'{:{w}}'.format(1,
    w=10**9)`` once ``w`` is filled in): one call into C filling gigabytes with the interpreter
    lock held. Jython raises an ``OutOfMemoryError`` past the JVM's heap; shim raises the
    ``MemoryError`` of an over-long repetition. A 9-digit number that fits passes; a precision
    over the limit is refused for a string too (where it would only cut)."""
    if len(spec) > 8:
        check_time_format(spec)  # format(date, '%c' * n) is a strftime
        for digits in _SPEC_NUMBER.findall(spec):
            digits = digits.lstrip("0")
            if len(digits) > 9 or int(digits or 0) > MAX_TEXT:  # (no int() of a 5,000-digit run)
                raise MemoryError(f"formatting with the spec {spec[:40]!r} would build a string over shim's "
                                  f"limit of {MAX_TEXT:,} characters")


#: The most ``%`` directives a strftime format may hold: each is formatted by C code that the
#: watchdog cannot interrupt (``time.strftime('%c' * 10**7)`` ran 55 s past a 3 s budget); a
#: plant's date formats hold a dozen.
MAX_TIME_DIRECTIVES = 10_000


def check_time_format(fmt: object) -> None:
    """Refuse a date format (``strftime``, ``format(date, spec)``) of more than
    ``MAX_TIME_DIRECTIVES`` directives. Jython formats it in Java code a thread can stop; in
    CPython it is one call into C."""
    if isinstance(fmt, str) and len(fmt) > MAX_TIME_DIRECTIVES and fmt.count("%") > MAX_TIME_DIRECTIVES:
        raise MemoryError(f"a date format of {fmt.count('%'):,} directives: over shim's limit of "
                          f"{MAX_TIME_DIRECTIVES:,}")


def strftime(fmt: str, *args: Any) -> str:
    """The scripts' ``time.strftime``, under ``check_time_format``."""
    check_time_format(fmt)
    return time.strftime(fmt, *args)


class CheckedTimeFormat:
    """A ``date``/``datetime``/``time`` object's ``strftime`` as a script reads it, bound
    (``d.strftime``) or unbound (``datetime.date.strftime``): its format is checked first."""

    __slots__ = ("_method",)

    def __init__(self, method: Callable[..., str]) -> None:
        self._method = method

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        for value in (*args, *kwargs.values()):
            check_time_format(value)
        return self._method(*args, **kwargs)

    def __repr__(self) -> str:
        return repr(self._method)


#: The most bits an integer power may produce (``3 ** 10**9`` would run for minutes in C code
#: the watchdog cannot interrupt).
MAX_POWER_BITS = 10_000_000


#: The most digits a ``Decimal`` may have when made from or into an integer: CPython converts
#: between the two by quadratic C code (``Decimal(1 << 1000000)``, 301,030 digits: 1.8 s;
#: ``int(Decimal('1e100000'))``: 0.4 s; 30,000 digits take about 30 ms).
MAX_DECIMAL_DIGITS = 30_000

#: The most bits of a script's ``Fraction``'s numerator or denominator: each operation takes a
#: gcd, quadratic C code (two 100,000-bit fractions add in 0.2 s, 50,000-bit ones in ~50 ms).
MAX_FRACTION_BITS = 50_000


def check_decimal_digits(value: object, what: str) -> None:
    """Refuse making an integer of a Decimal with more than ``MAX_DECIMAL_DIGITS`` digits
    before its point (``int(Decimal('1e999999999'))`` would never end)."""
    if isinstance(value, decimal.Decimal) and value.is_finite() and value.adjusted() > MAX_DECIMAL_DIGITS:
        raise MemoryError(f"{what} of a Decimal of {value.adjusted() + 1:,} digits: over shim's limit of "
                          f"{MAX_DECIMAL_DIGITS:,} digits")


#: the largest ``math.factorial`` argument (about 0.3 s of C code that nothing can interrupt)
MAX_FACTORIAL = 100_000


def factorial(n: object) -> object:
    """``math.factorial``, refusing arguments whose result takes more than a moment of C code."""
    if isinstance(n, int) and n > MAX_FACTORIAL:
        raise MemoryError(f"factorial({n}) is over shim's limit of factorial({MAX_FACTORIAL:,})")
    return math.factorial(n)  # type: ignore[arg-type]


def shift(value: object, count: object) -> object:
    """``_lshift_``: ``value << count``, refusing results past the power limit's size."""
    if isinstance(value, int) and isinstance(count, int) and value and \
            value.bit_length() + count > MAX_POWER_BITS:
        raise MemoryError(f"<< {count} would make a number of about {value.bit_length() + count:,} bits: "
                          f"over shim's limit of {MAX_POWER_BITS:,}")
    return value << count  # type: ignore[operator]


def endless(kind: str) -> Callable[..., Iterator]:
    """``itertools.count``/``repeat``/``cycle`` as generators: C code consuming a C iterator
    that never ends (``1 in repeat(0)``, ``deque(count(), 0)``, ``sum(count())``) would hold the
    interpreter where the watchdog cannot stop it; a generator runs Python code, which it can."""
    import itertools

    real = getattr(itertools, kind)

    def generator(*args: Any, **kwargs: Any) -> Iterator:
        if kind == "repeat" and (len(args) > 1 or "times" in kwargs):
            yield from real(*args, **kwargs)  # bounded
            return
        for item in real(*args, **kwargs):
            yield item
    generator.__name__ = kind
    return generator


#: The most items a set or dict takes from one argument in one call into C (about a
#: millisecond of plain work; 4096 keys that all collide cost about 8 million comparisons).
C_ITEMS = 4096


def interruptible(iterable: Any) -> Any:
    """``iterable``, or a generator over it when it holds more than ``C_ITEMS`` items (or is an
    iterator of C code): a set or dict filled from it in one call into C compares each key with
    every colliding one before it (integer keys equal modulo 2**61 - 1 all collide), minutes of
    C work that only a generator between the items lets the watchdog stop."""
    if type(iterable) is types.GeneratorType:
        return iterable
    try:
        size = len(iterable)
    except TypeError:  # an iterator: unknown length
        return _one_by_one(iterable)
    return iterable if size <= C_ITEMS else _one_by_one(iterable)


def interruptible_pairs(argument: Any) -> Any:
    """``interruptible`` for what ``dict()``/``update`` take: a mapping or key-value pairs."""
    if hasattr(argument, "keys") and hasattr(argument, "__getitem__"):
        if len(argument) <= C_ITEMS:
            return argument
        if isinstance(argument, dict):
            return _one_by_one(dict.items(argument))
        return _one_by_one((key, argument[key]) for key in argument.keys())
    return interruptible(argument)


def _one_by_one(iterable: Any) -> Iterator:
    for item in iterable:
        yield item


def power(base: object, exponent: object, modulus: object = None) -> object:
    """``_pow_`` / ``pow``: ``base ** exponent``, refusing integer powers too large to compute
    in reasonable time (a modular ``pow(a, b, m)`` is always cheap)."""
    if type(base) is float and type(exponent) is int and modulus is None:
        try:  # never huge, never complex: skip the checks
            return base ** exponent
        except OverflowError:
            return _plain_power(base, exponent)
    if isinstance(base, fractions.Fraction) and type(exponent) is int:  # its parts are int powers
        bits = max(abs(base.numerator).bit_length(), base.denominator.bit_length()) * abs(exponent)
        if bits > MAX_POWER_BITS:
            raise MemoryError(f"a Fraction ** {exponent} would have about {bits:,} bits: "
                              f"over shim's limit of {MAX_POWER_BITS:,}")
    if modulus is None and type(exponent) is int and exponent > 1 and isinstance(base, int) \
            and abs(base) > 1 and abs(base).bit_length() * exponent > MAX_POWER_BITS:
        # the base by its size: a number past 4,300 digits has no str() in Python 3
        shown = base if abs(base).bit_length() <= 64 else f"a {abs(base).bit_length():,}-bit number"
        raise MemoryError(f"{shown} ** {exponent} would have about {abs(base).bit_length() * exponent:,} bits: "
                          f"over shim's limit of {MAX_POWER_BITS:,}")
    if modulus is None and type(exponent) is float and not exponent.is_integer() \
            and isinstance(base, (int, float)) and base < 0:
        raise ValueError("negative number cannot be raised to a fractional power")  # Python 2: not complex
    if modulus is not None:
        if isinstance(exponent, int) and exponent < 0:
            # Python 3 computes a modular inverse (seconds of C code for a 100,000-bit modulus);
            # Jython refuses it
            raise TypeError("pow() 3rd argument not allowed unless all arguments are integers")
        if type(modulus) is int and type(exponent) is int and exponent > 0 and \
                (modulus.bit_length() // 64 + 1) ** 2 * exponent.bit_length() > MAX_MODULAR_WORK:
            # each step reduces by a division quadratic in the modulus's size, in C
            raise MemoryError(f"pow(x, y, z) with a {modulus.bit_length():,}-bit modulus and a "
                              f"{exponent.bit_length():,}-bit exponent is over shim's limit")
        return pow(base, exponent, modulus)  # type: ignore[call-overload]
    return _plain_power(base, exponent)


#: word operations a modular ``pow`` may cost (about a second of C code; RSA-size ones are far below)
MAX_MODULAR_WORK = 2_000_000_000


def _plain_power(base: Any, exponent: Any) -> Any:
    try:
        return pow(base, exponent)
    except OverflowError:
        if isinstance(base, float) or isinstance(exponent, float):  # Jython: a float power overflows to inf
            return float("inf") if base > 0 or float(exponent) % 2 == 0 else float("-inf")
        raise


def parse_size(text: str) -> int:
    """Bytes from ``"512M"``, ``"2G"``, ``"64K"`` or a plain number (ValueError otherwise)."""
    text = text.strip()
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    scale = units.get(text[-1:].upper(), 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def cap_process_memory(limit: str | None = None) -> None:
    """Limit this process's data memory (``$SHIM_MEMORY_LIMIT``: bytes, or with K/M/G; "off"
    for none; default the smaller of 4 GiB and half the machine's memory), so an allocation no
    literal check can see (``s * n`` with variables) fails with MemoryError in the script, not
    by swapping the host. Used by the command line; a library user keeps their own limits."""
    import os

    try:
        import resource
    except ImportError:  # not on this platform
        return
    text = (limit if limit is not None else os.environ.get("SHIM_MEMORY_LIMIT", "")).strip()
    if text.lower() == "off":
        return
    if text:
        value = parse_size(text)
    else:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        value = min(4 << 30, physical // 2)
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    if soft == resource.RLIM_INFINITY or value < soft:
        resource.setrlimit(resource.RLIMIT_DATA, (value, hard))


class Lock:
    """``threading.Lock`` for scripts: waits in short slices so a timed-out script stops even
    while blocked on a lock (the watchdog's interrupt never reaches a C-level lock wait)."""

    __slots__ = ("_lock",)
    _factory = threading.Lock

    def __init__(self) -> None:
        self._lock = self._factory()

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        if not blocking:
            return self._lock.acquire(False)
        end = None if timeout is None or timeout < 0 else time.monotonic() + timeout
        while True:
            if _EXPIRED and _get_ident() in _EXPIRED:
                raise ScriptTimeout("the script ran past its time budget and was stopped")
            wait = 0.05 if end is None else min(0.05, max(0.0, end - time.monotonic()))
            if self._lock.acquire(True, wait):
                return True
            if end is not None and time.monotonic() >= end:
                return False

    def release(self) -> None:
        self._lock.release()

    def locked(self) -> bool:
        return self._lock.locked() if hasattr(self._lock, "locked") else False

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __init_subclass__(cls, **kwargs: object) -> None:
        if cls.__name__ != "RLock":
            raise TypeError("Lock cannot be subclassed by scripts")


class RLock(Lock):
    """``threading.RLock`` for scripts (re-entrant; the same time-sliced waiting)."""

    __slots__ = ()
    _factory = threading.RLock


def wait(event: threading.Event, seconds: float | None = None) -> bool:
    """``event.wait(seconds)`` for scripts (None: no limit): in short slices, so the waiting
    script's timeout still lands (a plain wait blocks in C, where the watchdog's interrupt
    cannot reach). Returns whether the event is set."""
    end = None if seconds is None else time.monotonic() + max(0.0, float(seconds))
    while not event.is_set():
        tick()
        left = 0.05 if end is None else min(end - time.monotonic(), 0.05)
        if left <= 0:
            break
        event.wait(left)
    return event.is_set()


def sleep(seconds: float) -> None:
    """``time.sleep`` for scripts: sleeps in short slices so a timed-out script wakes up."""
    end = time.monotonic() + max(0.0, float(seconds))
    while True:
        if _EXPIRED and _get_ident() in _EXPIRED:
            raise ScriptTimeout("the script ran past its time budget and was stopped")
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(left, 0.05))
