"""A script host: one place where a project's scripts run (the gateway, or one client session).

Each host has its own library modules and handler functions, as each Ignition client runs its
project's scripts in its own JVM. It runs one handler delivery at a time from its FIFO queue,
under a ``ScriptContext`` that tags output and errors with where they happened.
"""
from __future__ import annotations

import threading
from functools import partial
from threading import get_ident
from typing import TYPE_CHECKING, Any, Callable

from runtime.backends.limits import limits
from runtime.execution.backlog import Backlog
from runtime.execution.events import EventScripts
from runtime.execution.executors import SerialQueue, current_ticket
from runtime.core.budget import WATCHDOG
from runtime.core.context import LineSink, ScriptContext, activate, deactivate
from runtime.scripts.library import Library
from runtime.execution.log import PRINT_LOGGER, HandlerRun
from runtime.projects.events import EventSpec
from runtime.projects.loader import HandlerSpec, Project
from runtime.scripts.sandbox import compile_script, new_globals, preload_system
from runtime.emulated.stdlib.scriptpath import scrub_text
from runtime.scripts.tracebacks import format_script_error

if TYPE_CHECKING:  # pragma: no cover
    from runtime.messaging.sessions import Session

#: Where handler files live per context, and the parameters Ignition passes each handler.
HANDLER_PARAMS = {"gateway": ("payload",), "client": ("payload",), "perspective": ("session", "payload")}

#: Logger names per context, as Ignition's logs show them.
LOGGERS = {"gateway": "gateway.MessageHandler", "client": "client.MessageHandler",
           "perspective": "perspective.MessageHandler"}


def script_error(exc: BaseException) -> str:
    """The report of a failed script: its traceback through the user's files, as the gateway's
    log shows it, whose last line (the exception) is also what a ``sendRequest`` caller's script
    gets as its error: that line names no host folder (``scriptpath.scrub_text``)."""
    head, _, last = format_script_error(exc).rpartition("\n")
    return f"{head}\n{scrub_text(last)}" if head else scrub_text(last)


class ScriptHost:
    """The gateway's scripting for one project, or one client/Perspective session's."""

    #: its handlers run in this process, so each delivery gets its own copy of the payload
    copies_payload = False

    def __init__(self, gateway: Any, project: Project, kind: str,
                 session: "Session | None" = None) -> None:
        self.gateway = gateway
        self.project = project
        self.kind = kind  # "gateway" | "client" | "perspective" | "designer"
        self.session = session
        self.tag = f"{kind} {project.name}" if session is None else f"{kind} {session.id} {project.name}"
        self._library: Library | None = None
        self.queue = gateway.executor.queue(self.tag)
        self._functions: dict[str, Callable[..., Any]] = {}
        self._ui_queue: SerialQueue | None = None
        self._facade: Any = None
        self.globals: dict = {}  # system.util.getGlobals() of a client session
        self._lock = threading.RLock()  # the library is made under it, also from function()
        self._events: EventScripts | None = None
        caps = limits(gateway)
        #: what this receiver holds queued or running (gateway.json queueMessages/queueBytes)
        self.backlog = Backlog(caps.queue_messages, caps.queue_bytes)

    def context(self, handler: str | None = None, lines: list[str] | None = None) -> ScriptContext:
        """A script context for running here; output goes to the gateway log, tagged (and to
        ``lines`` when given)."""
        tag = self.tag + (f"/{handler}" if handler else "")
        write = self.gateway.log.write

        def emit(line: str) -> None:
            if lines is not None:
                lines.append(line)
            write("INFO", PRINT_LOGGER, line, tag)

        return ScriptContext(self.kind, self.gateway, self.project.name, self.session, handler,
                             LineSink(emit), tag)

    def deliver(self, handler: str, payload: Any, reply: Callable[[HandlerRun], None] | None = None,
                urgent: bool = False, size: int = 0) -> str | None:
        """Queue a message for ``handler`` (``admit``, then ``enqueue``); ``size``: its payload's
        bytes on the wire. Returns None when queued, else why it was refused (logged; a request's
        ``reply`` gets a run with status "refused")."""
        why = self.backlog.take(size)
        if why is None:
            self.enqueue(handler, payload, reply, urgent, size)
            return None
        self._refused(handler, why)
        if reply is not None:
            run = HandlerRun(self.kind, self.project.name, handler, self.session.id if self.session else None, payload)
            run.status, run.error = "refused", f"message handler {self.project.name}/{handler} refused the request: {why}"
            reply(run)
        return why

    def admit(self, handler: str, size: int) -> str | None:
        """Take room for one message of ``size`` bytes in this receiver's backlog (gateway.json
        ``queueMessages``/``queueBytes``): None, or why there is none (logged with project and
        handler, at most once a second)."""
        why = self.backlog.take(size)
        if why is not None:
            self._refused(handler, why)
        return why

    def _refused(self, handler: str, why: str) -> None:
        tag = f"{self.tag}/{handler}"
        self.backlog.refused(lambda text: self.gateway.log.write("ERROR", LOGGERS[self.kind], text, tag),
                             f"Message to {self.project.name}/{handler} refused: {why}")

    def enqueue(self, handler: str, payload: Any, reply: Callable[[HandlerRun], None] | None = None,
                urgent: bool = False, size: int = 0) -> None:
        """Queue an admitted message; its threading setting decides where it runs:
        "shared" on this host's FIFO queue, "dedicated" on a thread of its own, "edt" on the
        client's UI queue. ``urgent``: a request whose caller is waiting (see SerialQueue.put).
        Its room in the backlog is given back when the run ends."""
        spec = self.project.handlers[self.kind].get(handler)
        backlog = self.backlog

        def task() -> None:
            try:
                self.run_handler(handler, payload, reply)
            finally:
                backlog.give(size)
        threading_mode = spec.threading if spec is not None else "shared"
        try:
            if threading_mode == "dedicated":
                self.gateway.executor.run_dedicated(task)
            elif threading_mode == "edt":
                self.ui_queue.put(task, urgent)
            else:
                self.queue.put(task, urgent)
        except RuntimeError:  # the gateway is closed: never queued
            backlog.give(size)
            raise

    @property
    def library(self) -> Library:
        """This host's script library, made on first use: an idle client session holds none."""
        library = self._library
        if library is None:
            with self._lock:
                library = self._library
                if library is None:
                    library = self._library = Library(self.gateway.projects, self.project)
        return library

    @property
    def events(self) -> EventScripts:
        """This host's event scripts (startup, timers, tag change ...)."""
        if self._events is None:
            with self._lock:
                if self._events is None:
                    self._events = EventScripts(self, self.gateway.schedule)
        return self._events

    @property
    def facade(self) -> Any:
        """What scripts get as ``session`` in a Perspective session (None elsewhere)."""
        if self._facade is None and self.kind == "perspective":
            from runtime.execution.perspective import PerspectiveSession

            self._facade = PerspectiveSession(self.session)
        return self._facade

    @property
    def ui_queue(self) -> SerialQueue:
        """The client's UI thread (Swing's EDT in a Vision client): one FIFO per session."""
        if self._ui_queue is None:
            with self._lock:
                if self._ui_queue is None:
                    self._ui_queue = self.gateway.executor.queue(self.tag + " edt")
        return self._ui_queue

    def run_handler(self, handler: str, payload: Any,
                    reply: Callable[[HandlerRun], None] | None = None) -> HandlerRun:
        """Run ``handler`` now, in this thread; never raises (errors are logged and returned).
        The handler is looked up now, so a message queued before a reload runs the new code."""
        spec = self.project.handlers[self.kind].get(handler)
        if spec is None or not spec.enabled:
            run = HandlerRun(self.kind, self.project.name, handler,
                             self.session.id if self.session else None, payload)
            run.status = "missing"
            run.error = f'The message handler "{handler}" could not be found!'
            if spec is not None and spec.problem:  # its settings file is bad: say which
                run.error = f'The message handler "{handler}" is disabled: {spec.problem}'
            self.gateway.log.write("ERROR", LOGGERS[self.kind], run.error, f"{self.tag}/{handler}")
            self.gateway.log.finished(run)
            if reply is not None:
                reply(run)
            return run

        limit = spec.time_limit if spec.time_limit is not None else self.gateway.time_limit
        return self.execute(handler, payload, None, what="message handler", logger=LOGGERS[self.kind],
                            limit=limit, reply=reply, spec=spec)

    def execute(self, name: str, payload: Any, call: Callable[[], Any] | None, *, what: str, logger: str,
                limit: float | None, reply: Callable[[HandlerRun], None] | None = None,
                spec: HandlerSpec | None = None) -> HandlerRun:
        """Run ``call`` here as script ``name`` (a handler, an event script) under the time budget
        ``limit`` (seconds; None or 0: none) and a context tagged with ``name``; never raises.
        A message handler's ``spec`` stands for ``call``: its function is compiled first, outside
        the budget, and called with the payload (and, in Perspective, the session). An error is logged as
        ``Error executing <what> <project>/<name>`` with the script's own traceback, as Ignition's
        gateway log shows a failing script; either way the run is reported (run listeners,
        ``reply``) and returned.

        A run on a queue's worker or a dedicated thread that is still going ``STUCK_GRACE`` s past
        its budget, blocked where the timeout cannot reach it, is written off
        (``executors.Ticket``): reported then as failed, and the queue's next message runs on a
        fresh thread; whatever the stuck thread does later is not reported again."""
        run = HandlerRun(self.kind, self.project.name, name,
                         self.session.id if self.session else None, payload)
        ctx = self.context(name, run.output)
        ticket = current_ticket()
        token = activate(ctx)
        try:
            if spec is None:
                args: tuple = ()
            else:
                call = self.function(spec)  # compiling is not the script's time
                args = (self.facade, payload) if self.kind == "perspective" else (payload,)
            if limit:
                ident = get_ident()
                label = f"{what} {self.project.name}/{name}"
                # the write-off's report is bound only here: a run with no budget never needs it
                WATCHDOG.start(ident, limit, label, None if ticket is None else partial(
                    ticket.abandon, partial(self._written_off, run, label, limit, logger, ctx.tag, reply)))
            try:
                run.result = call(*args)
            finally:
                if limit:
                    WATCHDOG.stop(ident)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: B036 - SystemExit and Java throwables included:
            # a failing script never takes the gateway down
            WATCHDOG.stop(get_ident())  # again: a timeout may have landed before the finally's
            if ticket is None or ticket.settle():
                run.exception = exc
                self._failed(run, f"{what} {self.project.name}/{name}", logger, ctx.tag, script_error(exc))
        finally:
            ctx.out.flush()
            deactivate(token)
        if ticket is None or ticket.settle():
            self.gateway.log.finished(run)
            if reply is not None:
                reply(run)
        return run

    def _failed(self, run: HandlerRun, label: str, logger: str, tag: str, error: str) -> None:
        """``run`` failed with ``error``: logged as ``Error executing <label>``, as Ignition's
        gateway log shows a failing script."""
        run.status = "error"
        run.error = error
        self.gateway.log.write("ERROR", logger, f"Error executing {label}\n{error}", tag)

    def _written_off(self, run: HandlerRun, label: str, limit: float, logger: str, tag: str,
                     reply: Callable[[HandlerRun], None] | None) -> None:
        """``run``'s thread is blocked past its budget where the timeout cannot reach it (on the
        watchdog's thread of its own, ``Ticket.abandon``): reported as failed, the queue moves on."""
        self._failed(run, label, logger, tag,
                     f"ScriptTimeout: {label} ran past its time budget of {limit:g} s and did not stop (blocked "
                     "where the budget cannot reach it): its thread was abandoned and the queue moved on")
        self.gateway.log.finished(run)
        if reply is not None:
            reply(run)

    def run_event(self, spec: EventSpec, variables: dict[str, Any], payload: Any = None) -> HandlerRun:
        """Run one of this host's event scripts now, here (``ProcessHost``: in a worker)."""
        return self.events.run_here(spec, variables, payload)

    def reset(self, project: Project) -> None:
        """Use a reloaded project: its handlers and library are compiled afresh on next use."""
        with self._lock:
            self.project = project
            self._library = None
            self._functions = {}

    def prepare(self) -> None:
        """Compile this host's message handlers now and import the ``system`` modules they
        name, so a long-running gateway or client process answers its first message as fast as
        the next (an Ignition gateway compiles a project's scripts when it loads it). Nothing
        runs: the library and the handlers' definitions are still made on first use, and a
        handler that does not compile is left for its first message to report."""
        for spec in self.project.handlers.get(self.kind, {}).values():
            if not spec.enabled or spec.problem is not None:
                continue
            try:
                compiled = compile_script(spec.source, str(spec.path), function="handleMessage",
                                          params=HANDLER_PARAMS[spec.context])
            except Exception:  # noqa: BLE001  (reported, with its line, when a message arrives)
                continue
            preload_system(compiled.code)

    def function(self, spec: HandlerSpec) -> Callable[..., Any]:
        """The handler's function, compiled and defined once per host."""
        function = self._functions.get(spec.name)
        if function is None:
            with self._lock:
                function = self._functions.get(spec.name)
                if function is None:
                    compiled = compile_script(spec.source, str(spec.path), function="handleMessage",
                                              params=HANDLER_PARAMS[spec.context])
                    namespace = new_globals(spec.name, library=self.library)
                    exec(compiled.code, namespace)
                    function = self._functions[spec.name] = namespace["handleMessage"]
        return function

    def run_source(self, source: str, filename: str, namespace: dict | None = None) -> dict:
        """Run a script (console entry, ``shim run``) here; returns its namespace."""
        compiled = compile_script(source, filename)
        namespace = namespace if namespace is not None else new_globals("__main__", library=self.library)
        ctx = self.context()
        token = activate(ctx)
        try:
            exec(compiled.code, namespace)
        finally:
            ctx.out.flush()
            deactivate(token)
        return namespace
