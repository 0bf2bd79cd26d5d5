"""Regular-expression calls (the ``regex`` package) under the running script's time budget: the
scripts' ``re``, java.util.regex and the emulated modules' own patterns (``TimedPattern``: the
ConfigParser line parser, warnings' filters) all match through :func:`regex_run`.

The matcher is C code the watchdog cannot interrupt, so catastrophic backtracking (``(a+)+$`` on
40 a's) would hold the whole gateway; the ``regex`` package stops itself at a timeout.
"""
from __future__ import annotations

import os
import re
import threading
from typing import Any, Callable

import regex

from runtime.core.budget import tick, time_left

#: CPU seconds a regular-expression call runs in the script's thread, holding the interpreter.
REGEX_INLINE = 0.05

_CORES = os.cpu_count() or 1


def regex_run(call: Callable[..., Any], *args: Any) -> Any:
    """``call(*args)`` (a pattern's ``match``, ``search`` ...) under the script's time budget.

    The ``regex`` package's ``timeout`` counts the whole process's CPU time, not the script's
    wall time: a second thread busy outside the interpreter (SQLite, hashing) used the budget up
    early, and on a busy machine a pathological pattern given 0.5 s ended after 6 s, holding
    every other project meanwhile. So a call runs inline for at most ``REGEX_INLINE`` CPU
    seconds (every real pattern); one that needs longer starts again on a thread of its own
    that lets the interpreter go (``concurrent=True``: other projects go on), with the rest of
    the budget as its own limit, while the script waits in short slices and stops with
    ``ScriptTimeout`` at its deadline, as a sleep does."""
    left = time_left()
    if left is None:
        return call(*args)
    try:
        return call(*args, timeout=min(left, REGEX_INLINE))
    except TimeoutError:
        if left <= REGEX_INLINE:
            raise
    outcome: list = []
    done = threading.Event()

    def work() -> None:
        try:
            # its own limit counts the process's CPU, every core's: never before the wall deadline
            outcome.append((True, call(*args, concurrent=True, timeout=left * _CORES + 1)))
        except BaseException as exc:  # noqa: B036 - handed to the script's thread as it is
            outcome.append((False, exc))
        finally:
            done.set()
    threading.Thread(target=work, name="shim-regex", daemon=True).start()
    while not done.wait(0.05):
        tick()  # ScriptTimeout at the deadline; the abandoned match ends at its own limit
    ok, value = outcome[0]
    if ok:
        return value
    raise value


class TimedPattern:
    """A pattern of an emulated module (or a script's, as ``warnings.filterwarnings`` takes
    them) matched against script-supplied text under the script's time budget: ConfigParser's
    option line ``[^:=]*\\s*[:=]`` backtracks quadratically on a long line of spaces (20,000
    of them hold one C call for a minute), which ``regex_run`` stops at the deadline."""

    __slots__ = ("_pattern",)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        try:
            self._pattern = regex.compile(pattern, flags | regex.VERSION0)
        except regex.error as exc:  # what Python 2 raises: re.error
            raise re.error(str(exc)) from None

    def match(self, string: str, *args: Any) -> Any:
        return regex_run(self._pattern.match, string, *args)

    def findall(self, string: str, *args: Any) -> list:
        return regex_run(self._pattern.findall, string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        if callable(repl):  # the caller's function runs in its own thread, inline
            return self._pattern.sub(repl, string, count, timeout=time_left())
        return regex_run(self._pattern.sub, repl, string, count)

    @property
    def pattern(self) -> str:
        return self._pattern.pattern
