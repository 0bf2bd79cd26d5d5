"""``inspect``, read-only: what kind of object something is, a function's argument names, and
the calling script's frames as logging helpers read them (``inspect.stack()[1][3]`` is the
caller's name), as the read-only facades of ``_frames``. Source files and members read past the
guard (``getsource``, ``getmembers``) are refused by the proxy."""
from __future__ import annotations

import inspect as _inspect
import sys as _sys
from collections import namedtuple as _namedtuple
from typing import Any

from runtime.emulated.stdlib import _frames
from runtime.emulated.stdlib.scriptpath import shown

isfunction = _inspect.isfunction
ismethod = _inspect.ismethod
isclass = _inspect.isclass
ismodule = _inspect.ismodule
isroutine = _inspect.isroutine
isbuiltin = _inspect.isbuiltin
isgenerator = _inspect.isgenerator
isgeneratorfunction = _inspect.isgeneratorfunction
cleandoc = _inspect.cleandoc

ArgSpec = _namedtuple("ArgSpec", "args varargs keywords defaults")


def getargspec(func: Any) -> ArgSpec:
    """Python 2's ``getargspec``: (args, varargs, keywords, defaults) of a Python function."""
    if _inspect.ismethod(func):
        func = func.__func__
    if not _inspect.isfunction(func):
        raise TypeError("%r is not a Python function" % (func,))
    spec = _inspect.getfullargspec(func)
    return ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)


def getdoc(obj: Any) -> Any:
    doc = getattr(obj, "__doc__", None)
    return _inspect.cleandoc(doc) if isinstance(doc, str) else None


Traceback = _namedtuple("Traceback", "filename lineno function code_context index")


def currentframe() -> _frames.FrameView:
    """The calling script's frame (a facade: ``f_code``, ``f_lineno``, ``f_back``)."""
    return _frames.getframe(0)


def _info(frame: Any, lineno: int, context: int) -> Traceback:
    """Python 2.7's ``getframeinfo`` over the script's own source (its quirks included: the
    context window starts at line 2 at the earliest)."""
    filename = frame.f_code.co_filename
    lines = index = None
    source = _frames.source_lines(filename)
    if context > 0 and source is not None:
        text = [line + "\n" for line in source]
        start = max(lineno - 1 - context // 2, 1)
        start = max(0, min(start, len(text) - context))
        lines = text[start:start + context]
        index = lineno - 1 - start
    return Traceback(shown(filename), lineno, frame.f_code.co_name, lines, index)


def getframeinfo(frame: Any, context: int = 1) -> Traceback:
    real = _frames.frame_of(frame)
    return _info(real, frame.f_lineno, context)


def getouterframes(frame: Any, context: int = 1) -> list[tuple]:
    """``(frame, filename, lineno, function, code_context, index)`` from ``frame`` outwards
    (script frames only)."""
    return [(_frames.FrameView(f, line),) + tuple(_info(f, line, context))
            for f, line in _frames.script_stack(_frames.frame_of(frame))]


def stack(context: int = 1) -> list[tuple]:
    """The calling script's stack, innermost first: ``inspect.stack()[1][3]`` is the caller."""
    return [(_frames.FrameView(f, line),) + tuple(_info(f, line, context))
            for f, line in _frames.script_stack(_sys._getframe(1))]
