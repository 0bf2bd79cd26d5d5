"""java.util.concurrent.atomic for Jython scripts: ``AtomicInteger``, ``AtomicLong`` and
``AtomicBoolean``, the counters and flags scripts share between threads
(``system.util.invokeAsynchronous`` workers, timer runs through ``getGlobals``). Each change is
atomic; ``AtomicInteger`` wraps at 32 bits as Java's ``int`` does."""

import threading as _threading
from typing import Any as _Any
from typing import Callable as _Callable

from runtime.core.jtext import java_long as _java_long
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaObject as _JavaObject
from runtime.emulated.java._jstr import to_int32 as _to_int32
from runtime.emulated.java._jstr import to_int64 as _to_int64

__all__ = ["AtomicBoolean", "AtomicInteger", "AtomicLong"]


class _AtomicNumber(_JavaObject):
    """The shared body of AtomicInteger and AtomicLong: a value behind a lock."""

    __slots__ = ("_value", "_lock")
    _wrap: _Callable[[int], int] = staticmethod(_to_int32)

    def __init__(self, initial: int = 0) -> None:
        self._lock = _threading.Lock()
        self._value = self._wrap(int(initial))

    def _update(self, change: _Callable[[int], int]) -> tuple[int, int]:
        """Apply ``change`` atomically; (old value, new value)."""
        with self._lock:
            old = self._value
            self._value = self._wrap(change(old))
            return old, self._value

    def get(self) -> int:
        return self._value

    def set(self, value: int) -> None:
        self._update(lambda _: int(value))

    lazySet = set

    def getAndSet(self, value: int) -> int:
        return self._update(lambda _: int(value))[0]

    def incrementAndGet(self) -> int:
        return self._update(lambda v: v + 1)[1]

    def decrementAndGet(self) -> int:
        return self._update(lambda v: v - 1)[1]

    def getAndIncrement(self) -> int:
        return self._update(lambda v: v + 1)[0]

    def getAndDecrement(self) -> int:
        return self._update(lambda v: v - 1)[0]

    def addAndGet(self, delta: int) -> int:
        return self._update(lambda v: v + int(delta))[1]

    def getAndAdd(self, delta: int) -> int:
        return self._update(lambda v: v + int(delta))[0]

    def compareAndSet(self, expect: int, update: int) -> bool:
        with self._lock:
            if self._value != expect:
                return False
            self._value = self._wrap(int(update))
            return True

    def intValue(self) -> int:
        return _to_int32(self._value)

    def longValue(self) -> int:
        return _java_long(self._value)

    def doubleValue(self) -> float:
        return float(self._value)

    def toString(self) -> str:
        return str(self._value)


class AtomicInteger(_AtomicNumber):
    """java.util.concurrent.atomic.AtomicInteger."""

    __slots__ = ()
    __module__ = "java.util.concurrent.atomic"


class AtomicLong(_AtomicNumber):
    """java.util.concurrent.atomic.AtomicLong: its values are Python 2 ``long`` s, as Jython's."""

    __slots__ = ()
    __module__ = "java.util.concurrent.atomic"
    _wrap = staticmethod(lambda value: _java_long(_to_int64(value)))


class AtomicBoolean(_JavaObject):
    """java.util.concurrent.atomic.AtomicBoolean."""

    __slots__ = ("_value", "_lock")
    __module__ = "java.util.concurrent.atomic"

    def __init__(self, initial: bool = False) -> None:
        self._lock = _threading.Lock()
        self._value = bool(initial)

    def get(self) -> bool:
        return self._value

    def set(self, value: _Any) -> None:
        with self._lock:
            self._value = bool(value)

    lazySet = set

    def getAndSet(self, value: _Any) -> bool:
        with self._lock:
            old, self._value = self._value, bool(value)
            return old

    def compareAndSet(self, expect: _Any, update: _Any) -> bool:
        with self._lock:
            if self._value != bool(expect):
                return False
            self._value = bool(update)
            return True

    def toString(self) -> str:
        return "true" if self._value else "false"


__getattr__ = _missing("java.util.concurrent.atomic")
