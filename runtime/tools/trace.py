"""Traces: what a scenario did on one projects folder, one JSON object per line.

``record`` plays a scenario on a synchronous gateway (so the order of runs is the same every
time) and returns, per step, the step's own event (the send's result strings, the request's
value or error) followed by one event per handler run it caused: inputs, printed lines, log
records, the messages the handler sent, its return value and its error.

Values that change from run to run are normalised, so two traces differ only where the
handlers do: session ids become the scenario's session ids, the projects folder becomes
``<projects>``, the temp folder ``<tmp>``, date-times ``<time>`` and object addresses ``0x…``.
"""
from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

from runtime.core.errors import UserError
from runtime.gateway import Gateway
from runtime.projects.loader import ProjectSet
from runtime.tools.recorder import Recorder, RunDetail
from runtime.messaging.requests import RequestError
from runtime.tools.scenario import Scenario, SessionSpec, Step
from runtime.messaging.sessions import Session

Event = dict[str, Any]

_TIMES = re.compile(
    r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"  # ISO 8601
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"[ \d]\d \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4}")  # java.util.Date.toString()
_ADDRESSES = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")


def record(scenario: Scenario, projects: ProjectSet, *, timeout: float = 60.0) -> list[Event]:
    """Play ``scenario`` on a synchronous gateway over ``projects``, on a virtual clock (timers
    run only at ``advance`` steps); the normalised events. What the startup scripts did (and
    client startup scripts of the scenario's sessions) comes first, as step 0, when they ran."""
    gateway = Gateway(projects, synchronous=True, clock="virtual", start=False)
    recorder = Recorder(gateway)
    try:
        gateway.start()
        ids = {spec.id: _open(gateway, spec).id for spec in scenario.sessions}
        gateway.wait_idle(timeout)
        events: list[Event] = [{"step": 0, "action": "start"}] if recorder.runs else []
        events.extend(_run_event(0, recorder.detail(run)) for run in recorder.runs)
        for step in scenario.steps:
            start = len(recorder.runs)
            event = _play(gateway, step, ids)
            gateway.wait_idle(timeout)  # timers (invokeLater with a delay) fire meanwhile
            events.append(event)
            events.extend(_run_event(step.number, recorder.detail(run)) for run in recorder.runs[start:])
    finally:
        recorder.close()
        gateway.close(wait=False)
    normalise = normaliser({real: alias for alias, real in ids.items()}, projects.root)
    return [normalise(event) for event in events]


def _open(gateway: Gateway, spec: SessionSpec) -> Session:
    opener = {"client": gateway.open_client, "designer": gateway.open_designer,
              "perspective": gateway.open_perspective}[spec.kind]
    extra = {"comm": spec.comm} if spec.comm is not None else {}
    return opener(spec.project, user=spec.user, roles=spec.roles, host_name=spec.host_name,
                  address=spec.address, **extra)


def _play(gateway: Gateway, step: Step, ids: dict[str, str]) -> Event:
    if step.action == "advance":
        seconds = step.params["seconds"]
        return {"step": step.number, "action": "advance", "seconds": seconds, "runs": gateway.advance(seconds)}
    params = step.keywords(ids)
    event: Event = {"step": step.number, "action": step.action, "project": step.project,
                    "handler": step.handler, "payload": _jsonable(step.payload),
                    "params": _jsonable(step.params)}
    key = "results" if step.action == "send" else "value"
    try:  # a scope one semantics refuses ("S" under 7.9) is a difference to show, not a crash
        if step.action == "send":
            value = gateway.send_message(step.project, step.handler, step.payload, **params)
        else:
            value = _jsonable(gateway.send_request(step.project, step.handler, step.payload, **params).get())
        event[key], event["error"] = value, None
    except (RequestError, ValueError, TypeError) as exc:
        event[key], event["error"] = None, str(exc)
    return event


def _run_event(step: int, detail: RunDetail) -> Event:
    run = detail.run
    return {
        "step": step, "run": run.tag, "context": run.context, "session": run.session_id,
        "project": run.project, "handler": run.handler, "payload": _jsonable(run.payload),
        "status": run.status, "output": list(run.output),
        "logs": [f"{r.level} {r.logger}: {r.message}" for r in detail.logs],
        "sent": [{"kind": m.kind, "project": m.project, "handler": m.handler,
                  "payload": _jsonable(m.payload), "params": _jsonable(m.params)} for m in detail.sent],
        "result": _jsonable(run.result), "error": run.error,
    }


def _jsonable(value: Any) -> Any:
    """``value`` as JSON data; what JSON cannot hold (datasets, dates ...) as its text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return str(value)


def normaliser(aliases: dict[str, str], root: Path) -> Callable[[Any], Any]:
    """A function that rewrites every string in a JSON value (see the module docstring)."""
    folders = [(str(root.resolve()), "<projects>"), (str(root), "<projects>"),
               (str(Path(tempfile.gettempdir()).resolve()), "<tmp>"), (tempfile.gettempdir(), "<tmp>")]
    replacements = [(text + "/", label + "/") for text, label in folders] + list(aliases.items())

    def text(value: str) -> str:
        for old, new in replacements:
            value = value.replace(old, new)
        return _ADDRESSES.sub("0x…", _TIMES.sub("<time>", value))

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return text(value)
        if isinstance(value, dict):
            return {key: walk(item) for key, item in value.items()}
        if isinstance(value, list):
            return [walk(item) for item in value]
        return value

    return walk


def write_trace(events: Iterable[Event], out: Any) -> None:
    """Write events to a text stream, one JSON object per line."""
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")


def read_trace(path: str | Path) -> list[Event]:
    """Read a trace written by ``write_trace`` (``shim record``)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserError(f"cannot read trace {path}: {exc.strerror}") from None
    events = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}, line {number}: not a trace event ({exc.msg})") from None
        if not isinstance(event, dict) or "step" not in event:
            raise UserError(f"{path}, line {number}: not a trace event (no 'step')")
        events.append(event)
    return events
