"""system.alarm: alarms configured on tags go active and clear as the tags change; status,
acknowledgement, shelving and the journal, through real handlers."""
from __future__ import annotations

import pytest

from systemkit import fail_one, handler_files, run_one

TAGS = {"tags": [{"name": "Tanks", "tagType": "Folder", "tags": [
    {"name": "Level", "dataType": "Float8", "value": 20.0, "alarms": [
        {"name": "High", "mode": "AboveValue", "setpointA": 90, "priority": "High", "displayPath": "Tank high"},
        {"name": "Low", "mode": "BelowValue", "setpointA": 25, "priority": "Medium"}]},
    {"name": "Pump", "dataType": "Int4", "value": 0, "alarms": [
        {"name": "Fault", "mode": "Bit", "bitPosition": 2, "priority": "Critical", "ackMode": "Auto"},
        {"name": "Running", "mode": "Equality", "setpointA": 1, "priority": 0, "enabled": False}]}]}]}


def gateway(make_gateway, source: str):
    files = handler_files(source, semantics="8.1")
    files["_gateway/tags.json"] = TAGS
    return make_gateway(files, synchronous=True)


def test_alarm_lifecycle_status_and_acknowledge(make_gateway):
    gw = gateway(make_gateway, """
logger = system.util.getLogger("alarms")
def show(result):
    return sorted("%s %s %s" % (e.getName(), e.getState(), e.getPriority()) for e in result)
print show(system.alarm.queryStatus())
system.tag.writeBlocking(["Tanks/Level", "Tanks/Pump"], [95, 4])
status = system.alarm.queryStatus()
print show(status)
high = system.alarm.queryStatus(priority=["High"])[0]
print high.getSource(), high.getDisplayPath(), high.getActiveData().get("eventValue")
print system.alarm.acknowledge([high.getId(), "no-such-id"], "seen it", "bob")
print show(system.alarm.queryStatus(state=["ActiveAcked"])), system.alarm.queryStatus(state=[3])[0].getAckData().get("ackUser")
system.tag.writeBlocking(["Tanks/Level", "Tanks/Pump"], [50, 0])
print show(system.alarm.queryStatus()), show(system.alarm.queryStatus(path=["*Pump*"]))
ds = system.alarm.queryStatus(priority=[2, "Critical"]).getDataset()
print ds.getColumnNames(), ds.rowCount, ds.getValueAt(0, "State")
""")
    assert run_one(gw).output == [
        "['Low ActiveUnacked Medium']",
        "['Fault ActiveUnacked Critical', 'High ActiveUnacked High', 'Low ClearUnacked Medium']",
        "prov:default:/tag:Tanks/Level:/alm:High Tank high 95.0",
        "[u'no-such-id']",
        "['High ActiveAcked High'] bob",
        "['Low ClearUnacked Medium'] []",
        "[EventId, Source, DisplayPath, EventTime, State, Priority] 1 ClearUnacked",
    ]


def test_shelving_and_the_journal(make_gateway):
    gw = gateway(make_gateway, """
system.alarm.shelve(["*Tanks/Level*"], timeoutMinutes=5)
print [str(p) for p in system.alarm.getShelvedPaths()], len(system.alarm.queryStatus()), len(system.alarm.queryStatus(includeShelved=True))
system.alarm.unshelve(["*Tanks/Level*"])
print len(system.alarm.queryStatus()), system.alarm.getShelvedPaths()
system.tag.writeBlocking(["Tanks/Level"], [99])
journal = system.alarm.queryJournal(startDate=system.date.addHours(system.date.now(), -1))
ds = journal.getDataset()
print len(journal), [ds.getValueAt(r, "EventState") for r in range(ds.rowCount)]
print system.alarm.listPipelines(), system.alarm.cancel([journal[0].getId()])
system.alarm.createRoster("OnCall", "night shift")
print system.alarm.getRosters()
""")
    assert run_one(gw).output == [
        "['*Tanks/Level*'] 0 1", "1 []",
        "2 [u'Active', u'Clear', u'Active']", "[] None", "{u'OnCall': []}",
    ]


@pytest.mark.parametrize("source, message", [
    ('system.alarm.queryStatus(priority="High")', "priority must be a list"),
    ('system.alarm.acknowledge("id", "n")', "alarmIds must be a list"),
    ('system.alarm.createRoster("", "x")', "name must be a non-empty string"),
])
def test_alarm_argument_errors(make_gateway, source, message):
    assert message in fail_one(gateway(make_gateway, source)).error


def test_rosters_come_from_users_json_and_a_bad_entry_names_the_file(make_gateway):
    files = handler_files("print system.alarm.getRosters()", semantics="8.1")
    files["_gateway/users.json"] = {"rosters": {"Night": ["ann", "bob"]}}
    assert run_one(make_gateway(files, synchronous=True)).output == ["{u'Night': [u'ann', u'bob']}"]
    files["_gateway/users.json"] = {"rosters": {"Night": "ann"}, "users": {"ann": {"password": "pw"}}}
    files["X/gateway/message/h.py"] = 'print system.alarm.queryStatus()\nsystem.alarm.getRosters()'
    gw = make_gateway(files, synchronous=True)
    run = fail_one(gw)
    assert run.output == ["[]"]  # tags and alarms are not held up by a bad roster entry
    assert 'users.json: "rosters" must map each roster name to a list of user names' in run.error
    from runtime.tools.settingscheck import settings_problems

    assert [p.message for p in settings_problems(gw.projects.root)] == [
        '"rosters" must map each roster name to a list of user names']
