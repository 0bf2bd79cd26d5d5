"""Datasets as CSV text: ``system.dataset.toCSV`` and ``system.dataset.fromCSV``.

``toCSV`` writes as Ignition's CSV writer does: every value between double quotes (a quote inside
doubled), nulls as empty unquoted fields, each line ended by ``\\n``; values are Java's
``toString`` (``1.0E10``, ``true``, ``Wed Nov 26 04:05:06 UTC 2026``). ``forExport`` adds the
header block ``fromCSV`` needs (``#NAMES``, the names, ``#TYPES``, type aliases, ``#ROWS``, count).
``fromCSV`` reads that block, quoted or not, with the aliases Ignition documents (I, L, D, F, B,
str, date, O ...).
"""
from __future__ import annotations

import csv
import io
from typing import Any

from runtime.emulated.ignition.dataset import BasicDataset, DatasetError, _Table, dataset_from_rows
from runtime.emulated.java._date import Date
from runtime.emulated.java._datefmt import Unparseable, compile_pattern, parse_text
from runtime.emulated.java._jclass import JavaClass
from runtime.emulated.java._jstr import to_string
from runtime.emulated.java._zones import default_zone
from runtime.emulated.java.lang import Boolean, Double, Float, Integer, Long, Object, String

#: Ignition's type aliases for fromCSV/toCSV(forExport=True).
ALIASES: dict[str, JavaClass] = {
    "I": Integer, "i": Integer, "L": Long, "l": Long, "D": Double, "d": Double,
    "F": Float, "f": Float, "B": Boolean, "b": Boolean, "str": String, "date": Date,
    "O": Object, "S": Integer, "s": Integer, "Byt": Integer, "byt": Integer,
}
_ALIAS_OF = {Integer: "I", Long: "L", Double: "D", Float: "F", Boolean: "B", String: "str",
             Date: "date", Object: "O"}
_DATE_PATTERNS = [compile_pattern(p) for p in (
    "EEE MMM dd HH:mm:ss zzz yyyy", "yyyy-MM-dd HH:mm:ss.SSS", "yyyy-MM-dd HH:mm:ss",
    "yyyy-MM-dd")]


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _line(values: list[Any], text: Any = to_string) -> str:
    return ",".join("" if v is None else _quote(text(v)) for v in values) + "\n"


def _localized(value: Any) -> str:
    """A value as the default locale (en_US) shows it: numbers through Java's
    ``NumberFormat.getInstance()`` (grouping, at most three fraction digits, half-even),
    everything else as ``toString``."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        from runtime.emulated.java.text import DecimalFormat

        return DecimalFormat("#,##0.###").format(value)
    return to_string(value)


def to_csv(dataset: _Table, show_headers: bool = True, for_export: bool = False,
           localized: bool = False) -> str:
    """CSV text of ``dataset`` (see the module docstring for the exact format); ``localized``
    writes the rows' numbers as the locale shows them (``1,234.5``)."""
    out: list[str] = []
    if for_export:
        out.append(_line(["#NAMES"]))
        out.append(_line(list(dataset._names)))
        out.append(_line(["#TYPES"]))
        out.append(_line([_ALIAS_OF[t] for t in dataset._types]))
        out.append(_line(["#ROWS", str(len(dataset._rows))]))
    elif show_headers:
        out.append(_line(list(dataset._names)))
    text = _localized if localized else to_string
    out.extend(_line(list(row), text) for row in dataset._rows)
    return "".join(out)


def _parse_date(text: str) -> Date:
    if text.lstrip("-").isdigit():
        return Date(int(text))
    for tokens in _DATE_PATTERNS:
        try:
            return Date(parse_text(tokens, text, default_zone(), 0))
        except Unparseable:
            continue
    raise DatasetError("Unable to parse date %r" % text)


def _value(text: str, kind: JavaClass) -> Any:
    if text == "" and kind is not String:
        return None
    if kind is Date:
        return _parse_date(text)
    if kind is Boolean:
        return text.strip().lower() == "true"
    return text


def from_csv(text: str) -> BasicDataset:
    """The dataset in an Ignition export CSV (``#NAMES`` / ``#TYPES`` / ``#ROWS`` header block)."""
    lines = list(csv.reader(io.StringIO(text)))
    while lines and not any(cell.strip() for cell in lines[-1]):
        lines.pop()
    if len(lines) < 5 or lines[0][:1] != ["#NAMES"] or lines[2][:1] != ["#TYPES"] \
            or lines[4][:1] != ["#ROWS"]:
        raise DatasetError("CSV must start with #NAMES, the column names, #TYPES, the column "
                           "types and #ROWS,<count> (see system.dataset.fromCSV)")
    names, aliases = lines[1], lines[3]
    if len(aliases) != len(names):
        raise DatasetError("#TYPES lists %d types for %d columns" % (len(aliases), len(names)))
    try:
        kinds = [ALIASES[a.strip()] for a in aliases]
    except KeyError as error:
        raise DatasetError("unknown column type alias %s" % error) from None
    declared = int(lines[4][1]) if len(lines[4]) > 1 else 0
    rows = lines[5:]
    if len(rows) != declared:
        raise DatasetError("#ROWS says %d rows but the CSV has %d" % (declared, len(rows)))
    values = [[_value(cell, kinds[c]) for c, cell in enumerate(row)] for row in rows]
    return dataset_from_rows(names, kinds, values)
