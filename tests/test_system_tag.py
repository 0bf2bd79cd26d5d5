"""system.tag: 8.x and 7.9 functions through real handlers, on providers seeded from _gateway."""
from __future__ import annotations

import pytest

from runtime.core.errors import ProjectError
from runtime.backends.tagseed import tag_system
from systemkit import fail_one, handler_files, run_one

#: An 8.x tag export: a UDT definition, instances with overrides, folders and other value sources.
EXPORT = {
    "tags": [
        {"name": "_types_", "tagType": "Folder", "tags": [
            {"name": "Motor", "tagType": "UdtType", "tags": [
                {"name": "Amps", "tagType": "AtomicTag", "dataType": "Float8", "engUnit": "A"},
                {"name": "Running", "tagType": "AtomicTag", "dataType": "Boolean"},
                {"name": "Status", "tagType": "Folder", "tags": [
                    {"name": "Code", "tagType": "AtomicTag"}]}]},
            {"name": "BigMotor", "tagType": "UdtType", "typeId": "Motor", "tags": [
                {"name": "Amps", "value": 99.0},
                {"name": "Torque", "tagType": "AtomicTag", "dataType": "Float4", "value": 7.5}]}]},
        {"name": "Line1", "tagType": "Folder", "tags": [
            {"name": "M1", "tagType": "UdtInstance", "typeId": "Motor", "tags": [
                {"name": "Amps", "value": 12.5},
                {"name": "Status", "tags": [{"name": "Code", "value": 3}]}]},
            {"name": "M2", "tagType": "UdtInstance", "typeId": "BigMotor"},
            {"name": "Speed", "tagType": "AtomicTag", "dataType": "Int4", "value": 1500,
             "engUnit": "rpm"},
            {"name": "Name", "tagType": "AtomicTag", "dataType": "String", "value": "Line one"},
            {"name": "Started", "tagType": "AtomicTag", "dataType": "DateTime",
             "value": "2024-05-01T08:00:00Z"},
            {"name": "Valve", "tagType": "AtomicTag", "dataType": "Boolean", "valueSource": "opc",
             "opcItemPath": "ns=1;s=[PLC]V1"},
            {"name": "Total", "tagType": "AtomicTag", "valueSource": "expr",
             "expression": "{[.]Speed} * 2", "value": 3000},
            {"name": "SpeedRef", "tagType": "AtomicTag", "valueSource": "reference",
             "sourceTagPath": "[default]Line1/Speed"},
            {"name": "Recipe", "tagType": "AtomicTag", "dataType": "DataSet", "value": {
                "columns": [{"name": "step", "type": "java.lang.Integer"},
                            {"name": "temp", "type": "java.lang.Double"}],
                "rows": [[1, 20.5], [2, 80.0]]}},
        ]},
    ]
}


def gateway_with(make_gateway, source: str, semantics: str = "8.1", tags: object = EXPORT,
                 **extra: object):
    files = handler_files(source, semantics=semantics)
    files["_gateway/tags.json"] = tags
    files.update(extra)
    return make_gateway(files, synchronous=True)


# -- 8.x ---------------------------------------------------------------------------------------

def test_read_blocking_returns_qualified_values(make_gateway):
    gw = gateway_with(make_gateway, """
values = system.tag.readBlocking(["[default]Line1/Speed", "Line1/Name", "line1/m1/AMPS", "Line1/Nope"])
for qv in values:
    print qv.value, qv.quality, qv.quality.isGood(), qv.getQuality().getName()
print type(values[0].timestamp).__name__, values[0].getTimestamp().getTime() > 0
print len(system.tag.readBlocking("Line1/Speed")), system.tag.readBlocking("Line1/Speed", 1000)[0].value
""")
    assert run_one(gw).output == [
        "1500 Good True Good",
        "Line one Good True Good",
        "12.5 Good True Good",
        "None Bad_NotFound False Bad_NotFound",
        "Date True",
        "1 1500",
    ]


def test_read_blocking_reads_properties(make_gateway):
    gw = gateway_with(make_gateway, """
for path in ["Line1/Speed.engUnit", "Line1/Speed.dataType", "Line1/Speed.value", "Line1/M1/Amps.EngUnit",
             "Line1/Speed.quality", "Line1/Speed.nope", "Line1/M1.typeId"]:
    qv = system.tag.readBlocking([path])[0]
    print path, qv.value, qv.quality
""")
    assert run_one(gw).output == [
        "Line1/Speed.engUnit rpm Good", "Line1/Speed.dataType Int4 Good",
        "Line1/Speed.value 1500 Good", "Line1/M1/Amps.EngUnit A Good",
        "Line1/Speed.quality Good Good", "Line1/Speed.nope None Bad_NotFound",
        "Line1/M1.typeId Motor Good",
    ]


def test_write_blocking_converts_and_reports_quality_codes(make_gateway):
    gw = gateway_with(make_gateway, """
results = system.tag.writeBlocking(["Line1/Speed", "Line1/M1/Running", "Line1/Nope", "Line1/Speed", "Line1"],
                                   ["1750", 1, 5, "fast", 1])
print [str(q) for q in results], [q.isGood() for q in results]
print system.tag.readBlocking(["Line1/Speed", "Line1/M1/Running"])[0].value
print system.tag.readBlocking(["Line1/M1/Running"])[0].value
print system.tag.writeBlocking("Line1/Name", "renamed")[0], system.tag.readBlocking("Line1/Name")[0].value
""")
    assert run_one(gw).output == [
        "['Good', 'Good', 'Bad_NotFound', 'Error_TypeConversion', 'Bad_Unsupported'] "
        "[True, True, False, False, False]",
        "1750", "True", "Good renamed",
    ]
    writes = tag_system(gw).writes
    assert [(w.path, w.value, w.quality) for w in writes[:3]] == [
        ("[default]Line1/Speed", "1750", "Good"),
        ("[default]Line1/M1/Running", 1, "Good"),
        ("[default]Line1/Nope", 5, "Bad_NotFound"),
    ]
    assert {w.where for w in writes} == {"gateway X/h"} and all(w.time > 0 for w in writes)


def test_write_blocking_checks_its_arguments(make_gateway):
    gw = gateway_with(make_gateway, 'system.tag.writeBlocking(["Line1/Speed", "Line1/Name"], [1])')
    assert "2 tag paths but 1 values" in fail_one(gw).error
    gw = gateway_with(make_gateway, "system.tag.readBlocking(42)")
    assert "TypeError: readBlocking(): tagPaths must be a list of tag paths, not int" in fail_one(gw).error


def test_async_callbacks_run_after_the_handler_in_its_context(make_gateway):
    gw = gateway_with(make_gateway, """
def done(values):
    print "read", [qv.value for qv in values]
def written(codes):
    print "written", [str(c) for c in codes]
system.tag.readAsync(["Line1/Speed"], done)
system.tag.writeAsync(["Line1/Speed"], [10], written)
system.tag.writeAsync(["Line1/Name"], ["quiet"])
print "handler done"
""")
    run = run_one(gw)
    assert run.output == ["handler done", "read [1500]", "written ['Good']"]
    assert tag_system(gw).read("Line1/Name").value == "quiet"


def test_browse_lists_nodes_with_the_8x_result_keys(make_gateway):
    gw = gateway_with(make_gateway, """
results = system.tag.browse("[default]Line1")
print results.getReturnedSize(), results.getResultQuality()
for r in results.getResults():
    if r["name"] in ("M1", "Speed"):
        print r["name"], r["fullPath"], r["tagType"], r["hasChildren"], r.get("dataType"), r.get("typeId")
print system.tag.browse("Line1", {"name": "Sp*"}).getResults()[0]["value"].value
print [str(r["fullPath"]) for r in system.tag.browse("Line1/M1", {"recursive": True}).getResults()]
print [r["name"] for r in system.tag.browse("", {"tagType": "Folder"}).getResults()]
missing = system.tag.browse("Nope/Where")
print missing.getReturnedSize(), missing.getResultQuality()
""")
    assert run_one(gw).output == [
        "9 Good",
        "M1 [default]Line1/M1 UdtInstance True None Motor",
        "Speed [default]Line1/Speed AtomicTag False Int4 None",
        "1500",
        "['[default]Line1/M1/Amps', '[default]Line1/M1/Running', '[default]Line1/M1/Status', "
        "'[default]Line1/M1/Status/Code']",
        "['_types_', 'Line1']",
        "0 Bad_NotFound",
    ]


def test_udt_instances_get_definition_members_with_overrides_and_inheritance(make_gateway):
    gw = gateway_with(make_gateway, """
for path in ["Line1/M1/Amps", "Line1/M1/Running", "Line1/M1/Status/Code", "Line1/M2/Amps", "Line1/M2/Torque",
             "Line1/M2/Running", "Line1/M2/Amps.engUnit"]:
    print path, system.tag.readBlocking([path])[0].value
print system.tag.writeBlocking(["Line1/M2/Status/Code"], [7])[0], system.tag.readBlocking(["Line1/M2/Status/Code"])[0].value
print system.tag.readBlocking(["Line1/M1/Status/Code"])[0].value
""")
    assert run_one(gw).output == [
        "Line1/M1/Amps 12.5", "Line1/M1/Running False", "Line1/M1/Status/Code 3",
        "Line1/M2/Amps 99.0", "Line1/M2/Torque 7.5", "Line1/M2/Running False",
        "Line1/M2/Amps.engUnit A", "Good 7", "3",
    ]


def test_value_sources_other_than_memory(make_gateway):
    gw = gateway_with(make_gateway, """
def show(path):
    qv = system.tag.readBlocking([path])[0]
    print path, qv.value, qv.quality
show("Line1/Valve")
show("Line1/Total")
show("Line1/SpeedRef")
print system.tag.writeBlocking(["Line1/Total", "Line1/SpeedRef", "Line1/Valve"], [1, 1600, True])
show("Line1/Speed")
show("Line1/Valve")
""")
    assert run_one(gw).output == [
        "Line1/Valve None Bad_NotConnected", "Line1/Total 3000 Good", "Line1/SpeedRef 1500 Good",
        "[Bad_ReadOnly, Good, Good]", "Line1/Speed 1600 Good", "Line1/Valve True Good",
    ]


def test_datetime_and_dataset_tags(make_gateway):
    gw = gateway_with(make_gateway, """
started = system.tag.readBlocking(["Line1/Started"])[0].value
print type(started).__name__, started.getTime()
started.setTime(0)
print system.tag.readBlocking(["Line1/Started"])[0].value.getTime()
recipe = system.tag.readBlocking(["Line1/Recipe"])[0].value
print recipe.getRowCount(), recipe.getValueAt(1, "temp"), recipe.getColumnType(0).getName()
system.tag.writeBlocking(["Line1/Started"], [1000])
print system.tag.readBlocking(["Line1/Started"])[0].value.getTime()
""")
    assert run_one(gw).output == ["Date 1714550400000", "1714550400000", "2 80.0 java.lang.Integer",
                                  "1000"]


def test_8x_functions_do_not_exist_under_79_semantics(make_gateway):
    gw = gateway_with(make_gateway, 'system.tag.readBlocking(["Line1/Speed"])', semantics="7.9")
    error = fail_one(gw).error
    assert ("AttributeError: 'com.inductiveautomation.ignition.common.script.ScriptPackage' object "
            "has no attribute 'readBlocking'") in error
    assert "7.9" in error


# -- 7.9 ---------------------------------------------------------------------------------------

def test_read_and_read_all(make_gateway):
    gw = gateway_with(make_gateway, """
qv = system.tag.read("Line1/Speed")
print qv.value, qv.quality, qv.quality.isGood()
print [(v.value, str(v.quality)) for v in system.tag.readAll(["Line1/Name", "Line1/Nope"])]
""", semantics="7.9")
    assert run_one(gw).output == ["1500 Good True", "[(u'Line one', 'Good'), (None, 'Bad_NotFound')]"]


def test_write_returns_1_or_0_and_write_all_a_list(make_gateway):
    gw = gateway_with(make_gateway, """
print system.tag.write("Line1/Speed", 1200), system.tag.write("Line1/Nope", 1), system.tag.write("Line1/Speed", "x")
print system.tag.writeAll(["Line1/Speed", "Line1/Name", "Nope"], [1300, "n", 0])
print system.tag.read("Line1/Speed").value, system.tag.read("Line1/Name").value
""", semantics="7.9")
    assert run_one(gw).output == ["1 0 0", "[1, 1, 0]", "1300 n"]


def test_write_synchronous_raises_a_java_exception_on_failure(make_gateway):
    gw = gateway_with(make_gateway, """
import java.lang
system.tag.writeSynchronous("Line1/Speed", 5)
system.tag.writeAllSynchronous(["Line1/Name", "Line1/Speed"], ["a", 6], 1000)
print system.tag.read("Line1/Speed").value
try:
    system.tag.writeAllSynchronous(["Line1/Nope", "Line1/Name"], [1, "b"])
except java.lang.Exception, e:
    print "failed:", e.getMessage()
print system.tag.read("Line1/Name").value
""", semantics="7.9")
    assert run_one(gw).output == [
        "6", "failed: writeAllSynchronous(): error writing to tag 'Line1/Nope': Bad_NotFound", "b"]


def test_browse_tags_79(make_gateway):
    gw = gateway_with(make_gateway, """
for t in system.tag.browseTags("Line1", sort="DESC"):
    print t.name, t.path, t.fullPath, t.type, t.dataType, t.isFolder(), t.isUDT(), t.isOPC(), t.isMemory()
print [t.path for t in system.tag.browseTags("[default]Line1", tagPath="*Amps", recursive=True)]
print [t.name for t in system.tag.browseTags("Line1", tagType="UDT_INST")]
print [t.fullPath for t in system.tag.browseTags("", udtParentType="BigMotor", recursive=True, dataType="Float4")]
print [t.name for t in system.tag.browseTagsSimple("Line1/M1", "ASC")]
""", semantics="7.9")
    output = run_one(gw).output
    assert output[0] == "Valve Line1/Valve [default]Line1/Valve OPC Boolean False False True False"
    assert "M1 Line1/M1 [default]Line1/M1 UDT_INST None False True False False" in output
    assert "Total Line1/Total [default]Line1/Total DB Int4 False False False False" in output
    assert output[-4:] == ["['Line1/M1/Amps', 'Line1/M2/Amps']", "['M1', 'M2']",
                           "['[default]Line1/M2/Torque']", "['Amps', 'Running', 'Status']"]


def test_exists(make_gateway):
    gw = gateway_with(make_gateway, """
print [system.tag.exists(p) for p in ["Line1/Speed", "[default]line1", "Line1/M1/Status/Code",
                                       "Line1/Speed.engUnit", "Line1/Nope", "[other]Line1", "Line1/Speed.nope"]]
""", semantics="7.9")
    assert run_one(gw).output == ["[True, True, True, True, False, False, False]"]


# -- seeds and the sandbox -----------------------------------------------------------------------

def test_simple_json_providers_and_csv_seeds(make_gateway):
    tags = {"providers": {"default": {"Area/Flow": 2.5, "Area/On": True},
                          "edge": {"Pump/Speed": {"value": "12", "dataType": "Int2"}}}}
    csv = "path,value,dataType\n[edge]Pump/Name,P-101,String\nArea/Count,7,\nArea/Flow,3.5,Float8\n"
    gw = gateway_with(make_gateway, """
print [(qv.value, str(qv.quality)) for qv in system.tag.readAll(
    ["Area/Flow", "Area/On", "[edge]Pump/Speed", "[Edge]pump/name", "Area/Count", "[edge]Area/Flow"])]
print system.tag.read("Area/Flow.dataType").value, system.tag.read("[edge]Pump/Speed.dataType").value
""", semantics="7.9", tags=tags, **{"_gateway/tags.csv": csv})
    assert run_one(gw).output == [
        "[(3.5, 'Good'), (True, 'Good'), (12, 'Good'), (u'P-101', 'Good'), (7, 'Good'), (None, 'Bad_NotFound')]",
        "Float8 Int2",
    ]


def test_a_bad_seed_names_its_file(make_gateway):
    gw = gateway_with(make_gateway, "pass", tags={"tags": [{"name": "A", "dataType": "Int4", "value": "x"}]})
    with pytest.raises(ProjectError, match=r"tags\.json: \[default\]A: cannot convert 'x' to Int4"):
        tag_system(gw)
    gw = gateway_with(make_gateway, "pass", tags={"tags": [{"name": "M", "tagType": "UdtInstance",
                                                            "typeId": "Nope"}]})
    with pytest.raises(ProjectError, match="UDT definition 'Nope' not found"):
        tag_system(gw)


def test_no_seed_gives_an_empty_default_provider(make_gateway):
    gw = make_gateway(handler_files("print system.tag.read('A').quality, system.tag.write('A', 1)"),
                      synchronous=True)
    assert run_one(gw).output == ["Bad_NotFound 0"]


def test_scripts_cannot_reach_into_qualified_values_or_results(make_gateway):
    gw = gateway_with(make_gateway, """
qv = system.tag.readBlocking(["Line1/Speed"])[0]
for attempt in ("qv._value", "qv.quality._name", "system.tag.browse('Line1')._results"):
    try:
        eval_result = {"qv._value": lambda: qv._value, "qv.quality._name": lambda: qv.quality._name,
                       "system.tag.browse('Line1')._results": lambda: system.tag.browse('Line1')._results}[attempt]()
        print attempt, "LEAKED"
    except AttributeError, e:
        print attempt, "refused"
try:
    qv.value = 3
except AttributeError:
    print "read-only"
""")
    assert run_one(gw).output == ["qv._value refused", "qv.quality._name refused",
                                  "system.tag.browse('Line1')._results refused", "read-only"]


def test_tag_values_are_copied_in_and_out(make_gateway):
    """Neither the writer nor a reader keeps a reference that changes the tag without a write
    (review finding)."""
    gw = make_gateway({**handler_files(
        "v = [1, 2, 3]\nsystem.tag.write('[default]Arr', v)\nv.append(99)\n"
        "r = system.tag.read('[default]Arr').value\nr.append(100)\n"
        "print system.tag.read('[default]Arr').value"),
        "_gateway/tags.json": {"tags": [{"name": "Arr", "tagType": "AtomicTag", "valueSource": "memory",
                                          "dataType": "Int4Array", "value": [0]}]}}, synchronous=True)
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("X", "h", scope="G")
    assert runs[0].output == ["[1, 2, 3]"], runs[0].error
    assert tag_system(gw).writes[-1].value == [1, 2, 3]
