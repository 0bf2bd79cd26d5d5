"""``system.*`` results are ``unicode`` to scripts, as in Ignition.

Ignition's scripting functions are Java: a ``java.lang.String`` they return (a tag value, a
dataset column name or cell, ``getProjectName()``, ``date.format``, ``jsonDecode``'s strings,
``readFileAsString``, a query's text column) reaches the script through Jython, which hands
every Java String over as a Python 2 ``unicode``: the Script Console prints
``list(ds.getColumnNames())`` as ``[u'Id']`` and ``repr(system.util.getProjectName())`` as
``u'Plant'`` (Jython's user guide, "Java types in Python": ``java.lang.String`` -> ``unicode``;
Ignition manual, Dataset: ``getColumnNames()`` returns a ``List<String>``). Code that then
mixes those values with byte strings follows Jython's rules, which the differential corpus
(tests/jython_corpus2/jtext_*) pins against real Jython with Java Strings of its own.
"""
from __future__ import annotations

from systemkit import handler_files, run_one

SCHEMA = """
CREATE TABLE batches (id INTEGER PRIMARY KEY, product TEXT, qty REAL);
INSERT INTO batches VALUES (1, 'Cola', 100.5);
INSERT INTO batches VALUES (2, 'Lemonade', 80);
"""

TAGS = {"tags": [{"name": "Line1", "tagType": "Folder", "tags": [
    {"name": "Name", "tagType": "AtomicTag", "dataType": "String", "value": "Line one"},
    {"name": "Speed", "tagType": "AtomicTag", "dataType": "Int4", "value": 1500}]}]}

#: A plant-style library module and handler: a logger in every function, ``except E, e:``,
#: values from tags, a query, a dataset, JSON and a file folded into one report.
LIBRARY = '''
import logging

log = system.util.getLogger("Plant.report")


class LineReport(object):
    """Collects a line's values for the shift report."""

    def __init__(self, line):
        self.line = line
        self.values = {}

    def add(self, key, value):
        log.debug("add %s" % key)
        self.values[key] = value

    def describe(self):
        out = []
        for key in sorted(self.values):
            value = self.values[key]
            out.append("%s=%r (%s)" % (key, value, type(value).__name__))
        return out


def read_line(line):
    report = LineReport(line)
    try:
        name, speed = [qv.value for qv in system.tag.readBlocking(
            ["[default]Line%d/Name" % line, "[default]Line%d/Speed" % line])]
        report.add("name", name)
        report.add("speed", speed)
    except Exception, e:
        log.error("tag read failed: %s" % e)
    return report
'''

HANDLER = '''
import report

r = report.read_line(1)
ds = system.db.runQuery("SELECT id, product, qty FROM batches ORDER BY id")
r.add("product", ds[0]["product"])
r.add("product2", ds.getValueAt(1, "product"))
r.add("columns", list(ds.getColumnNames()))
r.add("column0", ds.getColumnName(0))
built = system.dataset.toDataSet(["Id", "Label"], [[1, "first"]])
r.add("built", built.getValueAt(0, 1))
r.add("builtNames", list(built.getColumnNames()))
py = system.dataset.toPyDataSet(built)
r.add("row", [v for v in py[0]])
r.add("project", system.util.getProjectName())
r.add("json", system.util.jsonDecode('{"mode": "auto", "n": 3, "tags": ["a"]}'))
r.add("encoded", system.util.jsonEncode({"k": 1}))
r.add("year", system.date.format(system.date.getDate(2024, 0, 15), "yyyy"))
system.file.writeFile("note.txt", "shift ok")
r.add("file", system.file.readFileAsString("note.txt"))
for line in r.describe():
    print line
name = r.values["name"]
print name.upper(), type(name + "!").__name__, type("%s" % name).__name__, name == "Line one"
print "%s/%s" % (r.values["product"], "x"), len(system.util.getGlobals()) >= 0
'''


def test_system_results_are_unicode_as_in_ignition(make_gateway):
    files = handler_files(HANDLER, semantics="8.1", project="Plant")
    files["Plant/library/report.py"] = LIBRARY
    files["_gateway/tags.json"] = TAGS
    files["_gateway/db.json"] = {"datasources": {"Plant": {"url": "sqlite://", "init": "schema.sql"}},
                                 "default": "Plant"}
    files["_gateway/schema.sql"] = SCHEMA
    gw = make_gateway(files, synchronous=True)
    assert run_one(gw, project="Plant").output == [
        "built=u'first' (unicode)",
        "builtNames=[u'Id', u'Label'] (list)",
        "column0=u'id' (unicode)",
        "columns=[u'id', u'product', u'qty'] (list)",
        "encoded=u'{\"k\":1}' (unicode)",
        "file=u'shift ok' (unicode)",
        "json={u'n': 3, u'tags': [u'a'], u'mode': u'auto'} (dict)",
        "name=u'Line one' (unicode)",
        "product=u'Cola' (unicode)",
        "product2=u'Lemonade' (unicode)",
        "project=u'Plant' (unicode)",
        "row=[1, u'first'] (list)",
        "speed=1500 (int)",
        "year=u'2024' (unicode)",
        "LINE ONE unicode unicode True",
        "Cola/x True",
    ]
