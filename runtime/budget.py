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

import ctypes
import threading
import time

#: Seconds a handler may run unless its settings say otherwise.
DEFAULT_TIME_LIMIT = 60.0

#: How often the watchdog looks at running handlers (seconds).
_POLL = 0.02

#: Idents of threads whose script ran out of time (tested by every ``_tick_``).
_EXPIRED: set[int] = set()

_get_ident = threading.get_ident


class ScriptTimeout(BaseException):
    """A script ran past its time budget and was stopped."""


def tick() -> None:
    """``_tick_``: inserted at loop heads and function entries; raises once time is up."""
    if _EXPIRED and _get_ident() in _EXPIRED:
        raise ScriptTimeout("the script ran past its time budget and was stopped")


class _Watchdog:
    """One thread watching every running script's deadline."""

    def __init__(self) -> None:
        self._running: dict[int, tuple[float, str, float]] = {}  # ident -> (deadline, label, limit)
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._sleeping = True  # nothing to watch: the thread waits for a wake-up

    def start(self, ident: int, seconds: float, label: str) -> None:
        with self._lock:
            self._running[ident] = (time.monotonic() + seconds, label, seconds)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="shim-watchdog", daemon=True)
                self._thread.start()
            wake, self._sleeping = self._sleeping, False
        if wake:
            self._wake.set()

    def stop(self, ident: int) -> None:
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
            with self._lock:  # under the lock: a script that already stopped is never hit
                late = [(ident, label, limit) for ident, (deadline, label, limit) in self._running.items()
                        if deadline <= now]
                for ident, label, limit in late:
                    _EXPIRED.add(ident)
                    # ask again later in case the script swallowed this one
                    self._running[ident] = (now + 0.25, label, limit)
                    _interrupt(ident, f"{label} ran past its time budget of {limit:g} s and was stopped")


def _interrupt(ident: int, message: str) -> None:
    error = type("ScriptTimeout", (ScriptTimeout,), {"__init__": _fixed_message(message),
                                                     "__module__": __name__})
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(error))


def _fixed_message(message: str):
    def __init__(self, *args: object) -> None:
        BaseException.__init__(self, message)
    return __init__


WATCHDOG = _Watchdog()


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
