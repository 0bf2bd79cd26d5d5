"""Error reports that point at the user's own script, never at shim's internals.

A failing handler is reported as Ignition's gateway log shows it: the traceback through the
user's files, with their original (Jython 2) source lines, then the exception line.
"""
from __future__ import annotations

import traceback
from types import TracebackType

from runtime.scripts.legacy.exceptions import exception_line as legacy_exception_line
from runtime.scripts.sources import SOURCES


def script_frames(tb: TracebackType | None) -> list[tuple[str, int, str, str]]:
    """(file, line, function, source line) for each frame of a script in ``tb``."""
    frames = []
    for frame, lineno in traceback.walk_tb(tb):
        filename = frame.f_code.co_filename
        source = SOURCES.get(filename)
        if source is None:
            continue
        lines = source.splitlines()
        text = lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""
        name = frame.f_code.co_name
        frames.append((filename, lineno, "<module>" if name == "<module>" else name, text))
    return frames


def exception_line(exc: BaseException) -> str:
    """``TypeName: message``, the last line of a Jython traceback: the class name without its
    module, as scripts know it (``RequestError``, not ``runtime.messaging.requests.RequestError``), and
    Jython's wording of the message (``runtime.scripts.legacy.exceptions``)."""
    return legacy_exception_line(exc)


def format_script_error(exc: BaseException) -> str:
    """The traceback of ``exc`` restricted to script frames; a script that does not compile
    shows its file, line and source line, as Jython's SyntaxError does."""
    if isinstance(exc, SyntaxError):
        lines = [f'  File "{exc.filename}", line {exc.lineno}']
        if exc.text:
            lines.append(f"    {exc.text.strip()}")
        lines.append(f"{type(exc).__name__}: {exc.msg}")
        return "\n".join(lines)
    lines = ["Traceback (most recent call last):"]
    for filename, lineno, name, text in script_frames(exc.__traceback__):
        lines.append(f'  File "{filename}", line {lineno}, in {name}')
        if text:
            lines.append(f"    {text}")
    lines.append(exception_line(exc))
    return "\n".join(lines)


def error_location(exc: BaseException) -> tuple[str, int] | None:
    """The innermost script file and line of ``exc`` (for one-line summaries)."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return exc.filename, exc.lineno or 0
    frames = script_frames(exc.__traceback__)
    return (frames[-1][0], frames[-1][1]) if frames else None
