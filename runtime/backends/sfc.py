"""Sequential Function Charts for ``system.sfc`` (8.1 manual, ``system.sfc.*``): a registry of
chart instances whose charts are stubs that run scripts.

shim does not execute SFC steps and transitions. A chart is a file of its project,
``<project>/sfc/<chartPath>.py`` (or ``.json`` for a chart with no scripts), whose optional functions
are the chart's event scripts, each called with the chart scope:

```
def onStart(chart):       # when startChart runs it; chart holds the start arguments
    chart.count = 0
def onPause(chart): ...
def onResume(chart): ...
def onCancel(chart): ...  # cancelChart
```

An instance is Running from ``startChart`` until ``cancelChart`` (Canceled); ``pauseChart``/
``resumeChart`` switch it to Paused and back; ``setVariable(s)`` change its scope (``stepId`` None
for the chart scope; a step id keeps a scope of its own). Event scripts run in the gateway scope of
the chart's project, at once, before the call returns. ``getRunningCharts`` lists the instances that
are not Canceled.
"""
from __future__ import annotations

import threading
import time
import uuid
from typing import TYPE_CHECKING, Any

from runtime.core.errors import ProjectError
from runtime.emulated.java.lang import Exception as JavaException
from runtime.emulated.java.util import Date

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway


class ChartScope(dict):
    """A chart's (or step's) variables: ``chart.name`` and ``chart["name"]`` (PyChartScope)."""

    __shim_writable__ = True
    __module__ = "com.inductiveautomation.sfc.api"

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __delattr__(self, name: str) -> None:
        self.pop(name, None)


class ChartInstance:
    """One started chart. Its scope holds the start arguments and the variables the SFC engine
    keeps (8.1 manual, system.sfc "Chart Scope Variables" and system.sfc.getVariables "Keys in
    the PyChartScope"): ``instanceId``, ``chartPath``, ``startTime`` (a Date), ``runningTime``
    (whole seconds, brought up to date by :meth:`refresh`), ``parent`` (None: shim has no
    enclosing steps) and ``activeSteps`` (empty: shim runs no steps)."""

    def __init__(self, project: str, path: str, started_by: str, arguments: dict) -> None:
        self.id = str(uuid.uuid4())
        self.project = project
        self.path = path
        self.started = int(time.time() * 1000)
        self.started_by = started_by
        self.state = "Running"
        self.scope = ChartScope(arguments)
        self.scope.update(instanceId=self.id, chartPath=path, startTime=Date(self.started), parent=None,
                          activeSteps={}, runningTime=0)
        self.steps: dict[str, ChartScope] = {}
        self.functions: dict[str, Any] = {}

    def refresh(self) -> ChartScope:
        """The scope, its ``runningTime`` brought up to now."""
        self.scope["runningTime"] = max(0, int(time.time() * 1000) - self.started) // 1000
        return self.scope


class Charts:
    """Every chart instance of one gateway."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._instances: dict[str, ChartInstance] = {}

    def add(self, instance: ChartInstance) -> None:
        with self._lock:
            self._instances[instance.id] = instance

    def get(self, function: str, instance_id: Any, running: bool = False) -> ChartInstance:
        """The instance ``instance_id``. With ``running`` (cancelChart, pauseChart, resumeChart),
        an id that matches no running (or paused) instance is a KeyError, as their 8.1 manual pages
        say ("Will throw a KeyError if the ID does not match any running chart instance")."""
        if not isinstance(instance_id, str):
            raise TypeError(f"{function}(): instanceId must be a string, not {type(instance_id).__name__}")
        with self._lock:
            found = self._instances.get(instance_id)
        if running and (found is None or found.state == "Canceled"):
            raise KeyError(f"{function}(): no running chart instance with id {instance_id}")
        if found is None:
            raise JavaException(f"{function}(): no chart instance with id {instance_id}")
        return found

    def running(self, path: str | None) -> list[ChartInstance]:
        with self._lock:
            return [i for i in self._instances.values() if i.state != "Canceled"
                    and (path is None or i.path.lower() == path.lower())]


def charts(gateway: "Gateway") -> Charts:
    return gateway.service("sfc", lambda _gateway: Charts())


def chart_source(gateway: "Gateway", project: str, path: str) -> str | None:
    """The chart's script source, ``""`` for a chart without scripts, None when there is no chart
    (a project inherits its parent's charts)."""
    parts = [p for p in path.replace("\\", "/").split("/") if p]
    if not parts or any(p in (".", "..") for p in parts):
        return None
    seen: set[str] = set()
    current = gateway.projects.get(project)
    while current is not None and current.name not in seen:
        seen.add(current.name)
        base = current.path.joinpath("sfc", *parts)
        script, plain = base.with_suffix(".py"), base.with_suffix(".json")
        if script.is_file():
            try:
                return script.read_text(encoding="utf-8-sig")
            except OSError as exc:
                raise ProjectError(f"cannot read {script}: {exc.strerror}") from None
        if plain.is_file():
            return ""
        current = gateway.projects.get(current.parent) if current.parent else None
    return None


def rows(instances: list[ChartInstance]) -> list[list]:
    return [[i.id, i.path, Date(i.started), i.started_by, i.state] for i in instances]
