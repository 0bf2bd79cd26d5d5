"""``system.sfc``: starting, pausing, resuming and cancelling chart instances, and their
variables (8.1 manual, ``system.sfc.*``). Charts are stubs that run scripts, see
``runtime.backends.sfc`` (``<project>/sfc/<chartPath>.py``)."""
from __future__ import annotations

from typing import Any

from runtime.emulated.ignition.dataset import dataset_from_rows
from runtime.backends.scopes import require_comm
from runtime.backends.sfc import ChartInstance, ChartScope, chart_source, charts, rows
from runtime.core.budget import run_limited
from runtime.core.context import activate, current, deactivate
from runtime.emulated.java.lang import Exception as JavaException

__all__ = [
    "cancelChart", "getRunningCharts", "getVariables", "pauseChart", "redundantCheckpoint",
    "resumeChart", "setVariable", "setVariables", "startChart",
]


def startChart(projectName, chartPath=None, arguments=None) -> str:
    """Start an instance of a chart with ``arguments`` in its scope; its instance id (8.1 manual,
    ``system.sfc.startChart``; in a project's own scripts the project may be left out:
    ``startChart(chartPath, arguments)``). The chart's ``onStart(chart)`` runs before this returns."""
    ctx = current()
    require_comm(ctx, "write", "system.sfc.startChart")
    if chartPath is None or isinstance(chartPath, dict):
        projectName, chartPath, arguments = ctx.project, projectName, chartPath
    if not isinstance(projectName, str) or not projectName:
        raise TypeError("startChart(): projectName is required outside a project's scripts")
    if not isinstance(chartPath, str) or not chartPath:
        raise TypeError("startChart(): chartPath must be the chart's path")
    if arguments is not None and not isinstance(arguments, dict):
        raise TypeError(f"startChart(): arguments must be a dictionary, not {type(arguments).__name__}")
    if ctx.gateway.projects.get(projectName) is None:
        raise JavaException(f"startChart(): project '{projectName}' not found")
    source = chart_source(ctx.gateway, projectName, chartPath)
    if source is None:
        raise JavaException(f"startChart(): chart '{chartPath}' not found in project '{projectName}' "
                            f"(shim reads {projectName}/sfc/{chartPath}.py or .json)")
    who = ctx.session.user if ctx.session is not None else "gateway"
    instance = ChartInstance(projectName, chartPath, who, dict(arguments or {}))
    if source:
        host = ctx.gateway.host(projectName)
        instance.functions = host.run_source(source, f"{projectName}/sfc/{chartPath}.py")
    charts(ctx.gateway).add(instance)
    _event(instance, "onStart")
    return instance.id


def _event(instance: ChartInstance, name: str) -> None:
    function = instance.functions.get(name)
    if not callable(function):
        return
    gateway = current().gateway
    ctx = gateway.host(instance.project).context(f"sfc/{instance.path}")
    token = activate(ctx)
    try:
        run_limited(gateway.time_limit, f"chart {instance.path} {name}", function, instance.refresh())
    finally:
        ctx.out.flush()
        deactivate(token)


def _instance(function: str, instance_id: Any, running: bool = False) -> ChartInstance:
    return charts(current().gateway).get(function, instance_id, running)


def cancelChart(instanceId) -> None:
    """Cancel a running or paused instance; its ``onCancel(chart)`` runs. An id of no running
    instance (unknown, or canceled already) is a KeyError (8.1 manual, ``system.sfc.cancelChart``:
    "Will throw a KeyError if the ID does not match any running chart instance")."""
    require_comm(current(), "write", "system.sfc.cancelChart")
    instance = _instance("cancelChart", instanceId, running=True)
    instance.state = "Canceled"
    _event(instance, "onCancel")


def pauseChart(instanceId) -> None:
    """Pause a running instance; its ``onPause(chart)`` runs (8.1 manual, ``system.sfc.pauseChart``)."""
    _switch("pauseChart", instanceId, "Running", "Paused", "onPause")


def resumeChart(instanceId) -> None:
    """Resume a paused instance; its ``onResume(chart)`` runs (8.1 manual, ``system.sfc.resumeChart``)."""
    _switch("resumeChart", instanceId, "Paused", "Running", "onResume")


def _switch(function: str, instance_id: Any, before: str, after: str, event: str) -> None:
    require_comm(current(), "write", f"system.sfc.{function}")
    instance = _instance(function, instance_id, running=True)
    if instance.state != before:
        raise JavaException(f"{function}(): chart instance {instance_id} is {instance.state}, not {before}")
    instance.state = after
    _event(instance, event)


def getRunningCharts(chartPath=None):
    """The instances not canceled (all, or of one chart): instanceId, chartPath, startDate,
    startedBy, chartState (8.1 manual, ``system.sfc.getRunningCharts``)."""
    if chartPath is not None and not isinstance(chartPath, str):
        raise TypeError("getRunningCharts(): chartPath must be a string")
    found = charts(current().gateway).running(chartPath)
    return dataset_from_rows(["instanceId", "chartPath", "startDate", "startedBy", "chartState"],
                             None, rows(found))


def getVariables(instanceId) -> ChartScope:
    """The instance's chart scope: its parameters and the engine's keys (instanceId, chartPath,
    startTime, runningTime, parent, activeSteps; 8.1 manual, ``system.sfc.getVariables``)."""
    return _instance("getVariables", instanceId).refresh()


#: An argument left out (None is a value: a step id of None means the chart scope).
_OMITTED: Any = object()


def setVariable(instanceId, stepId=None, variableName=None, variableValue=_OMITTED) -> None:
    """Set one variable of the chart scope (``stepId`` None or left out) or of a step's scope
    (8.1 manual, ``system.sfc.setVariable(instanceId, [stepId], variableName, variableValue)``:
    the step id may be left out, so three arguments are instance, name and value)."""
    if variableValue is _OMITTED:
        stepId, variableName, variableValue = None, stepId, variableName
    if not isinstance(variableName, str) or not variableName:
        raise TypeError("setVariable(): variableName must be a non-empty string")
    setVariables(instanceId, stepId, {variableName: variableValue})


def setVariables(instanceId, stepId=None, variableMap=_OMITTED) -> None:
    """Set several variables at once (8.1 manual, ``system.sfc.setVariables(instanceId, [stepId],
    variableMap)``: with two arguments the second is the map, for the chart scope)."""
    if variableMap is _OMITTED:
        stepId, variableMap = None, stepId
    require_comm(current(), "write", "system.sfc.setVariables")
    instance = _instance("setVariables", instanceId)
    if not isinstance(variableMap, dict):
        raise TypeError(f"setVariables(): variableMap must be a dictionary, not {type(variableMap).__name__}")
    if stepId is None:
        instance.scope.update(variableMap)
    else:
        instance.steps.setdefault(str(stepId), ChartScope()).update(variableMap)


def redundantCheckpoint(instanceId) -> None:
    """Synchronize a chart instance to a redundant backup (8.1 manual, ``redundantCheckpoint``):
    shim has no redundant gateway, so only the instance is checked."""
    _instance("redundantCheckpoint", instanceId)
