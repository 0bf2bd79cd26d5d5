"""The current script context: who is running (gateway, client, designer, perspective session),
for which project and handler, and where its ``print`` output goes.

``system.*`` functions are thin: they validate their arguments, then ask ``current()`` to do
the work, as Ignition's scripting functions ask their scope (gateway or client) to. The runtime
sets the context around every script execution; plain Python (a test, the console) outside any
context gets the default local gateway's context.
"""
from __future__ import annotations

import contextvars
import sys
from typing import Any, Callable

#: Where scripts run, as Ignition names its scopes.
KINDS = ("gateway", "client", "designer", "perspective")


class LineSink:
    """Collects ``print`` output and emits it one line at a time (so log lines can be tagged)."""

    __slots__ = ("emit", "_pending")

    def __init__(self, emit: Callable[[str], None]) -> None:
        self.emit = emit
        self._pending = ""

    def write(self, text: str) -> int:
        text = self._pending + text
        *lines, self._pending = text.split("\n")
        for line in lines:
            self.emit(line)
        return len(text)

    def flush(self) -> None:
        if self._pending:
            line, self._pending = self._pending, ""
            self.emit(line)


class ScriptContext:
    """Everything a running script can ask about where it runs."""

    __slots__ = ("kind", "gateway", "project", "session", "handler", "out", "tag", "random", "warnings")

    def __init__(self, kind: str, gateway: Any, project: str | None = None,
                 session: Any = None, handler: str | None = None, out: Any = None,
                 tag: str = "") -> None:
        self.kind = kind
        self.gateway = gateway
        self.project = project
        self.session = session
        self.handler = handler
        self.out = out if out is not None else _StdoutSink()
        self.tag = tag  # where, for log lines: "gateway X/testHandler", "client 65F7A472 X/h"
        self.random = None  # the run's own random generator (runtime.scripts.sandbox.isolation)
        self.warnings = None  # the run's own warning filters (runtime.emulated.stdlib.warnings_)


class _StdoutSink:
    """Output for scripts run outside a gateway's executors: the process's stdout."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


_current: contextvars.ContextVar[ScriptContext | None] = contextvars.ContextVar(
    "shim_script_context", default=None
)


#: Makes the context of plain Python outside any script (the default local gateway's); ``system``
#: sets it when imported, so this bottom layer never imports the gateway.
_outside_scripts: Callable[[], ScriptContext] | None = None


def set_outside_context(factory: Callable[[], ScriptContext]) -> None:
    """Register what ``current()`` answers outside any script (``import system`` does)."""
    global _outside_scripts
    _outside_scripts = factory


def current() -> ScriptContext:
    """The context of the running script, or the default local gateway's when there is none."""
    ctx = _current.get()
    if ctx is None:
        if _outside_scripts is None:
            raise RuntimeError("no script is running and no default gateway is set (import system first)")
        ctx = _outside_scripts()
    return ctx


def active() -> ScriptContext | None:
    """The running script's context, or None outside any script (unlike ``current``, never
    opens the default gateway)."""
    return _current.get()


def activate(ctx: ScriptContext) -> contextvars.Token:
    """Make ``ctx`` current; pass the token to ``deactivate``."""
    return _current.set(ctx)


def deactivate(token: contextvars.Token) -> None:
    _current.reset(token)


def write_output(text: str) -> None:
    """Where a script's ``print`` goes: the current context's output."""
    ctx = _current.get()
    if ctx is None:
        sys.stdout.write(text)
    else:
        ctx.out.write(text)
