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
``clientSessionId``, ``hostName``, ``timeout`` (seconds). A bad scenario is a ``ScenarioError``
with one line per problem, naming the step and the field; ``check_targets`` then checks every
project and handler it names against the projects folder(s), before anything runs.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml

from runtime.backends.scopes import COMM_MODES
from runtime.core.errors import UserError
from runtime.projects.loader import SEMANTICS, ProjectSet

#: Session kinds a scenario can open.
SESSION_KINDS = ("client", "designer", "perspective")

#: Step actions: their optional fields, scenario name -> Gateway keyword.
ACTIONS: dict[str, dict[str, str]] = {
    "send": {"scope": "scope", "clientSessionId": "client_session_id", "user": "user",
             "hasRole": "has_role", "hostName": "host_name"},
    "request": {"scope": "scope", "clientSessionId": "client_session_id", "hostName": "host_name",
                "timeout": "timeout"},
    "advance": {},  # "- advance: 5": the virtual clock moves 5 s on (timers, scheduled scripts run)
}

_SESSION_FIELDS = {"id": "id", "kind": "kind", "project": "project", "user": "user",
                   "roles": "roles", "hostName": "host_name", "address": "address", "comm": "comm"}


class ScenarioError(UserError):
    """A scenario that cannot run: one line per problem, each naming the file, the step and the
    field, so a user fixes them all in one go (``problems``)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class _Problems(list):
    """Collects a scenario's problems (``add`` returns None, so a checker can ``return add(...)``)."""

    def add(self, message: str) -> None:
        self.append(message)


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
    action: str  # "send" | "request" | "advance" (params: {"seconds": N})
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
    """Read and check a scenario file; raise ``ScenarioError`` listing every problem."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ScenarioError([f"cannot read scenario {path}: {exc.strerror}"]) from None
    except UnicodeDecodeError as exc:
        raise ScenarioError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ScenarioError([f"{path}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}"]) from None
    return parse_scenario(data, path)


def parse_scenario(data: Any, path: Path) -> Scenario:
    """Check the data of a scenario file (see the module docstring); every problem is reported."""
    problems = _Problems()
    scenario = _parse(data, problems)
    if problems:
        raise ScenarioError([f"{path}: {problem}" for problem in problems])
    assert scenario is not None
    semantics, sessions, steps = scenario
    return Scenario(path, semantics, sessions, steps)


def _parse(data: Any, problems: _Problems) -> tuple | None:
    if not isinstance(data, dict):
        return problems.add("expected a mapping with 'steps' (and optional 'sessions', 'semantics')")
    for key in sorted(set(data) - {"semantics", "sessions", "steps", "description"}, key=str):
        problems.add(f"unknown top-level field '{key}' (expected semantics, sessions, steps, description)")
    semantics = data.get("semantics")
    if semantics is not None:
        semantics = str(semantics)
        if semantics not in SEMANTICS:
            problems.add(f"semantics must be one of {', '.join(SEMANTICS)}, not {data['semantics']!r}")
    sessions = [_session(entry, n, problems) for n, entry in enumerate(_list(data, "sessions", problems), 1)]
    ids = [s.id for s in sessions if s is not None]
    for n, session_id in enumerate(ids, 1):
        if session_id in ids[: n - 1]:
            problems.add(f"session {n}: id '{session_id}' is used twice")
    entries = _list(data, "steps", problems)
    steps = [_step(entry, n, ids, problems) for n, entry in enumerate(entries, 1)]
    if not entries and isinstance(data.get("steps") or [], list):
        problems.add("'steps' is empty: nothing to run")
    if problems:
        return None
    return semantics, tuple(sessions), tuple(steps)


def _list(data: dict, key: str, problems: _Problems) -> list:
    value = data.get(key) or []
    if not isinstance(value, list):
        problems.add(f"'{key}' must be a list")
        return []
    return value


def _session(entry: Any, n: int, problems: _Problems) -> SessionSpec | None:
    where = f"session {n}"
    if not _check_fields(entry, _SESSION_FIELDS, ("id", "project"), where, problems):
        return None
    before = len(problems)
    fields = {_SESSION_FIELDS[key]: value for key, value in entry.items()}
    kind = fields.setdefault("kind", "client")
    if kind not in SESSION_KINDS:
        problems.add(f"{where}: kind must be one of {', '.join(SESSION_KINDS)}, not {kind!r}")
    roles = fields.get("roles", [])
    if isinstance(roles, str):
        roles = [r.strip() for r in roles.split(",") if r.strip()]
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        problems.add(f"{where}: 'roles' must be a list of role names")
        roles = []
    fields["roles"] = tuple(roles)
    if "comm" in fields:
        if kind != "designer":
            problems.add(f"{where}: 'comm' is a Designer's communication mode (kind: designer)")
        elif fields["comm"] not in COMM_MODES:
            problems.add(f"{where}: comm must be one of {', '.join(COMM_MODES)}, not {fields['comm']!r}")
    for key, value in entry.items():
        if key not in ("kind", "roles") and not isinstance(value, str):
            problems.add(f"{where}: '{key}' must be a string, not {type(value).__name__}")
    return SessionSpec(**fields) if len(problems) == before else None


def _step(entry: Any, n: int, session_ids: list[str], problems: _Problems) -> Step | None:
    if not isinstance(entry, dict) or len(entry) != 1 or next(iter(entry)) not in ACTIONS:
        return problems.add(f"step {n}: expected one of {', '.join(ACTIONS)}, e.g. "
                            "'- send: {project: X, handler: testHandler}'")
    action, body = next(iter(entry.items()))
    where = f"step {n} ({action})"
    if action == "advance":
        if isinstance(body, bool) or not isinstance(body, (int, float)) or not 0 <= body < float("inf"):
            raise fail(f"{where}: expected the seconds to move the clock on, e.g. '- advance: 5'")
        return Step(n, action, "", "", {}, {"seconds": body})
    names = {"project": "project", "handler": "handler", "payload": "payload", **ACTIONS[action]}
    if not _check_fields(body, names, ("project", "handler"), where, problems):
        return None
    before = len(problems)
    params = dict(body)
    project, handler, payload = params.pop("project"), params.pop("handler"), params.pop("payload", None)
    if payload is None:
        payload = {}
    if not isinstance(payload, dict):
        problems.add(f"{where}: 'payload' must be a mapping, not {type(payload).__name__}")
    for key, value in [("project", project), ("handler", handler), *params.items()]:
        if key == "timeout":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < float("inf"):
                problems.add(f"{where}: 'timeout' must be a positive number of seconds")
        elif not isinstance(value, str):
            problems.add(f"{where}: '{key}' must be a string, not {type(value).__name__}")
    target = params.get("clientSessionId")
    if isinstance(target, str) and target not in session_ids:
        known = ", ".join(session_ids) or "none"
        problems.add(f"{where}: clientSessionId '{target}' is not a session of the scenario (sessions: {known})")
    scope = params.get("scope")
    if isinstance(scope, str) and not _scope_ok(scope, action):
        problems.add(f"{where}: scope '{scope}' is not a scope "
                     f"(expected {'C, G or CG, and S in 8.1' if action == 'send' else 'C, G, or S in 8.1'})")
    if len(problems) != before:
        return None
    return Step(n, action, project, handler, payload, params)


def _scope_ok(scope: str, action: str) -> bool:
    """Whether ``scope`` is a scope under some semantics (a 7.9-vs-8.1 diff may send "S": under
    7.9 that is refused when it runs, a difference to show, not a bad scenario)."""
    letters = set(scope.upper())
    if action == "request":
        return len(letters) == 1 and letters <= {"C", "G", "S"}
    return bool(letters) and letters <= {"C", "G", "S"}


def _check_fields(entry: Any, names: Iterable[str], required: tuple[str, ...], where: str,
                  problems: _Problems) -> bool:
    """``entry`` must be a mapping of known fields (``names``), with the required ones."""
    if not isinstance(entry, dict):
        problems.add(f"{where}: expected a mapping of fields ({', '.join(names)})")
        return False
    ok = True
    for key in entry:
        if key not in names:
            problems.add(f"{where}: unknown field '{key}' (expected {', '.join(names)})")
            ok = False
    for key in required:
        if entry.get(key) in (None, ""):
            problems.add(f"{where}: '{key}' is required")
            ok = False
    return ok


def check_targets(scenario: Scenario, sides: list[ProjectSet]) -> None:
    """Every project, handler and session of ``scenario`` against the projects it runs on
    (``sides``: one folder for ``shim record``, two for ``shim diff``), before anything runs:
    a scenario naming a project no side has would otherwise "pass" with nothing compared.
    A handler needs to exist on one side only (a handler added in the new version is exactly
    what a diff shows). Raises ``ScenarioError`` listing every problem."""
    problems = _Problems()
    for session in scenario.sessions:
        for side in sides:
            project = side.get(session.project)
            if project is None:
                problems.add(f"session '{session.id}': unknown project '{session.project}' in {side.root} "
                             f"(projects: {', '.join(sorted(side.projects)) or 'none'})")
    for step in scenario.steps:
        where = f"step {step.number} ({step.action})"
        found = False
        for side in sides:
            project = side.get(step.project)
            if project is None:
                problems.add(f"{where}: unknown project '{step.project}' in {side.root} "
                             f"(projects: {', '.join(sorted(side.projects)) or 'none'})")
            elif any(step.handler in handlers for handlers in project.handlers.values()):
                found = True
        if not found and all(side.get(step.project) is not None for side in sides):
            problems.add(f"{where}: project '{step.project}' has no message handler '{step.handler}'")
    if problems:
        raise ScenarioError([f"{scenario.path}: {problem}" for problem in problems])
