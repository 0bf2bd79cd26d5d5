"""``threading.Thread`` and ``threading.Timer`` as Jython 2.7 gives them, run the way
``system.util.invokeAsynchronous`` runs a function: on a gateway background thread, in the
caller's script context, under the gateway's time limit, an uncaught error logged with the
script's file and line. ``Lock``/``RLock`` are the sandbox's budget-aware locks."""
from __future__ import annotations

import itertools
import threading as _threading
from typing import Any

from runtime.core import budget
from runtime.emulated.stdlib._host import hook

_numbers = itertools.count(1)
#: Jython's threads carry their Java thread's id from the start (``ident``, and in ``repr``)
_ids = itertools.count(20)


def _own(thread: Any, method: str) -> None:
    """Only a Thread's own methods change a Thread: ``Thread.setName(shared_object, ...)``
    with another object as ``self`` would write into something every script shares."""
    if not isinstance(thread, Thread):
        raise TypeError("descriptor '%s' requires a 'Thread' object but received a '%s'"
                        % (method, type(thread).__name__))


class Thread:
    """``Thread(group=None, target=None, name=None, args=(), kwargs=None)`` or a subclass that
    overrides ``run()``."""

    __module__ = "threading"

    def __init__(self, group: Any = None, target: Any = None, name: Any = None, args: Any = (),
                 kwargs: Any = None, verbose: Any = None) -> None:
        _own(self, "__init__")
        if group is not None:
            raise AssertionError("group argument must be None for now")
        self._target, self._args, self._kwargs = target, tuple(args), dict(kwargs or {})
        self._name = str(name) if name is not None else "Thread-%d" % next(_numbers)
        self._daemonic = False
        self._handle: Any = None
        self._ident = next(_ids)

    def run(self) -> None:
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def start(self) -> None:
        _own(self, "start")
        if self._handle is not None:
            raise RuntimeError("threads can only be started once")
        self._handle = hook("thread_start")(self.run, self._name, "threading.Thread",
                                            "the thread %s" % self._name)

    def join(self, timeout: Any = None) -> None:
        _own(self, "join")
        if self._handle is None:
            raise RuntimeError("cannot join thread before it is started")
        self._handle.join(None if timeout is None else timeout * 1000.0)

    def is_alive(self) -> bool:
        _own(self, "is_alive")
        return self._handle is not None and self._handle.isAlive()

    isAlive = is_alive

    def getName(self) -> str:
        return self._name

    def setName(self, name: Any) -> None:
        _own(self, "setName")
        self._name = str(name)

    def isDaemon(self) -> bool:
        return self._daemonic

    def setDaemon(self, daemonic: Any) -> None:
        _own(self, "setDaemon")
        if self._handle is not None:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(daemonic)

    name = property(getName, setName)
    daemon = property(isDaemon, setDaemon)
    ident = property(lambda self: self._ident)

    def __repr__(self) -> str:
        state = "initial" if self._handle is None else ("started" if self._handle.isAlive() else "stopped")
        return "<%s(%s, %s%s %d)>" % (type(self).__name__, self._name, state,
                                      " daemon" if self._daemonic else "", self._ident)


class Timer(Thread):
    """``Timer(interval, function, args=[], kwargs={})``: ``function`` after ``interval``
    seconds unless ``cancel()`` came first; the wait counts against the thread's time limit."""

    __module__ = "threading"

    def __init__(self, interval: Any, function: Any, args: Any = None, kwargs: Any = None) -> None:
        Thread.__init__(self)
        self.interval, self.function = float(interval), function
        self.args, self.kwargs = list(args or []), dict(kwargs or {})
        self._cancelled = _threading.Event()

    def cancel(self) -> None:
        _own(self, "cancel")
        self._cancelled.set()

    def run(self) -> None:
        budget.wait(self._cancelled, self.interval)
        if not self._cancelled.is_set():
            self.function(*self.args, **self.kwargs)
        self._cancelled.set()
