"""Event scripts in the native layout: what runs the plant besides message handlers.

```
X/gateway/events/startup.py, shutdown.py           (+ startup.json: {"enabled": true})
X/gateway/events/timer/NAME.py + NAME.json         {"delay": ms, "fixedRate": false, "threading": "shared"|"dedicated", "enabled": true}
X/gateway/events/tagchange/NAME.py + NAME.json     {"tags": ["[default]Path", ...], "triggers": ["value", "quality", "timestamp"], "enabled": true}
X/gateway/events/scheduled/NAME.py + NAME.json     {"cron": "*/5 * * * *", "enabled": true}          (8.1)
X/client/events/startup.py, shutdown.py, timer/, tagchange/   as above, for each Vision client
X/client/events/keystroke/NAME.py (+ NAME.json)    {"key": "ctrl F1"} (default: the file name)
X/client/events/menu/Menu/Item.py (+ Item.json)    a menubar item; {"mnemonic", "icon", "description", "enabled"}
```

Every script is a *body*, as Ignition's editor shows it (no ``def``): timer, startup and shutdown
scripts see no special names; tag change scripts see ``initialChange``, ``newValue``,
``previousValue``, ``event`` and ``executionCount``; keystroke and menu scripts see ``event``.
Loading only reads and checks; running is ``runtime.execution.events``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runtime.core.errors import ProjectError
from runtime.projects.files import HANDLER_NAME, has_code, read_settings, read_text

#: Event kinds each context has (Ignition 8.1 manual, "Gateway Event Scripts" and "Client Event
#: Scripts"; scheduled scripts are gateway-only, keystroke and menubar scripts client-only).
KINDS: dict[str, tuple[str, ...]] = {
    "gateway": ("startup", "shutdown", "timer", "tagchange", "scheduled"),
    "client": ("startup", "shutdown", "timer", "tagchange", "keystroke", "menu"),
}
#: Kinds that are one script per context rather than a folder of named ones.
SINGLE = ("startup", "shutdown")
TRIGGERS = ("value", "quality", "timestamp")
#: Ignition's default change triggers for a new tag change script: value and quality.
DEFAULT_TRIGGERS = ("value", "quality")

_SETTINGS: dict[str, set[str]] = {
    "startup": {"enabled"},
    "shutdown": {"enabled"},
    "timer": {"delay", "fixedRate", "threading", "enabled"},
    "tagchange": {"tags", "triggers", "enabled"},
    "scheduled": {"cron", "enabled"},
    "keystroke": {"key", "enabled"},
    "menu": {"mnemonic", "icon", "description", "enabled"},
}


@dataclass(frozen=True)
class EventSpec:
    """One event script as stored on disk, with its settings checked."""

    kind: str  # one of KINDS[context]
    name: str  # "startup", "poll", "Consoles/RLA3 Console" (menu items: their menu path)
    context: str  # "gateway" | "client"
    path: Path
    source: str
    enabled: bool = True
    delay: float = 0.0  # timer: seconds between runs
    fixed_rate: bool = False  # timer: from start to start (else from end to start)
    threading: str = "shared"  # timer: "shared" | "dedicated"
    tags: tuple[str, ...] = ()  # tag change: subscribed tag paths
    triggers: tuple[str, ...] = DEFAULT_TRIGGERS
    cron: str = ""  # scheduled
    key: str = ""  # keystroke

    @property
    def label(self) -> str:
        """How logs and runs name it: ``startup``, ``timer/poll``, ``menu/View/Consoles``."""
        return self.kind if self.kind in SINGLE else f"{self.kind}/{self.name}"


def load_events(folder: Path, context: str) -> list[EventSpec]:
    """Every event script under ``folder`` (``X/<context>/events``); ProjectError names a bad file."""
    if not folder.is_dir():
        return []
    kinds = KINDS[context]
    specs: list[EventSpec] = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        stem = entry.stem if entry.is_file() else entry.name
        if entry.is_file() and entry.suffix in (".py", ".json") and stem in SINGLE:
            if entry.suffix == ".py":
                specs.append(_spec(stem, stem, context, entry))
            elif not entry.with_suffix(".py").exists():
                raise ProjectError(f"{entry}: settings for an event script with no script ({stem}.py)")
            continue
        if entry.is_dir() and entry.name in kinds and entry.name not in SINGLE:
            specs.extend(_folder(entry, entry.name, context))
            continue
        known = ", ".join([f"{k}.py" for k in SINGLE] + [f"{k}/" for k in kinds if k not in SINGLE])
        raise ProjectError(f"{entry}: not a {context} event script (expected {known})")
    return specs


def _folder(folder: Path, kind: str, context: str) -> list[EventSpec]:
    specs = []
    files = sorted(folder.rglob("*.py")) if kind == "menu" else sorted(folder.glob("*.py"))
    for file in files:
        name = file.relative_to(folder).with_suffix("").as_posix()
        if kind != "menu" and not HANDLER_NAME.match(name):
            raise ProjectError(f"{file}: '{name}' is not a valid {kind} script name "
                               "(letters, digits, _, -, spaces and dots; not starting with a space or dot)")
        specs.append(_spec(kind, name, context, file))
    for orphan in sorted(folder.rglob("*.json")):
        if not orphan.with_suffix(".py").exists():
            raise ProjectError(f"{orphan}: settings for a {kind} script with no script ({orphan.stem}.py)")
    return specs


def _spec(kind: str, name: str, context: str, file: Path) -> EventSpec:
    source = read_text(file)
    if not has_code(source):
        raise ProjectError(f"{file}: the {kind} script is empty")
    settings_file = file.with_suffix(".json")
    settings = read_settings(settings_file)
    unknown = sorted(set(settings) - _SETTINGS[kind])
    if unknown:
        raise ProjectError(f"{settings_file}: unknown setting(s) {', '.join(unknown)} for a {kind} script "
                           f"(known: {', '.join(sorted(_SETTINGS[kind]))})")
    check = _Checker(settings_file, settings)
    values: dict[str, Any] = {"enabled": check.flag("enabled", True)}
    if kind == "timer":
        delay = settings.get("delay")
        if isinstance(delay, bool) or not isinstance(delay, (int, float)) or not 0 < delay < 2**31:
            raise ProjectError(f"{settings_file}: \"delay\" must be the milliseconds between runs "
                               "(a positive number), e.g. {\"delay\": 1000}")
        threading = settings.get("threading", "shared")
        if threading not in ("shared", "dedicated"):
            raise ProjectError(f"{settings_file}: threading must be shared or dedicated for timer scripts, "
                               f"not {threading!r}")
        values.update(delay=delay / 1000.0, fixed_rate=check.flag("fixedRate", False), threading=threading)
    elif kind == "tagchange":
        tags = settings.get("tags")
        if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
            raise ProjectError(f"{settings_file}: \"tags\" must list the tag paths the script watches, "
                               "e.g. {\"tags\": [\"[default]Line/Count\"]}")
        triggers = settings.get("triggers", list(DEFAULT_TRIGGERS))
        if not isinstance(triggers, list) or not triggers or any(t not in TRIGGERS for t in triggers):
            raise ProjectError(f"{settings_file}: \"triggers\" must be a list of {', '.join(TRIGGERS)}")
        values.update(tags=tuple(t.strip() for t in tags), triggers=tuple(triggers))
    elif kind == "scheduled":
        values["cron"] = _cron(settings_file, settings.get("cron"))
    elif kind == "keystroke":
        key = settings.get("key", name)
        if not isinstance(key, str) or not key.strip():
            raise ProjectError(f"{settings_file}: \"key\" must name the keystroke, e.g. \"ctrl F1\"")
        values["key"] = key_name(key)
    return EventSpec(kind, name, context, file, source, **values)


def key_name(text: str) -> str:
    """A keystroke as one canonical string: modifiers sorted, lower case (``"Ctrl  F1"`` and
    ``"ctrl F1"`` are the same key)."""
    words = text.replace("+", " ").lower().split()
    modifiers = sorted(w for w in words if w in ("ctrl", "shift", "alt", "meta", "altgraph"))
    rest = [w for w in words if w not in modifiers and w not in ("pressed", "released", "typed")]
    return " ".join(modifiers + rest)


def _cron(file: Path, cron: Any) -> str:
    from croniter import croniter

    if not isinstance(cron, str) or not croniter.is_valid(cron):
        raise ProjectError(f"{file}: \"cron\" must be a cron expression (minute hour day month weekday), "
                           f"e.g. \"*/5 * * * *\", not {cron!r}")
    return cron


class _Checker:
    def __init__(self, file: Path, settings: dict[str, Any]) -> None:
        self.file = file
        self.settings = settings

    def flag(self, key: str, default: bool) -> bool:
        value = self.settings.get(key, default)
        if not isinstance(value, bool):
            raise ProjectError(f"{self.file}: \"{key}\" must be true or false")
        return value
