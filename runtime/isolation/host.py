"""The gateway's side of an isolated project: ``ProcessHost`` runs its gateway scripts in workers.

It stands where a ``ScriptHost`` stands (it is one: the console, ``run_source`` and ``context()``
still run in the gateway's process) and changes two things, ``run_handler`` and ``run_event``:
a message handler or a gateway event script runs in a worker process of this project's pool, while this thread waits for it with a deadline of the
handler's time budget plus ``grace``. The worker's own watchdog stops Python-level overruns at
the budget, as in-process; what it cannot stop (C code holding the interpreter, a crash, a
blown memory limit) ends the process, and the run fails as a handler failure does: logged as
``Error executing message handler X/h`` with ``worker killed: <what happened>``, reported to
run listeners, and answered to a ``sendRequest`` caller as its error. Queued messages stay in
the project's queue; the next one starts a fresh worker.

Calls a worker makes into the gateway (the RPC, see ``runtime.isolation``) are served on this
same thread, under the handler's script context, so a request to the project's own queue runs
at once on another worker exactly as an urgent in-process request does. The worker is not
trusted: every call is checked here (an allow-list of calls, argument types, the payload rules)
and a frame outside the protocol gets the worker killed.
"""
from __future__ import annotations

import contextlib
import queue
import threading
import time
from typing import Any, Callable

from runtime.core.budget import run_limited
from runtime.core.context import ScriptContext, activate, deactivate
from runtime.execution.events import LOGGERS as EVENT_LOGGERS
from runtime.execution.executors import blocking
from runtime.execution.hosts import LOGGERS, ScriptHost
from runtime.execution.log import LEVELS, HandlerRun
from runtime.isolation.calls import CALLS
from runtime.isolation.channel import error_pair
from runtime.isolation.globals import apply, snapshot
from runtime.isolation.settings import WorkerSettings
from runtime.isolation.supervisor import Worker, WorkerFailed
from runtime.isolation.values import qualified_tree
from runtime.messaging import wire
from runtime.projects.events import EventSpec

#: What ``_run_in`` answers for a worker that was gone before it started the job.
_UNSTARTED = object()


class ProcessHost(ScriptHost):
    """A project's gateway scripting, with its message handlers run in worker processes."""

    def __init__(self, gateway: Any, project: Any, settings: WorkerSettings) -> None:
        super().__init__(gateway, project, "gateway")
        self.settings = settings
        self._idle: list[Worker] = []
        self._busy: set[Worker] = set()
        self._generation = 0
        self._pool = threading.Lock()
        self._closed = False

    # -- the pool ---------------------------------------------------------------------------

    def _acquire(self) -> Worker:
        with self._pool:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive:
                    self._busy.add(worker)
                    return worker
            generation = self._generation
        gateway = self.gateway
        worker = Worker({"root": str(gateway.projects.root), "name": gateway.name, "project": self.project.name,
                         "semantics": self.project.semantics, "time_limit": gateway.time_limit,
                         "memory": self.settings.memory}, self._relay_log)
        worker.generation = generation  # type: ignore[attr-defined]
        worker.serve_outside(lambda message: self._serve(worker, message, self.context(), None))
        with self._pool:
            self._busy.add(worker)
        return worker

    def _release(self, worker: Worker, keep: bool) -> None:
        with self._pool:
            self._busy.discard(worker)
            if keep and worker.alive and not self._closed and worker.generation == self._generation \
                    and len(self._idle) < self.settings.idle:  # type: ignore[attr-defined]
                self._idle.append(worker)
                return
        worker.stop()

    @property
    def worker_pids(self) -> list[int]:
        """The process ids of this project's live workers (for tests and ``shim serve`` reports)."""
        with self._pool:
            return [w.pid for w in self._idle + list(self._busy) if w.alive]

    def reset(self, project: Any) -> None:
        """A reloaded project: idle workers go, busy ones finish their run and go."""
        super().reset(project)
        with self._pool:
            self._generation += 1
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()

    def close(self) -> None:
        """Stop every worker (a run still in progress is killed)."""
        with self._pool:
            self._closed = True
            idle, self._idle = self._idle, []
            busy = list(self._busy)
        for worker in idle:
            worker.stop()
        for worker in busy:
            worker.kill("the gateway stopped")

    # -- runs -------------------------------------------------------------------------------

    def run_handler(self, handler: str, payload: Any,
                    reply: Callable[[HandlerRun], None] | None = None) -> HandlerRun:
        """Run ``handler`` in a worker; never raises (see the module docstring)."""
        spec = self.project.handlers[self.kind].get(handler)
        if spec is None or not spec.enabled:
            return super().run_handler(handler, payload, reply)  # says it is missing or disabled
        limit = spec.time_limit if spec.time_limit is not None else self.gateway.time_limit
        run = HandlerRun(self.kind, self.project.name, handler, None, payload)
        try:
            tree = wire.encode(run.payload)
        except TypeError as exc:
            self._failed(run, str(exc), "message handler", LOGGERS[self.kind])
        else:
            self._run({"handler": handler, "payload": tree, "answer": reply is not None}, run, limit,
                      "message handler", LOGGERS[self.kind])
        self.gateway.log.finished(run)
        if reply is not None:
            reply(run)
        return run

    def run_event(self, spec: EventSpec, variables: dict[str, Any], payload: Any = None) -> HandlerRun:
        """Run a gateway event script (startup, shutdown, timer, tag change, scheduled) in a
        worker, under the gateway's time budget, killed and logged as a handler is; never raises.
        A tag change script's ``newValue``/``previousValue``/``event`` travel as their parts and
        are rebuilt in the worker (``runtime.isolation.values``); its ``executionCount`` is
        counted here, so it keeps counting across a replaced worker."""
        run = HandlerRun(self.kind, self.project.name, spec.label, None, payload)
        what, logger = f"{spec.kind} script", EVENT_LOGGERS["gateway"]
        job: dict[str, Any] = {"event": spec.kind, "name": spec.name, "answer": False}
        try:
            if "event" in variables:
                job["tag"] = wire.encode({
                    "path": str(variables["event"].getTagPath()), "initial": bool(variables["initialChange"]),
                    "count": int(variables["executionCount"]), "after": qualified_tree(variables["newValue"]),
                    "before": qualified_tree(variables["previousValue"])})
        except TypeError as exc:
            self._failed(run, f"the tag change cannot reach the worker: {exc}", what, logger)
        else:
            self._run(job, run, self.gateway.time_limit, what, logger)
        self.gateway.log.finished(run)
        return run

    def _run(self, job: dict, run: HandlerRun, limit: float | None, what: str, logger: str) -> None:
        """Run ``job`` on a worker of the pool, filling in ``run``."""
        if self._closed:  # never fall back to running the project's code in the gateway
            self._failed(run, "the gateway stopped", what, logger)
            return
        job = dict(job, limit=limit, cpu=self.settings.cpu_for(limit))
        for retry in (True, False):
            keep = False
            try:
                worker = self._acquire()
            except (WorkerFailed, OSError) as exc:
                self._failed(run, str(exc), what, logger)
                return
            try:
                keep = self._run_in(worker, run, job, what, logger, retry)
            finally:
                self._release(worker, keep is True)
            if keep is not _UNSTARTED:
                return

    def _run_in(self, worker: Worker, run: HandlerRun, job: dict, what: str, logger: str,
                retry: bool = False) -> bool | object:
        """Run ``job`` on ``worker``; True when the worker may take the next run. With ``retry``,
        a worker that is gone before it started the job (one that died while idle: killed by
        the system, or by a thread a script left behind) fails nothing: ``_UNSTARTED`` asks for
        the job to go to a fresh worker. Once the worker says it started, a death fails the
        run (it is never run twice)."""
        limit = job["limit"]
        worker.busy = True
        deadline = None if not limit else time.monotonic() + limit + self.settings.grace
        ctx = self.context(run.handler)
        spare = started = False
        with contextlib.ExitStack() as waits:
            if not worker.send({"job": dict(job, globals=snapshot(self.gateway.globals))}):
                message: dict = {"exit": None}
            else:
                message = {}
            while not message:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    worker.kill(f"time budget exceeded (it ran past {limit:g} s and was stopped)")
                    message = {"exit": None}
                    break
                try:
                    message = worker.inbox.get(timeout=left)
                except queue.Empty:
                    continue
                if message.get("started") is True and not started:
                    started = True
                    message = {}
                elif "call" in message:
                    if message.get("call") == "send_request" and not spare:
                        spare = True  # the worker will wait for an answer: a spare executor worker
                        waits.enter_context(blocking())
                    self._serve(worker, message, ctx, deadline)
                    message = {}
        worker.busy = False
        if retry and not started and "exit" in message and worker.killed_for is None:
            return _UNSTARTED
        if "done" in message and isinstance(message["done"], dict):
            return self._finish(worker, run, message["done"], logger)
        why = worker.death(message) if "exit" in message else self._violation(worker, "an unexpected frame")
        self._failed(run, f"worker killed: {why}", what, logger)
        return False

    def _finish(self, worker: Worker, run: HandlerRun, done: dict, logger: str) -> bool:
        try:
            apply(self.gateway.globals, done.get("globals"))
        except (ValueError, TypeError, KeyError) as exc:
            run.status = "error"
            run.error = "worker killed: " + self._violation(worker, f"globals changes that do not decode ({exc})")
            return False
        status = done.get("status")
        run.status = status if status in ("ok", "error", "missing") else "error"
        run.output = [str(line) for line in done.get("output", [])] if isinstance(done.get("output"), list) else []
        run.error = str(done["error"]) if done.get("error") is not None else None
        if run.status == "ok" and done.get("unsendable"):
            run.status, run.error = "error", f"the handler returned what cannot be sent back: {done['unsendable']}"
        elif run.status == "ok":
            try:
                run.result = wire.decode(done.get("result"))
            except (ValueError, TypeError, KeyError) as exc:
                self._violation(worker, f"a result that does not decode ({exc})")
                run.status, run.error = "error", "worker killed: it sent back a result that does not decode"
                return False
        if done.get("memory"):  # a MemoryError: its heap may be fragmented or half-built
            self.gateway.log.write("WARN", logger, f"worker {worker.pid} of {self.project.name} replaced "
                                   f"after a MemoryError (memory limit {self.settings.memory >> 20} MiB)", self.tag)
            return False
        return True

    def _failed(self, run: HandlerRun, why: str, what: str, logger: str) -> None:
        """``run`` failed outside the script's own code: logged as a failing script is."""
        run.status = "error"
        run.error = why
        self.gateway.log.write("ERROR", logger, f"Error executing {what} {self.project.name}/{run.handler}\n{why}",
                               f"{self.tag}/{run.handler}")

    def _violation(self, worker: Worker, what: str) -> str:
        why = f"killed for a protocol violation ({what})"
        worker.kill(why)
        return why

    def _relay_log(self, message: dict) -> None:
        """A log record from the worker; its tag must name this project (no spoofing others)."""
        record = message.get("log")
        if not (isinstance(record, list) and len(record) == 4 and all(isinstance(x, str) for x in record)):
            return
        level, logger, text, tag = record
        if level not in LEVELS:
            level = "INFO"
        if tag != self.tag and not tag.startswith(self.tag + "/"):
            tag = self.tag
        self.gateway.log.write(level, logger, text, tag)

    # -- calls from the worker -------------------------------------------------------------

    def _serve(self, worker: Worker, message: dict, ctx: ScriptContext, deadline: float | None) -> None:
        """Answer one call under ``ctx``, within what is left of the run's budget."""
        call, number, args = message.get("call"), message.get("id"), message.get("args")
        serve = CALLS.get(call) if isinstance(call, str) else None
        if serve is None or not isinstance(args, dict) or type(number) is not int:
            self._violation(worker, f"an unknown call {str(call)[:40]!r}")
            return
        left = None if deadline is None else max(deadline - time.monotonic(), 0.001)
        token = activate(ctx)
        try:
            result = run_limited(left, f"a call from message handler {ctx.project}/{ctx.handler}",
                                 serve, self, worker, number, args)
            reply: dict = {"reply": number, "ok": wire.encode(result, "result")}
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: B036 - ScriptTimeout too: the worker raises it
            reply = {"reply": number, "error": error_pair(exc)}
        finally:
            deactivate(token)
        worker.send(reply)
