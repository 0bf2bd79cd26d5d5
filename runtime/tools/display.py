"""How the console and ``shim request`` show values: as Jython shows them (``repr`` with Jython's
dict order and ``u''`` strings, via ``runtime.scripts.legacy``), and datasets as a table of their
rows, since ``Dataset [2R x 2C]`` (what ``print ds`` shows, as in Ignition) hides the data the user
asked for. The Designer's console shows a dataset the same way only in its dataset viewer.
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.ignition.dataset import BasicDataset, PyDataSet
from runtime.scripts.legacy.py2types import print_text, py2_repr

#: Rows shown before the table is cut (the rest is counted).
MAX_ROWS = 50


def is_dataset(value: Any) -> bool:
    return isinstance(value, (BasicDataset, PyDataSet))


def echo_text(value: Any) -> str:
    """What the console echoes for an expression's value."""
    return dataset_table(value) if is_dataset(value) else py2_repr(value)


def dataset_table(ds: Any, max_rows: int = MAX_ROWS) -> str:
    """``ds`` as a text table: a row-number column, the column names, then the rows (values as
    ``print`` shows them), the dataset's size on top."""
    names = [str(name) for name in ds.getColumnNames()]
    rows = [[str(r)] + [print_text(ds.getValueAt(r, c)) for c in range(len(names))]
            for r in range(min(ds.getRowCount(), max_rows))]
    header = ["row", *names]
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows)]
    line = lambda cells: " | ".join(cell.ljust(w) for cell, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [f"Dataset [{ds.getRowCount()}R x {len(names)}C]", line(header), "-+-".join("-" * w for w in widths)]
    out += [line(row) for row in rows]
    if ds.getRowCount() > max_rows:
        out.append(f"... {ds.getRowCount() - max_rows} more rows")
    return "\n".join(out)


def dataset_rows(ds: Any) -> list[dict[str, Any]]:
    """``ds`` as JSON rows: one object per row, column name -> value."""
    names = [str(name) for name in ds.getColumnNames()]
    return [{name: ds.getValueAt(r, c) for c, name in enumerate(names)} for r in range(ds.getRowCount())]
