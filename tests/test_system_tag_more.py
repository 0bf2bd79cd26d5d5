"""system.tag beyond values and configuration (8.1 manual pages): browseHistoricalTags,
queryTagDensity, storeAnnotations/queryAnnotations/deleteAnnotations on the gateway's real tag
history database, query (the Tag Report Tool's search) on the live provider,
requestGroupExecution, and the Vision client's quality overlays."""
from __future__ import annotations

import pytest

from runtime.backends.ui import ui
from runtime.tools.interpreter import Interpreter
from systemkit import fail_one, handler_files, run_one

TAGS = {"providers": {
    "default": {"Tanks/Level": {"value": 10.0, "dataType": "Float8", "historyEnabled": True},
                "Tanks/Pump": {"value": False, "dataType": "Boolean", "historyEnabled": True,
                               "alarms": [{"name": "Running", "mode": "Equality", "setpointA": 1}]},
                "Tanks/Plain": {"value": 1, "tagGroup": "Fast"},
                "Ramp/Ramp0": {"value": 1, "valueSource": "opc", "opcItemPath": "ns=1;s=Ramp0",
                               "historyEnabled": True},
                "Ramp/Ramp1": {"value": 2, "valueSource": "opc", "opcItemPath": "ns=1;s=Ramp1"}},
}}

STORE = """
t0 = system.date.getDate(2024, 0, 1)
def at(minutes):
    return system.date.addMinutes(t0, minutes)
system.tag.storeTagHistory("DB", "default", ["Tanks/Level", "Tanks/Pump", "Extra/Gauge"], [10, True, 3],
                           timestamps=[at(0), at(30), at(45)])
"""


def gateway(make_gateway, source: str):
    files = handler_files(STORE + source, semantics="8.1")
    files["_gateway/tags.json"] = TAGS
    return make_gateway(files, synchronous=True)


def test_browse_historical_tags_walks_provider_driver_folders_and_tags(make_gateway):
    """One level at a time, as the manual says: histprov, drv (gateway:provider), folders, tags."""
    gw = gateway(make_gateway, """
def show(path, **kw):
    results = system.tag.browseHistoricalTags(path, **kw)
    print results.getReturnedSize(), results.getContinuationPoint()
    for result in results.getResults():
        print " ", result.getPath(), result.getType(), result.hasChildren()
    return results
show("")
driver = show("histprov:DB").getResults()[0].getPath()
tanks = driver + ":/tag:Tanks"
show(tanks)
show(tanks, nameFilters=["P*"])
page = system.tag.browseHistoricalTags(tanks, maxSize=1)
print [r.getPath().split("/")[-1] for r in page], page.getContinuationPoint()
rest = system.tag.browseHistoricalTags(tanks, continuationPoint=page.getContinuationPoint())
print [r.getPath().split("/")[-1] for r in rest]
print system.tag.browseHistoricalTags("histprov:Other").getReturnedSize()
""")
    output = [line.replace(gw.name, "GW") for line in run_one(gw).output]
    assert output == [
        "1 None", "  histprov:DB histprov True",
        "1 None", "  histprov:DB:/drv:GW:default drv True",
        "2 None", "  histprov:DB:/drv:GW:default:/tag:Tanks/Level Tag False",
        "  histprov:DB:/drv:GW:default:/tag:Tanks/Pump Tag False",
        "1 None", "  histprov:DB:/drv:GW:default:/tag:Tanks/Pump Tag False",
        "['Level'] 1", "['Pump']", "0"]


def test_query_tag_density_counts_the_tags_with_data(make_gateway):
    """The manual's rule: each tag 1 while it has data, 0 before; the weight is the share."""
    gw = gateway(make_gateway, """
density = system.tag.queryTagDensity(["[default]Tanks/Level", "[default]Tanks/Pump", "[default]Tanks/Plain",
                                      "[default]Extra/Gauge"], at(-10), at(60))
density = system.dataset.toPyDataSet(density)
for row in density:
    print system.date.format(row[0], "HH:mm"), row[1]
print list(density.getColumnNames())
""")
    output = run_one(gw).output
    assert output[:4] == ["23:50 0.0", "00:00 0.25", "00:30 0.5", "00:45 0.75"]


def test_annotations_store_query_update_delete(make_gateway):
    gw = gateway(make_gateway, """
paths = ["[DB/gw:default]Tanks/Level", "[default]Tanks/Pump"]
stored = system.tag.storeAnnotations(paths, [at(5), at(20)], [at(10), None], [None, "note"], ["filter changed", "pump check"])
print [(str(q.quality), q.value) for q in stored]
found = system.tag.queryAnnotations(["[default]Tanks/Level", "[default]Tanks/Pump"], at(0), at(60))
for a in found:
    print a.getStorageId(), a.getType(), a.getData(), system.date.format(a.getStart(), "HH:mm"), a.getEnd() is None
print len(system.tag.queryAnnotations(["[default]Tanks/Level"], at(11), at(60)))
print len(system.tag.queryAnnotations(["[default]Tanks/Pump"], at(0), at(60), ["marker"]))
upd = system.tag.storeAnnotations(["[default]Tanks/Pump"], [at(20)], data=["pump checked"], storageIds=[2])
print [a.getData() for a in system.tag.queryAnnotations(["[default]Tanks/Pump"], at(0), at(60))]
system.tag.storeAnnotations(["[default]Tanks/Pump"], [at(20)], storageIds=[2], deleted=[True])
print len(system.tag.queryAnnotations(["[default]Tanks/Pump"], at(0), at(60)))
gone = system.tag.deleteAnnotations(["[default]Tanks/Level", "[default]Tanks/Level"], [1, 99])
print [str(q.quality) for q in gone], len(system.tag.queryAnnotations(["[default]Tanks/Level"], at(0), at(60)))
print str(system.tag.storeAnnotations(["[default]Tanks/Level"], [at(1)], storageIds=[42])[0].quality)
""")
    assert run_one(gw).output == [
        "[('Good', 1), ('Good', 2)]",
        "1 marker filter changed 00:05 False", "2 note pump check 00:20 True",
        "0", "0", "[u'pump checked']", "0",
        "['Good', 'Bad_NotFound'] 0", "Bad_NotFound"]


def test_manual_query_example_and_continuation(make_gateway):
    """The 8.1 manual's system.tag.query example shape (condition + returnProperties), on this provider."""
    gw = make_gateway({**handler_files("""
query = {
  "condition": {
    "path": "Ramp/Ramp*",
    "tagType": "AtomicTag",
    "valueSource": "opc",
  },
  "returnProperties": ["path", "tagType", "quality"]
}
results = system.tag.query("default", query, 100)
for result in results:
    print(result["path"]), result["tagType"], result["quality"]
page = system.tag.query("default", query, 1)
print [r["path"] for r in page], page.getContinuationPoint()
print [r["path"] for r in system.tag.query("default", query, 1, page.getContinuationPoint())]
alarmed = system.tag.query("default", {"condition": {"attributes": {"values": ["alarm"], "requireAll": True}}})
print [r["fullPath"] for r in alarmed]
hist = system.tag.query("default", {"condition": {"attributes": {"values": ["history"]}, "properties": {"op": "And",
    "conditions": [{"prop": "name", "comp": "Like", "value": "*e*"}]}}, "returnProperties": ["name"]})
print [r["name"] for r in hist]
print len(system.tag.query()), len(system.tag.query("nope"))
""", semantics="8.1"), "_gateway/tags.json": TAGS}, synchronous=True)
    assert run_one(gw).output == [
        "[default]Ramp/Ramp0 AtomicTag Good", "[default]Ramp/Ramp1 AtomicTag Good",
        "['[default]Ramp/Ramp0'] [default]Ramp/Ramp0", "['[default]Ramp/Ramp1']",
        "['[default]Tanks/Pump']", "['Level']", "0 0"]


def test_request_group_execution_manual_example(make_gateway):
    gw = make_gateway({**handler_files("""
system.tag.requestGroupExecution("default", "[default]")
system.tag.requestGroupExecution("default", "Fast")
try:
    system.tag.requestGroupExecution("nope", "Default")
except ValueError, e:
    print e
""", semantics="8.1"), "_gateway/tags.json": TAGS}, synchronous=True)
    assert run_one(gw).output == ["requestGroupExecution(): tag provider 'nope' not found"]
    logged = [str(r) for r in gw.log.records if "tag group" in str(r)]
    assert any("tag group 'Fast' of provider 'default' executed (1 tags)" in line for line in logged)


def test_overlays_are_per_client_and_vision_only(make_gateway):
    gw = make_gateway(handler_files("system.tag.setOverlaysEnabled(False)", context="client", semantics="8.1"),
                      synchronous=True)
    bob = gw.open_client("X", user="bob")
    out, err = [], []
    assert Interpreter(gw, gw.session_host(bob), out.append, err.append).run_script(
        "print system.tag.isOverlaysEnabled()\nsystem.tag.setOverlaysEnabled(False)\nprint system.tag.isOverlaysEnabled()",
        "<button>"), err
    assert out == ["True", "False"] and ui(bob).overlays is False
    gw2 = make_gateway(handler_files("system.tag.isOverlaysEnabled()", semantics="8.1"), synchronous=True)
    assert "exists only in Vision clients" in fail_one(gw2).error


@pytest.mark.parametrize("source, message", [
    ('system.tag.queryTagDensity("[default]Tanks/Level", at(0), at(5))', "paths must be a list of strings"),
    ('system.tag.queryTagDensity(["[default]Tanks/Level"], at(5), at(0))', "startDate is after endDate"),
    ('system.tag.storeAnnotations(["[default]Tanks/Level"], [at(0), at(1)])', "startTimes needs one entry per path"),
    ('system.tag.deleteAnnotations(["[default]Tanks/Level"], ["x"])', "storageIds must be storage ids"),
    ('system.tag.query("default", {"condition": {"colour": "red"}})', "unknown condition 'colour'"),
    ('system.tag.browseHistoricalTags(None)', "path must be a string"),
])
def test_tag_more_errors(make_gateway, source, message):
    assert message in fail_one(gateway(make_gateway, source)).error


def test_annotations_and_query_are_8x(make_gateway):
    files = handler_files('system.tag.queryAnnotations(["[default]Tanks/Level"])', semantics="7.9")
    assert "new in Ignition 8" in fail_one(make_gateway(files, synchronous=True)).error
