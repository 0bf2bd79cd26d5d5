"""Background threads scripts start: ``system.util.invokeAsynchronous``, and the threads real
code starts itself (``java.lang.Thread(runnable).start()``, a ``threading.Thread`` subclass).

Each runs on a gateway background thread in the caller's script context, under the gateway's
time limit like a handler; an error that escapes it is logged with the script's own file and
line, as Ignition's uncaught-exception handler logs it. A gateway runs at most
``MAX_ASYNC_THREADS`` of them at once, so a script cannot start threads without bound.
Installed as the ``thread_start`` hook of ``runtime.emulated.stdlib._host`` (the emulated Java
and standard-library classes sit below this layer).
"""
from __future__ import annotations

import contextvars
import threading
from typing import Any, Callable

from runtime.core.budget import run_limited, wait
from runtime.core.context import current
from runtime.emulated.stdlib import _host
from runtime.scripts.tracebacks import format_script_error

#: Background threads a gateway runs at once for scripts; past it the call fails.
MAX_ASYNC_THREADS = 256


class AsyncThread:
    """A started script thread: its name, whether it is still running, and ``join``."""

    __slots__ = ("_name", "_ident", "_done")

    def __init__(self, name: str) -> None:
        self._name = name
        self._ident = ""
        self._done = threading.Event()

    def getName(self) -> str:
        return self._name

    @property
    def name(self) -> str:
        return self._name

    def isAlive(self) -> bool:
        return not self._done.is_set()

    def join(self, millis: Any = None) -> None:
        """Wait for the thread (at most ``millis`` ms). The waiting script's own time budget
        still counts: a plain wait blocks in C, where the watchdog's interrupt cannot reach."""
        wait(self._done, None if millis is None else float(millis) / 1000.0)


def start(function: Callable[..., Any], name: str, caller: str, label: str, args: tuple = (),
          kwargs: dict | None = None) -> AsyncThread:
    """Run ``function(*args, **kwargs)`` on a new background thread named ``name``; ``caller``
    names the call in a refusal and in the log, ``label`` the work in a timeout."""
    ctx = current()
    if ctx.gateway is None:
        raise _host.HostRefused(f"{caller}: no gateway to run the thread (the script is not running in one)")
    running = len(ctx.gateway.executor.dedicated)
    if running >= MAX_ASYNC_THREADS:
        raise RuntimeError(f"{caller}: {running} background threads are already running "
                           f"(shim's limit is {MAX_ASYNC_THREADS})")
    context = contextvars.copy_context()
    handle = AsyncThread(name)
    limit = ctx.gateway.time_limit

    def task() -> None:
        handle._ident = threading.current_thread().name
        try:
            context.run(run_limited, limit, label, function, *args, **(kwargs or {}))
        except BaseException as exc:  # noqa: B036 (scripts may raise SystemExit or Java throwables)
            ctx.gateway.log.write("ERROR", caller, format_script_error(exc), ctx.tag)
        finally:
            handle._done.set()
    ctx.gateway.executor.run_dedicated(task)
    return handle


_host.install(thread_start=start)
