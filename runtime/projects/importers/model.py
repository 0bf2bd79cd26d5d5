"""What an import yields, independent of the export format it came from.

Readers (``proj79``, ``ign8``) turn an export into an :class:`Export`; ``native`` writes it into a
projects folder and returns an :class:`ImportReport`. Nothing here touches the file system.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

#: Script contexts of the native layout, in the order reports list them.
CONTEXTS = ("gateway", "client", "perspective")
#: Threading values of a handler's ``.json``: Ignition's "Shared", "Dedicated" and (Vision) "EDT".
THREADINGS = ("shared", "dedicated", "edt")
#: A library module path, ``("a", "b")`` for ``a.b`` (``library/a/b.py``).
ModulePath = tuple[str, ...]


def threading_of(value: str) -> str | None:
    """Ignition's thread-type constants (``SHARED``, ``DEDICATED``, ``EDT``, any case) to ours."""
    word = value.lower()
    if word in THREADINGS:
        return word
    return "edt" if "edt" in word or "swing" in word else None


#: Property names an export may give a handler's 8.1 security settings under (the Message Handler
#: Settings "Security" part of the manual's "Gateway Event Scripts" page). No export in the
#: fixtures carries one, so these are inferences from the manual's words, read case-insensitively.
_REMOTE_NAMES = ("remote", "allowremote", "allowremotegateways", "remoteallowed")
_ROLE_NAMES = ("roles", "requiredroles", "securityroles", "allowedroles")
_ZONE_NAMES = ("zones", "securityzones", "allowedzones", "requiredzones")


def security_of(props: object) -> dict[str, object] | None:
    """A handler's security settings in the native NAME.json shape ``{"remote": bool,
    "roles": [...], "zones": [...]}`` (keys that are absent stay out), from a handler's
    properties: a nested ``security`` mapping or the flat names above. None when there are none."""
    if not isinstance(props, dict):
        return None
    lowered = {str(k).lower(): v for k, v in props.items()}
    nested = lowered.get("security")
    if isinstance(nested, dict):
        lowered = {**lowered, **{str(k).lower(): v for k, v in nested.items()}}
    found: dict[str, object] = {}
    remote = next((lowered[n] for n in _REMOTE_NAMES if isinstance(lowered.get(n), bool)), None)
    if remote is not None:
        found["remote"] = remote
    for key, names in (("roles", _ROLE_NAMES), ("zones", _ZONE_NAMES)):
        value = next((lowered[n] for n in names if n in lowered), None)
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            found[key] = sorted(set(value))
    return found or None


@dataclass
class Handler:
    """A message handler: its stored script text, unchanged, and its settings."""

    name: str
    script: str
    threading: str = "shared"
    enabled: bool = True
    security: dict[str, object] | None = None  # NAME.json's "security", when the export has one


@dataclass
class Script:
    """Any other event script (startup, shutdown, timer, tag change, ...).

    ``path`` is its native path under the context folder without ``.py`` (``"startup"``,
    ``"timer/poll"``); ``settings``, when given, is written beside it as ``<path>.json``.
    """

    path: str
    text: str
    settings: dict[str, object] | None = None


@dataclass
class RawFile:
    """A resource shim does not interpret, kept under ``<Project>/_raw/`` as stored."""

    path: tuple[str, ...]
    data: bytes


@dataclass
class Project:
    """One project, ready to be written in the native layout."""

    name: str
    meta: dict[str, object]
    handlers: dict[str, list[Handler]] = field(default_factory=lambda: {c: [] for c in CONTEXTS})
    scripts: dict[str, list[Script]] = field(default_factory=lambda: {c: [] for c in CONTEXTS})
    library: dict[ModulePath, bytes] = field(default_factory=dict)
    raw: list[RawFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Export:
    """Everything read from one export: projects plus 7.x gateway-wide shared scripts."""

    source: Path
    kind: str
    projects: list[Project]
    global_library: dict[ModulePath, bytes] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class ProjectReport:
    """What was written for one project."""

    name: str
    path: Path
    handlers: dict[str, list[str]]
    scripts: list[str]
    library: list[str]
    raw: int


@dataclass
class ImportReport:
    """The result of :func:`runtime.projects.importers.import_export`."""

    source: Path
    kind: str
    projects: list[ProjectReport]
    global_library: list[str]
    notes: list[str]
