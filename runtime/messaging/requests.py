"""The Request handle of ``system.util.sendRequestAsync`` (Ignition 7.9.3+), and the errors
``sendRequest`` raises in the caller.

Ignition's handle has ``get()`` (block, raise on failure), ``block()`` (True/False),
``getError()``, ``cancel()`` (callbacks get a CancellationException), ``onSuccess(fn)`` and
``onError(fn)``. Callbacks run where Ignition runs them: on the client's UI thread for a client
caller, on a worker for a gateway caller (``dispatch`` decides).
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from runtime.core.budget import tick
from runtime.execution.executors import SCHEDULER, blocking

#: Ignition's default read timeout for a request (seconds).
DEFAULT_TIMEOUT = 60.0


class RequestError(Exception):
    """A request failed in the handler, or found no handler; the message says which."""


class RequestTimeout(RequestError):
    """No response within ``timeoutSec``."""


class CancellationException(RequestError):
    """The request was cancelled (the name Ignition's callbacks see)."""


class Request:
    """What ``sendRequestAsync`` returns."""

    __slots__ = ("_done", "_lock", "_result", "_error", "_on_success", "_on_error", "_dispatch",
                 "_timer", "_label", "timeout")

    def __init__(self, label: str, dispatch: Callable[[Callable[[], None]], None],
                 timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self._label = label
        self.timeout = timeout  # seconds or None; a remote gateway answering it uses the same
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: Any = None
        self._error: BaseException | None = None
        self._on_success: Callable | None = None
        self._on_error: Callable | None = None
        self._dispatch = dispatch
        self._timer = None
        if timeout is not None and not (0 < timeout < float("inf")):
            raise ValueError(f"timeout must be a positive, finite number of seconds, not {timeout!r}")
        if timeout:
            expired = RequestTimeout(f"request {label} timed out after {timeout:g} s with no response")
            self._timer = SCHEDULER.call_later(timeout, lambda: self._fail(expired))

    def __repr__(self) -> str:
        state = "done" if self._done.is_set() else "pending"
        return f"<Request {self._label} {state}>"

    # -- the script-facing API (Ignition's names) -------------------------------------------

    def _wait(self) -> None:
        if not self._done.is_set():
            with blocking():  # a worker thread that waits here gets a spare beside it
                while not self._done.wait(0.05):
                    tick()  # the waiting script's own budget still runs (timeoutSec=10**6)

    def get(self) -> Any:
        """Block until done; the handler's return value, or raise its error."""
        self._wait()
        if self._error is not None:
            raise self._error
        return self._result

    def block(self) -> bool:
        """Block until done; True on success, False on failure (see ``getError``)."""
        self._wait()
        return self._error is None

    def getError(self) -> BaseException | None:
        """Block until done; the error, or None."""
        self._wait()
        return self._error

    def cancel(self) -> None:
        """Cancel; an ``onError`` callback gets a CancellationException."""
        self._fail(CancellationException(f"request {self._label} was cancelled"))

    def onSuccess(self, function: Callable[[Any], Any]) -> None:
        """Run ``function(result)`` on success (replaces any earlier one)."""
        with self._lock:
            self._on_success = function
            fire = self._done.is_set() and self._error is None
        if fire:
            self._dispatch(lambda: function(self._result))

    def onError(self, function: Callable[[Any], Any]) -> None:
        """Run ``function(error)`` on failure (replaces any earlier one)."""
        with self._lock:
            self._on_error = function
            fire = self._done.is_set() and self._error is not None
        if fire:
            self._dispatch(lambda: function(self._error))

    # -- completion (the runtime's side) ----------------------------------------------------

    def _succeed(self, result: Any) -> None:
        with self._lock:
            if self._done.is_set():
                return
            self._result = result
            self._done.set()
            callback = self._on_success
        self._stop_timer()
        if callback is not None:
            self._dispatch(lambda: callback(result))

    def _fail(self, error: BaseException) -> None:
        with self._lock:
            if self._done.is_set():
                return
            self._error = error
            self._done.set()
            callback = self._on_error
        self._stop_timer()
        if callback is not None:
            self._dispatch(lambda: callback(error))

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
