"""What a project set holds, script by script, as ``shim check`` and the gateway see it.

An assessment never touches the user's folder: it works on a copy (``working_copy``) in shim's
cache, at a path that stays the same from one run to the next, so the compile cache (keyed by
file name and content) is warm on the second run, and a library module that writes a tag or a
file at its top level writes into the copy.
"""
from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from runtime.core.cache import cache_root
from runtime.core.errors import ProjectError
from runtime.projects.loader import ProjectSet, load_projects, pylib_modules, projects_root
from runtime.tools.commands.check import scripts_in


@dataclass(frozen=True)
class Script:
    """One script file: who owns it, what it is, how ``shim check`` compiles it."""

    path: Path
    project: str | None  # None: the gateway's (pylib, _global)
    role: str  # "handler" | "event" | "library" | "shared" | "pylib" | "other"
    name: str  # handler/event label or dotted module name
    function: str | None = None
    params: tuple[str, ...] = ()


def working_copy(source: Path, pylib: Sequence[Path]) -> Path:
    """The projects folder of ``source`` (a folder or an export), copied with the ``--pylib``
    folders under ``_gateway/assess-pylib/N``, to a stable place in the cache."""
    root = projects_root(source)
    if not root.is_dir():
        raise ProjectError(f"projects folder not found: {source}")
    base = cache_root()
    digest = hashlib.sha256(str(Path(source).resolve()).encode()).hexdigest()[:16]
    target = (base / "assess-work" / digest) if base is not None else \
        Path(tempfile.mkdtemp(prefix="shim-assess-")) / "projects"
    if target.exists():
        shutil.rmtree(target)
    try:
        shutil.copytree(root, target, ignore=shutil.ignore_patterns(".*", "__pycache__"))
        for index, folder in enumerate(pylib):
            shutil.copytree(folder, target / "_gateway" / "assess-pylib" / str(index),
                            ignore=shutil.ignore_patterns(".*", "__pycache__"))
    except OSError as exc:
        raise ProjectError(f"cannot read {source}: {exc.strerror or exc}") from None
    return target


def load(root: Path, pylib_count: int) -> ProjectSet:
    """The project set of the working copy, with the ``--pylib`` folders after the gateway's
    own pylib (the first folder holding a top-level name owns it, as on ``sys.path``)."""
    projects = load_projects(root)
    for index in range(pylib_count):
        folder = root / "_gateway" / "assess-pylib" / str(index)
        found = pylib_modules(folder, projects.warnings, gateway=False)
        owned = {name.partition(".")[0] for name in projects.pylib}
        projects.pylib.update({k: v for k, v in found.items() if k.partition(".")[0] not in owned})
    return projects


def scripts(projects: ProjectSet) -> list[Script]:
    """Every script: handlers, event scripts, library modules, ``_global``, pylib, then any
    other ``.py`` file under the folder (compiled as a module, as ``shim check`` does)."""
    found: list[Script] = []
    skipped = {w.partition(": skipped")[0] for w in projects.all_warnings()}
    for project in projects.projects.values():
        for context, handlers in project.handlers.items():
            for spec in handlers.values():
                params = ("session", "payload") if context == "perspective" else ("payload",)
                found.append(Script(spec.path, project.name, "handler", f"{context}/{spec.name}",
                                    "handleMessage", params))
        for context, events in project.events.items():
            for event in events:
                found.append(Script(event.path, project.name, "event", f"{context}/{event.label}"))
        for dotted, path in project.library.items():
            found.append(Script(path, project.name, "library", dotted))
    for dotted, path in projects.shared.items():
        found.append(Script(path, None, "shared", dotted))
    for dotted, path in projects.pylib.items():
        found.append(Script(path, None, "pylib", dotted))
    known = {s.path.resolve() for s in found}
    for path, function, params in scripts_in(projects.root):
        if path.resolve() not in known and str(path) not in skipped and "assess-pylib" not in path.parts:
            found.append(Script(path, _owner(projects, path), "other", path.stem, function, params))
    return found


def _owner(projects: ProjectSet, path: Path) -> str | None:
    first = path.relative_to(projects.root).parts[0]
    return first if first in projects.projects else None


def named_queries(project_path: Path) -> list[str]:
    """The named query paths a project defines (``namedqueries/PATH.sql``)."""
    folder = project_path / "namedqueries"
    if not folder.is_dir():
        return []
    return sorted(p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.sql"))
