"""``traceback`` for scripts: the user's own frames only, in Jython's words and layout.

``format_exc``/``print_exc``/``format_exception``/``extract_tb``/``extract_stack`` ... see only
frames of script files (their original Jython 2 source lines); shim's own frames are left out,
as they would be meaningless to the user. Traceback objects are :class:`ScriptTraceback`
facades (``tb_lineno``, ``tb_next``): nothing leads to a frame or its globals.
"""
from __future__ import annotations

import sys as _sys
import traceback as _tb
from typing import Any

from runtime.core.context import write_output
from runtime.emulated.stdlib._host import hook


def _source_line(filename: str, lineno: int) -> str | None:
    source = hook("sources")().get(filename)
    if source is None:
        return None
    lines = source.splitlines()
    return lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""


def _frames(pairs: Any) -> list[tuple[str, int, str, str | None]]:
    found = []
    for frame, lineno in pairs:
        code = frame.f_code
        text = _source_line(code.co_filename, lineno)
        if text is not None:
            found.append((code.co_filename, lineno, code.co_name, text or None))
    return found


class ScriptTraceback:
    """A traceback as scripts see it: ``tb_lineno`` and ``tb_next`` over the script's frames."""

    __slots__ = ("_entries", "_index")

    def __init__(self, entries: list, index: int = 0) -> None:
        object.__setattr__(self, "_entries", entries)
        object.__setattr__(self, "_index", index)

    @classmethod
    def of(cls, exc: BaseException) -> "ScriptTraceback | None":
        entries = _frames(_tb.walk_tb(exc.__traceback__))
        return cls(entries) if entries else None

    @property
    def tb_lineno(self) -> int:
        return self._entries[self._index][1]

    @property
    def tb_next(self) -> "ScriptTraceback | None":
        nxt = self._index + 1
        return ScriptTraceback(self._entries, nxt) if nxt < len(self._entries) else None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("readonly attribute")

    def __repr__(self) -> str:
        return "<traceback object at 0x%x>" % (id(self) & 0xFFFFFFF)


def _entries(tb: Any, limit: int | None = None) -> list:
    if tb is None:
        return []
    if not isinstance(tb, ScriptTraceback):
        raise TypeError("extract_tb() argument must be a traceback")
    entries = tb._entries[tb._index:]
    return entries[:limit] if limit is not None else entries


def format_list(extracted: list) -> list[str]:
    lines = []
    for filename, lineno, name, text in extracted:
        item = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if text:
            item += "    %s\n" % text.strip()
        lines.append(item)
    return lines


def extract_tb(tb: Any, limit: int | None = None) -> list:
    return list(_entries(tb, limit))


def format_tb(tb: Any, limit: int | None = None) -> list[str]:
    return format_list(extract_tb(tb, limit))


def format_exception_only(etype: Any, value: Any) -> list[str]:
    if value is None or not isinstance(value, BaseException):
        name = getattr(etype, "__name__", str(etype))
        return ["%s: %s\n" % (name, value) if value is not None else name + "\n"]
    return [hook("exception_line")(value) + "\n"]


def format_exception(etype: Any, value: Any, tb: Any, limit: int | None = None) -> list[str]:
    lines = []
    if tb is not None:
        lines.append("Traceback (most recent call last):\n")
        lines.extend(format_tb(tb, limit))
    return lines + format_exception_only(etype, value)


def _current() -> tuple:
    etype, value, _ = _sys.exc_info()
    if value is None:
        return (None, None, None)
    return (etype, value, ScriptTraceback.of(value))


def format_exc(limit: int | None = None) -> str:
    etype, value, tb = _current()
    if value is None:
        return "None\n"
    return "".join(format_exception(etype, value, tb, limit))


def _write(file: Any, text: str) -> None:
    if file is None:
        write_output(text)
    else:
        file.write(text)


def print_exception(etype: Any, value: Any, tb: Any, limit: int | None = None, file: Any = None) -> None:
    _write(file, "".join(format_exception(etype, value, tb, limit)))


def print_exc(limit: int | None = None, file: Any = None) -> None:
    _write(file, format_exc(limit))


def print_tb(tb: Any, limit: int | None = None, file: Any = None) -> None:
    _write(file, "".join(format_tb(tb, limit)))


def extract_stack(f: Any = None, limit: int | None = None) -> list:
    """The calling script's stack, outermost first (script frames only)."""
    if f is not None:
        raise TypeError("extract_stack(): frames are not available in shim's sandbox")
    entries = _frames(_tb.walk_stack(_sys._getframe(1)))[::-1]
    return entries[-limit:] if limit else entries


def format_stack(f: Any = None, limit: int | None = None) -> list[str]:
    return format_list(extract_stack(f, limit))


def print_stack(f: Any = None, limit: int | None = None, file: Any = None) -> None:
    _write(file, "".join(format_stack(f, limit)))
