"""system.dataset: build and transform Ignition datasets (every function returns a new dataset).

Errors, chosen to match Ignition's documentation where it says: a row or column index out of
range raises ``IndexError`` (``addRow``/``deleteRow``/``setValue``... "will throw an IndexError");
a row whose length differs from the column count raises ``IndexError("Row 1 doesn't have the same
number of columns as header list.")``; a value that cannot be converted to its column's type, or
datasets whose columns do not match, raise ``ValueError`` (``runtime.emulated.ignition.dataset.DatasetError``); an
argument that is not a dataset raises ``TypeError`` as Jython's coercion would.
"""
from __future__ import annotations

import html
import re
from typing import Any, Sequence

from runtime.emulated.ignition.dataset import (DATASET_TYPES, BasicDataset, DatasetError, PyDataSet, _Table,
                             coerce, column_type, dataset_from_rows)
from runtime.backends.dataset_csv import from_csv, to_csv
from runtime.backends.excel import sheet_names, workbook
from runtime.backends.scopes import require_client
from runtime.emulated.java._collections import _JythonList
from runtime.emulated.java._date import Date, require_english
from runtime.emulated.java.text import SimpleDateFormat
from runtime.emulated.java.lang import String

__all__ = [
    "addColumn", "addRow", "addRows", "appendDataset", "clearDataset", "dataSetToHTML", "deleteRow",
    "deleteRows", "exportCSV", "exportExcel", "exportHTML", "filterColumns", "formatDates", "fromCSV", "getColumnHeaders", "setValue",
    "sort", "toCSV", "toDataSet", "toExcel", "toPyDataSet", "updateRow",
]

_DATASET_JAVA = "com.inductiveautomation.ignition.common.Dataset"


def _table(value: Any, function: str) -> _Table:
    if isinstance(value, DATASET_TYPES):
        return value
    raise TypeError("%s(): 1st arg can't be coerced to %s" % (function, _DATASET_JAVA))


def _like(source: _Table, names: Sequence[str], types: Sequence[Any],
          rows: Sequence[Sequence[Any]]) -> _Table:
    """A new dataset of the same kind as ``source`` (a PyDataSet stays a PyDataSet)."""
    kind = PyDataSet if isinstance(source, PyDataSet) else BasicDataset
    return kind.of(names, types, rows)


def _row_index(table: _Table, index: Any, allow_end: bool = False) -> int:
    if isinstance(index, bool) or not isinstance(index, int):
        raise TypeError("row index must be an integer, not %s" % type(index).__name__)
    limit = len(table._rows) + (1 if allow_end else 0)
    if not 0 <= index < limit:
        raise IndexError("Row index %d out of range for a dataset with %d rows"
                         % (index, len(table._rows)))
    return index


def _column_index(table: _Table, column: Any) -> int:
    if isinstance(column, str):
        index = table.getColumnIndex(column)
        if index < 0:
            raise IndexError("Column '%s' does not exist in this dataset" % column)
        return index
    if isinstance(column, bool) or not isinstance(column, int):
        raise TypeError("column must be an index or a name, not %s" % type(column).__name__)
    if not 0 <= column < len(table._names):
        raise IndexError("Column index %d out of range for a dataset with %d columns"
                         % (column, len(table._names)))
    return column


def _coerced_row(table: _Table, row: Any, number: int) -> tuple:
    values = list(row)
    if len(values) != len(table._names):
        raise IndexError("Row %d doesn't have the same number of columns as header list."
                         % number)
    return tuple(coerce(v, table._types[c]) for c, v in enumerate(values))


# --- building ---------------------------------------------------------------------------------

def toDataSet(*args: Any) -> BasicDataset:
    """``toDataSet(pyDataSet)`` or ``toDataSet(headers, data)`` (types inferred per column)."""
    if len(args) == 1:
        table = _table(args[0], "toDataSet")
        return BasicDataset.of(table._names, table._types, table._rows)
    if len(args) != 2:
        raise TypeError("toDataSet() takes 1 or 2 arguments (%d given)" % len(args))
    headers, data = args
    return dataset_from_rows(list(headers), None, [list(row) for row in data])


def toPyDataSet(dataset: Any) -> PyDataSet:
    """A PyDataSet over the same rows (rows iterate, index and take column names)."""
    table = _table(dataset, "toPyDataSet")
    return PyDataSet.of(table._names, table._types, table._rows)


def getColumnHeaders(dataset: Any) -> list:
    """The column names as a Python list."""
    return _JythonList(_table(dataset, "getColumnHeaders")._names)


def clearDataset(dataset: Any) -> _Table:
    """Same columns, no rows."""
    table = _table(dataset, "clearDataset")
    return _like(table, table._names, table._types, [])


# --- rows -------------------------------------------------------------------------------------

def setValue(dataset: Any, rowIndex: int, columnName: Any, value: Any) -> _Table:
    """A copy with one value replaced (``columnName`` may also be a column index)."""
    table = _table(dataset, "setValue")
    row = _row_index(table, rowIndex)
    col = _column_index(table, columnName)
    rows = [list(r) for r in table._rows]
    rows[row][col] = coerce(value, table._types[col])
    return _like(table, table._names, table._types, rows)


def updateRow(dataset: Any, rowIndex: int, changes: dict) -> _Table:
    """A copy with the columns named in ``changes`` replaced in one row."""
    table = _table(dataset, "updateRow")
    row = _row_index(table, rowIndex)
    rows = [list(r) for r in table._rows]
    for name, value in dict(changes).items():
        col = _column_index(table, name)
        rows[row][col] = coerce(value, table._types[col])
    return _like(table, table._names, table._types, rows)


def addRow(dataset: Any, rowIndex: Any = None, row: Any = None) -> _Table:
    """``addRow(dataset, row)`` appends; ``addRow(dataset, rowIndex, row)`` inserts (0..rowCount)
    (manual, ``system.dataset.addRow``: ``addRow(dataset, [rowIndex], row)``, keywords too)."""
    table = _table(dataset, "addRow")
    index, row = _optional_index("addRow", "row", len(table._rows), rowIndex, row)
    index = _row_index(table, index, allow_end=True)
    rows = list(table._rows)
    rows.insert(index, _coerced_row(table, row, index))
    return _like(table, table._names, table._types, rows)


def addRows(dataset: Any, rowIndex: Any = None, rows: Any = None) -> _Table:
    """``addRows(dataset, rows)`` appends; ``addRows(dataset, rowIndex, rows)`` inserts (manual,
    ``system.dataset.addRows``: ``addRows(dataset, [rowIndex], rows)``)."""
    table = _table(dataset, "addRows")
    index, new = _optional_index("addRows", "rows", len(table._rows), rowIndex, rows)
    index = _row_index(table, index, allow_end=True)
    converted = [_coerced_row(table, row, n) for n, row in enumerate(new)]
    rows = list(table._rows)
    rows[index:index] = converted
    return _like(table, table._names, table._types, rows)


def _optional_index(function: str, name: str, end: int, index: Any, value: Any) -> tuple:
    """(index, value) of the ``(dataset, [rowIndex], value)`` overloads: one argument is the
    value, appended at ``end``."""
    if value is None:
        if index is None:
            raise TypeError(f"{function}() needs the {name} to add")
        return end, index
    return (end if index is None else index), value


def deleteRow(dataset: Any, rowIndex: int) -> _Table:
    table = _table(dataset, "deleteRow")
    row = _row_index(table, rowIndex)
    rows = [r for i, r in enumerate(table._rows) if i != row]
    return _like(table, table._names, table._types, rows)


def deleteRows(dataset: Any, rowIndices: Sequence[int]) -> _Table:
    """Remove every listed row (indices refer to the original dataset)."""
    table = _table(dataset, "deleteRows")
    drop = {_row_index(table, i) for i in rowIndices}
    rows = [r for i, r in enumerate(table._rows) if i not in drop]
    return _like(table, table._names, table._types, rows)


def appendDataset(dataset1: Any, dataset2: Any) -> _Table:
    """Rows of ``dataset2`` after those of ``dataset1``; column counts and types must match."""
    first = _table(dataset1, "appendDataset")
    second = _table(dataset2, "appendDataset")
    if len(first._names) != len(second._names):
        raise DatasetError("Column count mismatch: %d vs %d"
                           % (len(first._names), len(second._names)))
    for index, (a, b) in enumerate(zip(first._types, second._types)):
        if a is not b:
            raise DatasetError("Column %d type mismatch: %s vs %s"
                               % (index, a.getName(), b.getName()))  # type: ignore[attr-defined]
    return _like(first, first._names, first._types, first._rows + second._rows)


# --- columns ----------------------------------------------------------------------------------

def addColumn(dataset: Any, colIndex: Any = None, col: Any = None, colName: Any = None,
              colType: Any = None) -> _Table:
    """``addColumn(dataset, [colIndex,] col, colName, colType)``: a new column of values
    (manual, ``system.dataset.addColumn``)."""
    table = _table(dataset, "addColumn")
    if colType is None and colIndex is not None and not isinstance(colIndex, int):
        colIndex, col, colName, colType = None, colIndex, col, colName  # the form without colIndex
    if col is None or colName is None or colType is None:
        raise TypeError("addColumn() takes 4 or 5 arguments: (dataset, [colIndex], col, colName, colType)")
    index, values, name, kind = len(table._names) if colIndex is None else colIndex, col, colName, colType
    if isinstance(index, bool) or not isinstance(index, int) \
            or not 0 <= index <= len(table._names):
        raise IndexError("Column index %s out of range for a dataset with %d columns"
                         % (index, len(table._names)))
    values = list(values)
    if len(values) != len(table._rows):
        raise IndexError("Column has %d values but the dataset has %d rows"
                         % (len(values), len(table._rows)))
    kind = column_type(kind)
    names = list(table._names)
    names.insert(index, str(name))
    types = list(table._types)
    types.insert(index, kind)
    rows = [r[:index] + (coerce(values[i], kind),) + r[index:] for i, r in enumerate(table._rows)]
    return _like(table, names, types, rows)


def filterColumns(dataset: Any, columns: Sequence[Any]) -> _Table:
    """Only the listed columns (names or indices), in the order listed."""
    table = _table(dataset, "filterColumns")
    keep = [_column_index(table, c) for c in columns]
    return _like(table, [table._names[c] for c in keep], [table._types[c] for c in keep],
                 [[r[c] for c in keep] for r in table._rows])


_CHUNKS = re.compile(r"(\d+)")


def _natural(text: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in _CHUNKS.split(text))


def sort(dataset: Any, keyColumn: Any, ascending: bool = True,
         naturalOrdering: bool = True) -> _Table:
    """Rows ordered by one column (stable); None sorts first ascending, last descending.

    ``naturalOrdering`` compares strings with their digit runs as numbers ("a2" < "a10").
    """
    table = _table(dataset, "sort")
    col = _column_index(table, keyColumn)

    def key(row: tuple) -> tuple:
        value = row[col]
        if value is None:
            return (0, ())
        if isinstance(value, str):
            return (1, _natural(value) if naturalOrdering else (value,))
        if isinstance(value, Date):
            return (1, (value.getTime(),))
        return (1, (value,))

    try:
        rows = sorted(table._rows, key=key, reverse=not ascending)
    except TypeError as error:
        raise DatasetError("Column %d holds values that cannot be compared: %s"
                           % (col, error)) from None
    return _like(table, table._names, table._types, rows)


def formatDates(dataset: Any, dateFormat: str, locale: Any = None) -> _Table:
    """Date columns turned into String columns formatted with a SimpleDateFormat pattern."""
    table = _table(dataset, "formatDates")
    require_english(locale, "system.dataset.formatDates")
    formatter = SimpleDateFormat(dateFormat)
    dates = [c for c, t in enumerate(table._types) if t is Date]
    types = [String if c in dates else t for c, t in enumerate(table._types)]
    rows = [[formatter.format(v) if c in dates and v is not None else v
             for c, v in enumerate(r)] for r in table._rows]
    return _like(table, table._names, types, rows)


# --- CSV --------------------------------------------------------------------------------------

def toCSV(dataset: Any, showHeaders: bool = True, forExport: bool = False,
          localized: bool = False) -> str:
    """CSV text with every value quoted; ``forExport`` adds the block fromCSV reads;
    ``localized`` writes numbers as the default locale (en_US) shows them, ``1,234.5``
    (8.1 manual, ``system.dataset.toCSV``)."""
    return to_csv(_table(dataset, "toCSV"), bool(showHeaders), bool(forExport), bool(localized))


def dataSetToHTML(showHeaders, dataset, title) -> str:
    """The dataset as an HTML page: a bordered table under ``title`` (manual,
    ``system.dataset.dataSetToHTML``); values are HTML-escaped, None is an empty cell."""
    table = _table(dataset, "dataSetToHTML")
    cell = lambda value: "" if value is None else html.escape(str(value))  # noqa: E731
    lines = [f"<HTML><HEAD><TITLE>{html.escape(str(title))}</TITLE></HEAD><BODY>",
             "<TABLE border=1 cellspacing=0 cellpadding=2>"]
    if showHeaders:
        lines.append("<TR>" + "".join(f"<TH>{cell(name)}</TH>" for name in table._names) + "</TR>")
    for row in table._rows:
        lines.append("<TR>" + "".join(f"<TD>{cell(value)}</TD>" for value in row) + "</TR>")
    lines.append("</TABLE></BODY></HTML>")
    return "\n".join(lines)


def exportCSV(filename, showHeaders, dataset):
    """Ask the Vision client's user where to save the dataset as CSV, write it there and
    return the path, or None for Cancel (manual, ``system.dataset.exportCSV``). The chosen path
    is inside the gateway's files folder, as every ``system.file`` path is."""
    return _export("exportCSV", filename, "csv", lambda: toCSV(dataset, showHeaders))


def exportHTML(filename, showHeaders, dataset, title):
    """Like ``exportCSV``, as the HTML page of ``dataSetToHTML`` (manual, ``exportHTML``)."""
    return _export("exportHTML", filename, "html", lambda: dataSetToHTML(showHeaders, dataset, title))


def toExcel(showHeaders, dataset, nullsEmpty=False, sheetNames=None) -> bytes:
    """An Excel workbook (.xlsx bytes) with one sheet per dataset (manual, 8.1,
    ``system.dataset.toExcel``); ``dataset`` is a dataset or a list of them. Null values are
    always empty cells in shim (``nullsEmpty`` asks for that in Ignition)."""
    return _workbook("toExcel", showHeaders, dataset, sheetNames)


def exportExcel(filename, showHeaders, dataset, nullsEmpty=False):
    """Like ``exportCSV``, as the workbook of ``toExcel`` (manual, ``exportExcel``)."""
    return _export("exportExcel", filename, "xlsx", lambda: _workbook("exportExcel", showHeaders, dataset, None))


def _workbook(function: str, show_headers: Any, dataset: Any, names: Any) -> bytes:
    datasets = list(dataset) if isinstance(dataset, (list, tuple)) else [dataset]
    if not datasets:
        raise ValueError(f"{function}(): give at least one dataset")
    tables = [_table(d, function) for d in datasets]
    if names is not None and (isinstance(names, str) or not isinstance(names, (list, tuple))):
        raise TypeError(f"{function}(): sheetNames must be a list of strings")
    sheets = [(name, list(t._names), [list(r) for r in t._rows])
              for name, t in zip(sheet_names(names, len(tables)), tables)]
    return workbook(sheets, bool(show_headers))


def _export(function: str, filename: Any, extension: str, text: Any):
    from system.file import saveFile, writeFile  # the client's "Save" chooser and the file sandbox

    require_client("dataset", function)
    if not isinstance(filename, str):
        raise TypeError(f"{function}(): filename must be a string")
    content = text()  # the dataset is checked before the dialog opens
    chosen = saveFile(filename, extension)
    if chosen is None:
        return None
    writeFile(chosen, content)
    return chosen


def fromCSV(csv: str) -> BasicDataset:
    """The dataset in an export CSV (``#NAMES``/``#TYPES``/``#ROWS`` header block)."""
    if not isinstance(csv, str):
        raise TypeError("fromCSV(): 1st arg can't be coerced to String")
    return from_csv(csv)
