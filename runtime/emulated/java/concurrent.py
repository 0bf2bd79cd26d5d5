"""java.util.concurrent for Jython scripts: ``TimeUnit`` (conversions, and ``sleep`` within the
script's time budget) and ``ConcurrentHashMap``, the thread-safe map scripts keep in
``system.util.getGlobals()`` between timer runs. Thread pools (``Executors``, ``ThreadPoolExecutor``)
are not here: scripts start work with ``system.util.invokeAsynchronous``."""

import threading as _threading
from typing import Any as _Any

from runtime.core.budget import sleep as _budget_sleep
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._collections import HashMap as _HashMap
from runtime.emulated.java._enum import JavaEnum as _JavaEnum
from runtime.emulated.java._enum import declare_constants as _declare_constants
from runtime.emulated.java._throwables import NullPointerException as _NullPointer

__all__ = ["ConcurrentHashMap", "TimeUnit"]

_LONG_MAX = (1 << 63) - 1


def _scaled(duration: int, numerator: int, denominator: int) -> int:
    """``duration * numerator / denominator`` as Java's TimeUnit computes it: truncated toward
    zero, saturated at Long.MIN_VALUE/MAX_VALUE."""
    value = int(duration) * numerator
    result = abs(value) // denominator * (1 if value >= 0 else -1)
    return max(-_LONG_MAX - 1, min(_LONG_MAX, result))


class TimeUnit(_JavaEnum):
    """java.util.concurrent.TimeUnit: ``TimeUnit.SECONDS.toMillis(90)``, ``convert``, ``sleep``."""

    __slots__ = ("_nanos",)
    __module__ = "java.util.concurrent"

    def _to(self, duration: int, nanos: int) -> int:
        return _scaled(duration, self._nanos, nanos)

    def toNanos(self, duration: int) -> int:
        return self._to(duration, 1)

    def toMicros(self, duration: int) -> int:
        return self._to(duration, 1000)

    def toMillis(self, duration: int) -> int:
        return self._to(duration, 1000000)

    def toSeconds(self, duration: int) -> int:
        return self._to(duration, 1000000000)

    def toMinutes(self, duration: int) -> int:
        return self._to(duration, 60000000000)

    def toHours(self, duration: int) -> int:
        return self._to(duration, 3600000000000)

    def toDays(self, duration: int) -> int:
        return self._to(duration, 86400000000000)

    def convert(self, duration: int, unit: "TimeUnit") -> int:
        return _scaled(duration, unit._nanos, self._nanos)

    def sleep(self, duration: int) -> None:
        """Thread.sleep for this unit; a script past its time budget is stopped while it sleeps."""
        if duration > 0:
            _budget_sleep(self.toNanos(duration) / 1e9)


_declare_constants(TimeUnit, ("NANOSECONDS", "MICROSECONDS", "MILLISECONDS", "SECONDS", "MINUTES",
                             "HOURS", "DAYS"),
                  _nanos=(1, 1000, 1000000, 1000000000, 60000000000, 3600000000000, 86400000000000))


class ConcurrentHashMap(_HashMap):
    """java.util.concurrent.ConcurrentHashMap: a HashMap whose changes are atomic between
    threads, refusing ``None`` keys and values (Java's NullPointerException)."""

    __slots__ = ("_lock",)
    __module__ = "java.util.concurrent"

    def __init__(self, initial: _Any = None) -> None:
        self._lock = _threading.RLock()
        super().__init__(initial)

    def put(self, key: _Any, value: _Any) -> _Any:
        if key is None or value is None:
            raise _NullPointer()
        with self._lock:
            return super().put(key, value)

    def get(self, key: _Any, default: _Any = None) -> _Any:
        if key is None:
            raise _NullPointer()
        return super().get(key, default)

    def putIfAbsent(self, key: _Any, value: _Any) -> _Any:
        with self._lock:
            return super().putIfAbsent(key, value)

    def remove(self, key: _Any, *value: _Any) -> _Any:
        """``remove(key)``, or ``remove(key, value)``: only while ``key`` maps to ``value``."""
        with self._lock:
            if not value:
                return super().remove(key)
            if key in self._data and self._data[key] == value[0]:
                super().remove(key)
                return True
            return False

    def replace(self, key: _Any, value: _Any) -> _Any:
        with self._lock:
            return super().put(key, value) if key in self._data else None

    def clear(self) -> None:
        with self._lock:
            super().clear()


__getattr__ = _missing("java.util.concurrent")
