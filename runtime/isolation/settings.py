"""``gateway.json``'s isolation settings: where a project's handlers run and under what limits.

```
"isolation": "process",          "process": each project's handlers run in worker processes;
                                 "none": in the gateway's own process (the Python API's default)
"worker": {"memory": "1G",       address space of each worker (RLIMIT_AS): K/M/G or bytes
           "cpu": 30,            CPU seconds one run may use (RLIMIT_CPU); default its time budget + 1
           "grace": 0.5,         seconds past a run's time budget before its worker is killed
           "idle": 2}            idle workers kept per project for the next message
```

A malformed value is a ``ProjectError`` naming gateway.json, like every other gateway setting.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.core.budget import parse_size
from runtime.core.errors import ProjectError

MODES = ("none", "process")


@dataclass(frozen=True)
class WorkerSettings:
    """The limits every worker process of one gateway runs under."""

    memory: int = 1 << 30
    cpu: float | None = None  # None: each run's time budget + 1 s
    grace: float = 0.5
    idle: int = 2

    def cpu_for(self, time_limit: float | None) -> int | None:
        """Whole CPU seconds the kernel gives one run (RLIMIT_CPU counts whole seconds)."""
        seconds = self.cpu if self.cpu is not None else (time_limit + 1 if time_limit else None)
        return None if seconds is None else max(1, int(-(-seconds // 1)))


def isolation_mode(projects: Any, default: str = "none") -> str:
    """gateway.json's ``"isolation"`` for the ``projects`` folder (a ``ProjectSet``), or ``default``
    when it says nothing (``Gateway(...)``: "none"; ``shim serve``: "process")."""
    holder = SimpleNamespace(projects=projects)  # what gatewayfiles reads a gateway's folder from
    mode = read_object(holder, "gateway.json").get("isolation", default)
    if mode not in MODES:
        raise ProjectError(f"{gateway_dir(holder) / 'gateway.json'}: \"isolation\" must be one of "
                           f"{', '.join(repr(m) for m in MODES)}, not {mode!r}")
    return mode


def worker_settings(gateway: Any) -> WorkerSettings:
    """gateway.json's ``"worker"`` section (defaults for what it leaves out)."""
    where = gateway_dir(gateway) / "gateway.json"
    section = read_object(gateway, "gateway.json").get("worker", {})
    if not isinstance(section, dict):
        raise ProjectError(f'{where}: "worker" must be an object')
    unknown = sorted(set(section) - {"memory", "cpu", "grace", "idle"})
    if unknown:
        raise ProjectError(f'{where}: "worker" has unknown setting(s) {", ".join(unknown)}')
    defaults = WorkerSettings()
    try:
        memory = section.get("memory", defaults.memory)
        memory = parse_size(memory) if isinstance(memory, str) else int(memory)
        cpu = section.get("cpu")
        found = WorkerSettings(memory, None if cpu is None else float(cpu),
                               float(section.get("grace", defaults.grace)), int(section.get("idle", defaults.idle)))
    except (TypeError, ValueError):
        raise ProjectError(f'{where}: "worker" settings must be numbers ("memory" may be "512M", "2G")') from None
    if found.memory < 64 << 20 or (found.cpu is not None and found.cpu <= 0) or found.grace < 0 or found.idle < 0:
        raise ProjectError(f'{where}: "worker": memory must be at least 64M, cpu positive, grace and idle '
                           "not negative")
    return found
