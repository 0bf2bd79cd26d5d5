"""Read-only frames and tracebacks for the debugging and logging helpers real scripts carry.

Jython code reads ``sys._getframe().f_code.co_name`` (the current function, for log lines),
``sys._getframe(1)`` or ``inspect.stack()[1][3]`` (the caller), ``f_lineno``, and walks
``sys.exc_info()[2]`` (``tb_next``, ``tb_lineno``, ``tb_frame.f_code.co_filename``) to log
where an error happened. A real frame gives ``f_globals``, ``f_builtins`` and ``f_locals`` of
host code, so scripts get facades instead: ``FrameView``, ``CodeView`` and ``TracebackView``
hold a frame of a *script* (one whose builtins carry ``SCRIPT_MARK``) and answer only names,
files and lines. ``f_back`` and ``tb_next`` skip host frames and end where the script's frames
end: a script never sees a frame of shim. ``sys``, ``inspect`` and ``traceback`` (the emulated
modules beside this one) all hand out these facades, so ``traceback.format_tb(sys.exc_info()[2])``
works as in Jython.
"""
from __future__ import annotations

import sys
from types import FrameType, TracebackType
from typing import Any, Iterator

from runtime.core.ownership import SCRIPT_MARK
from runtime.emulated.stdlib._host import hook
from runtime.emulated.stdlib.scriptpath import shown


def _is_script_frame(frame: FrameType) -> bool:
    return frame.f_builtins.get(SCRIPT_MARK) is True


def _script_frame(frame: FrameType | None) -> FrameType | None:
    while frame is not None and not _is_script_frame(frame):
        frame = frame.f_back
    return frame


def source_lines(filename: str) -> list[str] | None:
    """The lines of script ``filename`` as written (Jython 2 source), or None when shim holds
    no source for it (code from ``exec`` of a string: Jython has none either)."""
    try:
        source = hook("sources")().get(filename)
    except OSError:
        return None
    return None if source is None else source.splitlines()


def source_line(filename: str, lineno: int) -> str | None:
    """Line ``lineno`` of script ``filename``, or None (see ``source_lines``)."""
    lines = source_lines(filename)
    return lines[lineno - 1] if lines is not None and 0 < lineno <= len(lines) else None


class CodeView:
    """``f_code`` of a script frame: its function name, file, first line and arguments."""

    __slots__ = ("co_name", "co_filename", "co_firstlineno", "co_argcount", "co_varnames")

    def __init__(self, frame: FrameType) -> None:
        code = frame.f_code
        self.co_name = code.co_name
        self.co_filename = shown(code.co_filename)  # never the host's path
        self.co_firstlineno = code.co_firstlineno
        self.co_argcount = code.co_argcount
        self.co_varnames = tuple(code.co_varnames)

    def __repr__(self) -> str:
        return f'<code object {self.co_name}, file "{self.co_filename}", line {self.co_firstlineno}>'


class FrameView:
    """A script frame as scripts see it: ``f_code``, ``f_lineno``, ``f_back``; nothing that
    leads to globals, builtins or locals."""

    __slots__ = ("_frame", "_lineno")

    def __init__(self, frame: FrameType, lineno: int | None = None) -> None:
        self._frame = frame
        self._lineno = lineno

    @property
    def f_code(self) -> CodeView:
        return CodeView(self._frame)

    @property
    def f_lineno(self) -> int:
        return self._lineno if self._lineno is not None else self._frame.f_lineno

    @property
    def f_back(self) -> "FrameView | None":
        caller = _script_frame(self._frame.f_back)
        return FrameView(caller) if caller is not None else None

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, FrameView) and other._frame is self._frame

    def __hash__(self) -> int:
        return id(self._frame)

    def __repr__(self) -> str:
        return f"<frame object at {id(self._frame):#x}>"


class TracebackView:
    """A traceback of script frames only: ``tb_frame``, ``tb_lineno``, ``tb_next``."""

    __slots__ = ("_tb",)

    def __init__(self, tb: TracebackType) -> None:
        self._tb = tb

    @property
    def tb_frame(self) -> FrameView:
        return FrameView(self._tb.tb_frame, self._tb.tb_lineno)

    @property
    def tb_lineno(self) -> int:
        return self._tb.tb_lineno

    @property
    def tb_next(self) -> "TracebackView | None":
        return script_traceback(self._tb.tb_next)

    def __repr__(self) -> str:
        return "<traceback object at 0x%x>" % (id(self._tb) & 0xFFFFFFF)


#: The facade types: the guard lets frame-attribute names (``f_code``, ``tb_next`` ...) be read
#: on these, and on nothing else.
FACADES = frozenset({FrameView, CodeView, TracebackView})
FACADE_NAMES = frozenset({"f_code", "f_lineno", "f_back", "tb_frame", "tb_lineno", "tb_next",
                          "co_name", "co_filename", "co_firstlineno", "co_argcount", "co_varnames"})


def script_traceback(tb: TracebackType | None) -> TracebackView | None:
    """The first script entry of ``tb`` and on, as a facade (None when there is none)."""
    while tb is not None and not _is_script_frame(tb.tb_frame):
        tb = tb.tb_next
    return TracebackView(tb) if tb is not None else None


def walk(tb: TracebackView | None) -> Iterator[tuple[FrameType, int]]:
    """(frame, line) of each script entry of ``tb``, innermost last."""
    while tb is not None:
        yield tb._tb.tb_frame, tb._tb.tb_lineno
        tb = tb.tb_next


def script_stack(frame: FrameType | None) -> list[tuple[FrameType, int]]:
    """(frame, line) of the script frames from ``frame`` outwards, innermost first."""
    found = []
    frame = _script_frame(frame)
    while frame is not None:
        found.append((frame, frame.f_lineno))
        frame = _script_frame(frame.f_back)
    return found


def getframe(depth: int = 0) -> FrameView:
    """``sys._getframe(depth)`` for scripts: the calling script frame, or one of its script
    callers; ValueError past the outermost, as Python says."""
    if not isinstance(depth, int):
        raise TypeError("an integer is required")
    frame = _script_frame(sys._getframe(1))
    for _ in range(depth):
        frame = _script_frame(frame.f_back) if frame is not None else None
    if frame is None:
        raise ValueError("call stack is not deep enough")
    return FrameView(frame)


#: the local (a global at module level) where every script ``except`` handler keeps the exception
#: it handles (``legacy.semantics`` inserts ``__shim_exc__ = _held_()``); scripts never see it
HELD_EXCEPTION = "__shim_exc__"


def exc_info() -> tuple[Any, Any, TracebackView | None]:
    """``sys.exc_info()`` for scripts: the exception being handled, its traceback a facade.
    As in Python 2 (and Jython), an exception stays "being handled" after its ``except`` block,
    until the function that handled it returns or handles another, and functions it calls see it
    too: past Python 3's handler, it is the one the nearest script frame holds."""
    kind, value, tb = sys.exc_info()
    if value is None:
        value = held_exception(sys._getframe(1))
        if value is None:
            return (None, None, None)
        kind, tb = type(value), value.__traceback__
    return kind, value, script_traceback(tb)


def held_exception(frame: FrameType | None) -> BaseException | None:
    """The exception the nearest script frame from ``frame`` outwards last handled, if any."""
    frame = _script_frame(frame)
    while frame is not None:
        value = frame.f_locals.get(HELD_EXCEPTION)
        if isinstance(value, BaseException):
            return value
        frame = _script_frame(frame.f_back)
    return None


def frame_of(view: Any) -> FrameType:
    """The frame behind a ``FrameView`` a script passes back (``traceback.extract_stack(f)``,
    ``inspect.getframeinfo(f)``); TypeError for anything else."""
    if type(view) is not FrameView:
        raise TypeError("a frame object is required")
    return view._frame
