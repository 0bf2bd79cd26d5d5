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


@dataclass
class Handler:
    """A message handler: its stored script text, unchanged, and its settings."""

    name: str
    script: str
    threading: str = "shared"
    enabled: bool = True


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
