"""The code examples of the Ignition 8.1 manual pages of ``system.math.*``, ``system.alarm.*`` and
``system.sfc.*``, run word for word in the scope the page names (a gateway script, a Vision
client, a component script), checking what the page shows or implies.

Pages: https://docs.inductiveautomation.com/docs/8.1/appendix/scripting-functions/system-math/
(system-math-NAME), .../system-alarm/ and .../system-sfc/. The math pages print results without
showing them: the expected numbers are computed here independently (the stdlib's ``statistics``
and the formulas Apache Commons Math documents), and printed as Python 2 prints a float (12
significant digits).

Not run, and why: meanDifference, sumDifference, sfc.setVariable and sfc.setVariables have no
example beyond their syntax line (their defaults and errors are rows of test_system_contracts.py);
the examples of alarm.queryStatus, alarm.queryJournal and alarm.shelve were not in the copies of
the pages at hand (cut off), so they are not reproduced from memory; alarm.acknowledge's
right-click-menu example needs a Table component holding queryStatus' dataset and the menu's
answer, which test_system_vision covers for createPopupMenu.
"""
from __future__ import annotations

import math
import statistics

import pytest

from runtime.backends.ui import ui
from runtime.tools.interpreter import Interpreter
from systemkit import handler_files, run_one

#: The list most system.math pages build: ``values = [3.5, 5.6, 7.8, 7.4, 3.8]``.
VALUES = [3.5, 5.6, 7.8, 7.4, 3.8]


def py2_str(value: float) -> str:
    """``str(float)`` in Jython 2.7 / Python 2: 12 significant digits, ``.0`` kept."""
    text = "%.12g" % value
    return text if any(c in text for c in ".en") else text + ".0"


def _kurtosis(v: list[float]) -> float:
    """Commons Math's Kurtosis: the bias-corrected sample excess kurtosis."""
    n, mean, sd = len(v), statistics.fmean(v), statistics.stdev(v)
    s4 = sum(((x - mean) / sd) ** 4 for x in v)
    return n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * s4 - 3 * (n - 1) ** 2 / ((n - 2) * (n - 3))


def _skewness(v: list[float]) -> float:
    """Commons Math's Skewness: n / ((n-1)(n-2)) * sum(((x - mean) / s) ** 3)."""
    n, mean, sd = len(v), statistics.fmean(v), statistics.stdev(v)
    return n / ((n - 1) * (n - 2)) * sum(((x - mean) / sd) ** 3 for x in v)


#: One row per page whose example is "values = [3.5, 5.6, 7.8, 7.4, 3.8]" then
#: "print system.math.NAME(values)": the function and its value computed independently.
PRINTING_EXAMPLES = [
    ("geometricMean", "# Create a List of values.", "# Prints the resulting value.",
     statistics.geometric_mean(VALUES)),
    ("kurtosis", "# Create a List of values.", "# Prints the resulting value.", _kurtosis(VALUES)),
    ("max", "# Create a List of values.", "# Prints the resulting value.", max(VALUES)),
    ("mean", "# Create a list of values.", "# Prints the resulting value.", statistics.fmean(VALUES)),
    ("median", "# Create a list of values.", "# Prints the resulting value.", statistics.median(VALUES)),
    ("min", "# Create a list of values.", "# Prints the resulting value.", min(VALUES)),
    ("populationVariance", "# Create a list of values.", "# Print the resulting value.",
     statistics.pvariance(VALUES)),
    ("product", "# Create a list of values.", "# Print the resulting value.", math.prod(VALUES)),
    ("skewness", "# Create a list of values.", "# Print the resulting value.", _skewness(VALUES)),
    ("standardDeviation", "# Create a list of values.", "# Print the resulting value.", statistics.stdev(VALUES)),
    ("sum", "# Create a list of values.", "# Print the resulting value.", math.fsum(VALUES)),
    ("sumLog", "# Create a list of values.", "# Print the resulting value.", sum(math.log(x) for x in VALUES)),
    ("sumSquares", "# Create a list of values.", "# Print the resulting value.", sum(x * x for x in VALUES)),
    ("variance", "# Create a list of values.", "# Print the resulting value.", statistics.variance(VALUES)),
]


def gateway_script(make_gateway, source: str, **files):
    gw = make_gateway({**handler_files(source, semantics="8.1"), **files}, synchronous=True)
    return run_one(gw).output


@pytest.mark.parametrize("name, first, second, expected", PRINTING_EXAMPLES, ids=[r[0] for r in PRINTING_EXAMPLES])
def test_math_page_example_prints_the_value(make_gateway, name, first, second, expected):
    output = gateway_script(make_gateway, f"""{first}
values = [3.5, 5.6, 7.8, 7.4, 3.8]

{second}
print system.math.{name}(values)
""")
    assert output == [py2_str(expected)]


def test_math_percentile_example(make_gateway):
    """system-math-percentile: the 75th percentile of four values, Commons Math's default
    estimate (position p(n+1)/100 = 3.75 between the sorted 3rd and 4th values)."""
    output = gateway_script(make_gateway, """
# Create a list of values.
values = [3.5, 5.6, 7.4, 3.8]

# Print the 75th percentile.
print system.math.percentile(values, 75)
""")
    ordered = sorted([3.5, 5.6, 7.4, 3.8])
    assert output == [py2_str(ordered[2] + 0.75 * (ordered[3] - ordered[2]))]


def test_math_mode_example(make_gateway):
    """system-math-mode: the most frequent value(s), first printed alone then iterated."""
    output = gateway_script(make_gateway, """
# Create a list of values.
values = [3.5, 5.6, 7.8, 7.4, 7.8]

# Return the most common values.
modes = system.math.mode(values)

# Print the first item in the result.
print modes[0]

# Iterate over the results.
for number in modes:
    print number
""")
    assert output == ["7.8", "7.8"]


def test_math_normalize_example(make_gateway):
    """system-math-normalize: (x - mean) / sample standard deviation, in the input's order."""
    output = gateway_script(make_gateway, """
# Create a list of values.
values = [3.5, 5.6, 7.8, 7.4, 7.8]

# Return the most common values.
normalized = system.math.normalize(values)

# Print the first item in the result.
print normalized[0]

# Iterate over the results.
for number in normalized:
    print number
""")
    values = [3.5, 5.6, 7.8, 7.4, 7.8]
    mean, sd = statistics.fmean(values), statistics.stdev(values)
    expected = [py2_str((x - mean) / sd) for x in values]
    assert output == [expected[0]] + expected


# -- system.alarm -------------------------------------------------------------------------------

ALARM_TAGS = {"tags": [{"name": "Tanks", "tagType": "Folder", "tags": [
    {"name": "Level", "dataType": "Float8", "value": 20.0, "alarms": [
        {"name": "High", "mode": "AboveValue", "setpointA": 90, "priority": "High"}]}]}]}
ROSTERS = {"users": {"admin": {"password": "pw", "roles": ["Administrator"]},
                     "asmith": {"password": "pw"}, "jdoe": {"password": "pw"}},
           "rosters": {"Admins": ["admin"], "Supervisors": ["asmith", "jdoe"]}}


def alarm_gateway(make_gateway, source: str, context: str = "gateway"):
    files = handler_files(source, context=context, semantics="8.1")
    files["_gateway/tags.json"] = ALARM_TAGS
    files["_gateway/users.json"] = ROSTERS
    return make_gateway(files, synchronous=True)


def client_script(gw, source: str, user: str = "admin") -> tuple[list[str], object]:
    out, err = [], []
    session = gw.open_client("X", user=user)
    assert Interpreter(gw, gw.session_host(session), out.append, err.append).run_script(
        source, "<client script>"), "\n".join(err)
    return out, session


def test_alarm_get_rosters_vision_example_prints_the_pages_output(make_gateway):
    """system-alarm-getRosters, Example #1 (Vision): the page's Output lists Admins (admin) and
    Supervisors (asmith, jdoe); rosters come from users.json's "rosters" here."""
    gw = alarm_gateway(make_gateway, "pass", context="client")
    out, _ = client_script(gw, """
# This script will get all the rosters and list the users in them.
rosters = system.alarm.getRosters()
for key, values in rosters.iteritems():
    # key is the roster name, values is a dict of usernames
    print 'Roster', key, 'contains these users:'
    for value in values:
        print '  ', value
""")
    assert sorted(out) == sorted(["Roster Admins contains these users:", "   admin",
                                  "Roster Supervisors contains these users:", "   asmith", "   jdoe"])
    assert out.index("   admin") == out.index("Roster Admins contains these users:") + 1


def test_alarm_create_roster_example_adds_an_empty_roster(make_gateway):
    """system-alarm-createRoster, Example #1; getRosters then maps it to no users (its page:
    "The list of usernames will be empty if no users have been added to the roster")."""
    output = run_one(alarm_gateway(make_gateway, """
# This example creates a new roster
name = 'MyRoster'
description = 'A roster created by scripting'
system.alarm.createRoster(name, description)
print system.alarm.getRosters()['MyRoster']
""")).output
    assert output == ["[]"]


def test_alarm_acknowledge_examples_return_the_ids_not_acknowledged(make_gateway):
    """system-alarm-acknowledge: the client form (ids, notes) and the gateway form (ids, notes,
    username); "As of 8.1.15, the function now returns ... List of alarm event ids (UUIDs) that
    were unable to be acknowledged successfully": the pages' made-up id is one of those."""
    gw = alarm_gateway(make_gateway, """
# This example shows the basic syntax for acknowledging an alarm from a gateway-based script
print system.alarm.acknowledge(['c27c06d8-698f-4814-af89-3c22944f58c5'],'Saw this alarm, did something about it.', 'admin')
""")
    assert run_one(gw).output == ["[u'c27c06d8-698f-4814-af89-3c22944f58c5']"]
    out, _ = client_script(gw, """
# This example shows the basic syntax for acknowledging an alarm from a client-based script
print system.alarm.acknowledge(['c27c06d8-698f-4814-af89-3c22944f58c5'],'Saw this alarm, did something about it.')
""")
    assert out == ["[u'c27c06d8-698f-4814-af89-3c22944f58c5']"]


def test_alarm_acknowledge_of_a_real_event_stores_the_note_and_user(make_gateway):
    """The same call on an active alarm's id: acknowledged, nothing returned as failed."""
    gw = alarm_gateway(make_gateway, """
system.tag.writeBlocking(["Tanks/Level"], [95])
eventId = str(system.alarm.queryStatus(priority=["High"])[0].getId())
print system.alarm.acknowledge([eventId],'Saw this alarm, did something about it.', 'admin')
event = system.alarm.queryStatus(state=["ActiveAcked"])[0]
print event.getAckData().get("ackUser"), event.getAckData().get("ackNotes")
""")
    assert run_one(gw).output == ["[]", "admin Saw this alarm, did something about it."]


def test_alarm_cancel_example_runs(make_gateway):
    """system-alarm-cancel: "the basic syntax for cancelling an alarm"; shim has no pipelines,
    so there is no pipeline event of that id to drop out, and the call returns nothing."""
    output = run_one(alarm_gateway(make_gateway, """
# This example shows the basic syntax for cancelling an alarm.

print system.alarm.cancel(['c27c06d8-698f-4814-af89-3c22944f58c5'])
""")).output
    assert output == ["None"]


def test_alarm_get_shelved_paths_example(make_gateway):
    """system-alarm-getShelvedPaths, Example #1, after shelving the tank's alarm for 5 minutes as
    the gateway (the page prints each ShelvedPath's path, user, expiration and isExpired)."""
    gw = alarm_gateway(make_gateway, """
system.alarm.shelve(["prov:default:/tag:Tanks/Level:/alm:High"], timeoutMinutes=5)
# The following code prints a list of the shelved alarms paths and prints them to the console.
paths = system.alarm.getShelvedPaths()
for p in paths:
   print "Path: %s, Shelved by: %s, expires: %s, is expired? %s" % (p.getPath(), p.getUser(), p.getExpiration(), p.isExpired())
""")
    (line,) = run_one(gw).output
    head, _, rest = line.partition(", expires: ")
    assert head == "Path: prov:default:/tag:Tanks/Level:/alm:High, Shelved by: gateway"
    assert rest.endswith(", is expired? False") and " UTC 20" in rest


def test_alarm_unshelve_example_with_a_keyword_path(make_gateway):
    """system-alarm-unshelve: ``unshelve(path= [testPath])`` with the page's placeholder path
    (nothing shelved there: no error), then the same on a real shelved alarm path."""
    gw = alarm_gateway(make_gateway, """
# Unshelve an Alarm at a Path

testPath = "prov:TAG_PROVIDER_NAME:/tag:TAG_PATH:/alm:ALARM_NAME"
system.alarm.unshelve(path= [testPath])
system.alarm.shelve(["prov:default:/tag:Tanks/Level:/alm:High"])
print len(system.alarm.getShelvedPaths())
testPath = "prov:default:/tag:Tanks/Level:/alm:High"
system.alarm.unshelve(path= [testPath])
print len(system.alarm.getShelvedPaths())
""")
    assert run_one(gw).output == ["1", "0"]


def test_alarm_list_pipelines_example(make_gateway):
    """system-alarm-listPipelines: prints every pipeline of the current project; shim emulates
    no pipelines (README), so the loop prints nothing and the call is a list."""
    output = run_one(alarm_gateway(make_gateway, """
# This script will print a list of all alarm pipeline names in the current project.
project = system.util.getProjectName()
pipelines = system.alarm.listPipelines(project)
for pipeline in pipelines:
    print pipeline
print type(pipelines).__name__
""")).output
    assert output == ["list"]


# -- system.sfc ---------------------------------------------------------------------------------

CHART = """
def onStart(chart):
    chart.started = True
"""


def sfc_gateway(make_gateway, source: str = "pass", context: str = "gateway"):
    files = handler_files(source, context=context, semantics="8.1")
    files["X/sfc/ChartFolder/ChartName.py"] = CHART
    return make_gateway(files, synchronous=True)


def test_sfc_start_chart_example_in_the_projects_own_script(make_gateway):
    """system-sfc-startChart: ``startChart(path, args)`` (the page's example leaves the project
    out: the calling script's project) returns the new instance's id; the arguments are the
    chart scope's variables."""
    gw = sfc_gateway(make_gateway, """
# The following will start an SFC with a dictionary of values to use inside the chart
args= {"var1":10, "Var2":15,"Var3":1}
path = "ChartFolder/ChartName"
sfcID = system.sfc.startChart(path, args)
chart = system.sfc.getVariables(sfcID)
print type(sfcID).__name__, len(sfcID), chart["var1"], chart["Var2"], chart["Var3"], chart.started
""")
    assert run_one(gw).output == ["unicode 36 10 15 1 True"]


def test_sfc_get_running_charts_example(make_gateway):
    """system-sfc-getRunningCharts: the formatted string of every running instance."""
    gw = sfc_gateway(make_gateway, """
first = system.sfc.startChart("X", "ChartFolder/ChartName", {})
# This example will check for all running charts, and return a formatted string detailing each chart instance.

# Check for all running charts. The path may be specified as a string to filter the results.
data = system.sfc.getRunningCharts()
# Create a string to append chart data to. The "\\n" is a new line character.
chartData = "The following charts are running:\\n"

# Iterate through each chart
for row in range(data.rowCount):

    # Extract the instanceId and chartPath values from the current row
    runningChartId = data.getValueAt(row, "instanceId")
    runningChartPath = data.getValueAt(row, "chartPath")

    # Append a string to chartData with the values extracted above
    chartData += "Id: %s, Path: %s\\n" % (runningChartId, runningChartPath)

# Print the string of chart Id's and Paths
print chartData
print first
""")
    output = run_one(gw).output
    assert output[:2] == ["The following charts are running:", f"Id: {output[-1]}, Path: ChartFolder/ChartName"]
    assert output[2:-1] == [""]


def test_sfc_cancel_chart_example_alerts_the_user_when_the_id_is_not_running(make_gateway):
    """system-sfc-cancelChart: the page's placeholder id matches no running instance, so
    cancelChart throws (a KeyError, the page says) and the Vision client shows the message box."""
    gw = sfc_gateway(make_gateway, context="client")
    _, session = client_script(gw, """
# The following attempts to stop an SFC but will alert the user if the id of the chart is not currently running.
id = 'Some long string value. It can be obtained using system.sfc.getRunningCharts()'
try:
    system.sfc.cancelChart(id)
except:
    system.gui.messageBox("Could not stop the SFC")
""")
    assert ui(session).records == [("messageBox", "Could not stop the SFC", "Information")]


@pytest.mark.parametrize("page, source", [
    ("system-sfc-pauseChart", """
# The following attempts to pause a SFC.
id = 'Some long string value. It can be obtained using system.sfc.getRunningCharts()'

system.sfc.cancelChart(id)
"""),
    ("system-sfc-resumeChart", """
# The following attempts to resume a paused SFC.
id = "The ID of the SFC you want to resume"

system.sfc.resumeChart(id)
"""),
])
def test_sfc_examples_with_a_placeholder_id_throw_a_key_error(make_gateway, page, source):
    """The pages' placeholder ids match no running instance: "Will throw a KeyError if the ID
    does not match any running chart instance"."""
    gw = sfc_gateway(make_gateway, source + """
""")
    from systemkit import fail_one

    error = fail_one(gw).error
    assert "KeyError: " in error and "no running chart instance with id" in error, page


def test_sfc_resume_and_pause_examples_on_a_real_instance(make_gateway):
    """The same calls with the id of a running instance: paused, resumed, canceled."""
    gw = sfc_gateway(make_gateway, """
id = system.sfc.startChart("X", "ChartFolder/ChartName", {})
system.sfc.pauseChart(id)
print system.sfc.getRunningCharts().getValueAt(0, "chartState")
system.sfc.resumeChart(id)
print system.sfc.getRunningCharts().getValueAt(0, "chartState")
system.sfc.cancelChart(id)
print system.sfc.getRunningCharts().rowCount
""")
    assert run_one(gw).output == ["Paused", "Running", "0"]


def test_sfc_redundant_checkpoint_example(make_gateway):
    """system-sfc-redundantCheckpoint: with the id of a running instance (the page's text is a
    placeholder for one) the call returns nothing; shim has no redundant pair to sync to."""
    gw = sfc_gateway(make_gateway, """
# This example will create a redundant checkpoint in case the primary Gateway in the redundant pair fails.
instanceId = system.sfc.startChart("X", "ChartFolder/ChartName", {})

print system.sfc.redundantCheckpoint(instanceId)
""")
    assert run_one(gw).output == ["None"]


def test_sfc_get_variables_example_from_an_sfc_monitor_component(make_gateway):
    """system-sfc-getVariables: a component script reads the instance id from the window's SFC
    Monitor component and shows the chart's path and start time in a message box."""
    gw = sfc_gateway(make_gateway, context="client")
    session = gw.open_client("X", user="admin")
    out, err = [], []
    interpreter = Interpreter(gw, gw.session_host(session), out.append, err.append)
    assert interpreter.run_script('print system.sfc.startChart("X", "ChartFolder/ChartName", {})', "<start>")
    ui(session).define("Batch", {"root": {"components": {"SFC Monitor": {"instanceId": out[0]}, "Button": {}}}})
    assert interpreter.run_script('system.nav.openWindow("Batch")', "<open>"), "\n".join(err)
    interpreter.namespace["event"] = ui(session).event("Batch", "Button")
    assert interpreter.run_script("""
# This example will show the chart path and start time of a single chart in a messageBox.
# We can make use of the SFC Monitor component to give the users the ability to pick a single running chart

# Fetch the ID of a running chart. In this case, we used the Instance ID property on a SFC Monitor component
id = event.source.parent.getComponent('SFC Monitor').instanceId

# Retrieve the variables from the chart
chartVars = system.sfc.getVariables(id)

# Show the path and starttime of the chart in a messageBox
system.gui.messageBox("Chart Path: %s has been running since %s" % (chartVars["chartPath"], chartVars["startTime"]))
""", "<component script>"), "\n".join(err)
    record = ui(session).records[-1]
    assert record[0] == "messageBox" and record[1].startswith("Chart Path: ChartFolder/ChartName has been running since ")
    assert " UTC 20" in record[1]
