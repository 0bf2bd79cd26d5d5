"""``system.project``: the running project and the gateway's projects (Ignition 8.1 manual,
``system.project.*``; new in 8.0, so missing under 7.9 semantics, where
``system.util.getProjectName`` is the way)."""
from __future__ import annotations

from runtime.backends.scopes import require_8x

__all__ = ["getProjectName", "getProjectNames", "requestScan"]


def getProjectName() -> str:
    """The name of the project the running script belongs to (8.1 manual,
    ``system.project.getProjectName``); gateway-wide scripts outside any project get ``""``."""
    return require_8x("project", "getProjectName").project or ""


def getProjectNames() -> list:
    """Every project name on the gateway, enabled or not (8.1 manual,
    ``system.project.getProjectNames``: "an unordered collection"; shim's is sorted)."""
    ctx = require_8x("project", "getProjectNames")
    return sorted(ctx.gateway.projects.projects)


def requestScan(timeout=None) -> None:
    """Ask the gateway to rescan its projects folder (8.1 manual, ``system.project.requestScan``).
    shim reads the projects folder when the gateway starts; a rescan of a running gateway is
    not emulated, so the call only checks its argument and returns, as Ignition's returns
    before the scan completes."""
    require_8x("project", "requestScan")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float))):
        raise TypeError("requestScan(): timeout must be a number of seconds")
