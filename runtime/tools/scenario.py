"""Scenarios: the messages a migration test sends, in a small YAML (or JSON) file.

```yaml
semantics: "8.1"                  # optional: run every project under these semantics
sessions:                         # opened first, in order; steps name them by id
  - {id: hmi1, kind: client, project: X, user: bob, roles: [Operator], hostName: HMI-1}
steps:
  - send: {project: X, handler: testHandler, payload: {first: Hello, second: World}}
  - send: {project: X, handler: testHandler, payload: {first: a, second: b}, scope: C, user: bob}
  - request: {project: X, handler: lineStatus, payload: {line: 3}}
```

Step fields use ``system.util``'s parameter names: ``send`` takes ``scope``, ``clientSessionId``
(a session id of the scenario), ``user``, ``hasRole``, ``hostName``; ``request`` takes ``scope``,
``clientSessionId``, ``hostName``, ``timeout`` (seconds). A bad scenario is one ``ScenarioError``
line naming the step and the field.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from runtime.backends.scopes import COMM_MODES
from runtime.core.errors import UserError
from runtime.projects.loader import SEMANTICS

#: Session kinds a scenario can open.
SESSION_KINDS = ("client", "designer", "perspective")

#: Step actions: their optional fields, scenario name -> Gateway keyword.
ACTIONS: dict[str, dict[str, str]] = {
    "send": {"scope": "scope", "clientSessionId": "client_session_id", "user": "user",
             "hasRole": "has_role", "hostName": "host_name"},
    "request": {"scope": "scope", "clientSessionId": "client_session_id", "hostName": "host_name",
                "timeout": "timeout"},
}

_SESSION_FIELDS = {"id": "id", "kind": "kind", "project": "project", "user": "user",
                   "roles": "roles", "hostName": "host_name", "address": "address", "comm": "comm"}


class ScenarioError(UserError):
    """A scenario that cannot run; the message names the file, the step and the field."""


#: Makes the error for one problem (the file name in front).
Fail = Callable[[str], ScenarioError]


@dataclass(frozen=True)
class SessionSpec:
    """A session the scenario opens before its steps; ``id`` is how steps and traces name it."""

    id: str
    kind: str
    project: str
    user: str = ""
    roles: tuple[str, ...] = ()
    host_name: str = ""
    address: str = ""
    comm: str | None = None  # a Designer's communication mode (off, read-only, read-write)


@dataclass(frozen=True)
class Step:
    """One message or request; ``params`` as the scenario spells them (``clientSessionId``
    names a scenario session)."""

    number: int  # 1-based, as error messages and traces count
    action: str  # "send" | "request"
    project: str
    handler: str
    payload: dict
    params: dict[str, Any]

    def keywords(self, session_ids: dict[str, str]) -> dict[str, Any]:
        """``params`` as Gateway keywords, scenario session ids replaced by the real ones."""
        names = ACTIONS[self.action]
        keywords = {names[key]: value for key, value in self.params.items()}
        if "client_session_id" in keywords:
            keywords["client_session_id"] = session_ids[keywords["client_session_id"]]
        return keywords


@dataclass(frozen=True)
class Scenario:
    path: Path
    semantics: str | None
    sessions: tuple[SessionSpec, ...]
    steps: tuple[Step, ...]


def load_scenario(path: str | Path) -> Scenario:
    """Read and check a scenario file; raise ``ScenarioError`` at the first problem."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ScenarioError(f"cannot read scenario {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ScenarioError(f"{path}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    return parse_scenario(data, path)


def parse_scenario(data: Any, path: Path) -> Scenario:
    """Check the data of a scenario file (see the module docstring)."""
    def fail(message: str) -> ScenarioError:
        return ScenarioError(f"{path}: {message}")

    if not isinstance(data, dict):
        raise fail("expected a mapping with 'steps' (and optional 'sessions', 'semantics')")
    unknown = sorted(set(data) - {"semantics", "sessions", "steps", "description"})
    if unknown:
        raise fail(f"unknown top-level field '{unknown[0]}' (expected semantics, sessions, steps, description)")
    semantics = data.get("semantics")
    if semantics is not None:
        semantics = str(semantics)
        if semantics not in SEMANTICS:
            raise fail(f"semantics must be one of {', '.join(SEMANTICS)}, not {data['semantics']!r}")
    sessions = tuple(_session(entry, n, fail) for n, entry in enumerate(_list(data, "sessions", fail), 1))
    ids = [s.id for s in sessions]
    for n, session_id in enumerate(ids, 1):
        if session_id in ids[: n - 1]:
            raise fail(f"session {n}: id '{session_id}' is used twice")
    steps = tuple(_step(entry, n, ids, fail) for n, entry in enumerate(_list(data, "steps", fail), 1))
    if not steps:
        raise fail("'steps' is empty: nothing to run")
    return Scenario(path, semantics, sessions, steps)


def _list(data: dict, key: str, fail: Fail) -> list:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise fail(f"'{key}' must be a list")
    return value


def _session(entry: Any, n: int, fail: Fail) -> SessionSpec:
    where = f"session {n}"
    _check_fields(entry, _SESSION_FIELDS, ("id", "project"), where, fail)
    fields = {_SESSION_FIELDS[key]: value for key, value in entry.items()}
    kind = fields.setdefault("kind", "client")
    if kind not in SESSION_KINDS:
        raise fail(f"{where}: kind must be one of {', '.join(SESSION_KINDS)}, not {kind!r}")
    roles = fields.get("roles", [])
    if isinstance(roles, str):
        roles = [r.strip() for r in roles.split(",") if r.strip()]
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise fail(f"{where}: 'roles' must be a list of role names")
    fields["roles"] = tuple(roles)
    if "comm" in fields:
        if kind != "designer":
            raise fail(f"{where}: 'comm' is a Designer's communication mode (kind: designer)")
        if fields["comm"] not in COMM_MODES:
            raise fail(f"{where}: comm must be one of {', '.join(COMM_MODES)}, not {fields['comm']!r}")
    for key, value in entry.items():
        if key not in ("kind", "roles") and not isinstance(value, str):
            raise fail(f"{where}: '{key}' must be a string, not {type(value).__name__}")
    return SessionSpec(**fields)


def _step(entry: Any, n: int, session_ids: list[str], fail: Fail) -> Step:
    if not isinstance(entry, dict) or len(entry) != 1 or next(iter(entry)) not in ACTIONS:
        raise fail(f"step {n}: expected one of {', '.join(ACTIONS)}, e.g. "
                   "'- send: {project: X, handler: testHandler}'")
    action, body = next(iter(entry.items()))
    where = f"step {n} ({action})"
    names = {"project": "project", "handler": "handler", "payload": "payload", **ACTIONS[action]}
    _check_fields(body, names, ("project", "handler"), where, fail)
    params = dict(body)
    project, handler, payload = params.pop("project"), params.pop("handler"), params.pop("payload", None)
    if payload is None:
        payload = {}
    if not isinstance(payload, dict):
        raise fail(f"{where}: 'payload' must be a mapping, not {type(payload).__name__}")
    for key, value in [("project", project), ("handler", handler), *params.items()]:
        if key == "timeout":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise fail(f"{where}: 'timeout' must be a positive number of seconds")
        elif not isinstance(value, str):
            raise fail(f"{where}: '{key}' must be a string, not {type(value).__name__}")
    target = params.get("clientSessionId")
    if target is not None and target not in session_ids:
        known = ", ".join(session_ids) or "none"
        raise fail(f"{where}: clientSessionId '{target}' is not a session of the scenario (sessions: {known})")
    return Step(n, action, project, handler, payload, params)


def _check_fields(entry: Any, names: Iterable[str], required: tuple[str, ...], where: str, fail: Fail) -> None:
    """``entry`` must be a mapping of known fields (``names``), with the required ones."""
    if not isinstance(entry, dict):
        raise fail(f"{where}: expected a mapping of fields ({', '.join(names)})")
    for key in entry:
        if key not in names:
            raise fail(f"{where}: unknown field '{key}' (expected {', '.join(names)})")
    for key in required:
        if entry.get(key) in (None, ""):
            raise fail(f"{where}: '{key}' is required")
