"""``traceback`` for scripts: the user's own frames only, in Jython's words and layout.

``format_exc``/``print_exc``/``format_exception``/``extract_tb``/``extract_stack`` ... see only
frames of script files (their original Jython 2 source lines); shim's own frames are left out,
as they would be meaningless to the user. Traceback objects are the ``TracebackView`` facades
of ``_frames`` (``tb_frame``, ``tb_lineno``, ``tb_next``): nothing leads to a real frame or its
globals.
"""
from __future__ import annotations

import sys as _sys
from typing import Any

from runtime.core.context import write_output
from runtime.emulated.stdlib._frames import TracebackView, exc_info, frame_of, script_stack, source_line, walk
from runtime.emulated.stdlib._host import hook
from runtime.emulated.stdlib.scriptpath import shown


def _entries(pairs: Any) -> list[tuple[str, int, str, str | None]]:
    """(file, line, function, source line) of each (frame, line), as ``extract_tb`` gives them."""
    found = []
    for frame, lineno in pairs:
        code = frame.f_code
        text = source_line(code.co_filename, lineno)
        found.append((shown(code.co_filename), lineno, code.co_name, text.strip() if text else None))
    return found


def _tb_entries(tb: Any, limit: int | None = None) -> list:
    if tb is None:
        return []
    if not isinstance(tb, TracebackView):
        raise TypeError("extract_tb() argument must be a traceback")
    entries = _entries(walk(tb))
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
    return _tb_entries(tb, limit)


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


def format_exc(limit: int | None = None) -> str:
    etype, value, tb = exc_info()
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
    """The calling script's stack (or ``f``'s, a frame from ``sys._getframe``), outermost
    first (script frames only)."""
    entries = _entries(script_stack(frame_of(f) if f is not None else _sys._getframe(1)))[::-1]
    return entries[-limit:] if limit else entries


def format_stack(f: Any = None, limit: int | None = None) -> list[str]:
    return format_list(extract_stack(f, limit))


def print_stack(f: Any = None, limit: int | None = None, file: Any = None) -> None:
    _write(file, "".join(format_stack(f, limit)))
