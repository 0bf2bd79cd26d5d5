"""Datasets as an Excel workbook (``system.dataset.toExcel``/``exportExcel``), written by openpyxl.

One worksheet per dataset, a header row when asked, values in their own cell types: numbers and
booleans as such, ``java.util.Date`` as Excel dates (the gateway's local time), everything else
as text. Sheet names are sanitized as Excel requires (no ``[]:*?/\\``, at most 31 characters,
unique).
"""
from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any, Sequence

from runtime.emulated.ignition.millis import local_datetime, to_millis
from runtime.emulated.java.util import Date

_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_names(names: Sequence[Any] | None, count: int) -> list[str]:
    """The sheets' names: the given ones sanitized, else Sheet1, Sheet2 ..."""
    if names is None:
        return [f"Sheet{n + 1}" for n in range(count)]
    if len(names) != count:
        raise ValueError(f"toExcel(): {len(names)} sheet names for {count} datasets (one name per dataset)")
    found: list[str] = []
    for name in names:
        clean = (_FORBIDDEN.sub("_", str(name)).strip("'") or "Sheet")[:31]
        base, n = clean, 2
        while clean.lower() in (f.lower() for f in found):
            clean = f"{base[:28]}({n})"
            n += 1
        found.append(clean)
    return found


def _cell(value: Any) -> Any:
    if isinstance(value, Date):
        return local_datetime(to_millis(value))
    if isinstance(value, (bool, int, float, Decimal)) or value is None:
        return value
    return str(value)


def workbook(sheets: list[tuple[str, list[str], list[Sequence[Any]]]], show_headers: bool) -> bytes:
    """An .xlsx file of ``(name, column names, rows)`` sheets, as bytes."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, columns, rows in sheets:
        sheet = book.create_sheet(name)
        if show_headers:
            sheet.append(list(columns))
        for row in rows:
            sheet.append([_cell(value) for value in row])
            for cell in sheet[sheet.max_row]:
                if hasattr(cell.value, "year"):
                    cell.number_format = "yyyy-mm-dd hh:mm:ss"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
