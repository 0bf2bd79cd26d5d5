"""Import every library and pylib module in a throwaway gateway, as Ignition imports them.

Each project's library is imported on that project's gateway script host (7.9: ``project.x``
and ``shared.x``; 8.x: by its own name), the pylib through the gateway's pylib, each under the
gateway's time budget, so a module that loops at its top level is stopped, not waited for. No
handler, event script or startup script runs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from runtime.gateway import Gateway
from runtime.projects.loader import ProjectSet
from runtime.scripts.pylib import pylib_for
from runtime.tools.assess.classify import classify_failure
from runtime.tools.assess.collect import Script

#: Seconds one module's top level may run.
MODULE_TIME_LIMIT = 10.0


@dataclass(frozen=True)
class LoadResult:
    script: Script
    ok: bool
    kind: str | None = None
    message: str | None = None
    file: str | None = None  # where the failure shows in the user's code
    line: int | None = None


def load_modules(projects: ProjectSet, scripts: list[Script],
                 step: Callable[[], None] = lambda: None) -> list[LoadResult]:
    """One result per library, shared and pylib module in ``scripts``; ``step`` after each."""
    first = next(iter(projects.projects), None)
    # _global's modules load on the first project's host (7.9: ``shared.x``); with no project
    # at all nothing imports them
    roles = ("library", "shared", "pylib") if first is not None else ("pylib",)
    modules = [s for s in scripts if s.role in roles]
    files = {str(s.path) for s in scripts}
    gateway = Gateway(projects, synchronous=True, start=False, time_limit=MODULE_TIME_LIMIT)
    results = []
    try:
        for script in modules:
            owner = script.project or first
            if owner is None:  # a pylib with no project to import it from
                results.append(_outside(projects, script, files))
            else:
                results.append(_inside(gateway, owner, script, files))
            step()
    finally:
        gateway.close(wait=False)
    return results


def _inside(gateway: Gateway, project: str, script: Script, files: set[str]) -> LoadResult:
    host = gateway.host(project)
    library = host.library
    if script.role == "pylib":
        call = lambda: library.pylib.import_module(script.name)  # noqa: E731
    else:
        prefix = "shared." if script.role == "shared" else "project." if library.semantics == "7.9" else ""
        target = prefix + script.name
        call = lambda: library.find(target, None, ("__name__",), 0)  # noqa: E731
    run = host.execute(f"assess {script.name}", None, call, what="module", logger="assess",
                       limit=MODULE_TIME_LIMIT)
    if run.status != "error":
        return LoadResult(script, True)
    return LoadResult(script, False, *classify_failure(run.exception, files))


def _outside(projects: ProjectSet, script: Script, files: set[str]) -> LoadResult:
    try:
        pylib_for(projects).import_module(script.name)
        return LoadResult(script, True)
    except Exception as exc:  # noqa: BLE001 - the module's own failure, classified
        return LoadResult(script, False, *classify_failure(exc, files))
