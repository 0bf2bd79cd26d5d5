"""Ignition's Dataset (``BasicDataset``) and ``PyDataSet``: immutable, typed tables of values.

A Dataset has column names, one Java type per column (``java.lang.String``, ``Integer``, ``Long``,
``Double``, ``Float``, ``Boolean``, ``java.util.Date`` or ``Object``) and rows of values (None is
allowed anywhere). Scripts see Ignition's Java API: ``getRowCount()``/``getColumnCount()``/
``getColumnName(i)``/``getColumnNames()``/``getColumnIndex(name)``/``getColumnType(i)``/
``getValueAt(row, indexOrName)`` and Jython's bean properties ``rowCount``/``columnCount``/
``columnNames``/``columnTypes``; ``str()`` is ``Dataset [3R x 2C]``. Column names are matched
case-insensitively, as Ignition's ``getValueAt`` documents. A ``PyDataSet``
(``system.dataset.toPyDataSet``) adds Python access: ``len(ds)``, ``for row in ds``, ``ds[i]``,
``ds[i]['col']``, ``ds[i][j]``, and ``ds.underlyingDataset``.

The runtime builds datasets with :func:`dataset_from_rows` and moves them over the wire with
:func:`to_dict`/:func:`from_dict` (JSON-friendly; dates become ``{"$date": millis}``).
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Sequence

from runtime.core.jtext import java_text, java_value
from runtime.emulated.java._collections import ArrayList, jython_repr
from runtime.emulated.java._date import Date
from runtime.emulated.java._jclass import JavaClass, JavaObject
from runtime.emulated.java._jstr import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, to_string
from runtime.emulated.java._throwables import ArrayIndexOutOfBoundsException, IllegalArgumentException
from runtime.emulated.java.lang import Boolean, Double, Float, Integer, Long, Object, String

#: Column types by every name the runtime or a script may use for them.
COLUMN_TYPES: dict[str, JavaClass] = {}
for _cls in (String, Integer, Long, Double, Float, Boolean, Date, Object):
    COLUMN_TYPES[_cls.getName()] = _cls  # type: ignore[attr-defined]
    COLUMN_TYPES[_cls.__qualname__] = _cls
COLUMN_TYPES.update({"str": String, "unicode": String, "int": Integer, "long": Long,
                     "float": Double, "double": Double, "bool": Boolean, "boolean": Boolean,
                     "date": Date, "datetime": Date, "object": Object})
_PY_TYPES = {str: String, int: Integer, float: Double, bool: Boolean, object: Object}


class DatasetError(ValueError):
    """A value that cannot be stored in a column of the given type."""


def column_type(spec: Any) -> JavaClass:
    """The Java column type named or given by ``spec`` (a class, a Python type, or a name)."""
    if isinstance(spec, JavaClass) and spec in COLUMN_TYPES.values():
        return spec
    if isinstance(spec, type) and spec in _PY_TYPES:
        return _PY_TYPES[spec]
    if isinstance(spec, str) and spec in COLUMN_TYPES:
        return COLUMN_TYPES[spec]
    raise DatasetError("unsupported column type %r (use one of %s)"
                       % (spec, ", ".join(c.getName() for c in  # type: ignore[attr-defined]
                                          dict.fromkeys(COLUMN_TYPES.values()))))


def _value_type(value: Any) -> JavaClass:
    if value is True or value is False:
        return Boolean
    if isinstance(value, int):
        return Integer if INT_MIN <= value <= INT_MAX else Long
    if isinstance(value, float):
        return Double
    if isinstance(value, str):
        return String
    if isinstance(value, Date):
        return Date
    return Object


def infer_type(values: Iterable[Any]) -> JavaClass:
    """The type ``toDataSet`` gives a column: the one type of its non-None values.

    Python ints are Integer (Long once one exceeds 32 bits), floats Double, strings String,
    bools Boolean, Dates Date; a column mixing types, or holding only None, is Object.
    """
    found: set = set()
    for value in values:
        if value is not None:
            found.add(_value_type(value))
    if found == {Integer, Long}:
        return Long
    return found.pop() if len(found) == 1 else Object


def coerce(value: Any, target: JavaClass) -> Any:
    """``value`` converted for a column of type ``target``, as Ignition's type coercion does."""
    if value is None or target is Object:
        return value
    try:
        if target is String:
            return value if isinstance(value, str) else to_string(value)
        if target in (Integer, Long):
            if isinstance(value, str):
                text = value.strip()
                number = int(text) if text.lstrip("+-").isdigit() else int(float(text))
            else:
                number = int(value)
            low, high = (INT_MIN, INT_MAX) if target is Integer else (LONG_MIN, LONG_MAX)
            if not low <= number <= high:
                raise OverflowError(number)
            return number
        if target in (Double, Float):
            return float(value)
        if target is Boolean:
            if isinstance(value, str):
                return value.strip().lower() in ("true", "1", "yes", "on")
            return bool(value)
        if target is Date:
            if isinstance(value, Date):
                return value
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return Date(int(value))
    except (TypeError, ValueError, OverflowError):
        pass
    raise DatasetError("Unable to convert value %r to type %s"
                       % (value, target.getName()))  # type: ignore[attr-defined]


class Dataset(JavaObject):
    """com.inductiveautomation.ignition.common.Dataset, the interface Ignition's datasets
    implement: ``isinstance(x, Dataset)`` holds for a BasicDataset, not for a PyDataSet, which
    the 7.9 manual ("Datasets") calls a wrapper type around a Dataset."""

    __slots__ = ()
    __module__ = "com.inductiveautomation.ignition.common"
    __qualname__ = "Dataset"

    def __new__(cls, *args: Any) -> Any:
        if cls is Dataset:
            raise TypeError("can't instantiate interface (com.inductiveautomation.ignition.common.Dataset)")
        return super().__new__(cls)


class _Table(JavaObject):
    """Storage and the Java Dataset API shared by BasicDataset and PyDataSet (both immutable).

    The runtime builds tables with :meth:`of` (rows first); a script calls Ignition's Java
    constructors (``BasicDataset(names, types, data)`` with ``data[column][row]``, as the
    javadoc's ``Object[][] data`` is laid out; ``BasicDataset(otherDataset)``)."""

    __slots__ = ("_names", "_types", "_rows")
    __shim_wire__ = True  # may travel in message payloads (runtime.messaging.payloads): PyDataSet is
    # immutable, a BasicDataset is copied (its __shim_copy__)

    def __init__(self, *args: Any) -> None:
        if len(args) == 1 and isinstance(args[0], _Table):
            other = args[0]
            self._set(other._names, other._types, other._rows)
        elif len(args) in (0, 2, 3):
            names = list(args[0]) if args else []
            types = [column_type(t) for t in args[1]] if args else []
            if len(types) != len(names):
                raise IllegalArgumentException("%d column names and %d column types" % (len(names), len(types)))
            columns = self._columns_of(args[2], len(names)) if len(args) == 3 else [[] for _ in names]
            self._set(names, types, zip(*columns) if columns else ())
        else:
            raise TypeError("%s(): expected (columnNames, columnTypes[, data]) or (dataset)"
                            % type(self).__qualname__.rpartition("$")[2])

    @staticmethod
    def _columns_of(data: Any, count: int) -> list:
        columns = [list(c) for c in data]
        if len(columns) != count:
            raise IllegalArgumentException("%d data columns for %d columns" % (len(columns), count))
        if len({len(c) for c in columns}) > 1:
            raise IllegalArgumentException("data columns have different lengths")
        return columns

    def _set(self, names: Iterable[Any], types: Iterable[JavaClass], rows: Iterable[Sequence[Any]]) -> None:
        # Java Strings: a name or a text value read back is ``unicode`` to a script, as in Jython
        self._names = tuple(java_text(str(n)) for n in names)
        self._types = tuple(types)
        self._rows = tuple(tuple([java_value(v) for v in r]) for r in rows)

    @classmethod
    def of(cls, names: Sequence[str], types: Sequence[JavaClass], rows: Iterable[Sequence[Any]]) -> Any:
        """A table of ``rows`` (row-major), for the runtime."""
        table = object.__new__(cls)
        table._set(names, types, rows)
        return table

    def _column(self, column: Any) -> int:
        if isinstance(column, str):
            index = self.getColumnIndex(column)
            if index < 0:
                raise ArrayIndexOutOfBoundsException(
                    "Column '%s' does not exist in this dataset" % column)
            return index
        if isinstance(column, bool) or not isinstance(column, int):
            raise TypeError("column must be an index or a name, not %s" % type(column).__name__)
        if not 0 <= column < len(self._names):
            raise ArrayIndexOutOfBoundsException("Index %d out of bounds for length %d"
                                                 % (column, len(self._names)))
        return column

    def getRowCount(self) -> int:
        return len(self._rows)

    def getColumnCount(self) -> int:
        return len(self._names)

    def getColumnName(self, index: int) -> str:
        return self._names[self._column(index)]

    def getColumnNames(self) -> ArrayList:
        return ArrayList(self._names)

    def getColumnIndex(self, name: str) -> int:
        """Index of the column named ``name`` (case-insensitive), or -1."""
        lowered = str(name).lower()
        for index, candidate in enumerate(self._names):
            if candidate.lower() == lowered:
                return index
        return -1

    def getColumnType(self, index: int) -> JavaClass:
        return self._types[self._column(index)]

    def getColumnTypes(self) -> ArrayList:
        return ArrayList(self._types)

    def getValueAt(self, row: int, column: Any) -> Any:
        col = self._column(column)
        if isinstance(row, bool) or not isinstance(row, int) or not 0 <= row < len(self._rows):
            raise ArrayIndexOutOfBoundsException("Index %s out of bounds for length %d"
                                                 % (row, len(self._rows)))
        return self._rows[row][col]

    def getColumnAsList(self, column: Any) -> ArrayList:
        col = self._column(column)
        return ArrayList(r[col] for r in self._rows)

    def hasQualityData(self) -> bool:
        return False

    rowCount = property(getRowCount)
    columnCount = property(getColumnCount)
    columnNames = property(getColumnNames)
    columnTypes = property(getColumnTypes)


class BasicDataset(_Table, Dataset):
    """com.inductiveautomation.ignition.common.BasicDataset, what ``toDataSet`` returns.

    Like Ignition's, it can be changed in place with ``setValueAt(row, column, value)`` (the
    idiom ``ds = BasicDataset(table.data); ds.setValueAt(...)``), so it is copied wherever the
    runtime hands one to another script (message payloads, tag reads: ``__shim_copy__``).
    """

    __slots__ = ()
    __module__ = "com.inductiveautomation.ignition.common"
    __shim_copy__ = staticmethod(lambda dataset: BasicDataset.of(dataset._names, dataset._types, dataset._rows))

    def setValueAt(self, row: int, column: Any, value: Any) -> None:
        """Set one cell (the column by index or name), as the Java method does: no coercion."""
        col = self._column(column)
        if isinstance(row, bool) or not isinstance(row, int) or not 0 <= row < len(self._rows):
            raise ArrayIndexOutOfBoundsException("Index %s out of bounds for length %d" % (row, len(self._rows)))
        rows = self._rows if type(self._rows) is list else list(self._rows)
        cells = list(rows[row])
        cells[col] = value
        rows[row] = tuple(cells)
        self._rows = rows  # type: ignore[assignment]

    # -- the other setters of Ignition's BasicDataset (8.1 javadoc, BasicDataset/AbstractDataset):
    # they change this object in place, as setValueAt does; what the runtime handed elsewhere
    # (payloads, tag values) is a copy and stays as it was
    def setDataDirectly(self, data: Any) -> None:
        """Replace the data, ``data[column][row]`` as the constructor takes it; the columns stay."""
        columns = self._columns_of(data, len(self._names))
        self._set(self._names, self._types, zip(*columns) if columns else ())

    def setAllDirectly(self, columnNames: Any, columnTypes: Any, data: Any) -> None:
        """Replace the column names, types and data at once (``data[column][row]``)."""
        names = list(columnNames)
        types = [column_type(t) for t in columnTypes]
        if len(types) != len(names):
            raise IllegalArgumentException("%d column names and %d column types" % (len(names), len(types)))
        columns = self._columns_of(data, len(names))
        self._set(names, types, zip(*columns) if columns else ())

    def setColumnNames(self, columnNames: Any) -> None:
        names = list(columnNames)
        if len(names) != len(self._names):
            raise IllegalArgumentException("%d column names for %d columns" % (len(names), len(self._names)))
        self._names = tuple(java_text(str(n)) for n in names)

    def setColumnTypes(self, columnTypes: Any) -> None:
        types = [column_type(t) for t in columnTypes]
        if len(types) != len(self._types):
            raise IllegalArgumentException("%d column types for %d columns" % (len(types), len(self._types)))
        self._types = tuple(types)

    def getData(self) -> list:
        """The data as ``data[column][row]`` (a copy here: Java hands out its own array)."""
        return [[row[col] for row in self._rows] for col in range(len(self._names))]

    def columnContainsNulls(self, col: Any) -> bool:
        index = self._column(col)
        return any(row[index] is None for row in self._rows)

    def datasetContainsNulls(self) -> bool:
        return any(value is None for row in self._rows for value in row)

    def toString(self) -> str:
        return "Dataset [%dR x %dC]" % (len(self._rows), len(self._names))


class PyRow(JavaObject):
    """One row of a PyDataSet: ``row[0]``, ``row['col']`` (case-insensitive), ``len``, iteration."""

    __slots__ = ("_table", "_index")
    __module__ = "com.inductiveautomation.ignition.common.script.builtin"
    __qualname__ = "DatasetUtilities$PyDataSet$PyRow"

    def __init__(self, table: _Table, index: int) -> None:
        self._table, self._index = table, index

    def _values(self) -> tuple:
        return self._table._rows[self._index]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            col = self._table.getColumnIndex(key)
            if col < 0:
                raise KeyError(key)
            return self._values()[col]
        if isinstance(key, slice):
            return list(self._values()[key])
        return self._values()[key]

    def __len__(self) -> int:
        return len(self._values())

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values())

    def __contains__(self, value: Any) -> bool:
        return value in self._values()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PyRow):
            return other._values() == self._values()
        return isinstance(other, (list, tuple)) and tuple(other) == self._values()

    __hash__ = None  # type: ignore[assignment]

    def toString(self) -> str:
        return "[" + ", ".join(jython_repr(v) for v in self._values()) + "]"


class PyDataSet(_Table):
    """Ignition's PyDataSet: the Dataset API plus Python sequence access to rows
    (``PyDataSet(dataset)`` wraps a dataset, as the Java constructor does)."""

    __slots__ = ()
    __module__ = "com.inductiveautomation.ignition.common.script.builtin"
    __qualname__ = "DatasetUtilities$PyDataSet"

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[PyRow]:
        return (PyRow(self, i) for i in range(len(self._rows)))

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [PyRow(self, i) for i in range(len(self._rows))[index]]
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError("PyDataSet indices must be integers")
        if not -len(self._rows) <= index < len(self._rows):
            raise IndexError("Row index %d out of range" % index)
        return PyRow(self, index % len(self._rows))

    def getUnderlyingDataset(self) -> BasicDataset:
        return BasicDataset.of(self._names, self._types, self._rows)

    underlyingDataset = property(getUnderlyingDataset)

    def toString(self) -> str:
        return "<PyDataset rows:%d cols:%d>" % (len(self._rows), len(self._names))


DATASET_TYPES = (BasicDataset, PyDataSet)


def _varargs(args: tuple) -> list:
    """Java varargs as Jython fills them: ``f(a, b)`` or one Python list ``f([a, b])``."""
    return list(args[0]) if len(args) == 1 and isinstance(args[0], (list, tuple, ArrayList)) else list(args)


class DatasetBuilder(JavaObject):
    """com.inductiveautomation.ignition.common.util.DatasetBuilder: ``DatasetBuilder.newBuilder()
    .colNames("a", "b").colTypes(String, Integer).addRow("x", 1).build()``, each step returning
    the builder; ``build()`` gives a BasicDataset (Ignition 8.1 javadoc, DatasetBuilder)."""

    __slots__ = ("_names", "_types", "_rows")
    __module__ = "com.inductiveautomation.ignition.common.util"

    def __init__(self) -> None:
        self._names: list = []
        self._types: list = []
        self._rows: list = []

    @staticmethod
    def newBuilder() -> "DatasetBuilder":
        return DatasetBuilder()

    def colNames(self, *names: Any) -> "DatasetBuilder":
        self._names = [str(n) for n in _varargs(names)]
        return self

    def colTypes(self, *types: Any) -> "DatasetBuilder":
        self._types = [column_type(t) for t in _varargs(types)]
        return self

    def addRow(self, *values: Any) -> "DatasetBuilder":
        row = _varargs(values)
        if len(row) != len(self._names):
            raise IllegalArgumentException("row has %d values for %d columns" % (len(row), len(self._names)))
        self._rows.append(tuple(row))
        return self

    def build(self) -> BasicDataset:
        if len(self._types) != len(self._names):
            raise IllegalArgumentException("%d column types for %d column names"
                                           % (len(self._types), len(self._names)))
        return BasicDataset.of(self._names, self._types, self._rows)


class DatasetUtilities(metaclass=JavaClass):
    """com.inductiveautomation.ignition.common.script.builtin.DatasetUtilities: scripts take
    ``PyDataSet`` from it (``isinstance(data, PyDataSet)``), the class system.dataset and
    system.db return."""

    __module__ = "com.inductiveautomation.ignition.common.script.builtin"
    PyDataSet = PyDataSet

    @staticmethod
    def toPyDataSet(dataset: Any) -> PyDataSet:
        if not isinstance(dataset, _Table):
            raise TypeError("toPyDataSet(): 1st arg can't be coerced to com.inductiveautomation.ignition.common.Dataset")
        return PyDataSet.of(dataset._names, dataset._types, dataset._rows)


def dataset_from_rows(columns: Sequence[str], types: Sequence[Any] | None,
                      rows: Iterable[Sequence[Any]]) -> BasicDataset:
    """A BasicDataset from column names, column types (None: inferred) and rows.

    For the runtime (``system.db`` results, payloads): every value is coerced to its column's type
    and every row must have one value per column.
    """
    names = [str(c) for c in columns]
    data = [list(r) for r in rows]
    for number, row in enumerate(data):
        if len(row) != len(names):
            raise IndexError("Row %d doesn't have the same number of columns as header list."
                             % number)
    if types is None:
        kinds = [infer_type(r[c] for r in data) for c in range(len(names))]
    else:
        kinds = [column_type(t) for t in types]
        if len(kinds) != len(names):
            raise DatasetError("%d column types for %d columns" % (len(kinds), len(names)))
    coerced = [[coerce(v, kinds[c]) for c, v in enumerate(r)] for r in data]
    return BasicDataset.of(names, kinds, coerced)


def _encode(value: Any) -> Any:
    return {"$date": value.getTime()} if isinstance(value, Date) else value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"$date"}:
        return Date(int(value["$date"]))
    return value


def to_dict(dataset: _Table) -> dict:
    """A JSON-friendly dict: ``{"columns": [...], "types": [...], "rows": [[...]]}``."""
    return {"columns": list(dataset._names),
            "types": [t.getName() for t in dataset._types],  # type: ignore[attr-defined]
            "rows": [[_encode(v) for v in row] for row in dataset._rows]}


def from_dict(data: dict) -> BasicDataset:
    """The inverse of :func:`to_dict` (types may be omitted: inferred from the values)."""
    rows = [[_decode(v) for v in row] for row in data.get("rows", [])]
    return dataset_from_rows(data["columns"], data.get("types"), rows)
