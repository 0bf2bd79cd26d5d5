"""``inspect``, read-only: what kind of object something is and a function's argument names.
Frames, source files and members read past the guard (``currentframe``, ``stack``,
``getsource``, ``getmembers``) are refused by the proxy."""
from __future__ import annotations

import inspect as _inspect
from collections import namedtuple as _namedtuple
from typing import Any

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
