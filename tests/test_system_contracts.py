"""One row per ``system.*`` function: a call that leaves every optional argument out (so the
documented default must show in the result), the result as the 8.1 manual describes it, and one
error case, each run as a script in the scope the function lives in.

What each row holds: ``call`` is Jython source whose ``print`` shows the result; ``expected`` is
its output (lines joined by " | "); ``error`` is source that must fail and ``raises`` the text its
error must hold (the exception's type, and the message where the manual gives one). Pages are the
8.1 manual's ``docs/8.1/appendix/scripting-functions/system-NS/system-NS-NAME`` unless a row says
otherwise. The signatures themselves (names, order, optional parameters, so keyword calls) are
``tests/test_signatures.py``'s against the ignition-api 8.1 stubs; ``tests/system_audit.py`` is
the plugin that found which functions lacked a default, result or error test (the rows here are
those). Each namespace runs in one gateway (or client) built once for the module.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from conftest import write_tree
from runtime.gateway import Gateway
from runtime.tools.interpreter import Interpreter


@dataclass(frozen=True)
class Row:
    function: str
    call: str
    expected: str
    error: str
    raises: str

    def __str__(self) -> str:
        return self.function


#: Every script starts with these names: ``d`` is Friday 15 March 2024 00:00, ``t`` the same day
#: at 15:04:05.123 (the gateway's time zone is UTC in the tests, as the runner's).
PRELUDE = """
d = system.date.getDate(2024, 2, 15)
t = system.date.parse("2024-03-15 15:04:05.123", "yyyy-MM-dd HH:mm:ss.SSS")
"""

DATE = [
    Row("now", "print type(system.date.now()).__name__, system.date.now().getTime() > 1700000000000",
        "Date True", "system.date.now(1)", "TypeError"),
    Row("fromMillis", "print system.date.fromMillis(86400000)", "Fri Jan 02 00:00:00 UTC 1970",
        'system.date.fromMillis("x")', "TypeError"),
    Row("toMillis", "print system.date.toMillis(system.date.fromMillis(86400000))", "86400000",
        "system.date.toMillis(None)", "TypeError"),
    Row("getDate", "print system.date.getDate(2024, 0, 31)", "Wed Jan 31 00:00:00 UTC 2024",
        'system.date.getDate("2024", 0, 1)', "TypeError"),
    Row("setTime", "print system.date.setTime(d, 13, 30, 5)", "Fri Mar 15 13:30:05 UTC 2024",
        "system.date.setTime(None, 1, 2, 3)", "TypeError"),
    Row("midnight", "print system.date.midnight(t)", "Fri Mar 15 00:00:00 UTC 2024",
        "system.date.midnight(None)", "TypeError"),
    # format's default pattern is "yyyy-MM-dd HH:mm:ss" (system-date-format)
    Row("format", "print system.date.format(t)", "2024-03-15 15:04:05",
        "system.date.format(None)", "TypeError"),
    Row("parse", 'print system.date.parse("2024-03-15 15:04:05")', "Fri Mar 15 15:04:05 UTC 2024",
        'system.date.parse("15/03/2024")', "ParseException"),
    Row("addMillis", "print system.date.getMillis(system.date.addMillis(t, 900))", "23",
        "system.date.addMillis(None, 1)", "TypeError"),
    Row("addSeconds", "print system.date.addSeconds(d, -1)", "Thu Mar 14 23:59:59 UTC 2024",
        "system.date.addSeconds(d, None)", "TypeError"),
    Row("addMinutes", "print system.date.addMinutes(d, 90)", "Fri Mar 15 01:30:00 UTC 2024",
        "system.date.addMinutes(None, 1)", "TypeError"),
    Row("addHours", "print system.date.addHours(d, 36)", "Sat Mar 16 12:00:00 UTC 2024",
        "system.date.addHours(None, 1)", "TypeError"),
    Row("addDays", "print system.date.addDays(d, -15)", "Thu Feb 29 00:00:00 UTC 2024",
        "system.date.addDays(None, 1)", "TypeError"),
    Row("addWeeks", "print system.date.addWeeks(d, 2)", "Fri Mar 29 00:00:00 UTC 2024",
        "system.date.addWeeks(None, 1)", "TypeError"),
    # Calendar.add: Jan 31 + 1 month is the last day of February
    Row("addMonths", "print system.date.addMonths(system.date.getDate(2024, 0, 31), 1)",
        "Thu Feb 29 00:00:00 UTC 2024", "system.date.addMonths(None, 1)", "TypeError"),
    Row("addYears", "print system.date.addYears(system.date.getDate(2024, 1, 29), 1)",
        "Fri Feb 28 00:00:00 UTC 2025", "system.date.addYears(None, 1)", "TypeError"),
    Row("millisBetween", "print system.date.millisBetween(d, t)", "54245123",
        "system.date.millisBetween(d, None)", "TypeError"),
    Row("secondsBetween", "print system.date.secondsBetween(t, d)", "-54245",
        "system.date.secondsBetween(None, d)", "TypeError"),
    Row("minutesBetween", "print system.date.minutesBetween(d, t)", "904",
        "system.date.minutesBetween(d, 5)", "TypeError"),
    Row("hoursBetween", "print system.date.hoursBetween(d, t)", "15",
        "system.date.hoursBetween(d, None)", "TypeError"),
    Row("weeksBetween", "print system.date.weeksBetween(d, system.date.addDays(d, 20))", "2",
        "system.date.weeksBetween(d, None)", "TypeError"),
    Row("monthsBetween", "print system.date.monthsBetween(system.date.getDate(2024, 0, 31), d)", "1",
        "system.date.monthsBetween(d, None)", "TypeError"),
    Row("yearsBetween", "print system.date.yearsBetween(system.date.getDate(2020, 2, 16), d)", "3",
        "system.date.yearsBetween(d, None)", "TypeError"),
    Row("getYear", "print system.date.getYear(t)", "2024", "system.date.getYear(None)", "TypeError"),
    # months are 0-based (system-date-getMonth: "January is 0")
    Row("getMonth", "print system.date.getMonth(t)", "2", "system.date.getMonth(None)", "TypeError"),
    Row("getQuarter", "print system.date.getQuarter(t), system.date.getQuarter(system.date.getDate(2024, 11, 31))",
        "1 4", "system.date.getQuarter(None)", "TypeError"),
    Row("getDayOfMonth", "print system.date.getDayOfMonth(t)", "15", "system.date.getDayOfMonth(None)", "TypeError"),
    # Sunday is 1 (system-date-getDayOfWeek): Friday is 6
    Row("getDayOfWeek", "print system.date.getDayOfWeek(t)", "6", "system.date.getDayOfWeek(None)", "TypeError"),
    Row("getDayOfYear", "print system.date.getDayOfYear(t)", "75", "system.date.getDayOfYear(None)", "TypeError"),
    Row("getHour12", "print system.date.getHour12(t), system.date.getHour12(system.date.setTime(d, 12, 0, 0))",
        "3 0", "system.date.getHour12(None)", "TypeError"),
    Row("getHour24", "print system.date.getHour24(t)", "15", "system.date.getHour24(None)", "TypeError"),
    # 0 is AM, 1 is PM (system-date-getAMorPM)
    Row("getAMorPM", "print system.date.getAMorPM(d), system.date.getAMorPM(t)", "0 1",
        "system.date.getAMorPM(None)", "TypeError"),
    Row("getMinute", "print system.date.getMinute(t)", "4", "system.date.getMinute(None)", "TypeError"),
    Row("getSecond", "print system.date.getSecond(t)", "5", "system.date.getSecond(None)", "TypeError"),
    Row("getMillis", "print system.date.getMillis(t)", "123", "system.date.getMillis(None)", "TypeError"),
    Row("isAfter", "print system.date.isAfter(t, d), system.date.isAfter(d, t)", "True False",
        "system.date.isAfter(d, None)", "TypeError"),
    Row("isBefore", "print system.date.isBefore(t, d), system.date.isBefore(d, t)", "False True",
        "system.date.isBefore(None, d)", "TypeError"),
    # the range is inclusive (system-date-isBetween)
    Row("isBetween", "print system.date.isBetween(d, d, t), system.date.isBetween(t, d, d)", "True False",
        "system.date.isBetween(d, None, t)", "TypeError"),
    # the date defaults to now; UTC has no daylight time
    Row("isDaylightTime", "print system.date.isDaylightTime(), system.date.isDaylightTime(d)", "False False",
        'system.date.isDaylightTime("x")', "TypeError"),
    # the gateway's zone id: the test machines run in UTC, named either way
    Row("getTimezone", 'print system.date.getTimezone() in ("UTC", "Etc/UTC")', "True",
        "system.date.getTimezone(1)", "TypeError"),
    # hours from UTC, the date defaulting to now (system-date-getTimezoneOffset)
    Row("getTimezoneOffset", "print system.date.getTimezoneOffset(), system.date.getTimezoneOffset(d)", "0.0 0.0",
        'system.date.getTimezoneOffset("x")', "TypeError"),
    Row("getTimezoneRawOffset", "print system.date.getTimezoneRawOffset()", "0.0",
        "system.date.getTimezoneRawOffset(1)", "TypeError"),
]

#: system.math: "Returns NaN (Not a Number) if passed an empty sequence" (mode and normalize: an
#: empty list), and "The sequence may not contain None type values" (each page).
MATH_NAN_ON_EMPTY = ["geometricMean", "kurtosis", "max", "mean", "median", "min", "populationVariance", "product",
                     "skewness", "standardDeviation", "sum", "sumLog", "sumSquares", "variance"]
MATH = [Row(name, f"print system.math.{name}([])", "nan", f"system.math.{name}([1.5, None, 2, 4, 5])",
            "every value must be a number, not None") for name in MATH_NAN_ON_EMPTY] + [
    Row("mode", "print system.math.mode([]), system.math.mode(None)", "[] []",
        "system.math.mode([1, None])", "every value must be a number, not None"),
    Row("normalize", "print system.math.normalize([]), system.math.normalize(None)", "[] []",
        "system.math.normalize([1, None])", "every value must be a number, not None"),
    # "Throws a DimensionMismatchException if the two sequences have different lengths"
    Row("meanDifference", "print system.math.meanDifference([5, 7], [1, 2]), system.math.meanDifference([], [])",
        "4.5 nan", "system.math.meanDifference([1, 2], [1])", "DimensionMismatchException"),
    Row("sumDifference", "print system.math.sumDifference([5, 7], [1, 2])",
        "9.0", "system.math.sumDifference([1, 2], [1])", "DimensionMismatchException"),
]


#: A tank folder with a float level (history on) and a pump; one SQLite datasource, Plant.
TAGS = {"tags": [{"name": "Tanks", "tagType": "Folder", "tags": [
    {"name": "Level", "tagType": "AtomicTag", "valueSource": "memory", "dataType": "Float8", "value": 20.5,
     "historyEnabled": True},
    {"name": "Pump", "tagType": "AtomicTag", "valueSource": "memory", "dataType": "Boolean", "value": True}]},
    {"name": "Copies", "tagType": "Folder", "tags": [
        {"name": "Spare", "tagType": "AtomicTag", "valueSource": "memory", "dataType": "Int4", "value": 0}]}]}
DB = {"datasources": {"Plant": {"url": "sqlite://", "init": "schema.sql"}}, "default": "Plant"}
SCHEMA = "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO t (name) VALUES ('a');\n"

TAG = [
    # browse(path, [filter]): a Results of the tags under path; an unknown path browses to nothing
    Row("browse", 'r = system.tag.browse("Tanks")\nprint sorted(str(x["name"]) for x in r.getResults()), '
        'system.tag.browse("Nope").getReturnedSize()', "['Level', 'Pump'] 0",
        "system.tag.browse(5)", "TypeError: browse(): path must be a string"),
    Row("exists", 'print system.tag.exists("Tanks/Level"), system.tag.exists("Tanks/Nope")', "True False",
        "system.tag.exists(None)", "TypeError: exists(): tagPath must be a string"),
    # recursive defaults to False: the folder comes back without its children's configuration
    Row("getConfiguration", 'c = system.tag.getConfiguration("Tanks")[0]\nprint c["name"], "tags" in c, '
        'system.tag.getConfiguration("Tanks/Level")[0]["dataType"]', "Tanks False Float8",
        "system.tag.getConfiguration(5)", "TypeError: getConfiguration(): basePath must be a string"),
    # collisionPolicy defaults to "o" (overwrite); one quality per tag copied
    Row("copy", 'print system.tag.copy(["Tanks/Level"], "Copies"), system.tag.exists("Copies/Level")',
        "[Good] True", 'system.tag.copy(["Tanks/Level"], 5)', "TypeError"),
    # exportTags(): filePath None returns the JSON; tagPaths defaults to the whole provider
    Row("exportTags", 'import json\nprint [t["name"] for t in system.util.jsonDecode(system.tag.exportTags())["tags"]][:1]',
        "[u'Tanks']", 'system.tag.exportTags(exportType="yaml")', "exportType"),
    # startDate defaults to 8 hours before endDate, endDate to now: the loaded value is in range
    Row("queryTagCalculations", 'ds = system.tag.queryTagCalculations(["Tanks/Level"], ["Average"])\n'
        'print ds.getColumnNames(), ds.rowCount, ds.getValueAt(0, 1)', "[path, Average] 1 20.5",
        'system.tag.queryTagCalculations(["Tanks/Level"], ["Bogus"])', "unknown aggregation mode 'Bogus'"),
    # storeAnnotations(paths, [historyProvider], [startTimes] ...): startTimes default to now
    Row("storeAnnotations", 'q = system.tag.storeAnnotations(["Tanks/Level"], None, None, None, ["note"])[0]\n'
        'print q.quality, system.date.secondsBetween(q.timestamp, system.date.now()) < 60', "Good True",
        'system.tag.storeAnnotations("Tanks/Level")', "TypeError"),
    Row("readAsync", 'seen = []\nsystem.tag.readAsync(["Tanks/Level"], lambda values: seen.extend(values))\n'
        'print [v.value for v in seen]', "[20.5]",
        'system.tag.readAsync(["Tanks/Level"], None)', "TypeError: readAsync(): callback must be a function"),
    # the 7.9 functions (still in 8.1, deprecated): their 7.9 manual pages
    Row("read", 'print system.tag.read("Tanks/Level").value, system.tag.read("Tanks/Nope").quality', "20.5 Bad_NotFound",
        "system.tag.read(5)", "TypeError: read(): tagPath must be a string"),
    # "replaced by system.tag.read()" (Deprecated Pages, system-tag-getTagValue): the value alone
    Row("getTagValue", 'print system.tag.getTagValue("Tanks/Level"), system.tag.getTagValue("Tanks/Nope")', "20.5 None",
        "system.tag.getTagValue(5)", "TypeError: getTagValue(): tagPath must be a string"),
    Row("readAll", 'print [q.quality for q in system.tag.readAll(["Tanks/Level", "Tanks/Nope"])]', "[Good, Bad_NotFound]",
        'system.tag.readAll("Tanks/Level")', "TypeError: readAll(): tagPaths must be a list of tag paths"),
    # "0 if the write failed immediately, 1 if it succeeded immediately" (system-tag-write, 7.9)
    Row("write", 'print system.tag.write("Copies/Spare", 1), system.tag.write("Tanks/Nope", 1)', "1 0",
        "system.tag.write(5, 1)", "TypeError: write(): tagPath must be a string"),
    Row("writeAll", 'print system.tag.writeAll(["Copies/Spare", "Tanks/Nope"], [2, 3])', "[1, 0]",
        'system.tag.writeAll(["Copies/Spare"], [1, 2])', "ValueError: writeAll(): 1 tag paths but 2 values"),
    # timeout defaults to 45000 ms; a failed write raises (system-tag-writeSynchronous)
    Row("writeSynchronous", 'system.tag.writeSynchronous("Copies/Spare", 4)\nprint system.tag.read("Copies/Spare").value',
        "4", 'system.tag.writeSynchronous("Tanks/Nope", 1)', "error writing to tag 'Tanks/Nope': Bad_NotFound"),
    # every filter left out: all the folder's tags, ascending by path
    Row("browseTags", 'print " ".join(t.name for t in system.tag.browseTags("Tanks")), '
        '" ".join(t.name for t in system.tag.browseTags("Tanks", sort="DESC"))', "Level Pump Pump Level",
        "system.tag.browseTags(5)", "TypeError: browseTags(): parentPath must be a string"),
    Row("browseTagsSimple", 'print " ".join(t.name for t in system.tag.browseTagsSimple("Tanks", "DESC"))', "Pump Level",
        'system.tag.browseTagsSimple("Tanks")', "TypeError"),
    # attributes and the rest left out: nothing changes
    Row("editTag", 'system.tag.editTag("Copies/Spare")\nsystem.tag.editTag("Copies/Spare", {"Documentation": "spare"})\n'
        'print system.tag.getAttribute("Copies/Spare", "Documentation")', "spare",
        'system.tag.editTag("Tanks/Nope", {"Documentation": "x"})', "editTag(): tag 'Tanks/Nope' not found"),
    Row("editTags", 'system.tag.editTags(["Copies/Spare"], {"Documentation": "both"})\n'
        'print system.tag.getAttribute("Copies/Spare", "Documentation")', "both",
        'system.tag.editTags("Copies/Spare")', "TypeError: editTags(): tagPaths must be a list of tag paths"),
    Row("removeTags", 'system.tag.copy(["Tanks/Pump"], "Trash")\nsystem.tag.removeTags(["Trash/Pump"])\n'
        'print system.tag.exists("Trash/Pump")', "False",
        'system.tag.removeTags("Trash/Pump")', "TypeError: removeTags(): tagPaths must be a list of tag paths"),
    # callback is optional; the write lands
    Row("writeAsync", 'system.tag.writeAsync(["Tanks/Pump"], [False])\nprint system.tag.readBlocking(["Tanks/Pump"])[0].value',
        "False", 'system.tag.writeAsync(["Tanks/Pump"], [1, 2])', "ValueError: writeAsync(): 1 tag paths but 2 values"),
]

DATASET = [
    # addColumn(dataset, [colIndex], col, colName, colType): without colIndex the column goes last
    Row("addColumn", 'ds = system.dataset.toDataSet(["a"], [[1]])\n'
        'print system.dataset.addColumn(ds, [5], "b", int).getColumnNames()', "[a, b]",
        'system.dataset.addColumn(system.dataset.toDataSet(["a"], [[1]]), [5, 6], "b", int)',
        "IndexError: Column has 2 values but the dataset has 1 rows"),
    # addRows(dataset, [rowIndex], rows): appended when rowIndex is left out
    Row("addRows", 'ds = system.dataset.addRows(system.dataset.toDataSet(["a"], [[1]]), [[2], [3]])\n'
        'print ds.getColumnAsList(0)', "[1, 2, 3]",
        'system.dataset.addRows(system.dataset.toDataSet(["a"], [[1]]), [[2, 3]])',
        "Row 0 doesn't have the same number of columns as header list."),
    Row("clearDataset", 'ds = system.dataset.clearDataset(system.dataset.toDataSet(["a", "b"], [[1, 2]]))\n'
        'print ds.rowCount, ds.getColumnNames()', "0 [a, b]",
        "system.dataset.clearDataset(None)", "TypeError: clearDataset(): 1st arg can't be coerced"),
    Row("dataSetToHTML", 'print system.dataset.dataSetToHTML(True, system.dataset.toDataSet(["a"], [[1]]), "T")',
        "<HTML><HEAD><TITLE>T</TITLE></HEAD><BODY> | <TABLE border=1 cellspacing=0 cellpadding=2> | "
        "<TR><TH>a</TH></TR> | <TR><TD>1</TD></TR> | </TABLE></BODY></HTML>",
        'system.dataset.dataSetToHTML(True, None, "T")', "TypeError"),
    Row("formatDates", 'ds = system.dataset.toDataSet(["d", "n"], [[system.date.getDate(2024, 0, 2), 5]])\n'
        'f = system.dataset.formatDates(ds, "yyyy/MM/dd")\nprint f.getValueAt(0, 0), f.getValueAt(0, 1)',
        "2024/01/02 5", 'system.dataset.formatDates(None, "yyyy")', "TypeError"),
    Row("getColumnHeaders", 'print system.dataset.getColumnHeaders(system.dataset.toDataSet(["a", "b"], [[1, 2]]))',
        "[u'a', u'b']", "system.dataset.getColumnHeaders(None)", "TypeError"),
    # sort(dataset, keyColumn, [ascending]): ascending by default
    Row("sort", 'print system.dataset.sort(system.dataset.toDataSet(["a"], [[2], [3], [1]]), "a").getColumnAsList(0)',
        "[1, 2, 3]", 'system.dataset.sort(system.dataset.toDataSet(["a"], [[2]]), "zz")',
        "Column 'zz' does not exist in this dataset"),
    # toCSV(dataset, [showHeaders=True], [forExport=False], [localized=False]): quoted, headers first
    Row("toCSV", 'print system.dataset.toCSV(system.dataset.toDataSet(["a", "b"], [[1234.5, "x"]])),',
        '"a","b" | "1234.5","x"', "system.dataset.toCSV(None)", "TypeError"),
    Row("updateRow", 'ds = system.dataset.toDataSet(["a", "b"], [[1, 2]])\n'
        'print system.dataset.updateRow(ds, 0, {"b": 9}).getValueAt(0, "b"), ds.getValueAt(0, "b")', "9 2",
        'system.dataset.updateRow(system.dataset.toDataSet(["a"], [[1]]), 5, {"a": 9})',
        "Row index 5 out of range"),
]

UTIL = [
    Row("getEdition", "print system.util.getEdition()", "standard", "system.util.getEdition(1)", "TypeError"),
    Row("getLocale", "print system.util.getLocale()", "en", "system.util.getLocale(1)", "TypeError"),
    Row("getAvailableLocales", "print system.util.getAvailableLocales()", "[]",
        "system.util.getAvailableLocales(1)", "TypeError"),
    Row("getAvailableTerms", "print system.util.getAvailableTerms()", "[]",
        "system.util.getAvailableTerms(1)", "TypeError"),
    Row("getGlobals", 'g = system.util.getGlobals()\ng["k"] = 1\nprint system.util.getGlobals()["k"]', "1",
        "system.util.getGlobals(1)", "TypeError"),
    Row("getLogger", 'log = system.util.getLogger("Plant.Line1")\nprint log.getName(), log.isInfoEnabled()',
        "Plant.Line1 True", "system.util.getLogger(None)", "TypeError: getLogger(): name must be a string"),
    Row("getProjectName", "print system.util.getProjectName()", "X", "system.util.getProjectName(1)", "TypeError"),
    # Java system properties; None is Java's NullPointerException ("key can't be null")
    Row("getProperty", 'print system.util.getProperty("file.separator"), system.util.getProperty("no.such.key")',
        "/ None", "system.util.getProperty(None)", "NullPointerException"),
    Row("getVersion", "v = system.util.getVersion()\nprint v.major, v.minor, v.toParseableString().startswith('8.1.')",
        "8 1 True", "system.util.getVersion(1)", "TypeError"),
    Row("invokeAsynchronous", 'done = []\nt = system.util.invokeAsynchronous(lambda: done.append(1))\nt.join()\nprint done',
        "[1]", "system.util.invokeAsynchronous(None)", "TypeError: invokeAsynchronous(): function must be callable"),
    # invalid JSON comes back as the string (system-util-jsonDecode)
    Row("jsonDecode", 'print system.util.jsonDecode(\'{"a": [1, 2.5, null]}\'), system.util.jsonDecode("nope")',
        "{u'a': [1, 2.5, None]} nope", "system.util.jsonDecode(5)", "TypeError: jsonDecode(): jsonString must be a string"),
    # indentFactor defaults to 0: compact
    Row("jsonEncode", 'print system.util.jsonEncode({"a": [1, None]})', '{"a":[1,null]}',
        "system.util.jsonEncode()", "TypeError"),
    # locale defaults to the current one ("en")
    Row("modifyTranslation", 'system.util.modifyTranslation("Stop", "Halt")\nprint system.util.translate("Stop", "en")',
        "Halt", 'system.util.modifyTranslation(None, "Halt")', "TypeError: modifyTranslation(): term must be a string"),
    Row("queryAuditLog", 'system.util.audit("Contract", "v")\nds = system.util.queryAuditLog()\n'
        'print ds.getColumnNames()[:5], ds.getValueAt(ds.rowCount - 1, "ACTION")',
        "[AUDIT_EVENTS_ID, EVENT_TIMESTAMP, ACTOR, ACTOR_HOST, ACTION] Contract",
        'system.util.queryAuditLog(startDate="x")', "TypeError"),
    Row("threadDump", 'print system.util.jsonDecode(system.util.threadDump())["version"]', "shim",
        "system.util.threadDump(1)", "TypeError"),
    Row("getSessionInfo", "ds = system.util.getSessionInfo()\nprint ds.getColumnCount(), ds.rowCount", "6 0",
        "system.util.getSessionInfo(5)", "TypeError: getSessionInfo(): usernameFilter must be a regular expression"),
    # an error is "ERROR" with the message (system-util-getGatewayStatus)
    Row("getGatewayStatus", 'print system.util.getGatewayStatus("localhost:1")[:6]', "ERROR ",
        "system.util.getGatewayStatus()", "TypeError"),
]

DB_ROWS = [
    # the default datasource when database is left out
    Row("beginTransaction", 'tx = system.db.beginTransaction()\nprint len(tx)\nsystem.db.closeTransaction(tx)', "36",
        'system.db.beginTransaction("Nope")', 'Datasource "Nope" does not exist in this Gateway.'),
    Row("commitTransaction", 'tx = system.db.beginTransaction()\nsystem.db.runPrepUpdate("UPDATE t SET name = ?", ["tx"], tx=tx)\n'
        'system.db.commitTransaction(tx)\nsystem.db.closeTransaction(tx)\nprint system.db.runScalarQuery("SELECT name FROM t")',
        "tx", 'system.db.commitTransaction("bogus")', 'Transaction "bogus" is closed or does not exist'),
    Row("rollbackTransaction", 'tx = system.db.beginTransaction()\nsystem.db.runPrepUpdate("UPDATE t SET name = ?", ["rb"], tx=tx)\n'
        'system.db.rollbackTransaction(tx)\nsystem.db.closeTransaction(tx)\nprint system.db.runScalarQuery("SELECT name FROM t") != "rb"',
        "True", 'system.db.rollbackTransaction("bogus")', 'Transaction "bogus" is closed or does not exist'),
    Row("closeTransaction", 'tx = system.db.beginTransaction()\nprint system.db.closeTransaction(tx)', "None",
        'system.db.closeTransaction("bogus")', 'Transaction "bogus" is closed or does not exist'),
    # database defaults to "": the project's default datasource
    Row("runPrepUpdate", 'print system.db.runPrepUpdate("UPDATE t SET name = ? WHERE id = ?", ["b", 1])', "1",
        'system.db.runPrepUpdate("UPDATE nope SET x = 1", [])', "Error executing system.db.runPrepUpdate"),
    Row("runScalarPrepQuery", 'print system.db.runScalarPrepQuery("SELECT id FROM t WHERE name IS NOT ?", [None]), '
        'system.db.runScalarPrepQuery("SELECT name FROM t WHERE id = ?", [99])', "1 None",
        'system.db.runScalarPrepQuery("SELECT * FROM nope", [])', "Error executing system.db.runScalarPrepQuery"),
    Row("runSFPrepUpdate", 'print system.db.runSFPrepUpdate("UPDATE t SET name = ?", ["sf"], ["Plant"])', "True",
        'system.db.runSFPrepUpdate("UPDATE t SET name = ?", "sf", ["Plant"])', "TypeError"),
    Row("getConnectionInfo", 'print system.db.getConnectionInfo().getValueAt(0, "Name"), '
        'system.db.getConnectionInfo("Nope").rowCount', "Plant 0",
        "system.db.getConnectionInfo(5)", "TypeError: getConnectionInfo(): name must be a string"),
    Row("getConnections", "ds = system.db.getConnections()\nprint ds.getColumnNames(), ds.getValueAt(0, 'Name')",
        "[Name, Description, JDBCDriver, ConnectURL, Status] Plant", "system.db.getConnections(1)", "TypeError"),
    Row("clearAllNamedQueryCaches", "print system.db.clearAllNamedQueryCaches()", "None",
        "system.db.clearAllNamedQueryCaches(5)", "TypeError"),
    Row("clearNamedQueryCache", 'print system.db.clearNamedQueryCache("Reports/Daily")', "None",
        "system.db.clearNamedQueryCache()", "TypeError"),
    # runSFNamedQuery([project], path, params): True once queued to store-and-forward
    Row("runSFNamedQuery", 'print system.db.runSFNamedQuery("Rename", {"name": "nq"}), '
        'system.db.runScalarQuery("SELECT name FROM t WHERE id = 1")', "True nq",
        'system.db.runSFNamedQuery("X", "Nope", {})', "Named query 'Nope' not found in project 'X'"),
    # description and connectUrl: the JDBC URL is what the datasource needs
    Row("addDatasource", 'system.db.addDatasource("org.sqlite.JDBC", "Extra", connectUrl="sqlite://")\n'
        'print system.db.getConnectionInfo("Extra").getValueAt(0, "Name")', "Extra",
        'system.db.addDatasource("org.sqlite.JDBC", "Bad")', "TypeError: addDatasource(): connectUrl must be"),
    Row("removeDatasource", 'system.db.addDatasource("org.sqlite.JDBC", "Gone", connectUrl="sqlite://")\n'
        'system.db.removeDatasource("Gone")\nprint system.db.getConnectionInfo("Gone").rowCount', "0",
        'system.db.removeDatasource("Nope")', 'Datasource "Nope" does not exist in this Gateway.'),
    Row("setDatasourceEnabled", 'system.db.addDatasource("org.sqlite.JDBC", "Off", connectUrl="sqlite://")\n'
        'system.db.setDatasourceEnabled("Off", False)\nprint system.db.getConnectionInfo("Off").getValueAt(0, "Status")',
        "Disabled", 'system.db.setDatasourceEnabled("Nope", True)', 'Datasource "Nope" does not exist'),
    Row("setDatasourceMaxConnections", 'print system.db.setDatasourceMaxConnections("Plant", 4)', "None",
        'system.db.setDatasourceMaxConnections("Plant", "x")', "maxConnections must be a positive integer"),
    Row("setDatasourceConnectURL", 'system.db.addDatasource("org.sqlite.JDBC", "Moved", connectUrl="sqlite://")\n'
        'print system.db.setDatasourceConnectURL("Moved", "sqlite://")', "None",
        'system.db.setDatasourceConnectURL("Nope", "sqlite://")', 'Datasource "Nope" does not exist'),
]

#: Vision client rows: each runs in a new client session of user admin, with windows Main (a Tank
#: and a Button in its root container) and Popup defined; ``w`` is Main, opened, and ``tank`` its Tank.
CLIENT_PRELUDE = """
w = system.nav.openWindow("Main")
tank = w.rootContainer.getComponent("Tank")
"""

CLIENT = [
    Row("gui.errorBox", 'system.gui.errorBox("Pump fault")\nprint "shown"', "shown",
        "system.gui.errorBox(None)", "TypeError: errorBox(): message must be a string"),
    Row("gui.warningBox", 'print system.gui.warningBox("Tank high")', "None",
        "system.gui.warningBox(None)", "TypeError: warningBox(): message must be a string"),
    # with nothing answered, the dialog returns its default text; passwordBox's is empty
    Row("gui.inputBox", 'print system.gui.inputBox("Batch?", "B-1"), repr(system.gui.inputBox("Batch?"))',
        "B-1 u''", "system.gui.inputBox(None)", "TypeError: inputBox(): message must be a string"),
    Row("gui.passwordBox", 'print repr(system.gui.passwordBox("Password"))', "u''",
        "system.gui.passwordBox(None)", "TypeError: passwordBox(): message must be a string"),
    # OK pressed on the initial color; dialogTitle defaults to "Choose Color"
    Row("gui.chooseColor", 'c = system.gui.chooseColor(system.gui.color(255, 0, 0))\nprint c.getRed(), c.getGreen()',
        "255 0", "system.gui.chooseColor(None)", "TypeError: chooseColor(): initialColor must be a color"),
    Row("gui.getOpenedWindowNames", "print system.gui.getOpenedWindowNames()", "(u'Main',)",
        "system.gui.getOpenedWindowNames(1)", "TypeError"),
    Row("gui.getOpenedWindows", 'print " ".join(x.getPath() for x in system.gui.getOpenedWindows())', "Main",
        "system.gui.getOpenedWindows(1)", "TypeError"),
    Row("gui.getWindowNames", "print system.gui.getWindowNames()", "(u'Main', u'Popup')",
        "system.gui.getWindowNames(1)", "TypeError"),
    Row("gui.getParentWindow", "print system.gui.getParentWindow(event).getPath()", "Main",
        "system.gui.getParentWindow(None)", "TypeError: getParentWindow(): expected an event from a component"),
    Row("gui.getSibling", 'print system.gui.getSibling(event, "Tank").value, system.gui.getSibling(event, "Nope")',
        "5 None", 'system.gui.getSibling(None, "Tank")', "TypeError: getSibling(): expected an event"),
    Row("gui.getQuality", 'print system.gui.getQuality(tank, "value")', "Good",
        'system.gui.getQuality(None, "value")', "TypeError: getQuality(): component must be a component"),
    Row("gui.convertPointToScreen", "print system.gui.convertPointToScreen(1, 2, event)", "(2, 4)",
        "system.gui.convertPointToScreen(1, 2, None)", "TypeError: convertPointToScreen(): expected an event"),
    # newX and newWidth left out keep the component's x and width
    Row("gui.transform", "system.gui.transform(tank, newY=40)\nprint tank.x, tank.y", "10 40",
        "system.gui.transform(None)", "TypeError: transform(): component must be a component"),
    Row("gui.createPopupMenu", 'm = system.gui.createPopupMenu(["Ack"], [lambda e: None])\nprint type(m).__name__',
        "PopupMenu", 'system.gui.createPopupMenu({"Ack": None})', "TypeError"),
    Row("gui.getScreenIndex", "print system.gui.getScreenIndex()", "0", "system.gui.getScreenIndex(1)", "TypeError"),
    Row("gui.getScreens", "print len(system.gui.getScreens()), system.gui.getScreens()[0][0]", "1 0",
        "system.gui.getScreens(1)", "TypeError"),
    Row("gui.setScreenIndex", "print system.gui.setScreenIndex(0)", "None",
        "system.gui.setScreenIndex(5)", "ValueError: setScreenIndex(): no screen 5"),
    Row("gui.isTouchscreenModeEnabled", "system.gui.setTouchscreenModeEnabled(True)\n"
        "print system.gui.isTouchscreenModeEnabled()", "True", "system.gui.isTouchscreenModeEnabled(1)", "TypeError"),
    Row("gui.setTouchscreenModeEnabled", "print system.gui.setTouchscreenModeEnabled(False)", "None",
        "system.gui.setTouchscreenModeEnabled()", "TypeError"),
    # nothing typed: the keypad returns its initial value
    Row("gui.showNumericKeypad", "print system.gui.showNumericKeypad(5)", "5",
        'system.gui.showNumericKeypad("x")', "TypeError: showNumericKeypad(): initialValue must be a number"),
    Row("gui.showTouchscreenKeyboard", 'print system.gui.showTouchscreenKeyboard("abc")', "abc",
        "system.gui.showTouchscreenKeyboard(5)", "TypeError: showTouchscreenKeyboard(): initialText must be a string"),
    Row("gui.openDiagnostics", "print system.gui.openDiagnostics()", "None", "system.gui.openDiagnostics(1)", "TypeError"),
    # desktop() with no handle is the primary desktop: its functions are system.gui's
    Row("gui.desktop", "print system.gui.desktop().getCurrentDesktop()", "primary",
        "system.gui.desktop(5)", "ValueError: desktop(): no desktop with handle 5"),
    Row("gui.getCurrentDesktop", "print system.gui.getCurrentDesktop()", "primary",
        "system.gui.getCurrentDesktop(1)", "TypeError"),
    # secondary desktops only (system-gui-getDesktopHandles)
    Row("gui.getDesktopHandles", "print system.gui.getDesktopHandles()", "()",
        "system.gui.getDesktopHandles(1)", "TypeError"),
    # openDesktop(): screen 0, a generated handle, the startup windows
    Row("gui.openDesktop", 'print system.gui.openDesktop(handle="Second"), system.gui.getDesktopHandles()',
        "None (u'Second',)", 'system.gui.openDesktop(screen="x")', "TypeError: openDesktop(): screen must be"),
    # handle defaults to "primary"
    Row("gui.closeDesktop", "print system.gui.closeDesktop()", "None", "system.gui.closeDesktop(1, 2)", "TypeError"),
    Row("nav.centerWindow", 'print system.nav.centerWindow("Main").getPath()', "Main",
        "system.nav.centerWindow()", "TypeError"),
    Row("nav.closeWindow", 'system.nav.closeWindow("Main")\nprint system.gui.getOpenedWindowNames()', "()",
        "system.nav.closeWindow()", "TypeError"),
    Row("nav.closeParentWindow", "system.nav.closeParentWindow(event)\nprint system.gui.getOpenedWindowNames()", "()",
        "system.nav.closeParentWindow(None)", "TypeError"),
    Row("nav.swapTo", 'print system.nav.swapTo("Popup").getPath(), system.gui.getOpenedWindowNames()',
        "Popup (u'Popup',)", "system.nav.swapTo()", "TypeError"),
    Row("nav.swapWindow", 'print system.nav.swapWindow("Main", "Popup").getPath(), system.gui.getOpenedWindowNames()',
        "Popup (u'Popup',)", 'system.nav.swapWindow("Main")', "TypeError"),
    Row("nav.goBack", 'system.nav.swapTo("Popup")\nprint system.nav.goBack().getPath()', "Main",
        "system.nav.goBack(1)", "TypeError"),
    Row("nav.goForward", 'system.nav.swapTo("Popup")\nsystem.nav.goBack()\nprint system.nav.goForward().getPath()',
        "Popup", "system.nav.goForward(1)", "TypeError"),
    Row("nav.goHome", "print system.nav.goHome().getPath()", "Main", "system.nav.goHome(1)", "TypeError"),
    # params left out: a second instance with the window's own root properties
    Row("nav.openWindowInstance", 'print system.nav.openWindowInstance("Popup").getPath(), '
        'len(system.gui.getOpenedWindows())', "Popup 2", "system.nav.openWindowInstance()", "TypeError"),
    # getUserRoles(username, password, [authProfile], [timeout]): None when authentication fails
    Row("security.getUserRoles", 'print system.security.getUserRoles("admin", "pw"), '
        'system.security.getUserRoles("admin", "wrong")', "(u'Administrator',) None",
        'system.security.getUserRoles("admin")', "TypeError"),
    Row("security.validateUser", 'print system.security.validateUser("admin", "pw"), '
        'system.security.validateUser("admin", "bad")', "True False",
        'system.security.validateUser(None, "pw")', "TypeError: validateUser(): username must be a string"),
    Row("security.isScreenLocked", "print system.security.isScreenLocked()", "False",
        "system.security.isScreenLocked(1)", "TypeError"),
    Row("security.lockScreen", "system.security.lockScreen()\nprint system.security.isScreenLocked()", "True",
        "system.security.lockScreen(1, 2)", "TypeError"),
    Row("security.unlockScreen", "system.security.lockScreen()\nsystem.security.unlockScreen()\n"
        "print system.security.isScreenLocked()", "False", "system.security.unlockScreen(1)", "TypeError"),
    # hideError defaults to False; a wrong password leaves the user as it was
    Row("security.switchUser", 'print system.security.switchUser("bob", "b", event), '
        'system.security.switchUser("bob", "zz", event)', "True False",
        'system.security.switchUser("bob", "b")', "TypeError"),
    Row("security.logout", "print system.security.logout()", "None", "system.security.logout(1)", "TypeError"),
    Row("dataset.exportExcel", 'print system.dataset.exportExcel("x.xlsx", True, system.dataset.toDataSet(["a"], [[1]]))',
        "None", 'system.dataset.exportExcel("x.xlsx", True, None)', "TypeError"),
    Row("dataset.exportHTML", 'print system.dataset.exportHTML("x.html", True, system.dataset.toDataSet(["a"], [[1]]), "T")',
        "None", 'system.dataset.exportHTML("x.html", True, None, "T")', "TypeError"),
    # False when the component has no such property to refresh
    Row("db.refresh", 'print system.db.refresh(tank, "nope")', "False", "system.db.refresh(tank)", "TypeError"),
    Row("tag.setOverlaysEnabled", "print system.tag.setOverlaysEnabled(False)", "None",
        "system.tag.setOverlaysEnabled()", "TypeError"),
    Row("util.getReadTimeout", "print system.util.getReadTimeout()", "60000", "system.util.getReadTimeout(1)", "TypeError"),
    # nothing chosen in the save dialog: None (system-file-saveFile: "or None if canceled")
    Row("file.saveFile", 'print system.file.saveFile("report.csv")', "None", "system.file.saveFile(5)",
        "TypeError: saveFile(): filename must be a string"),
    # createPrintJob(component): a job with the manual's defaults, printed on print()
    Row("print.createPrintJob", "job = system.print.createPrintJob(tank)\nprint job.showPrintDialog, job.fitToPage, job.orientation",
        "True True 0", "system.print.createPrintJob(None)", "TypeError"),
    Row("print.getDefaultPrinterName", "print system.print.getDefaultPrinterName()", "Default Printer",
        "system.print.getDefaultPrinterName(1)", "TypeError"),
]

#: The other namespaces' gateway-scope rows (the gateway has users admin and bob, a PLC1 device,
#: an OPC connection "Ignition OPC UA Server", chart Flow in project X and the tank tags).
MORE = [
    Row("net.getHostName", "print system.net.getHostName()", "shim", "system.net.getHostName(1)", "TypeError"),
    Row("net.getIpAddress", "print system.net.getIpAddress()", "127.0.0.1", "system.net.getIpAddress(1)", "TypeError"),
    Row("net.getExternalIpAddress", "print system.net.getExternalIpAddress()", "127.0.0.1",
        "system.net.getExternalIpAddress(1)", "TypeError"),
    # runningOnly defaults to True; no Gateway Network: no remote servers
    Row("net.getRemoteServers", "print system.net.getRemoteServers()", "[]",
        "system.net.getRemoteServers(True, 1)", "TypeError"),
    # only the hosts gateway.json allows: one clear refusal otherwise
    Row("net.httpPut", 'print "refused"', "refused",
        'system.net.httpPut("http://plc.example/x", "data")', "host 'plc.example:80' is not allowed"),
    # fromAddr and to may be left out with a profile; an SMTP server not configured is refused
    Row("net.sendEmail", 'print "refused"', "refused",
        'system.net.sendEmail(smtp="mail.example", subject="s", body="b")', "SMTP server 'mail.example:25' is not allowed"),
    Row("perspective.getProjectInfo", 'i = system.perspective.getProjectInfo()\nprint i["name"]', "X",
        "system.perspective.getProjectInfo(1)", "TypeError"),
    # filters left out: every Perspective session (none open here)
    Row("perspective.getSessionInfo", "print system.perspective.getSessionInfo()", "[]",
        "system.perspective.getSessionInfo(5)", "TypeError: getSessionInfo(): usernameFilter must be"),
    Row("file.fileExists", 'system.file.writeFile("c.txt", "x")\nprint system.file.fileExists("c.txt"), '
        'system.file.fileExists("nope.txt")', "True False",
        "system.file.fileExists(None)", "TypeError: fileExists(): filepath must be a non-empty string"),
    Row("file.getTempFile", 't = system.file.getTempFile("csv")\nprint t.endswith(".csv"), system.file.fileExists(t)',
        "True True", "system.file.getTempFile(None)", "TypeError: getTempFile(): extension must be a string"),
    # append defaults to False: the file is replaced
    Row("file.writeFile", 'system.file.writeFile("w.txt", "one")\nsystem.file.writeFile("w.txt", "two")\n'
        'print system.file.readFileAsString("w.txt")', "two",
        'system.file.writeFile("../w.txt", "x")', "is outside shim's file sandbox"),
    Row("file.readFileAsBytes", 'system.file.writeFile("b.bin", "hi")\nb = system.file.readFileAsBytes("b.bin")\n'
        'print len(b), b[0], b[1]', "2 104 105",
        'system.file.readFileAsBytes("nope.bin")', "java.io.FileNotFoundException: nope.bin"),
    # notes may be left out (client syntax); the ids not acknowledged come back (8.1.15)
    Row("alarm.acknowledge", 'print system.alarm.acknowledge(["no-such-id"])', "[u'no-such-id']",
        'system.alarm.acknowledge("no-such-id")', "TypeError: acknowledge(): alarmIds must be a list"),
    Row("alarm.cancel", "print system.alarm.cancel([])", "None", 'system.alarm.cancel("x")',
        "TypeError: cancel(): alarmIds must be a list"),
    Row("alarm.getRosters", "print system.alarm.getRosters()", "{}", "system.alarm.getRosters(1)", "TypeError"),
    Row("alarm.getShelvedPaths", "print system.alarm.getShelvedPaths()", "[]",
        "system.alarm.getShelvedPaths(1)", "TypeError"),
    # projectName defaults to "alarm-pipelines"
    Row("alarm.listPipelines", "print system.alarm.listPipelines()", "[]",
        "system.alarm.listPipelines(5)", "TypeError: listPipelines(): projectName must be a string"),
    # startDate defaults to 8 hours before now
    Row("alarm.queryJournal", "print system.alarm.queryJournal().getDataset().getColumnNames()",
        "[EventId, Source, DisplayPath, EventTime, EventState, Priority, IsSystemEvent]",
        'system.alarm.queryJournal(startDate="x")', "TypeError"),
    # no timeout: 15 minutes (system-alarm-shelve)
    Row("alarm.shelve", 'system.alarm.shelve(["*Pump*"])\np = system.alarm.getShelvedPaths()[0]\n'
        's = system.date.secondsBetween(system.date.now(), p.getExpiration())\nprint p.getPath(), 890 < s <= 900\n'
        'system.alarm.unshelve(["*Pump*"])', "*Pump* True", 'system.alarm.shelve("x")', "TypeError: shelve(): path must be a list"),
    Row("alarm.unshelve", 'system.alarm.shelve(["*Level*"])\nsystem.alarm.unshelve(["*Level*"])\n'
        "print system.alarm.getShelvedPaths()", "[]", 'system.alarm.unshelve("x")',
        "TypeError: unshelve(): path must be a list"),
    Row("user.getUserSources", 'print " ".join(s.getName() for s in system.user.getUserSources())', "default",
        "system.user.getUserSources(1)", "TypeError"),
    Row("user.getUser", 'print system.user.getUser("", "admin").get("username"), system.user.getUser("", "nobody")',
        "admin None", 'system.user.getUser("nope", "admin")', "User source 'nope' not found"),
    Row("user.getRoles", 'print sorted(system.user.getRoles(""))', "[u'Administrator', u'Operator']",
        'system.user.getRoles("nope")', "User source 'nope' not found"),
    Row("user.getNewUser", 'u = system.user.getNewUser("", "ann")\nprint u.get("username"), system.user.getUser("", "ann")',
        "ann None", 'system.user.getNewUser("nope", "ann")', "User source 'nope' not found"),
    Row("user.addRole", 'print system.user.addRole("", "Eng").getInfos()', "[u\"Role 'Eng' added\"]",
        'system.user.addRole("nope", "Eng")', "User source 'nope' not found"),
    Row("user.editRole", 'system.user.addRole("", "Tmp")\nprint system.user.editRole("", "Tmp", "Tmp2").getInfos()',
        "[u\"Role 'Tmp' renamed to 'Tmp2'\"]", 'system.user.editRole("nope", "a", "b")', "User source 'nope' not found"),
    # a role that is not there: the response carries the error, nothing is raised
    Row("user.removeRole", 'print system.user.removeRole("", "Missing").getErrors()', "[u\"Role 'Missing' not found\"]",
        'system.user.removeRole("nope", "x")', "User source 'nope' not found"),
    Row("user.removeUser", 'print system.user.removeUser("", "nobody").getErrors()', "[u\"User 'nobody' not found\"]",
        'system.user.removeUser("nope", "x")', "User source 'nope' not found"),
    Row("user.editUser", 'print system.user.editUser("", system.user.getNewUser("", "zed")).getErrors()',
        "[u\"User 'zed' not found\"]", 'system.user.editUser("", None)', "TypeError"),
    Row("user.getScheduleNames", "print system.user.getScheduleNames()", "[u'Always']",
        "system.user.getScheduleNames(1)", "TypeError"),
    Row("user.getSchedule", 'print system.user.getSchedule("Always").getName(), system.user.getSchedule("Nope")',
        "Always None", "system.user.getSchedule()", "TypeError"),
    Row("user.getHolidayNames", "print system.user.getHolidayNames()", "[]", "system.user.getHolidayNames(1)", "TypeError"),
    Row("user.getHolidays", "print system.user.getHolidays()", "[]", "system.user.getHolidays(1)", "TypeError"),
    Row("user.getHoliday", 'print system.user.getHoliday("Nope")', "None", "system.user.getHoliday()", "TypeError"),
    # date defaults to now; the built-in "Always" schedule covers every moment
    Row("user.getScheduledUsers", 'print sorted(u.get("username") for u in system.user.getScheduledUsers(""))',
        "[u'admin', u'bob']", 'system.user.getScheduledUsers("nope")', "User source 'nope' not found"),
    Row("user.isUserScheduled", 'print system.user.isUserScheduled(system.user.getUser("", "admin"))', "True",
        'system.user.isUserScheduled("admin")', "TypeError: isUserScheduled(): user must come from getUser"),
    Row("user.removeSchedule", 'print system.user.removeSchedule("Nope").getErrors()', "[u'Schedule \"Nope\" not found.']",
        "system.user.removeSchedule()", "TypeError"),
    Row("user.editSchedule", 's = system.user.getSchedule("Always")\nprint system.user.editSchedule("Always", s).getErrors()',
        "[]", 'system.user.editSchedule("Nope", None)', "TypeError: editSchedule(): schedule must be a schedule model"),
    # description is optional; a part that does not exist is an error in the response
    Row("user.addCompositeSchedule", 'print system.user.addCompositeSchedule("Both", "Always", "Always").getInfos(), '
        'system.user.addCompositeSchedule("C2", "Nope", "Always").getErrors()',
        "[u'New schedule \"Both\" added.'] [u'Schedule \"Nope\" not found.']",
        'system.user.addCompositeSchedule(None, "Always", "Always")', "TypeError"),
    Row("opc.getServers", "print system.opc.getServers()", "[u'Ignition OPC UA Server']",
        "system.opc.getServers(1, 2)", "TypeError"),
    Row("opc.getServerState", 'print system.opc.getServerState("Ignition OPC UA Server"), '
        'system.opc.getServerState("Nope")', "CONNECTED None", "system.opc.getServerState()", "TypeError"),
    # an item no tag maps: the value is None with Bad_NotConnected (no OPC server behind it)
    Row("opc.readValue", 'q = system.opc.readValue("Ignition OPC UA Server", "ns=1;s=Nope")\nprint q.value, q.quality',
        "None Bad_NotConnected", 'system.opc.readValue("Ignition OPC UA Server")', "TypeError"),
    Row("opc.readValues", 'print [q.quality for q in system.opc.readValues("Ignition OPC UA Server", ["ns=1;s=Nope"])]',
        "[Bad_NotConnected]", 'system.opc.readValues("Ignition OPC UA Server", "x")',
        "TypeError: readValues(): itemPaths must be a list"),
    Row("opc.writeValue", 'print system.opc.writeValue("Ignition OPC UA Server", "ns=1;s=Nope", 1)', "Bad_NotConnected",
        'system.opc.writeValue("Ignition OPC UA Server", "ns=1;s=Nope")', "TypeError"),
    Row("opc.writeValues", 'print system.opc.writeValues("Ignition OPC UA Server", ["ns=1;s=Nope"], [1])',
        "[Bad_NotConnected]", 'system.opc.writeValues("Ignition OPC UA Server", ["ns=1;s=Nope"], [1, 2])',
        "ValueError: writeValues(): 1 item paths but 2 values"),
    Row("opc.setServerEnabled", 'print system.opc.setServerEnabled("Ignition OPC UA Server", True)', "None",
        'system.opc.setServerEnabled("Nope", True)', "no OPC connection named 'Nope'"),
    # browse() with no filters: the items of every server (none mapped here)
    Row("opc.browse", "print system.opc.browse()", "[]", "system.opc.browse(5)", "TypeError"),
    Row("opc.browseServer", 'print system.opc.browseServer("Ignition OPC UA Server", "")', "[]",
        'system.opc.browseServer("Ignition OPC UA Server")', "TypeError"),
    Row("opc.browseSimple", 'print system.opc.browseSimple("Ignition OPC UA Server", "", "", "")', "[]",
        'system.opc.browseSimple("Ignition OPC UA Server")', "TypeError"),
    Row("project.getProjectNames", "print system.project.getProjectNames()", "[u'X']",
        "system.project.getProjectNames(1)", "TypeError"),
    Row("project.requestScan", "print system.project.requestScan()", "None",
        'system.project.requestScan("x")', "TypeError: requestScan(): timeout must be a number of seconds"),
    # chartPath left out: every running chart
    Row("sfc.getRunningCharts", 'i = system.sfc.startChart("Flow", {})\nprint system.sfc.getRunningCharts().rowCount > 0, '
        'system.sfc.getRunningCharts("Nope").rowCount\nsystem.sfc.cancelChart(i)', "True 0",
        "system.sfc.getRunningCharts(5)", "TypeError: getRunningCharts(): chartPath must be a string"),
    Row("sfc.getVariables", 'i = system.sfc.startChart("X", "Flow", {"batch": 4})\nv = system.sfc.getVariables(i)\n'
        'print v["batch"], v["chartPath"], v["instanceId"] == i\nsystem.sfc.cancelChart(i)', "4 Flow True",
        'system.sfc.getVariables("nope")', "getVariables(): no chart instance with id nope"),
    Row("sfc.pauseChart", 'i = system.sfc.startChart("Flow", {})\nsystem.sfc.pauseChart(i)\n'
        'print system.sfc.getRunningCharts("Flow").getValueAt(0, "chartState")\nsystem.sfc.cancelChart(i)', "Paused",
        'system.sfc.pauseChart("nope")', "KeyError"),
    Row("sfc.setVariable", 'i = system.sfc.startChart("Flow", {})\nsystem.sfc.setVariable(i, "speed", 3)\n'
        'print system.sfc.getVariables(i)["speed"]\nsystem.sfc.cancelChart(i)', "3",
        'system.sfc.setVariable("nope", "speed", 3)', "no chart instance with id nope"),
    Row("sfc.setVariables", 'i = system.sfc.startChart("Flow", {})\nsystem.sfc.setVariables(i, {"a": 1})\n'
        'print system.sfc.getVariables(i)["a"]\nsystem.sfc.cancelChart(i)', "1",
        'i = system.sfc.startChart("Flow", {})\nsystem.sfc.setVariables(i, None, [1])', "TypeError"),
    Row("sfc.redundantCheckpoint", 'i = system.sfc.startChart("Flow", {})\nprint system.sfc.redundantCheckpoint(i)\n'
        'system.sfc.cancelChart(i)', "None", 'system.sfc.redundantCheckpoint("nope")', "no chart instance with id nope"),
    # projectName left out in a project's own script: its project
    Row("sfc.startChart", 'i = system.sfc.startChart("Flow", {})\nprint len(i)\nsystem.sfc.cancelChart(i)', "36",
        'system.sfc.startChart("X", "Nope", {})', "chart 'Nope' not found in project 'X'"),
    Row("device.listDevices", 'ds = system.device.listDevices()\nprint ds.getColumnNames(), ds.getValueAt(0, "Name")',
        "[Name, Enabled, State, Driver] PLC1", "system.device.listDevices(1)", "TypeError"),
    Row("device.refreshBrowse", 'print system.device.refreshBrowse("PLC1")', "None",
        'system.device.refreshBrowse("Nope")', "Device 'Nope' not found."),
    Row("device.restart", 'print system.device.restart("PLC1")', "None", 'system.device.restart("Nope")',
        "Device 'Nope' not found."),
    Row("device.setDeviceEnabled", 'system.device.setDeviceEnabled("PLC1", False)\n'
        'print system.device.listDevices().getValueAt(0, "Enabled")\nsystem.device.setDeviceEnabled("PLC1", True)',
        "False", 'system.device.setDeviceEnabled("Nope", True)', "Device 'Nope' not found."),
    Row("device.setDeviceHostname", 'print system.device.setDeviceHostname("PLC1", "10.0.0.6")', "None",
        'system.device.setDeviceHostname("Nope", "h")', "Device 'Nope' not found."),
    Row("device.removeDevice", 'system.device.addDevice("ModbusTcp", "Tmp", {"hostname": "10.0.0.9"})\n'
        'system.device.removeDevice("Tmp")\nprint system.device.listDevices().rowCount', "1",
        'system.device.removeDevice("Nope")', "Device 'Nope' not found."),
    # no HDA server: empty answers and Bad_NotConnected
    Row("opchda.getServers", "print system.opchda.getServers()", "[]", "system.opchda.getServers(1)", "TypeError"),
    Row("opchda.browse", 'print system.opchda.browse("Matrikon")', "[]", "system.opchda.browse()", "TypeError"),
    Row("opchda.getAggregates", 'print system.opchda.getAggregates("Matrikon")', "[]",
        "system.opchda.getAggregates()", "TypeError"),
    Row("opchda.getAttributes", 'print system.opchda.getAttributes("Matrikon")', "[]",
        "system.opchda.getAttributes()", "TypeError"),
    Row("opchda.insert", 'print system.opchda.insert("Matrikon", "a", 1, system.date.now(), 192)', "Bad_NotConnected",
        'system.opchda.insert("Matrikon", "a", 1)', "TypeError"),
    Row("opchda.insertReplace", 'print system.opchda.insertReplace("Matrikon", "a", 1, system.date.now(), 192)',
        "Bad_NotConnected", 'system.opchda.insertReplace("Matrikon", "a")', "TypeError"),
    Row("opchda.readAttributes", 'r = system.opchda.readAttributes("Matrikon", "a", [1], d, t)\n'
        "print len(r), r[0].serviceResult", "1 Bad_NotConnected", 'system.opchda.readAttributes("Matrikon", "a")', "TypeError"),
    # every report function: one clear "not emulated" error (README: needs the Reporting module)
    Row("report.getReportNamesAsList", 'print "needs the module"', "needs the module",
        "system.report.getReportNamesAsList()", "needs Ignition's Reporting module"),
]

NAMESPACES = {"date": DATE, "math": MATH, "tag": TAG, "dataset": DATASET, "util": UTIL, "db": DB_ROWS, "more": MORE}


@pytest.fixture(scope="module")
def gateway_scope(tmp_path_factory):
    """The gateway of project X (8.1) and its gateway-scope script host."""
    root = write_tree(tmp_path_factory.mktemp("contracts") / "projects", {
        "X/project.json": {"ignition": "8.1"},
        "_gateway/users.json": {"users": {"admin": {"password": "pw", "roles": ["Administrator"]},
                                          "bob": {"password": "b", "roles": ["Operator"]}}},
        "_gateway/tags.json": TAGS, "_gateway/db.json": DB, "_gateway/schema.sql": SCHEMA,
        "X/namedqueries/Rename.sql": "UPDATE t SET name = :name WHERE id = 1",
        "X/namedqueries/Rename.json": {"type": "UpdateQuery"},
        "X/sfc/Flow.py": "def onStart(chart):\n    chart.started = True\n",
        "_gateway/gateway.json": {"devices": {"PLC1": {"type": "ModbusTcp", "hostname": "10.0.0.5"}},
                                  "opcServers": ["Ignition OPC UA Server"]},
    })
    gateway = Gateway(root, synchronous=True)
    yield gateway, gateway.host("X")
    gateway.close()


def run_script(scope, source: str) -> tuple[bool, list[str], list[str]]:
    """Run ``source`` (after PRELUDE) as a script of ``scope``: (succeeded, printed, error lines)."""
    gateway, host = scope
    out, err = [], []
    ok = Interpreter(gateway, host, out.append, err.append).run_script(PRELUDE + source, "<contract>")
    return ok, out, err


def _rows(namespace: str) -> list:
    return [pytest.param(row, id=f"{namespace}.{row.function}") for row in NAMESPACES[namespace]]


@pytest.mark.parametrize("row", [p for ns in ("tag", "db", "dataset", "date", "util", "math", "more") for p in _rows(ns)])
def test_gateway_function_contract(gateway_scope, row):
    ok, out, err = run_script(gateway_scope, row.call)
    assert ok, "\n".join(err)
    assert " | ".join(out) == row.expected
    ok, out, err = run_script(gateway_scope, row.error)
    assert not ok, f"{row.error!r} did not fail: {out}"
    assert row.raises in "\n".join(err)


WINDOWS = {"Main": {"root": {"components": {"Tank": {"value": 5, "x": 10, "y": 20}, "Button": {"x": 1, "y": 2}}}},
           "Popup": {"root": {"components": {}}}}


@pytest.mark.parametrize("row", [pytest.param(row, id=row.function) for row in CLIENT])
def test_vision_client_function_contract(gateway_scope, row):
    """Each row in a new Vision client session (user admin); ``event`` comes from Main's Button
    (at x=1, y=2 in a root container at the window's origin)."""
    from runtime.backends.ui import ui

    gateway, _ = gateway_scope
    for source, must_fail in ((row.call, False), (row.error, True)):
        session = gateway.open_client("X", user="admin")
        screen = ui(session)
        for name, definition in WINDOWS.items():
            screen.define(name, definition)
        out, err = [], []
        interpreter = Interpreter(gateway, gateway.session_host(session), out.append, err.append)
        assert interpreter.run_script(CLIENT_PRELUDE, "<open>"), "\n".join(err)
        interpreter.namespace["event"] = screen.event("Main", "Button")
        ok = interpreter.run_script(source, "<contract>")
        if must_fail:
            assert not ok, f"{source!r} did not fail: {out}"
            assert row.raises in "\n".join(err)
        else:
            assert ok, "\n".join(err)
            assert " | ".join(out) == row.expected


def _function_of(namespace: str, row: Row) -> str:
    """``system.NS.NAME`` of a row (rows outside date/math/tag/... carry "ns.NAME")."""
    return f"system.{row.function}" if "." in row.function else f"system.{namespace}.{row.function}"


def test_every_row_calls_the_exported_function_it_names():
    """A row whose name is not an export, or whose call or error case does not call it, would
    check nothing about the function it claims."""
    import importlib

    rows = [(ns, row) for ns, table in NAMESPACES.items() for row in table] + [("", row) for row in CLIENT]
    seen = set()
    for namespace, row in rows:
        qualname = _function_of(namespace, row)
        _, ns, name = qualname.split(".")
        assert name in importlib.import_module(f"system.{ns}").__all__, qualname
        assert f"{qualname}(" in row.call or f"{qualname}(" in row.error, qualname
        assert qualname not in seen, f"two rows for {qualname}"
        seen.add(qualname)
    assert len(seen) == len(rows) > 200
