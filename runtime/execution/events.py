"""Running a host's event scripts: startup, shutdown, timers, tag change, scheduled, keystroke
and menu scripts (the layout is ``runtime.projects.events``).

What Ignition does, and what this does the same way (8.1 manual, "Gateway Event Scripts" and
"Client Event Scripts"; 7.9 "Client and Gateway Event Scripts"; "Tag Change Scripts"):

- **Startup** scripts run when the gateway starts its project, before it takes messages (here:
  inline, in ``Gateway.start``), and a client's when its session opens. **Shutdown** scripts run
  when it stops (``Gateway.close``, ``shim serve`` on SIGTERM) or the session closes.
- **Timer** scripts run every ``delay``: "fixed delay" counts from the end of one run to the
  start of the next, "fixed rate" from start to start. A run is never started while the
  previous one still runs: a fixed-rate timer that overran starts its next run once, at
  once, then keeps its rate (no burst of missed runs). "shared" timers of a project run one at
  a time on one thread; "dedicated" ones each on a thread of their own.
- **Tag change** scripts run when a watched tag changes (by the script's triggers: value,
  quality, timestamp), and once for each tag when the script starts (``initialChange``). They
  see ``initialChange``, ``newValue`` and ``previousValue`` (qualified values: ``.value``,
  ``.quality``, ``.timestamp``; ``previousValue`` is None on the initial change), ``event``
  (``event.tagPath``, ``event.getValue()``, ...) and ``executionCount`` (this run's number).
  They run one at a time per project, in the order the changes happened.
- **Scheduled** scripts (8.1) run at the times of their cron expression (croniter).
- **Keystroke** and **menu** scripts run when the user presses the key or picks the item:
  here ``Gateway.keystroke`` / ``Gateway.menu`` (and the pytest fixture) stand for the user.

Scoping: a 7.9 project's event scripts run as Ignition 7 ran them, their top-level names are
*locals*, so a function the script defines cannot see them (``NameError``) and must import
what it uses itself; 8.1 projects use standard scoping (one namespace). Every failure is
logged like a failing handler's (project, script, the user's own line) and stops nothing else.
"""
from __future__ import annotations

import importlib
import threading
from datetime import datetime
from typing import Any, Callable

from runtime.emulated.ignition.qualified import QualifiedValue
from runtime.backends.tags import parse_path
from runtime.core.context import activate, deactivate
from runtime.execution.clock import Schedule
from runtime.execution.log import HandlerRun
from runtime.projects.events import EventSpec, key_name
from runtime.scripts.sandbox import compile_script, new_globals

def tag_system(gateway: Any) -> Any:
    """The gateway's tag system (``runtime.backends.tagseed.tag_system``). Looked up at run time:
    the tag back ends name ``Gateway`` in their annotations, and a static import from here (which
    the gateway imports) would close that loop."""
    return importlib.import_module("runtime.backends.tagseed").tag_system(gateway)


#: Logger names, as Ignition's logs show event script errors.
LOGGERS = {"gateway": "gateway.EventScripts", "client": "client.EventScripts"}


class EventScripts:
    """The event scripts of one host: a project on the gateway, or one client session."""

    def __init__(self, host: Any, schedule: Schedule) -> None:
        """``host``: the ``runtime.execution.hosts.ScriptHost`` whose scripts these are."""
        self.host = host
        self.schedule = schedule
        self.context = "gateway" if host.session is None else "client"
        executor = host.gateway.executor
        self._timer_queue = executor.queue(host.tag + " timers")  # "shared" timers, scheduled scripts
        self._tag_queue = executor.queue(host.tag + " tag change")
        self._jobs: list[_Job] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self.started = False

    def specs(self, kind: str) -> list[EventSpec]:
        return [s for s in self.host.project.event_scripts(self.context, kind) if s.enabled]

    # -- lifecycle --------------------------------------------------------------------------

    def start(self, *, timers: bool = True) -> None:
        """Run the startup script, then the tag change scripts' initial runs (here, now: the
        host is ready when this returns), subscribe those to their tags, and, with
        ``timers``, schedule timer and scheduled scripts."""
        if self.started:
            return
        self.started = True
        for spec in self.specs("startup"):
            self.run(spec)
        watching = self.specs("tagchange")
        if watching:
            tags = tag_system(self.host.gateway)
            self._unsubscribe = tags.subscribe(self._on_change)
            token = activate(self.host.context())  # tags are read as this host reads them
            try:
                initial = [(spec, path, tags.read(path)) for spec in watching for path in spec.tags]
            finally:
                deactivate(token)
            for spec, path, value in initial:
                self._change(spec, tags.normalize(path) or path, None, value, initial=True)()
        if timers:
            now = self.schedule.clock.monotonic()
            for spec in self.specs("timer"):
                self._add(_TimerJob(self, spec), now + spec.delay)
            for spec in self.specs("scheduled"):
                job = _CronJob(self, spec)
                self._add(job, job.next_due())

    def stop(self) -> None:
        """Stop timers and tag change subscriptions, then run the shutdown script (here, now)."""
        if not self.started:
            return
        self.started = False
        with self._lock:
            jobs, self._jobs = self._jobs, []
        for job in jobs:
            job.cancelled = True
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for spec in self.specs("shutdown"):
            self.run(spec)

    def _add(self, job: "_Job", due: float) -> None:
        with self._lock:
            self._jobs.append(job)
        self.schedule.add(due, job)

    # -- running ----------------------------------------------------------------------------

    def run(self, spec: EventSpec, variables: dict[str, Any] | None = None,
            payload: Any = None) -> HandlerRun:
        """Run one event script now, from this thread; never raises. Where it runs is the
        host's choice (``ScriptHost.run_event``: here; an isolated project's: in its worker)."""
        return self.host.run_event(spec, dict(variables or {}), payload)

    def run_here(self, spec: EventSpec, variables: dict[str, Any], payload: Any = None) -> HandlerRun:
        """Run one event script in this process and thread (see ScriptHost.execute)."""
        host = self.host
        return host.execute(spec.label, payload, lambda: self._exec(spec, variables),
                            what=f"{spec.kind} script",
                            logger=LOGGERS[self.context], limit=host.gateway.time_limit)

    def _exec(self, spec: EventSpec, variables: dict[str, Any]) -> None:
        compiled = compile_script(spec.source, str(spec.path))
        namespace = new_globals(f"{spec.kind}:{spec.name}", library=self.host.library)
        if self.host.project.semantics == "7.9":
            exec(compiled.code, namespace, variables)  # Ignition 7: top-level names are locals
        else:
            namespace.update(variables)
            exec(compiled.code, namespace)

    def dispatch(self, spec: EventSpec, task: Callable[[], None]) -> None:
        """Queue ``task`` where ``spec`` runs: its dedicated thread, or the shared timer queue."""
        executor = self.host.gateway.executor
        if spec.kind == "timer" and spec.threading == "dedicated":
            executor.run_dedicated(task)
        else:
            self._timer_queue.put(task)

    # -- tag change -------------------------------------------------------------------------

    def _on_change(self, path: str, before: QualifiedValue, after: QualifiedValue) -> None:
        if not self.started:
            return
        changed = {
            "value": before.getValue() != after.getValue(),
            "quality": before.getQuality().getName() != after.getQuality().getName(),
            "timestamp": before.getTimestamp().getTime() != after.getTimestamp().getTime(),
        }
        tags = tag_system(self.host.gateway)
        for spec in self.specs("tagchange"):
            if any(changed[t] for t in spec.triggers) and any(tags.normalize(p) == path for p in spec.tags):
                try:
                    self._tag_queue.put(self._change(spec, path, before, after, initial=False))
                except RuntimeError:  # the gateway closed meanwhile
                    return

    def _change(self, spec: EventSpec, path: str, before: QualifiedValue | None,
                after: QualifiedValue, *, initial: bool) -> Callable[[], None]:
        """The run of ``spec`` for one change of ``path`` (``executionCount`` counted when it runs)."""
        def task() -> None:
            with self._lock:
                count = self._counts[spec.name] = self._counts.get(spec.name, 0) + 1
            self.run(spec, tag_change_variables(path, before, after, initial, count),
                     payload={"tagPath": path, "initialChange": initial, "value": after.getValue()})
        return task

    # -- user actions -----------------------------------------------------------------------

    def keystroke(self, key: str) -> HandlerRun:
        """Run the keystroke script bound to ``key`` (``"F1"``, ``"ctrl S"``), as a press."""
        wanted = key_name(key)
        for spec in self.specs("keystroke"):
            if spec.key == wanted:
                return self.run(spec, {"event": KeyEvent(wanted)}, payload={"key": wanted})
        known = ", ".join(sorted(s.key for s in self.specs("keystroke"))) or "none"
        raise LookupError(f"no keystroke script for {key!r} in project {self.host.project.name} (keys: {known})")

    def menu(self, path: str) -> HandlerRun:
        """Run the menubar item ``path`` (``"View/Consoles/RLA3 Console"``), as a click."""
        for spec in self.specs("menu"):
            if spec.name == path.strip("/"):
                return self.run(spec, {"event": ActionEvent(spec.name)}, payload={"menu": spec.name})
        known = ", ".join(s.name for s in self.specs("menu")) or "none"
        raise LookupError(f"no menu item {path!r} in project {self.host.project.name} (items: {known})")


def tag_change_variables(path: str, before: QualifiedValue | None, after: QualifiedValue, initial: bool,
                         count: int) -> dict[str, Any]:
    """The names a tag change script sees (the 8.1 manual, "Tag Change Scripts")."""
    return {"initialChange": initial, "newValue": after, "previousValue": before,
            "event": TagChangeEvent(path, after, before, initial), "executionCount": count}


class _Job:
    """A scheduled script; ``cancelled`` stops it for good."""

    def __init__(self, events: EventScripts, spec: EventSpec) -> None:
        self.events = events
        self.spec = spec
        self.cancelled = False
        self.started_at = 0.0

    def fire(self) -> None:
        if not self.cancelled:
            self.events.dispatch(self.spec, self._run)

    def _run(self) -> None:
        if self.cancelled:
            return
        self.started_at = self.events.schedule.clock.monotonic()
        self.events.run(self.spec)
        if not self.cancelled:
            self.events.schedule.add(self.next_due(), self)

    def next_due(self) -> float:
        raise NotImplementedError


class _TimerJob(_Job):
    def next_due(self) -> float:
        now = self.events.schedule.clock.monotonic()
        if self.spec.fixed_rate:
            return max(self.started_at + self.spec.delay, now)  # overran: next run at once, once
        return now + self.spec.delay


class _CronJob(_Job):
    def __init__(self, events: EventScripts, spec: EventSpec) -> None:
        super().__init__(events, spec)
        self._last: datetime | None = None

    def next_due(self) -> float:
        from croniter import croniter

        clock = self.events.schedule.clock
        now = clock.wall()
        base = now if self._last is None or self._last < now else self._last
        following = croniter(self.spec.cron, base).get_next(datetime)
        self._last = following
        return clock.monotonic() + (following - now).total_seconds()


# ----------------------------------------------------------------------------- what scripts see


class EventTagPath:
    """``event.tagPath``: a tag path object (``str()`` gives the whole path; ``itemName`` the
    tag's own name, ``source`` the provider), as Ignition's TagPath."""

    __slots__ = ("_text", "_provider", "_parts")

    def __init__(self, text: str) -> None:
        parsed = parse_path(text)
        object.__setattr__(self, "_text", text)
        object.__setattr__(self, "_provider", parsed.provider if parsed else "")
        object.__setattr__(self, "_parts", parsed.parts if parsed else ())

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("tag paths are read-only")

    def toString(self) -> str:
        return self._text

    def getItemName(self) -> str:
        return self._parts[-1] if self._parts else ""

    def getSource(self) -> str:
        return self._provider

    def getParentPath(self) -> "EventTagPath":
        return EventTagPath(f"[{self._provider}]" + "/".join(self._parts[:-1]))

    itemName = property(getItemName)
    source = property(getSource)
    parentPath = property(getParentPath)

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return self._text

    def __eq__(self, other: object) -> bool:
        return str(other) == self._text

    def __hash__(self) -> int:
        return hash(self._text)


class TagChangeEvent:
    """``event`` of a tag change script."""

    __slots__ = ("_path", "_value", "_previous", "_initial")

    def __init__(self, path: str, value: QualifiedValue, previous: QualifiedValue | None, initial: bool) -> None:
        object.__setattr__(self, "_path", EventTagPath(path))
        object.__setattr__(self, "_value", value)
        object.__setattr__(self, "_previous", previous)
        object.__setattr__(self, "_initial", initial)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("the tag change event is read-only")

    def getTagPath(self) -> EventTagPath:
        return self._path

    def getValue(self) -> QualifiedValue:
        return self._value

    def getPreviousValue(self) -> QualifiedValue | None:
        return self._previous

    def isInitial(self) -> bool:
        return self._initial

    tagPath = property(getTagPath)
    value = property(getValue)
    previousValue = property(getPreviousValue)

    def __repr__(self) -> str:
        return f"TagChangeEvent({self._path}, {self._value})"


class KeyEvent:
    """``event`` of a keystroke script: which key (``getKeyText()``) and modifiers."""

    __slots__ = ("_key",)

    def __init__(self, key: str) -> None:
        object.__setattr__(self, "_key", key)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("the key event is read-only")

    def getKeyText(self) -> str:
        return self._key.split()[-1] if self._key else ""

    def isControlDown(self) -> bool:
        return "ctrl" in self._key.split()

    def isShiftDown(self) -> bool:
        return "shift" in self._key.split()

    def isAltDown(self) -> bool:
        return "alt" in self._key.split()

    def __repr__(self) -> str:
        return f"KeyEvent({self._key})"


class ActionEvent:
    """``event`` of a menubar script: ``getActionCommand()`` is the item's name."""

    __slots__ = ("_item",)

    def __init__(self, item: str) -> None:
        object.__setattr__(self, "_item", item)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("the action event is read-only")

    def getActionCommand(self) -> str:
        return self._item.rsplit("/", 1)[-1]

    actionCommand = property(getActionCommand)

    def __repr__(self) -> str:
        return f"ActionEvent({self._item})"
