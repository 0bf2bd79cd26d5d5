"""system.tag configuration: configure/getConfiguration/deleteTags/copy/move/rename/exportTags/
importTags (8.x) and addTag/editTag(s)/removeTag(s)/getAttribute (7.9), on the live providers,
saved to the tag state file, never to the user's tags.json."""
from __future__ import annotations

import json

import pytest

from runtime.gateway import Gateway
from systemkit import fail_one, run_one
from test_system_tag import EXPORT, gateway_with


def test_manual_example_of_configure_runs_as_written(make_gateway):
    """The first example of the 8.1 manual page system.tag.configure, unchanged."""
    gw = gateway_with(make_gateway, """
# The provider and folder the Tag will be placed at.
baseTagPath = "[default]Folder"

# Properties that will be configured on that Tag.
tagName = "myTag"
opcItemPath = "ns=1;s=[GenericSimulator]_Meta:Ramp/Ramp0"
opcServer = "Ignition OPC UA Server"
valueSource = "opc"
sampleMode = "TagGroup"
tagGroup = "Default"

# Configure the Tag.
tag = {
            "name": tagName,
            "opcItemPath" : opcItemPath,
            "opcServer": opcServer,
            "valueSource": valueSource,
            "sampleMode" : sampleMode,
            "tagGroup" : tagGroup
        }

# Set the collision policy to Abort. Thus, if a Tag already exists at the base path,
# we will not override the Tag. If you are overwriting an existing Tag, then set this to "o".
collisionPolicy = "a"

# Create the Tag.
system.tag.configure(baseTagPath, [tag], collisionPolicy)
print system.tag.configure(baseTagPath, [tag], collisionPolicy)
print system.tag.exists("[default]Folder/myTag"), system.tag.readBlocking(["Folder/myTag"])[0].quality
""")
    assert run_one(gw).output == ['[Bad_Failure("tag \'myTag\' already exists (collision policy abort)")]',
                                  "True Bad_NotConnected"]


def test_configure_policies_overwrite_merge_ignore_and_udt_instances(make_gateway):
    gw = gateway_with(make_gateway, """
log = system.util.getLogger("cfg")
def show(path):
    qv = system.tag.readBlocking([path])[0]
    return "%s=%s" % (path, qv.value)
print system.tag.configure("[default]Line1", [{"name": "Speed", "engUnit": "Hz"}], "m")
print show("Line1/Speed"), system.tag.readBlocking(["Line1/Speed.engUnit"])[0].value
print system.tag.configure("Line1", [{"name": "Speed", "valueSource": "memory", "dataType": "Float8", "value": 2.5}])
print show("Line1/Speed"), system.tag.exists("Line1/Speed.engUnit")
print system.tag.configure("Line1", {"name": "Speed", "value": 99}, "i"), show("Line1/Speed")
print system.tag.configure("Line2/Motors", [{"name": "M9", "tagType": "UdtInstance", "typeId": "BigMotor",
                                             "tags": [{"name": "Running", "value": True}]}])
print show("Line2/Motors/M9/Amps"), show("Line2/Motors/M9/Torque"), show("Line2/Motors/M9/Running")
print system.tag.configure("Line1", '[{"name": "FromJson", "dataType": "String", "value": "x"}]'), show("Line1/FromJson")
print system.tag.configure("Line1", [{"name": "Bad", "tagType": "UdtInstance", "typeId": "NoSuchType"}])
""")
    assert run_one(gw).output == [
        "[Good]", "Line1/Speed=1500 Hz", "[Good]", "Line1/Speed=2.5 False", "[Good] Line1/Speed=2.5",
        "[Good]", "Line2/Motors/M9/Amps=99.0 Line2/Motors/M9/Torque=7.5 Line2/Motors/M9/Running=True",
        "[Good] Line1/FromJson=x",
        '[Bad_Failure("[default]Line1/Bad: UDT definition \'NoSuchType\' not found in _types_")]'
        .replace("[default]Line1/Bad: ", ""),
    ]


def test_get_configuration_round_trips_through_configure(make_gateway):
    gw = gateway_with(make_gateway, """
config = system.tag.getConfiguration("[default]Line1/Speed")[0]
print config["path"], config["name"], config["dataType"], config["value"], config["engUnit"]
config["engUnit"] = "rpm/min"
del config["path"]
print system.tag.configure("[default]Line1", [config], "o")
print system.tag.readBlocking(["Line1/Speed.engUnit"])[0].value
folder = system.tag.getConfiguration("Line1", True)[0]
print folder["tagType"], len(folder["tags"]), "tags" in system.tag.getConfiguration("Line1")[0]
print system.tag.getConfiguration("Nope"), system.tag.getConfiguration(basePath="Line1/M1", recursive=False)[0]["typeId"]
""")
    assert run_one(gw).output == ["[default]Line1/Speed Speed Int4 1500 rpm", "[Good]", "rpm/min",
                                  "Folder 9 False", "[] Motor"]


def test_delete_copy_move_rename(make_gateway):
    gw = gateway_with(make_gateway, """
print system.tag.copy(["Line1/Speed", "Line1/M1"], "[default]Backup"), system.tag.readBlocking(["Backup/M1/Amps"])[0].value
system.tag.writeBlocking(["Backup/Speed"], [1])
print system.tag.readBlocking(["Line1/Speed", "Backup/Speed"])[0].value
print system.tag.move(["Backup/Speed"], "Archive", "o"), system.tag.exists("Backup/Speed"), system.tag.exists("Archive/Speed")
print system.tag.copy(["Line1/Speed"], "Archive", "a"), system.tag.copy(["Line1/Speed"], "Archive", "i")
print system.tag.move(["Line1"], "Line1/Sub"), system.tag.copy(["Nope"], "Archive")
print system.tag.rename("Archive/Speed", "OldSpeed"), system.tag.readBlocking(["Archive/OldSpeed"])[0].value
print system.tag.rename("Backup/M1", "Speed"), system.tag.rename("Line1/Name", "Speed"), system.tag.rename("Nope", "X")
print system.tag.deleteTags(["Backup", "Archive/OldSpeed", "Nope"]), system.tag.exists("Backup/M1/Amps")
""")
    assert run_one(gw).output == [
        "[Good, Good] 12.5", "1500", "[Good] False True",
        '[Bad_Failure("\'Speed\' exists at the destination")] [Good]',
        '[Bad_Failure("a tag cannot be copied or moved into itself")] [Bad_NotFound]',
        "Good 1", 'Good Bad_Failure("\'Speed\' already exists (collision policy abort)") Bad_NotFound',
        "[Good, Good, Bad_NotFound] False",
    ]


def test_changes_persist_to_the_state_file_not_to_tags_json(make_gateway, make_projects):
    gw = gateway_with(make_gateway, """
system.tag.configure("Line1", [{"name": "Added", "dataType": "Float8", "value": 4.5}])
system.tag.deleteTags(["Line1/Name"])
system.tag.writeBlocking(["Line1/Speed"], [1750])
system.tag.configure("Line1", [{"name": "Speed", "engUnit": "Hz"}], "m")
""")
    run_one(gw)
    root = make_projects({})
    assert json.loads((root / "_gateway" / "tags.json").read_text()) == EXPORT
    saved = json.loads((root / "_gateway" / "tags.state.json").read_text())
    assert "default" in saved["providers"]
    gw.close()
    again = Gateway(root, synchronous=True)
    try:
        tags = __import__("runtime.backends.tagseed", fromlist=["tag_system"]).tag_system(again)
        assert tags.read("Line1/Added").getValue() == 4.5
        assert not tags.exists("Line1/Name")
        assert tags.read("Line1/Speed").getValue() == 1750 and tags.read("Line1/Speed.engUnit").getValue() == "Hz"
        assert tags.read("Line1/M1/Amps").getValue() == 12.5 and tags.read("Line1/Started").getQuality().isGood()
        assert tags.read("Line1/Recipe").getValue().getRowCount() == 2
    finally:
        again.close()


def test_state_file_can_be_switched_off_or_be_tags_json(make_gateway, make_projects):
    gw = gateway_with(make_gateway, 'system.tag.configure("", [{"name": "T", "value": 1}])',
                      **{"_gateway/gateway.json": {"tagState": False}})
    run_one(gw)
    assert not (make_projects({}) / "_gateway" / "tags.state.json").exists()
    gw = gateway_with(make_gateway, 'system.tag.configure("", [{"name": "T", "value": 1}])',
                      **{"_gateway/gateway.json": {"tagState": "tags.json"}})
    run_one(gw)
    rewritten = json.loads((make_projects({}) / "_gateway" / "tags.json").read_text())
    assert any(t["name"] == "T" for t in rewritten["providers"]["default"])


def test_export_and_import_through_the_files_folder(make_gateway, make_projects):
    gw = gateway_with(make_gateway, """
text = system.tag.exportTags(tagPaths=["[default]Line1/Speed"], recursive=False)
print type(text).__name__, system.util.jsonDecode(text)["value"]
system.tag.exportTags("exports/line1.json", ["Line1"])
print system.tag.importTags("exports/line1.json", "[default]Copy")
print system.tag.readBlocking(["Copy/Line1/M1/Amps", "Copy/Line1/Started"])[0].value
print system.tag.importTags("exports/line1.json", "[default]Copy", "a")
try:
    system.tag.exportTags("../../outside.json", ["Line1"])
except IOError, e:
    print "refused"
system.tag.exportTags(tagPaths=["Line1"], exportType="xml")
""")
    run = fail_one(gw)
    assert run.output[:5] == ["unicode 1500", "[Good]", "12.5",
                              '[Bad_Failure("tag \'Line1\' already exists (collision policy abort)")]', "refused"]
    assert "exportType 'xml' is not emulated" in run.error
    assert json.loads((make_projects({}) / "_gateway" / "files" / "exports" / "line1.json").read_text())["name"] == "Line1"


def test_configuration_functions_are_8x_only(make_gateway):
    gw = gateway_with(make_gateway, 'system.tag.configure("", [])', semantics="7.9")
    assert "new in Ignition 8" in fail_one(gw).error


@pytest.mark.parametrize("source, message", [
    ('system.tag.configure("Line1", [{"name": "x"}], "z")', 'collisionPolicy must be "a", "m", "o" or "i"'),
    ('system.tag.configure("Line1", 5)', "tags must be a list of tag dictionaries"),
    ('system.tag.configure("Line1", "{not json")', "tags is not valid JSON"),
    ('system.tag.rename("Line1/Speed", "a/b")', "is a name, not a path"),
    ('system.tag.deleteTags("Line1/Speed")', None),
])
def test_configuration_argument_errors(make_gateway, source, message):
    gw = gateway_with(make_gateway, source)
    if message is None:
        run_one(gw)
    else:
        assert message in fail_one(gw).error


def test_79_add_edit_remove_and_get_attribute(make_gateway):
    gw = gateway_with(make_gateway, """
import java.lang
system.tag.addTag(parentPath="Line1", name="Temp", tagType="MEMORY", dataType="Float4", value=21.5,
                  attributes={"EngUnit": "C", "Documentation": "inlet"})
print system.tag.read("Line1/Temp").value, system.tag.getAttribute("Line1/Temp", "EngUnit"), system.tag.getAttribute("Line1/Temp", "documentation")
system.tag.addTag("Line1", "Plc", "OPC", "Int4", attributes={"OPCServer": "Ignition OPC UA Server", "OPCItemPath": "ns=1;s=[PLC]N7:0"})
print system.tag.getAttribute("Line1/Plc", "OPCItemPath"), system.tag.read("Line1/Plc").quality
system.tag.addTag("Line1", "M3", "UDT_INST", attributes={"UDTParentType": "Motor"}, overrides={"Amps": {"Value": 5.5}})
print system.tag.read("Line1/M3/Amps").value, system.tag.getAttribute("Line1/M3/Amps", "EngUnit")
system.tag.editTag("Line1/Temp", attributes={"EngUnit": "F"})
system.tag.editTags(["Line1/Temp", "Line1/Speed"], attributes={"Tooltip": "edited"})
print system.tag.getAttribute("Line1/Temp", "EngUnit"), system.tag.getAttribute("Line1/Speed", "Tooltip"), system.tag.read("Line1/Speed").value
system.tag.removeTags(["Line1/Temp", "Line1/Plc"])
system.tag.removeTag("Line1/M3")
print system.tag.exists("Line1/Temp"), system.tag.exists("Line1/M3")
for call in (lambda: system.tag.addTag("Line1", "Speed", "MEMORY", "Int4"),
             lambda: system.tag.editTag("Line1/Nope", attributes={"EngUnit": "x"}),
             lambda: system.tag.removeTag("Line1/Nope"),
             lambda: system.tag.getAttribute("Line1/Speed", "NoSuchAttribute")):
    try:
        call()
    except java.lang.Exception, e:
        print e.getMessage()
system.tag.addTag("Line1", "X", "COUNTER")
""", semantics="7.9")
    run = fail_one(gw)
    assert run.output == [
        "21.5 C inlet", "ns=1;s=[PLC]N7:0 Bad_NotConnected", "5.5 A", "F edited 1500", "False False",
        "addTag(): cannot add 'Speed' to 'Line1': Bad_Failure(\"tag 'Speed' already exists (collision policy abort)\")",
        "editTag(): tag 'Line1/Nope' not found", "removeTag(): tag 'Line1/Nope' not found",
        "getAttribute(): tag 'Line1/Speed' has no attribute 'NoSuchAttribute'",
    ]
    assert "tagType must be one of OPC, MEMORY" in run.error


def test_a_read_only_designer_reads_configuration_and_history_but_cannot_change_tags(make_gateway):
    from runtime.tools.interpreter import Interpreter

    gw = gateway_with(make_gateway, "pass")
    out, err = [], []
    Interpreter(gw, gw.session_host(gw.open_designer("X")), out.append, err.append).run_script("""
def attempt(label, call):
    try:
        value = call()
    except Exception, e:
        print label, str(e).split(":")[0]
    else:
        print label, value
attempt("config", lambda: system.tag.getConfiguration("Line1/Speed")[0]["name"])
attempt("history", lambda: system.tag.queryTagHistory(["Line1/Speed"]).rowCount)
attempt("configure", lambda: system.tag.configure("Line1", [{"name": "X"}]))
attempt("delete", lambda: system.tag.deleteTags(["Line1/Speed"]))
attempt("move", lambda: system.tag.move(["Line1/Speed"], "Other"))
attempt("add", lambda: system.tag.addTag("Line1", "Y", "MEMORY"))
""", "<designer>")
    assert out == ["config Speed", "history 0", "configure system.tag.configure refused",
                   "delete system.tag.deleteTags refused", "move system.tag.move refused",
                   "add system.tag.addTag refused"], err
