"""The AWT event dispatch thread that ``javax.swing.SwingUtilities`` hands work to.

In a Vision client (and the Designer) that is the client's UI thread: the very queue
``system.util.invokeLater`` and ``edt`` message handlers use (``ScriptHost.ui_queue``), so
``SwingUtilities.invokeLater(f)`` and ``system.util.invokeLater(f)`` run in one order. A
gateway is a headless JVM, which still has an event queue: there it is one serial queue per
gateway. Work runs in the caller's script context under the gateway's time limit, as
invokeLater's does. Installed as hooks of ``runtime.emulated.stdlib._host`` (the emulated
Swing sits below this layer).
"""
from __future__ import annotations

import contextvars
import threading
from typing import Any, Callable

from runtime.core.budget import run_limited, tick
from runtime.core.context import ScriptContext
from runtime.emulated.stdlib import _host
from runtime.execution import executors
from runtime.execution.executors import SerialQueue


def _queue(ctx: ScriptContext) -> SerialQueue:
    if ctx.session is not None and ctx.kind in ("client", "designer"):
        return ctx.gateway.session_host(ctx.session).ui_queue
    return ctx.gateway.service("awt-edt", lambda gateway: gateway.executor.queue("gateway awt edt"))


#: the queue whose SwingUtilities task this thread runs (set also where the executor runs a
#: task inline, synchronous mode, which ``executors._running`` does not record)
_inside = threading.local()


def on_edt(ctx: ScriptContext) -> bool:
    """Whether the calling thread is running that queue's task (``isEventDispatchThread``)."""
    if ctx.gateway is None:
        return False
    queue = _queue(ctx)
    return getattr(executors._running, "queue", None) is queue or getattr(_inside, "queue", None) is queue


def _on(queue: SerialQueue, function: Callable[[], Any]) -> Callable[[], Any]:
    def marked() -> Any:
        outer = getattr(_inside, "queue", None)
        _inside.queue = queue
        try:
            return function()
        finally:
            _inside.queue = outer
    return marked


def invoke(ctx: ScriptContext, function: Callable[[], Any], wait: bool) -> None:
    """Queue ``function`` on the event queue; with ``wait`` block until it ran and raise what
    it raised (``invokeAndWait``; Java wraps that in an InvocationTargetException)."""
    if ctx.gateway is None:
        raise _host.HostRefused("SwingUtilities: no event queue: the script is not running in a gateway")
    queue = _queue(ctx)
    context = contextvars.copy_context()
    limit = ctx.gateway.time_limit
    if not wait:
        queue.put(lambda: context.run(run_limited, limit, "an invokeLater function", _on(queue, function)))
        return
    done = threading.Event()
    failure: list[BaseException] = []

    def task() -> None:
        try:
            context.run(run_limited, limit, "an invokeAndWait function", _on(queue, function))
        except BaseException as error:  # noqa: B036 - handed back to the waiting caller
            failure.append(error)
        finally:
            done.set()

    queue.put(task, urgent=True)  # runs at once where waiting would deadlock (synchronous mode)
    while not done.wait(0.05):
        tick()  # the caller's own time budget still counts while it waits
    if failure:
        raise failure[0]


_host.install(edt_invoke=invoke, edt_current=on_edt)
