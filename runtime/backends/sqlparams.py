"""Placeholders in SQL text: Ignition's ``?`` (and named queries' ``:name``) for any driver.

Ignition scripts always write JDBC's ``?``; Python drivers each have their own paramstyle (PEP 249:
``qmark`` ``?``, ``numeric`` ``:1``, ``named`` ``:p1``, ``format`` ``%s``, ``pyformat``
``%(p1)s``). Placeholders are found outside string literals, quoted identifiers, comments and
PostgreSQL dollar-quoted strings, and rewritten; values are always passed to the driver as bound
parameters, never formatted into the SQL. The ``format`` styles also need every literal ``%``
doubled.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

_DOLLAR = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")
_NAME = re.compile(r":([A-Za-z_][A-Za-z0-9_]*)")


def segments(sql: str) -> Iterator[tuple[bool, str]]:
    """Split ``sql`` into (is_code, text) runs; non-code runs are literals and comments."""
    i, n, start = 0, len(sql), 0
    while i < n:
        c = sql[i]
        end = None
        if c in "'\"`":
            end = i + 1
            while end < n:
                if sql[end] == c:
                    if end + 1 < n and sql[end + 1] == c:  # doubled quote: an escaped one
                        end += 2
                        continue
                    break
                end += 1
            end += 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            end = n if end < 0 else end + 2
        elif c == "$":
            match = _DOLLAR.match(sql, i)
            if match is not None:
                close = sql.find(match.group(0), match.end())
                end = n if close < 0 else close + len(match.group(0))
        if end is None:
            i += 1
            continue
        if start < i:
            yield True, sql[start:i]
        yield False, sql[i:min(end, n)]
        i = start = min(end, n)
    if start < n:
        yield True, sql[start:]


def count_qmarks(sql: str) -> int:
    """How many ``?`` placeholders ``sql`` has."""
    return sum(text.count("?") for code, text in segments(sql) if code)


def translate(sql: str, paramstyle: str, args: list) -> tuple[str, Any]:
    """``sql`` with ``?`` placeholders rewritten for ``paramstyle``, and the parameters in the
    form that style expects (a tuple, or a dict for the named styles)."""
    if paramstyle == "qmark":
        return sql, tuple(args)
    counter = iter(range(1, len(args) + 2))
    marks = {
        "numeric": lambda: f":{next(counter)}",
        "named": lambda: f":p{next(counter)}",
        "format": lambda: "%s",
        "pyformat": lambda: f"%(p{next(counter)})s",
    }
    if paramstyle not in marks:
        raise ValueError(f"unsupported DB-API paramstyle {paramstyle!r}")
    mark = marks[paramstyle]
    doubled = paramstyle in ("format", "pyformat")
    out = []
    for code, text in segments(sql):
        if doubled:
            text = text.replace("%", "%%")
        if code:
            text = "".join(mark() if ch == "?" else ch for ch in text)
        out.append(text)
    if paramstyle in ("named", "pyformat"):
        return "".join(out), {f"p{i}": value for i, value in enumerate(args, start=1)}
    return "".join(out), tuple(args)


def named_to_qmark(sql: str) -> tuple[str, list[str]]:
    """A named query's ``:name`` placeholders as ``?``, and the names in order (``::`` casts and
    text inside literals or comments are left alone)."""
    names: list[str] = []
    out = []
    for code, text in segments(sql):
        if code:
            def replace(match: re.Match) -> str:
                before = match.string[match.start() - 1] if match.start() else ""
                if before == ":":
                    return match.group(0)
                names.append(match.group(1))
                return "?"
            text = _NAME.sub(replace, text)
        out.append(text)
    return "".join(out), names
