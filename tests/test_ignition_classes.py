"""Ignition's own Java classes under their real package paths (``com.inductiveautomation.*``):
the very types system.dataset, system.db, system.util.getLogger, tag reads and system.user hand
out, so ``isinstance`` works both ways, with Ignition's method names. Jython cannot run these
without Ignition's jars, so they are checked against the manual and the javadocs (cited per
test), through real handlers on a gateway, plus escape attempts through every class.
"""
from __future__ import annotations

import pytest

from runtime.emulated import ignition
from runtime.scripts.sandbox.policy import IGNITION_CLASSES
from systemkit import handler_files, leak_probe, run_one
from test_system_user_schedules import PRINT_RESPONSE, USERS

TAGS = {"tags": [{"name": "Line1", "tagType": "Folder", "tags": [
    {"name": "Speed", "tagType": "AtomicTag", "dataType": "Int4", "value": 1500}]}]}

#: a plant-style script library: one module, shared helpers, logging in every function,
#: ``except Exception, e`` and the Java imports real projects carry at the top
LIBRARY = '''
from com.inductiveautomation.ignition.common import BasicDataset, Dataset, TypeUtilities
from com.inductiveautomation.ignition.common.util import DatasetBuilder, LogUtil
from com.inductiveautomation.ignition.common.script.builtin.DatasetUtilities import PyDataSet
from com.inductiveautomation.ignition.common.model.values import QualityCode
from com.inductiveautomation.ignition.common.tags.paths.parser import TagPathParser
from com.inductiveautomation.ignition.client.gateway_interface import GatewayException
from java.lang import String, Integer, Double

logger = LogUtil.getLogger("Plant.Reports")


def asDataset(data):
    """Accept a PyDataSet or a Dataset, as helpers in real projects do."""
    if isinstance(data, PyDataSet):
        return data.getUnderlyingDataset()
    if isinstance(data, Dataset):
        return data
    raise TypeError("not a dataset: %r" % (data,))


def summary(paths):
    logger.infof("summarising %d tags", len(paths))
    builder = DatasetBuilder.newBuilder().colNames("tag", "folder", "value", "good")
    builder = builder.colTypes(String, String, Double, Integer)
    values = system.tag.readBlocking(paths)
    for path, qv in zip(paths, values):
        parsed = TagPathParser.parse(path)
        good = qv.quality == QualityCode.Good
        value = TypeUtilities.toDouble(qv.value) if good else None
        builder.addRow(parsed.getItemName(), parsed.getParentPath().toStringPartial(), value,
                       TypeUtilities.toInteger(good))
        if not good:
            logger.warn("bad quality on %s: %s" % (parsed.toStringFull(), qv.quality))
    return builder.build()


def total(data):
    ds = asDataset(data)
    result = 0.0
    for row in range(ds.getRowCount()):
        try:
            result += ds.getValueAt(row, "value")
        except Exception, e:
            logger.debug("skipping row %d: %s" % (row, e))
        except GatewayException, e:
            logger.error("gateway failed: %s" % e)
    return result
'''


def _gateway(make_gateway, source: str, **extra: object):
    files = handler_files(source, semantics="8.1")
    files["X/library/reports.py"] = LIBRARY
    files["_gateway/tags.json"] = TAGS
    files.update(extra)
    return make_gateway(files, synchronous=True)


def test_a_plant_library_built_on_ignition_classes_runs(make_gateway):
    """DatasetBuilder (javadoc: newBuilder/colNames/colTypes/addRow/build), TagPathParser and
    TagPath (8.1 manual "Tag Paths": ``[provider]folder/tag.property``), QualityCode's static
    fields, TypeUtilities' coercions and LogUtil's logger, as one real module uses them."""
    gw = _gateway(make_gateway, '''
import reports
ds = reports.summary(["[default]Line1/Speed", "[default]Line1/Missing"])
print ds, ds.getColumnType(2).getName(), ds.getValueAt(0, "tag"), ds.getValueAt(0, "folder")
print ds.getValueAt(0, "value"), ds.getValueAt(1, "value"), ds.getValueAt(1, "good")
py = system.dataset.toPyDataSet(ds)
print reports.total(py), reports.total(ds)
try:
    reports.asDataset([1, 2])
except TypeError, e:
    print "refused:", e
''')
    run = run_one(gw)
    assert run.output == ["Dataset [2R x 4C] java.lang.Double Speed Line1", "1500.0 None 0",
                          "1500.0 1500.0", "refused: not a dataset: [1, 2]"]
    logged = [(r.level, r.logger, r.message) for r in gw.log.records if r.logger == "Plant.Reports"]
    assert logged == [("INFO", "Plant.Reports", "summarising 2 tags"),
                      ("WARN", "Plant.Reports", "bad quality on [default]Line1/Missing: Bad_NotFound")]


def test_the_classes_are_the_types_the_runtime_returns(make_gateway):
    """isinstance both ways: what system.* returns is an instance of the imported class, and
    what a script builds with the class is accepted by system.* as its own."""
    gw = _gateway(make_gateway, '''
from com.inductiveautomation.ignition.common import BasicDataset, Dataset
from com.inductiveautomation.ignition.common.script.builtin import DatasetUtilities
from com.inductiveautomation.ignition.common.util import LoggerEx
from com.inductiveautomation.ignition.common.model.values import QualityCode, BasicQualifiedValue
from com.inductiveautomation.ignition.common.user.schedule import HolidayModel, BasicScheduleModel
from java.lang import String, Integer
ds = system.dataset.toDataSet(["a"], [[1]])
py = system.dataset.toPyDataSet(ds)
print isinstance(ds, BasicDataset), isinstance(py, DatasetUtilities.PyDataSet), isinstance(ds, Dataset), isinstance(py, Dataset)
print ds.getClass().getName(), py.getClass().getName()
qv = system.tag.readBlocking(["Line1/Speed"])[0]
print isinstance(qv, BasicQualifiedValue), isinstance(qv.quality, QualityCode), qv.quality == QualityCode.Good
print qv.quality.getCode() == QualityCode.Good.getCode(), QualityCode(192), QualityCode.getQualityFor(-2147483129)
print isinstance(system.util.getLogger("Plant"), LoggerEx), isinstance(system.user.getHoliday("Labor Day"), HolidayModel)
print isinstance(system.user.getSchedule("Weekdays"), BasicScheduleModel)
mine = BasicDataset(["name", "count"], [String, Integer], [["a", "b", "c"], [1, 2, 3]])
print mine, system.dataset.toCSV(system.dataset.addRow(mine, ["d", 4])).count("\\n")
print BasicDataset(mine).getValueAt(2, "count"), DatasetUtilities.toPyDataSet(mine)[1]["name"]
system.tag.writeBlocking(["Line1/Speed"], [BasicQualifiedValue(1200).value])
print system.tag.readBlocking(["Line1/Speed"])[0].value
''', **USERS)
    assert run_one(gw).output == [
        "True True True False",
        "com.inductiveautomation.ignition.common.BasicDataset "
        "com.inductiveautomation.ignition.common.script.builtin.DatasetUtilities$PyDataSet",
        "True True True", "True Good Bad_NotFound", "True True", "True",
        "Dataset [3R x 2C] 5", "3 b", "1200"]


def test_manual_add_holiday_example_runs_as_written(make_gateway):
    """The 8.1 manual's system.user.addHoliday example, word for word: HolidayModel imported
    from com.inductiveautomation.ignition.common.user.schedule, a deprecated java.util.Date
    constructor, and the documented output."""
    gw = _gateway(make_gateway, PRINT_RESPONSE + '''
from com.inductiveautomation.ignition.common.user.schedule import HolidayModel
from java.util import Date
holidayName = "Groundhog Day"
d = Date(2016 - 1900, 2, 2) # java dates start in 1900
repeatAnnually = False
myHoliday = HolidayModel(holidayName, d, repeatAnnually)
response = system.user.addHoliday(myHoliday)

warnings = response.getWarns()
print "Warnings are:"
printResponse(warnings)

errors = response.getErrors()
print "Errors are:"
printResponse(errors)

infos = response.getInfos()
print "Infos are:"
printResponse(infos)
print system.user.getHoliday("Groundhog Day").getDate()
''', **USERS)
    assert run_one(gw).output == ["Warnings are:", " None", "Errors are:", " None", "Infos are:",
                                  ' New holiday "Groundhog Day" added.', "Wed Mar 02 00:00:00 UTC 2016"]


def test_tag_paths_parse_as_the_manual_writes_them(run):
    """8.1 manual, "Tag Paths": ``[Tag Provider]folder/path/tag.property``; no provider, and a
    path that is not one."""
    out = run('''
from com.inductiveautomation.ignition.common.tags.paths.parser import TagPathParser
from com.inductiveautomation.ignition.common.tags.model import TagPath
p = TagPathParser.parse("[edge]Area 1/Line1/Motor.Quality")
print p.getSource(), p.getItemName(), p.getPathLength(), p.getPathComponent(0), p.getProperty()
print p.getParentPath(), p.getChildPath("Amps"), p.toStringPartial(), isinstance(p, TagPath)
q = TagPathParser.parse("Line1/Speed")
print q.getSource(), q, TagPathParser.parse("default", "Line1/Speed")
print q.getParentPath().isAncestorOf(q), q == TagPathParser.parse("line1/SPEED")
print TagPathParser.parseSafe("[a]b]c")
try:
    TagPathParser.parse("[a]b]c")
except Exception, e:
    print "never"
except:
    print "IllegalArgumentException"
''')
    assert out == ("edge Motor 3 Area 1 Quality\n"
                   "[edge]Area 1/Line1 [edge]Area 1/Line1/Motor/Amps Area 1/Line1/Motor.Quality True\n"
                   "None Line1/Speed [default]Line1/Speed\nTrue True\nNone\nIllegalArgumentException\n")


@pytest.mark.parametrize("source, line", [
    ("from com.inductiveautomation.ignition.common import Foo",
     "NotEmulatedImportError: com.inductiveautomation.ignition.common.Foo is not emulated by shim"),
    ("import com.inductiveautomation.ignition.common.config.BoundValue as BoundValue",
     "NotEmulatedImportError: com.inductiveautomation.ignition.common.config.BoundValue is not emulated by shim"),
    ("from com.inductiveautomation.factorypmi.application.script.builtin import ClientSystemUtilities",
     "NotEmulatedImportError: com.inductiveautomation.factorypmi.application.script.builtin."
     "ClientSystemUtilities is not emulated by shim"),
])
def test_other_ignition_classes_say_they_are_not_emulated(run, source, line):
    assert run(source + "\nprint 'imported'\n") == line + "\n"


def test_a_class_imports_as_a_module_as_in_jython(run):
    out = run("import com.inductiveautomation.ignition.common.TypeUtilities as TypeUtilities\n"
              "import com.inductiveautomation.ignition.common.util.LogUtil\n"
              "print TypeUtilities.toBool('true'), TypeUtilities.coerce('7', int) + 1\n"
              "print com.inductiveautomation.ignition.common.util.LogUtil.getLogger('a').getName()\n")
    assert out == "True 8\na\n"


def test_policy_lists_exactly_the_emulated_classes():
    assert {p: tuple(sorted(n)) for p, n in ignition.PACKAGES.items()} == \
        {p: tuple(sorted(n)) for p, n in IGNITION_CLASSES.items()}


ESCAPES = [
    "BasicDataset.__init__.__globals__", "BasicDataset.of.__func__", "DatasetBuilder.newBuilder.__globals__",
    "LogUtil.getLogger.__globals__['current']", "TagPathParser.parse.__globals__",
    "TypeUtilities.pyToJava.__globals__", "type(QualityCode.Good).mro()[-1].__subclasses__()", "QualityCode.__subclasses__()",
    "BasicDataset([], []).getClass().__subclasses__()", "BasicDataset([], [])._rows",
    "LogUtil.getLogger('a')._log", "LogUtil.getLogger('a')._level", "getattr(QualityCode, '__dict__')",
    "DatasetUtilities.PyDataSet.__bases__[0].__subclasses__()", "ia.__class__.__getattr__",
    "getattr(ia, '_shim_internal')", "type(ia).__dict__", "type(ia).__getattr__", "HolidayModel('a')._date",
    "type(LogUtil.getLogger('a'))._log.__globals__['current']", "getattr(TypeUtilities, 'pyToJava').__globals__",
    "DatasetBuilder.newBuilder().__class__.__init__.__globals__['importlib']",
    "BasicDataset([], []).getClass().getName.__self__.__subclasses__()", "ia.ignition.common.sys",
    "ia.ignition.common.dataset", "ia.ignition.common.BasicDataset.__module__.__class__.__subclasses__()",
    "DataQuality.GOOD_DATA._name", "DataQuality.fromIntValue.__globals__", "type(DataQuality.STALE).__subclasses__()",
    "DataQuality.GOOD_DATA.getQualityCode.__func__.__globals__", "DataQuality.values()[0].__reduce__()",
]


def test_escape_attempts_through_the_classes_are_refused(run):
    source = ("from com.inductiveautomation.ignition.common import BasicDataset, TypeUtilities\n"
              "from com.inductiveautomation.ignition.common.util import DatasetBuilder, LogUtil\n"
              "from com.inductiveautomation.ignition.common.script.builtin import DatasetUtilities\n"
              "from com.inductiveautomation.ignition.common.model.values import QualityCode\n"
              "from com.inductiveautomation.ignition.common.tags.paths.parser import TagPathParser\n"
              "from com.inductiveautomation.ignition.common.user.schedule import HolidayModel\n"
              "from com.inductiveautomation.ignition.common.sqltags.model.types import DataQuality\n"
              "import com.inductiveautomation as ia\n")
    out = run(source + leak_probe(*ESCAPES)).splitlines()
    assert len(out) == len(ESCAPES) and "LEAK" not in out, list(zip(ESCAPES, out))


@pytest.mark.parametrize("statement", [
    "QualityCode.Good = QualityCode.Bad", "DatasetUtilities.PyDataSet = list",
    "LogUtil.getLogger = len", "BasicDataset.toString = lambda self: 'x'",
    "QualityCode.Good._name = 'Bad'", "HolidayModel.__init__ = None",
    "DataQuality.GOOD_DATA = DataQuality.STALE", "DataQuality.STALE.intValue = 192",
])
def test_the_shared_classes_cannot_be_changed_by_a_script(run, statement):
    source = ("from com.inductiveautomation.ignition.common import BasicDataset\n"
              "from com.inductiveautomation.ignition.common.util import LogUtil\n"
              "from com.inductiveautomation.ignition.common.script.builtin import DatasetUtilities\n"
              "from com.inductiveautomation.ignition.common.model.values import QualityCode\n"
              "from com.inductiveautomation.ignition.common.user.schedule import HolidayModel\n"
              "from com.inductiveautomation.ignition.common.sqltags.model.types import DataQuality\n")
    out = run(source + statement + "\n")
    assert out.count("\n") == 1 and ("Error" in out or "Refused" in out), out
    assert run(source + "print QualityCode.Good, DatasetUtilities.PyDataSet.getSimpleName()\n") == \
        "Good DatasetUtilities$PyDataSet\n"


def test_7_9_data_quality_constants_and_their_8x_codes(run):
    """7.9's ``DataQuality`` enum (sqltags.model.types): the 7.9 manual's forceQuality page fixes
    GOOD (192) and 410 (disabled); the rest of the table is the one Ignition modules mirror
    (see runtime/emulated/ignition/dataquality.py). A 7.x library that classifies the integers
    its tag history holds, and the 8.x QualityCode each maps to."""
    out = run('''
from com.inductiveautomation.ignition.common.sqltags.model.types import DataQuality
from com.inductiveautomation.ignition.common.model.values import QualityCode
from java.lang import IllegalArgumentException

def classify(code):
    try:
        q = DataQuality.fromIntValue(code)
        return "%s=%d good=%s 8x=%s" % (q, q.getIntValue(), q.isGood(), q.getQualityCode())
    except Exception, e:
        return "cannot classify %r: %s" % (code, e)

print DataQuality.GOOD_DATA.getIntValue(), DataQuality.GOOD_DATA.isGood(), DataQuality.GOOD_DATA
for code in (192, 410, 500, 404, 0, 12, 68, 216, 600, 12345):
    print classify(code)
print DataQuality.valueOf("STALE") is DataQuality.STALE, len(DataQuality.values()), DataQuality.STALE.name()
print DataQuality.GOOD_DATA.getQualityCode() == QualityCode.Good, DataQuality.getQualityFor(301)
try:
    DataQuality.valueOf("BAD")
except IllegalArgumentException, e:
    print e.getClass().getName()
''')
    assert out.splitlines() == [
        "192 True GOOD_DATA", "GOOD_DATA=192 good=True 8x=Good", "DISABLED=410 good=False 8x=Bad_Disabled",
        "STALE=500 good=False 8x=Bad_Stale", "NOT_FOUND=404 good=False 8x=Bad_NotFound",
        "OPC_BAD_DATA=0 good=False 8x=Bad", "OPC_DEVICE_FAILURE=12 good=False 8x=Bad",
        "OPC_UNCERTAIN_SHOWING_LAST=68 good=False 8x=Uncertain_LastKnownValue",
        "OPC_GOOD_WITH_LOCAL_OVERRIDE=216 good=True 8x=Good", "UNKNOWN=600 good=False 8x=Uncertain",
        "UNKNOWN=600 good=False 8x=Uncertain", "True 36 STALE", "True COMM_ERROR",
        "java.lang.IllegalArgumentException"]


def test_a_script_class_extends_pydataset(run):
    """Plant code wraps query results in its own PyDataSet subclass (DatasetUtilities.PyDataSet
    is an ordinary Jython-visible class with a ``PyDataSet(dataset)`` constructor)."""
    out = run('''
from com.inductiveautomation.ignition.common.script.builtin import DatasetUtilities
from com.inductiveautomation.ignition.common import BasicDataset
from java.lang import String, Integer
class Orders(DatasetUtilities.PyDataSet):
    def __init__(self, ds):
        super(Orders, self).__init__(ds)
        self.source = "mes"
    def late(self):
        return [row["id"] for row in self if row["days"] > 2]
o = Orders(BasicDataset(["id", "days"], [String, Integer], [["a", "b", "c"], [1, 5, 3]]))
print o.late(), o.source, len(o), o.getRowCount(), isinstance(o, DatasetUtilities.PyDataSet)
print system.dataset.toDataSet(o).getValueAt(2, "days")
''')
    assert out == "[u'b', u'c'] mes 3 3 True\n3\n"


def test_basic_dataset_set_value_at_changes_only_that_dataset(make_gateway):
    """The Vision idiom ``ds = BasicDataset(table.data); ds.setValueAt(r, c, v)`` (javadoc,
    BasicDataset.setValueAt): the copy changes, the original and what other scripts were sent
    do not; a dataset tag read twice gives two independent copies."""
    gw = _gateway(make_gateway, '''
from com.inductiveautomation.ignition.common import BasicDataset
original = system.dataset.toDataSet(["line", "count"], [["L1", 1], ["L2", 2]])
ds = BasicDataset(original)
ds.setValueAt(1, "count", 20)
ds.setValueAt(0, 0, "Line 1")
print original.getValueAt(1, 1), ds.getValueAt(1, 1), ds.getValueAt(0, "line"), ds.getRowCount()
try:
    ds.setValueAt(5, 0, "x")
except:
    print "out of bounds"
system.tag.writeBlocking(["Line1/Counts"], [ds])
first = system.tag.readBlocking(["Line1/Counts"])[0].value
first.setValueAt(0, 1, 99)
print system.tag.readBlocking(["Line1/Counts"])[0].value.getValueAt(0, 1)
''', **{"_gateway/tags.json": {"tags": [{"name": "Line1", "tagType": "Folder", "tags": [
        {"name": "Counts", "tagType": "AtomicTag", "dataType": "DataSet"}]}]}})
    assert run_one(gw).output == ["2 20 Line 1 2", "out of bounds", "1"]


def test_basic_dataset_setters_change_that_dataset_only(make_gateway):
    """BasicDataset's other setters (8.1 javadoc, BasicDataset and AbstractDataset:
    setDataDirectly, setAllDirectly, setColumnNames, setColumnTypes; getData is
    ``data[column][row]``): they change that object in place; the dataset it was copied from,
    a tag written with it and a value read back stay as they were."""
    gw = _gateway(make_gateway, '''
from com.inductiveautomation.ignition.common import BasicDataset
from java.lang import String, Integer, Double
logger = system.util.getLogger("Plant.Rework")

def relabel(ds, prefix):
    try:
        names = [prefix + n for n in ds.getColumnNames()]
        ds.setColumnNames(names)
        logger.info("relabelled %s" % names)
    except Exception, e:
        logger.error("relabel failed: %s" % e)
    return ds

original = system.dataset.toDataSet(["line", "count"], [["L1", 1], ["L2", None]])
ds = relabel(BasicDataset(original), "shift_")
print ds.getColumnNames(), original.getColumnNames(), ds.columnContainsNulls(1), ds.datasetContainsNulls()
ds.setDataDirectly([["A", "B", "C"], [7, 8, 9]])
print ds.getRowCount(), ds.getValueAt(2, "shift_count"), original.getRowCount(), ds.getData()
ds.setColumnTypes([String, Double])
print ds.getColumnType(1).getSimpleName(), original.getColumnType(1).getSimpleName()
system.tag.writeBlocking(["Line1/Counts"], [ds])
ds.setAllDirectly(["x"], [Integer], [[1, 2]])
print ds.getColumnNames(), ds.getRowCount(), ds.datasetContainsNulls()
stored = system.tag.readBlocking(["Line1/Counts"])[0].value
print stored.getColumnNames(), stored.getRowCount()
stored.setDataDirectly([["Z"], [0]])
print system.tag.readBlocking(["Line1/Counts"])[0].value.getRowCount()
for bad in [lambda: ds.setColumnNames(["a", "b"]), lambda: ds.setDataDirectly([[1], [2, 3]]),
            lambda: ds.setAllDirectly(["a", "b"], [Integer], [[1], [2]])]:
    try:
        bad()
    except:
        print "IllegalArgumentException"
''', **{"_gateway/tags.json": {"tags": [{"name": "Line1", "tagType": "Folder", "tags": [
        {"name": "Counts", "tagType": "AtomicTag", "dataType": "DataSet"}]}]}})
    assert run_one(gw).output == [
        "[shift_line, shift_count] [line, count] True True",
        "3 9 2 [[u'A', u'B', u'C'], [7, 8, 9]]", "Double Integer", "[x] 2 False",
        "[shift_line, shift_count] 3", "3"] + ["IllegalArgumentException"] * 3
