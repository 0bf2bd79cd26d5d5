"""java.lang for Jython scripts: System, Thread, String, boxed numbers, Math, StringBuilder, exceptions.

What is emulated behaves as Java 17 does under Jython 2.7 (checked against the real ``jython``);
what would reach the host is refused with ``java.lang.SecurityException`` (``System.getenv``,
``System.exit``; the refusal is also a Python ``Exception``), and names not listed in
``__all__`` raise :class:`NotEmulatedAttributeError`. ``System.getProperty`` answers from a
fixed table, never from the host.
"""

import itertools as _itertools
import math as _math
import random as _random
import sys as _sys
import threading as _threading
import time as _time
from typing import Any as _Any, NoReturn as _NoReturn

from runtime.core import budget as _budget
from runtime.core.jtext import java_long as _java_long
from runtime.emulated.java import NotEmulatedError as _NotEmulatedError, missing_member as _missing
from runtime.emulated.java._jclass import Char as _Char, JavaClass as _JavaClass, JavaObject as Object
from runtime.emulated.java._jstr import (INT_MAX as _INT_MAX, INT_MIN as _INT_MIN, LONG_MAX as _LONG_MAX,
                                         LONG_MIN as _LONG_MIN, overload_string as _overload_string)
from runtime.emulated.java._character import Character
from runtime.emulated.java._string import String, formatted as _formatted
from runtime.emulated.java._numbers import Boolean, Double, Float, Integer, Long
from runtime.emulated.java._throwables import (ArithmeticException, ArrayIndexOutOfBoundsException,
                                      ClassCastException, CloneNotSupportedException, Error,
                                      Exception_ as Exception,
                                      IllegalArgumentException, IllegalStateException,
                                      IllegalThreadStateException,
                                      IndexOutOfBoundsException, InterruptedException,
                                      NullPointerException, NumberFormatException,
                                      RuntimeException, SandboxRefusal as _SandboxRefusal,
                                      SecurityException,
                                      StringIndexOutOfBoundsException, Throwable,
                                      UnsupportedOperationException)
from runtime.emulated.java._zones import default_zone_id as _default_zone_id, now_millis as _now_millis
from runtime.emulated.stdlib._host import files_root as _files_root, hook as _hook
from runtime.emulated.stdlib.scriptpath import FILES_ROOT as _FILES_ROOT

__all__ = [
    "ArithmeticException", "ArrayIndexOutOfBoundsException", "Boolean", "Character", "ClassCastException",
    "CloneNotSupportedException", "Double", "Error", "Exception", "Float",
    "IllegalArgumentException", "IllegalStateException", "IllegalThreadStateException",
    "IndexOutOfBoundsException", "Integer",
    "InterruptedException", "Long", "Math", "NullPointerException", "NumberFormatException",
    "Object", "Runnable", "RuntimeException", "SecurityException", "String", "StringBuffer", "StringBuilder",
    "StringIndexOutOfBoundsException", "System", "Thread", "Throwable",
    "UnsupportedOperationException",
]

__getattr__ = _missing("java.lang")

_PROPERTIES = {
    "file.encoding": "UTF-8",
    "file.separator": "/",
    "java.specification.version": "17",
    "java.vendor": "shim",
    "java.version": "17.0.0",
    "line.separator": "\n",
    "os.arch": "amd64",
    "os.name": "Linux",
    "path.separator": ":",
    "user.language": "en",
    "user.name": "ignition",
}


_MATH_RANDOM = _random.Random()

class _ConsoleStream(Object):
    """``System.out``/``System.err``: a PrintStream writing to the script's current stdout/stderr."""

    __slots__ = ("_name",)
    __module__ = "java.io"
    __qualname__ = "PrintStream"

    def __init__(self, name: str) -> None:
        self._name = name

    def _write(self, text: str) -> None:
        getattr(_sys, self._name).write(text)

    def write(self, data: _Any) -> None:
        """``write(int)`` writes one character, ``write(str)`` the text (PrintWriter targets)."""
        self._write(chr(data) if isinstance(data, int) and not isinstance(data, bool) else data)

    def print(self, value: _Any) -> None:
        self._write(_overload_string(value))

    def println(self, value: _Any = "") -> None:
        self._write(_overload_string(value) + "\n")

    def printf(self, pattern: str, *args: _Any) -> "_ConsoleStream":
        self._write(_formatted(pattern, args))
        return self

    format = printf

    def flush(self) -> None:
        getattr(_sys, self._name).flush()


def _refuse(what: str) -> _NoReturn:
    raise _SandboxRefusal("%s is refused by shim's sandbox" % what)


class System(metaclass=_JavaClass):
    """java.lang.System: clocks, a fixed property table, ``out``/``err``; no environment, no exit."""

    __module__ = "java.lang"
    out = _ConsoleStream("stdout")
    err = _ConsoleStream("stderr")

    def __new__(cls) -> _NoReturn:  # type: ignore[misc]
        raise _NotEmulatedError("java.lang.System cannot be instantiated")

    @staticmethod
    def currentTimeMillis() -> int:
        return _now_millis()

    @staticmethod
    def nanoTime() -> int:
        return _time.monotonic_ns()

    @staticmethod
    def getProperty(key: str, default: _Any = None) -> _Any:
        """A fixed, host-independent table (``line.separator``, ``java.version``, ``os.name`` ...);
        ``user.dir`` and ``user.home`` are the gateway's files folder, the scripts' working
        folder (``os.getcwd()``, shown as ``/files``), so the manual's ``getProperty("user.home") + "/chart.jpg"``
        names a file scripts may write (none outside a gateway)."""
        if key is None:
            raise NullPointerException("key can't be null")
        if key == "user.timezone":
            return _default_zone_id()
        if key in ("user.dir", "user.home"):
            try:
                _files_root()
            except (OSError, RuntimeError):  # no gateway: no files folder
                return default
            return _FILES_ROOT  # as scripts see the folder (never the host's path)
        return _PROPERTIES.get(key, default)

    @staticmethod
    def lineSeparator() -> str:
        return "\n"

    @staticmethod
    def getenv(name: _Any = None) -> _NoReturn:
        _refuse("java.lang.System.getenv")

    @staticmethod
    def exit(status: int = 0) -> _NoReturn:
        _refuse("java.lang.System.exit")


class _CurrentThread(Object):
    """What ``Thread.currentThread()`` returns: the name and id of the running thread, read-only."""

    __slots__ = ("_name", "_ident")
    __module__ = "java.lang"
    __qualname__ = "Thread"

    def __init__(self) -> None:
        current = _threading.current_thread()
        self._name = current.name
        self._ident = current.ident or 0

    def getName(self) -> str:
        return self._name

    def getId(self) -> int:
        return self._ident

    def isInterrupted(self) -> bool:
        return False

    def isDaemon(self) -> bool:
        return False

    def toString(self) -> str:
        return "Thread[%s,5,main]" % self._name

    name = property(getName)
    id = property(getId)


class Runnable(Object):
    """java.lang.Runnable: scripts subclass it and define ``run()`` (for SwingUtilities,
    Thread, executors); a plain function is accepted wherever a Runnable is."""

    __slots__ = ()
    __module__ = "java.lang"

    def run(self) -> None:
        raise NotImplementedError("java.lang.Runnable.run() is abstract")


def _own_thread(thread: _Any, method: str) -> None:
    """Only a Thread's own methods change a Thread: ``Thread.setName(java.lang.System.out, x)``
    would write into an object every script shares."""
    if not isinstance(thread, Thread):
        raise TypeError("%s(): expected a java.lang.Thread, not %s" % (method, type(thread).__name__))


class Thread(Object):
    """java.lang.Thread: ``Thread(runnable[, name])`` (a Runnable, or any callable, as Jython
    coerces a function to Runnable), or a subclass that overrides ``run()``; ``start()`` runs it
    as ``system.util.invokeAsynchronous`` runs a function (a gateway background thread, the
    caller's script context, the gateway's time limit). ``sleep`` and ``currentThread`` too."""

    __module__ = "java.lang"

    _numbers = _itertools.count()

    def __init__(self, *args: _Any) -> None:
        _own_thread(self, "__init__")
        target, name = None, None
        if args and not isinstance(args[0], str):
            target, args = args[0], args[1:]
        if args:
            name, args = args[0], args[1:]
        if args or (target is not None and not callable(getattr(target, "run", None)) and not callable(target)):
            raise TypeError("Thread(): expected a Runnable and/or a name")
        self._target = target
        self._name = str(name) if name is not None else "Thread-%d" % next(Thread._numbers)
        self._daemon = False
        self._interrupted = False
        self._handle: _Any = None

    def run(self) -> None:
        target = self._target
        if target is None:
            return
        run = getattr(target, "run", None)
        (run if callable(run) else target)()

    def start(self) -> None:
        _own_thread(self, "start")
        if self._handle is not None:
            raise IllegalThreadStateException()
        self._handle = _hook("thread_start")(self.run, self._name, "java.lang.Thread",
                                             "the thread %s" % self._name)

    def join(self, millis: int = 0, nanos: int = 0) -> None:
        if millis < 0:
            raise IllegalArgumentException("timeout value is negative")
        if self._handle is not None:
            self._handle.join(None if millis == 0 and nanos == 0 else millis + nanos / 1e6)

    def isAlive(self) -> bool:
        return self._handle is not None and self._handle.isAlive()

    def getName(self) -> str:
        return self._name

    def setName(self, name: _Any) -> None:
        _own_thread(self, "setName")
        self._name = str(name)

    def isDaemon(self) -> bool:
        return self._daemon

    def setDaemon(self, on: _Any) -> None:
        _own_thread(self, "setDaemon")
        if self.isAlive():
            raise IllegalThreadStateException()
        self._daemon = bool(on)

    def getPriority(self) -> int:
        return 5

    def setPriority(self, priority: _Any) -> None:
        if not 1 <= priority <= 10:
            raise IllegalArgumentException()

    def interrupt(self) -> None:
        """Sets the flag only: shim's threads are stopped by their time budget."""
        _own_thread(self, "interrupt")
        self._interrupted = True

    def isInterrupted(self) -> bool:
        return self._interrupted

    def toString(self) -> str:
        """Java drops a thread's group once it has ended: ``Thread[worker,5,]``."""
        ended = self._handle is not None and not self._handle.isAlive()
        return "Thread[%s,5,%s]" % (self._name, "" if ended else "main")

    name = property(getName, setName)
    daemon = property(isDaemon, setDaemon)

    @staticmethod
    def sleep(millis: int, nanos: int = 0) -> None:
        if millis < 0:
            raise IllegalArgumentException("timeout value is negative")
        if not 0 <= nanos <= 999999:
            raise IllegalArgumentException("nanosecond timeout value out of range")
        _budget.sleep(millis / 1000.0 + nanos / 1e9)  # a timed-out script wakes up

    @staticmethod
    def currentThread() -> _CurrentThread:
        return _CurrentThread()

    @staticmethod
    def interrupted() -> bool:
        return False


def _long_if(result: _Any, *args: _Any) -> _Any:
    """Jython calls the ``long`` overload of ``Math.abs``/``max``/``min`` for Python ints and
    longs alike (``Math.abs(-3)`` is ``3L``); a float argument keeps the ``double`` one."""
    if isinstance(result, int) and not any(isinstance(a, float) for a in args):
        return _java_long(result)
    return result


def _exact(value: int, kind: str = "long") -> int:
    """A ``Math.*Exact`` result: ArithmeticException past the Java type's range, as Java 8 says
    (``long overflow`` / ``integer overflow``); ints are taken as longs, as Jython's overload
    choice does (``Math.addExact(1, 2)`` is ``3L``)."""
    low, high = (_LONG_MIN, _LONG_MAX) if kind == "long" else (_INT_MIN, _INT_MAX)
    if not low <= value <= high:
        raise ArithmeticException("%s overflow" % ("integer" if kind == "int" else "long"))
    return _java_long(value) if kind == "long" else int(value)


def _whole(value: _Any, method: str, overloads: str = "long, int") -> int:
    """An integer argument of ``Math.<method>`` (a float does not coerce: Jython's TypeError
    names the overloads' parameter types)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("%s(): 1st arg can't be coerced to %s" % (method, overloads))
    return int(value)


def _integral(value: float, rounder: _Any) -> float:
    """floor/ceil/rint as doubles, keeping the sign of zero as Java does (``ceil(-0.5)`` is -0.0)."""
    if not _math.isfinite(value):
        return float(value)
    result = float(rounder(value))
    return _math.copysign(result, value) if result == 0 else result


class Math(metaclass=_JavaClass):
    """java.lang.Math: int arguments keep int results (abs/max/min), Java's round (half up, to long)."""

    __module__ = "java.lang"
    PI = _math.pi
    E = _math.e

    def __new__(cls) -> _NoReturn:  # type: ignore[misc]
        raise _NotEmulatedError("java.lang.Math cannot be instantiated")

    @staticmethod
    def abs(a: float) -> float:
        return _long_if(abs(a), a)

    @staticmethod
    def max(a: float, b: float) -> float:
        if isinstance(a, float) or isinstance(b, float):
            return Double.max(float(a), float(b))
        return _long_if(a if a >= b else b, a, b)

    @staticmethod
    def min(a: float, b: float) -> float:
        if isinstance(a, float) or isinstance(b, float):
            return Double.min(float(a), float(b))
        return _long_if(a if a <= b else b, a, b)

    @staticmethod
    def round(a: float) -> int:
        """Closest long, ties toward positive infinity; NaN is 0 and overflow clamps (Java 7+)."""
        if isinstance(a, int):
            return _java_long(a)
        if _math.isnan(a):
            return _java_long(0)
        if _math.isinf(a) or not _LONG_MIN < a < _LONG_MAX:
            return _java_long(_LONG_MAX if a > 0 else _LONG_MIN)
        floor = _math.floor(a)
        return _java_long(int(floor) + (1 if a - floor >= 0.5 else 0))

    @staticmethod
    def floor(a: float) -> float:
        return _integral(a, _math.floor)

    @staticmethod
    def ceil(a: float) -> float:
        return _integral(a, _math.ceil)

    @staticmethod
    def rint(a: float) -> float:
        return _integral(a, round)

    @staticmethod
    def sqrt(a: float) -> float:
        return _math.sqrt(a) if a >= 0 else _math.nan

    @staticmethod
    def cbrt(a: float) -> float:
        return _math.copysign(abs(a) ** (1.0 / 3.0), a) if a else float(a)

    @staticmethod
    def pow(a: float, b: float) -> float:
        try:
            return _math.pow(a, b)
        except (OverflowError, ValueError):
            return _math.inf if abs(a) > 1 else _math.nan

    @staticmethod
    def exp(a: float) -> float:
        try:
            return _math.exp(a)
        except OverflowError:
            return _math.inf

    @staticmethod
    def log(a: float) -> float:
        return _math.log(a) if a > 0 else (-_math.inf if a == 0 else _math.nan)

    @staticmethod
    def log10(a: float) -> float:
        return _math.log10(a) if a > 0 else (-_math.inf if a == 0 else _math.nan)

    @staticmethod
    def signum(a: float) -> float:
        return float((a > 0) - (a < 0)) if not _math.isnan(a) else a

    @staticmethod
    def hypot(x: float, y: float) -> float:
        return _math.hypot(x, y)

    @staticmethod
    def floorDiv(x: int, y: int) -> int:
        if y == 0:
            raise ArithmeticException("/ by zero")
        return _java_long(x // y)  # Jython picks the long overload for Python ints

    @staticmethod
    def floorMod(x: int, y: int) -> int:
        if y == 0:
            raise ArithmeticException("/ by zero")
        return _java_long(x % y)

    @staticmethod
    def addExact(x: int, y: int) -> int:
        return _exact(_whole(x, 'addExact') + _whole(y, 'addExact'))

    @staticmethod
    def subtractExact(x: int, y: int) -> int:
        return _exact(_whole(x, 'subtractExact') - _whole(y, 'subtractExact'))

    @staticmethod
    def multiplyExact(x: int, y: int) -> int:
        return _exact(_whole(x, 'multiplyExact') * _whole(y, 'multiplyExact'))

    @staticmethod
    def incrementExact(a: int) -> int:
        return _exact(_whole(a, 'incrementExact') + 1)

    @staticmethod
    def decrementExact(a: int) -> int:
        return _exact(_whole(a, 'decrementExact') - 1)

    @staticmethod
    def negateExact(a: int) -> int:
        return _exact(-_whole(a, 'negateExact'))

    @staticmethod
    def toIntExact(value: int) -> int:
        return _exact(_whole(value, "toIntExact", "long"), "int")

    @staticmethod
    def random() -> float:
        return _MATH_RANDOM.random()  # its own generator, as Java's: random.seed() never reaches it

    @staticmethod
    def toRadians(deg: float) -> float:
        return deg / 180.0 * _math.pi

    @staticmethod
    def toDegrees(rad: float) -> float:
        return rad * 180.0 / _math.pi

    sin = staticmethod(_math.sin)
    cos = staticmethod(_math.cos)
    tan = staticmethod(_math.tan)
    asin = staticmethod(_math.asin)
    acos = staticmethod(_math.acos)
    atan = staticmethod(_math.atan)
    atan2 = staticmethod(_math.atan2)


class StringBuilder(Object):
    """java.lang.StringBuilder: chained ``append``/``insert``, Java's index checks and messages."""

    __slots__ = ("_chunks",)
    __module__ = "java.lang"

    def __init__(self, initial: _Any = "") -> None:
        if initial is None:
            raise NullPointerException()
        self._chunks = [] if isinstance(initial, int) and not isinstance(initial, bool) \
            else [str(initial)]

    def _text(self) -> str:
        if len(self._chunks) != 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0]

    def _set(self, text: str) -> "StringBuilder":
        self._chunks = [text]
        return self

    def _check_range(self, start: int, end: int, length: int) -> None:
        if start < 0 or start > end or end > length:
            raise StringIndexOutOfBoundsException(
                "start %d, end %d, length %d" % (start, end, length))

    def append(self, value: _Any, start: int | None = None, end: int | None = None) -> "StringBuilder":
        text = "null" if value is None else _overload_string(value)
        if start is not None:
            self._check_range(start, end if end is not None else len(text), len(text))
            text = text[start:end]
        self._chunks.append(text)
        return self

    def insert(self, offset: int, value: _Any) -> "StringBuilder":
        text = self._text()
        if not 0 <= offset <= len(text):
            raise StringIndexOutOfBoundsException("offset %d, length %d" % (offset, len(text)))
        insert = "null" if value is None else _overload_string(value)
        return self._set(text[:offset] + insert + text[offset:])

    def toString(self) -> str:
        return self._text()

    def length(self) -> int:
        return len(self._text())

    def isEmpty(self) -> bool:
        return not self._text()

    def reverse(self) -> "StringBuilder":
        return self._set(self._text()[::-1])

    def charAt(self, index: int) -> _Char:
        text = self._text()
        if not 0 <= index < len(text):
            raise StringIndexOutOfBoundsException("index %d, length %d" % (index, len(text)))
        return text[index]

    def setCharAt(self, index: int, char: str) -> None:
        text = self._text()
        if not 0 <= index < len(text):
            raise StringIndexOutOfBoundsException("index %d, length %d" % (index, len(text)))
        self._set(text[:index] + str(char) + text[index + 1:])

    def deleteCharAt(self, index: int) -> "StringBuilder":
        text = self._text()
        if not 0 <= index < len(text):
            raise StringIndexOutOfBoundsException("index %d, length %d" % (index, len(text)))
        return self._set(text[:index] + text[index + 1:])

    def delete(self, start: int, end: int) -> "StringBuilder":
        text = self._text()
        end = min(end, len(text))
        self._check_range(start, end, len(text))
        return self._set(text[:start] + text[end:])

    def replace(self, start: int, end: int, value: str) -> "StringBuilder":
        text = self._text()
        end = min(end, len(text))
        self._check_range(start, end, len(text))
        return self._set(text[:start] + str(value) + text[end:])

    def substring(self, start: int, end: int | None = None) -> str:
        text = self._text()
        stop = len(text) if end is None else end
        self._check_range(start, stop, len(text))
        return text[start:stop]

    def indexOf(self, value: str, start: int = 0) -> int:
        return self._text().find(value, max(start, 0))

    def lastIndexOf(self, value: str, start: int | None = None) -> int:
        text = self._text()
        if start is None:
            return text.rfind(value)
        return text.rfind(value, 0, max(start, -1) + len(value)) if start >= 0 else -1

    def setLength(self, length: int) -> None:
        if length < 0:
            raise StringIndexOutOfBoundsException("String index out of range: %d" % length)
        text = self._text()
        self._set(text[:length].ljust(length, "\0"))

    def hashCode(self) -> int:
        return id(self) & 0x7FFFFFFF


class StringBuffer(StringBuilder):
    """java.lang.StringBuffer: StringBuilder's API (the synchronisation is irrelevant here)."""

    __slots__ = ()
    __module__ = "java.lang"

