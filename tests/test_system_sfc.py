"""system.sfc on the chart registry: stub charts whose event scripts run in the gateway scope."""
from __future__ import annotations

import pytest

from systemkit import fail_one, handler_files, run_one

CHART = """
import system
def onStart(chart):
    chart.count = chart.get("count", 0) + 1
    system.util.getLogger("sfc").info("started with batch %s" % chart.batch)
def onPause(chart):
    chart.paused = True
def onResume(chart):
    chart.paused = False
def onCancel(chart):
    system.tag.writeBlocking(["Line/State"], ["canceled"])
"""


def gateway(make_gateway, source: str):
    files = handler_files(source, semantics="8.1")
    files["X/sfc/Batching/Mix.py"] = CHART
    files["X/sfc/Idle.json"] = {}
    files["_gateway/tags.json"] = {"Line/State": ""}
    return make_gateway(files, synchronous=True)


def test_chart_lifecycle_and_variables(make_gateway):
    gw = gateway(make_gateway, """
iid = system.sfc.startChart("X", "Batching/Mix", {"batch": 42})
other = system.sfc.startChart("Idle", {})
ds = system.sfc.getRunningCharts()
print ds.rowCount, ds.getColumnNames(), ds.getValueAt(0, "chartState"), ds.getValueAt(0, "startedBy")
print system.sfc.getVariables(iid)["count"], system.sfc.getVariables(iid).batch
system.sfc.pauseChart(iid)
print system.sfc.getRunningCharts("Batching/Mix").getValueAt(0, "chartState"), system.sfc.getVariables(iid).paused
system.sfc.resumeChart(iid)
system.sfc.setVariable(iid, None, "speed", 3)
system.sfc.setVariables(iid, "step1", {"temp": 80})
print system.sfc.getVariables(iid)["speed"], system.sfc.getVariables(iid)["paused"]
system.sfc.redundantCheckpoint(iid)
system.sfc.cancelChart(iid)
print system.sfc.getRunningCharts().rowCount, system.tag.readBlocking(["Line/State"])[0].value
""")
    assert run_one(gw).output == ["2 [instanceId, chartPath, startDate, startedBy, chartState] Running gateway",
                                  "1 42", "Paused True", "3 False", "1 canceled"]
    assert any("started with batch 42" in r.message for r in gw.log.records)


@pytest.mark.parametrize("source, message", [
    ('system.sfc.startChart("X", "Nope", {})', "chart 'Nope' not found in project 'X'"),
    ('system.sfc.startChart("Y", "Idle", {})', "project 'Y' not found"),
    ('system.sfc.startChart("X", "Idle", [1])', "arguments must be a dictionary"),
    ('system.sfc.cancelChart("no-such-id")', "KeyError: 'cancelChart(): no running chart instance with id no-such-id'"),
    ('system.sfc.pauseChart("no-such-id")', "KeyError: 'pauseChart(): no running chart instance"),
    ('system.sfc.getVariables("no-such-id")', "getVariables(): no chart instance with id no-such-id"),
    ('i = system.sfc.startChart("Idle", {})\nsystem.sfc.resumeChart(i)', "is Running, not Paused"),
    ('i = system.sfc.startChart("Idle", {})\nsystem.sfc.cancelChart(i)\nsystem.sfc.resumeChart(i)',
     "KeyError: 'resumeChart(): no running chart instance"),
])
def test_sfc_errors(make_gateway, source, message):
    assert message in fail_one(gateway(make_gateway, source)).error


def test_set_variable_leaves_the_step_id_out_as_the_manual_allows(make_gateway):
    """8.1 manual, system.sfc.setVariable(instanceId, [stepId], variableName, variableValue) and
    setVariables(instanceId, [stepId], variableMap): without the step id the chart scope is set;
    the scope also holds the engine's keys (system.sfc "Chart Scope Variables")."""
    gw = gateway(make_gateway, """
iid = system.sfc.startChart("Idle", {"batch": 7})
system.sfc.setVariable(iid, "speed", 3)
system.sfc.setVariables(iid, {"temp": 80, "batch": 8})
system.sfc.setVariable(instanceId=iid, variableName="mode", variableValue="auto")
system.sfc.setVariable(iid, "step1", "speed", 9)
v = system.sfc.getVariables(iid)
print v["speed"], v["temp"], v["batch"], v["mode"], v["instanceId"] == iid, v["chartPath"], v["runningTime"]
print type(v["startTime"]).__name__, v["parent"], v["activeSteps"]
""")
    assert run_one(gw).output == ["3 80 8 auto True Idle 0", "Date None {}"]
