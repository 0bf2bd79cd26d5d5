"""Which objects belong to a script, and which a script may change.

A script may change its own objects (instances and classes it made, its functions, its library
modules) and host objects made to be written (``session.custom``), never what every script
shares: host classes, modules, functions and instances (``type(math).floor = f`` would change
every later script, and shim itself). The sandbox's write guard, the payload rules and the
Python 2 printing helpers all ask the same question, so it is answered here, once.
"""
from __future__ import annotations

import types
from typing import Any

#: The mark put in the namespace of every class a script creates, and in the builtins of every
#: script (scripts can neither read nor set dunders, so they cannot forge it; host classes and
#: host functions never have it).
SCRIPT_MARK = "__shim_script__"


def is_script_class(cls: type) -> bool:
    """True for a class the script itself created (not for a host base class it inherits)."""
    return cls.__dict__.get(SCRIPT_MARK) is True


def is_script_object(obj: Any) -> bool:
    """True for classes a script defined, their instances, and script library modules. Private
    names and ``__dict__`` are readable on these only, never on host objects."""
    if issubclass(type(obj), type):
        return is_script_class(obj)
    if issubclass(type(obj), types.ModuleType):
        return getattr(obj, "__shim_library__", False)
    return is_script_class(type(obj))


def is_script_function(function: types.FunctionType) -> bool:
    """True for a function a script defined (its builtins are a script's builtins)."""
    builtins_of = function.__globals__.get("__builtins__")
    return isinstance(builtins_of, dict) and builtins_of.get(SCRIPT_MARK) is True


def accepts_writes(obj: Any) -> bool:
    """True when a script may set or delete attributes of ``obj``."""
    kind = type(obj)
    if getattr(kind, SCRIPT_MARK, False) or getattr(kind, "__shim_writable__", False):
        return True  # an instance of a script class, or a host object that takes writes
    if issubclass(type(obj), type):
        return bool(getattr(obj, SCRIPT_MARK, False))
    if type(obj) is types.FunctionType:
        return is_script_function(obj)
    if issubclass(type(obj), types.ModuleType):
        return bool(obj.__dict__.get("__shim_library__"))
    return False
