"""Datasets: BasicDataset/PyDataSet behaviour and every system.dataset function.

Expected values follow the Ignition manual (system.dataset.*, "Datasets"): datasets are
immutable, column names match case-insensitively in getValueAt, toCSV quotes every value,
fromCSV reads the #NAMES/#TYPES/#ROWS block, index errors are IndexError.
"""
from __future__ import annotations

import json

import pytest

import system.dataset as sds
from runtime.emulated.ignition.dataset import (BasicDataset, DatasetError, PyDataSet, dataset_from_rows, from_dict,
                             infer_type, to_dict)
from runtime.emulated.java import use_default_zone
from runtime.emulated.java.lang import ArrayIndexOutOfBoundsException, Boolean, Double, Integer, Long, Object, String
from runtime.emulated.java.util import Date

HEADERS = ["City", "Population", "Timezone", "GMTOffset"]
ROWS = [["New York", 8363710, "EST", -5], ["Los Angeles", 3833995, "PST", -8],
        ["Chicago", 2853114, "CST", -6]]


@pytest.fixture
def cities() -> BasicDataset:
    return sds.toDataSet(HEADERS, ROWS)


def rows_of(ds) -> list:
    return [[ds.getValueAt(r, c) for c in range(ds.getColumnCount())] for r in range(ds.getRowCount())]


# --- the Dataset API --------------------------------------------------------------------------

def test_dataset_java_api(cities):
    assert cities.getRowCount() == cities.rowCount == 3
    assert cities.getColumnCount() == cities.columnCount == 4
    assert list(cities.getColumnNames()) == list(cities.columnNames) == HEADERS
    assert str(cities.getColumnNames()) == "[City, Population, Timezone, GMTOffset]"
    assert cities.getColumnName(1) == "Population"
    assert cities.getColumnIndex("Timezone") == 2 and cities.getColumnIndex("timezone") == 2
    assert cities.getColumnIndex("nope") == -1
    assert cities.getValueAt(1, 0) == "Los Angeles"
    assert cities.getValueAt(1, "population") == 3833995  # names are case-insensitive
    assert list(cities.getColumnAsList(0)) == ["New York", "Los Angeles", "Chicago"]
    assert str(cities) == "Dataset [3R x 4C]"


def test_column_types_are_java_classes(cities):
    assert list(cities.getColumnTypes()) == [String, Integer, String, Integer]
    assert cities.getColumnType(0) is String
    assert repr(cities.getColumnType(1)) == "<type 'java.lang.Integer'>"


@pytest.mark.parametrize("values, expected", [
    ([1, 2, None], Integer), ([1, 2 ** 40], Long), ([1.5, None], Double), (["a", "b"], String),
    ([True, False], Boolean), ([Date(0)], Date), ([1, "a"], Object), ([1, 1.5], Object),
    ([None, None], Object), ([], Object),
])
def test_type_inference(values, expected):
    assert infer_type(values) is expected


def test_dataset_index_errors(cities):
    with pytest.raises(ArrayIndexOutOfBoundsException, match="Index 5 out of bounds for length 3"):
        cities.getValueAt(5, 0)
    with pytest.raises(ArrayIndexOutOfBoundsException, match="Column 'nope' does not exist"):
        cities.getValueAt(0, "nope")
    with pytest.raises(ArrayIndexOutOfBoundsException):
        cities.getColumnName(4)


def test_datasets_are_immutable(cities):
    with pytest.raises(AttributeError):
        cities.rowCount = 5
    with pytest.raises(AttributeError):
        cities.extra = 1
    changed = sds.setValue(cities, 0, "City", "Boston")
    assert cities.getValueAt(0, 0) == "New York" and changed.getValueAt(0, 0) == "Boston"


# --- PyDataSet --------------------------------------------------------------------------------

def test_py_dataset(cities):
    py = sds.toPyDataSet(cities)
    assert isinstance(py, PyDataSet) and len(py) == 3
    assert str(py) == "<PyDataset rows:3 cols:4>"
    assert [row["City"] for row in py] == ["New York", "Los Angeles", "Chicago"]
    assert py[0][1] == 8363710 and py[1]["timezone"] == "PST" and py[-1][0] == "Chicago"
    assert list(py[2]) == ["Chicago", 2853114, "CST", -6] and len(py[2]) == 4
    assert str(py[0]) == "[u'New York', 8363710, u'EST', -5]"
    assert py.getColumnNames() == HEADERS and py.rowCount == 3 and py.getValueAt(0, "city") == "New York"
    assert str(py.underlyingDataset) == "Dataset [3R x 4C]"
    total = sum(row["Population"] for row in py)
    assert total == 15050819
    with pytest.raises(IndexError):
        py[3]  # noqa: B018
    with pytest.raises(KeyError):
        py[0]["nope"]  # noqa: B018


def test_to_data_set_from_py_data_set(cities):
    back = sds.toDataSet(sds.toPyDataSet(cities))
    assert isinstance(back, BasicDataset) and rows_of(back) == ROWS


# --- building ---------------------------------------------------------------------------------

def test_to_data_set_checks_row_length():
    with pytest.raises(IndexError, match="Row 1 doesn't have the same number of columns as header list."):
        sds.toDataSet(["a", "b"], [[1, 2], [3]])


def test_get_column_headers_is_a_python_list(cities):
    headers = sds.getColumnHeaders(cities)
    assert isinstance(headers, list) and headers == HEADERS


def test_clear_dataset(cities):
    cleared = sds.clearDataset(cities)
    assert cleared.getRowCount() == 0 and list(cleared.getColumnNames()) == HEADERS
    assert list(cleared.getColumnTypes()) == list(cities.getColumnTypes())


def test_kind_is_kept(cities):
    assert isinstance(sds.addRow(sds.toPyDataSet(cities), ["X", 1, "Y", 0]), PyDataSet)
    assert isinstance(sds.addRow(cities, ["X", 1, "Y", 0]), BasicDataset)


# --- rows -------------------------------------------------------------------------------------

def test_set_value_and_update_row(cities):
    ds = sds.setValue(cities, 1, 1, "4000000")            # coerced to the Integer column
    assert ds.getValueAt(1, 1) == 4000000
    ds = sds.updateRow(cities, 2, {"City": "Houston", "gmtoffset": -7})
    assert rows_of(ds)[2] == ["Houston", 2853114, "CST", -7]
    with pytest.raises(IndexError):
        sds.setValue(cities, 3, 0, "x")
    with pytest.raises(IndexError, match="Column 'nope' does not exist"):
        sds.setValue(cities, 0, "nope", 1)
    with pytest.raises(DatasetError, match="Unable to convert value 'many' to type java.lang.Integer"):
        sds.setValue(cities, 0, "Population", "many")


def test_add_rows(cities):
    appended = sds.addRow(cities, ["Houston", 2242193, "CST", -6])
    assert appended.getRowCount() == 4 and appended.getValueAt(3, 0) == "Houston"
    inserted = sds.addRow(cities, 0, ["Phoenix", 1567924.0, "MST", -7])
    assert rows_of(inserted)[0] == ["Phoenix", 1567924, "MST", -7]
    assert sds.addRow(cities, 3, ["End", 1, "X", 0]).getValueAt(3, 0) == "End"
    with pytest.raises(IndexError):
        sds.addRow(cities, 4, ["Too far", 1, "X", 0])
    with pytest.raises(IndexError):
        sds.addRow(cities, -1, ["Negative", 1, "X", 0])
    with pytest.raises(IndexError, match="same number of columns"):
        sds.addRow(cities, ["short"])
    many = sds.addRows(cities, 1, [["A", 1, "a", 1], ["B", 2, "b", 2]])
    assert [r[0] for r in rows_of(many)] == ["New York", "A", "B", "Los Angeles", "Chicago"]
    assert sds.addRows(cities, [["Z", 0, "z", 0]]).getValueAt(3, "City") == "Z"


def test_delete_rows(cities):
    assert [r[0] for r in rows_of(sds.deleteRow(cities, 1))] == ["New York", "Chicago"]
    assert [r[0] for r in rows_of(sds.deleteRows(cities, [0, 2]))] == ["Los Angeles"]
    with pytest.raises(IndexError):
        sds.deleteRow(cities, 3)
    with pytest.raises(IndexError):
        sds.deleteRows(cities, [0, -1])


def test_append_dataset(cities):
    both = sds.appendDataset(cities, cities)
    assert both.getRowCount() == 6 and both.getValueAt(3, 0) == "New York"
    with pytest.raises(DatasetError, match="Column count mismatch"):
        sds.appendDataset(cities, sds.filterColumns(cities, [0]))
    other = sds.toDataSet(HEADERS, [["x", "not a number", "y", 1]])
    with pytest.raises(DatasetError, match="type mismatch"):
        sds.appendDataset(cities, other)


# --- columns ----------------------------------------------------------------------------------

def test_add_column(cities):
    ds = sds.addColumn(cities, [1, 2, 3], "Rank", int)
    assert list(ds.getColumnNames())[-1] == "Rank" and ds.getColumnType(4) is Integer
    ds = sds.addColumn(cities, 0, ["a", "b", "c"], "Code", String)
    assert rows_of(ds)[0] == ["a", "New York", 8363710, "EST", -5]
    with pytest.raises(IndexError):
        sds.addColumn(cities, [1, 2], "Short", int)
    with pytest.raises(IndexError):
        sds.addColumn(cities, 9, [1, 2, 3], "Far", int)


def test_filter_columns(cities):
    ds = sds.filterColumns(cities, ["Timezone", 0])
    assert list(ds.getColumnNames()) == ["Timezone", "City"]
    assert rows_of(ds)[1] == ["PST", "Los Angeles"]
    with pytest.raises(IndexError):
        sds.filterColumns(cities, ["nope"])


def test_sort(cities):
    assert [r[0] for r in rows_of(sds.sort(cities, "Population"))] == ["Chicago", "Los Angeles", "New York"]
    assert [r[0] for r in rows_of(sds.sort(cities, 3, False))] == ["New York", "Chicago", "Los Angeles"]
    names = sds.toDataSet(["n"], [["a10"], ["a2"], [None], ["a1"]])
    assert [r[0] for r in rows_of(sds.sort(names, "n"))] == [None, "a1", "a2", "a10"]
    assert [r[0] for r in rows_of(sds.sort(names, "n", True, False))] == [None, "a1", "a10", "a2"]


def test_format_dates():
    with use_default_zone("UTC"):
        ds = sds.toDataSet(["t", "v"], [[Date(0), 1], [None, 2]])
        out = sds.formatDates(ds, "yyyy-MM-dd HH:mm")
    assert out.getColumnType(0) is String and rows_of(out) == [["1970-01-01 00:00", 1], [None, 2]]


# --- CSV --------------------------------------------------------------------------------------

def test_to_csv_quotes_like_ignition():
    ds = sds.toDataSet(["name", "value"], [['say "hi"', 1.5], ["a,b", None]])
    assert sds.toCSV(ds) == '"name","value"\n"say ""hi""","1.5"\n"a,b",\n'
    assert sds.toCSV(ds, showHeaders=False) == '"say ""hi""","1.5"\n"a,b",\n'
    assert sds.toCSV(ds, False, True) == (
        '"#NAMES"\n"name","value"\n"#TYPES"\n"str","D"\n"#ROWS","2"\n'
        '"say ""hi""","1.5"\n"a,b",\n')


def test_csv_round_trip_keeps_types_and_values():
    with use_default_zone("UTC"):
        ds = sds.toDataSet(["i", "d", "s", "b", "t", "l"],
                           [[1, 2.5, "x", True, Date(1700000000000), 2 ** 40],
                            [None, None, "", False, None, None]])
        back = sds.fromCSV(sds.toCSV(ds, forExport=True))
    assert list(back.getColumnTypes()) == [Integer, Double, String, Boolean, Date, Long]
    assert rows_of(back) == [[1, 2.5, "x", True, Date(1700000000000), 2 ** 40],
                             [None, None, "", False, None, None]]


def test_from_csv_reads_the_documented_unquoted_example():
    csv = ("#NAMES\nCol 1,Col 2,Col 3\n#TYPES\nI,str,D\n#ROWS,2\n"
           "44,Test Row 2,1.8713151369491254\n86,Test Row 3,97.4913421614675\n")
    ds = sds.fromCSV(csv)
    assert list(ds.getColumnNames()) == ["Col 1", "Col 2", "Col 3"]
    assert rows_of(ds) == [[44, "Test Row 2", 1.8713151369491254], [86, "Test Row 3", 97.4913421614675]]


@pytest.mark.parametrize("csv, message", [
    ("a,b\n1,2\n", "must start with #NAMES"),
    ("#NAMES\na\n#TYPES\nQ\n#ROWS,0\n", "unknown column type alias"),
    ("#NAMES\na\n#TYPES\nI\n#ROWS,2\n1\n", "#ROWS says 2 rows but the CSV has 1"),
])
def test_from_csv_errors(csv, message):
    with pytest.raises(DatasetError, match=message):
        sds.fromCSV(csv)


# --- runtime helpers ---------------------------------------------------------------------------

def test_dataset_from_rows_with_explicit_types():
    ds = dataset_from_rows(["id", "when", "ok"], ["Integer", "java.util.Date", bool],
                           [["7", 0, "true"], [8, None, 0]])
    assert list(ds.getColumnTypes()) == [Integer, Date, Boolean]
    assert rows_of(ds) == [[7, Date(0), True], [8, None, False]]
    with pytest.raises(DatasetError, match="unsupported column type"):
        dataset_from_rows(["x"], ["Color"], [])


def test_to_dict_from_dict_round_trip_through_json(cities):
    with_date = sds.addColumn(cities, [Date(0), None, Date(86400000)], "Founded", Date)
    payload = json.loads(json.dumps(to_dict(with_date)))
    assert payload["types"] == ["java.lang.String", "java.lang.Integer", "java.lang.String",
                                "java.lang.Integer", "java.util.Date"]
    assert payload["rows"][0][4] == {"$date": 0}
    back = from_dict(payload)
    assert rows_of(back) == rows_of(with_date)
    assert list(back.getColumnTypes()) == list(with_date.getColumnTypes())
    assert rows_of(from_dict({"columns": ["a"], "rows": [[1], [2]]})) == [[1], [2]]


def test_arguments_must_be_datasets():
    with pytest.raises(TypeError, match="can't be coerced to com.inductiveautomation.ignition.common.Dataset"):
        sds.toPyDataSet([[1]])


def test_scripts_use_datasets_as_in_ignition(run):
    out = run(
        'ds = system.dataset.toDataSet(["name", "qty"], [["a", 1], ["b", 2]])\n'
        'print ds, ds.rowCount, ds.getValueAt(1, "QTY")\n'
        'ds = system.dataset.setValue(ds, 0, "qty", 5)\n'
        'for row in system.dataset.toPyDataSet(ds):\n'
        '    print row["name"], row[1]\n'
        'print system.dataset.toCSV(ds, showHeaders=False)\n')
    assert out == 'Dataset [2R x 2C] 2 2\na 5\nb 2\n"a","5"\n"b","2"\n\n'


def test_add_functions_take_the_manuals_keywords(cities):
    """``addRow(dataset, [rowIndex], row)`` and friends by keyword, as the 8.1 stubs name them."""
    assert sds.addRow(cities, row=["K", 1, "k", 0]).getValueAt(3, 0) == "K"
    assert sds.addRow(cities, rowIndex=0, row=["F", 1, "f", 0]).getValueAt(0, 0) == "F"
    assert sds.addRows(cities, rows=[["R", 1, "r", 0]]).getRowCount() == 4
    added = sds.addColumn(cities, col=[1, 2, 3], colName="n", colType=int)
    assert list(added.getColumnNames())[-1] == "n"
    assert sds.addColumn(cities, 0, [1, 2, 3], "n", int).getColumnName(0) == "n"
    with pytest.raises(TypeError, match="addRow\\(\\) needs the row to add"):
        sds.addRow(cities)
    with pytest.raises(TypeError, match="addColumn\\(\\) takes 4 or 5 arguments"):
        sds.addColumn(cities, [1, 2, 3], "n")


def test_to_excel_writes_a_workbook_openpyxl_reads_back(make_gateway):
    """The manual's example (system.dataset.toExcel), the Windows path replaced by one in the
    files folder; the workbook is read back with openpyxl."""
    import io

    openpyxl = pytest.importorskip("openpyxl")
    from systemkit import handler_files, run_one

    gw = make_gateway({**handler_files("""
results = system.dataset.toDataSet(["line", "rate", "ok", "note", "at"],
                                   [[1, 37.5, True, None, system.date.getDate(2024, 0, 15)], [2, 0.0, False, "x", None]])
spreadsheet = system.dataset.toExcel(True, [results])
filePath = "results.xlsx"
system.file.writeFile(filePath, spreadsheet)
print type(spreadsheet).__name__, len(system.dataset.toExcel(False, results, True, ["Line [1]"])) > 0
for bad in [lambda: system.dataset.toExcel(True, [results], False, ["a", "b"]), lambda: system.dataset.toExcel(True, [])]:
    try:
        bad()
    except ValueError, e:
        print e
""")}, synchronous=True)
    assert run_one(gw).output == ["bytes True", "toExcel(): 2 sheet names for 1 datasets (one name per dataset)",
                                  "toExcel(): give at least one dataset"]
    book = openpyxl.load_workbook(io.BytesIO((gw.projects.root / "_gateway" / "files" / "results.xlsx").read_bytes()))
    sheet = book["Sheet1"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["line", "rate", "ok", "note", "at"]
    assert rows[1][:4] == [1, 37.5, True, None] and rows[1][4].year == 2024 and rows[1][4].month == 1
    assert rows[2] == [2, 0.0, False, "x", None]
    from runtime.backends.excel import sheet_names

    assert sheet_names(["Line [1]", "line _1_", "a" * 40], 3) == ["Line _1_", "line _1_(2)", "a" * 31]
