"""Shim's own classes as scripts get them: the rule of ``policy.RUNTIME_CLASS_MODULES``.

A class scripts may import (``from java.util import ArrayList``, ``BasicDataset``,
``collections.OrderedDict``) is theirs to construct and subclass, as in Jython. Any other class
of shim's packages is machinery, and what a script gets for it (from ``type(x)``,
``x.__class__``, ``x.getClass()``, a class's ``__mro__``, every path asks
``runtime.core.hostclass.visible``) is a :class:`HostClass` stand-in: ``isinstance(x, type(h))``,
``issubclass``, ``print type(h)`` and ``type(h).__name__`` answer as for the class (Jython code
prints and compares classes every day), while calling it, subclassing it, copying through it and
reading its methods (``type(h).get(forged_self)``) are refused, naming the class. Scripts also
cannot make one of these objects without its constructor: the ``copy`` module scripts get
(:data:`COPY_FUNCTIONS`) refuses to rebuild an instance of such a class.
"""
from __future__ import annotations

import copyreg
import importlib.util
import threading
from typing import Any, Callable, Iterable

from runtime.core import hostclass
from runtime.core.ownership import accepts_writes, is_script_object
from runtime.scripts.legacy.py2types import py2_repr
from runtime.scripts.sandbox.errors import AttributeRefused, ConstructionRefused, SandboxError
from runtime.scripts.sandbox.policy import HOST_CLASS_NAMES, RUNTIME_CLASS_MODULES

#: the names a stand-in answers with the class's own value
_DESCRIPTIVE = frozenset({"__name__", "__qualname__", "__module__", "__doc__"})
#: special methods Python looks up on the stand-in itself (``isinstance``, ``copy``, ``repr``)
_OWN = frozenset({"__class__", "__instancecheck__", "__subclasscheck__", "__repr__", "__str__",
                  "__eq__", "__ne__", "__hash__", "__copy__", "__deepcopy__", "__call__",
                  "__mro_entries__", "__format__"})


def label(cls: type) -> str:
    """The name a refusal uses: the Java name of an emulated Java class, else the class's own."""
    name = getattr(type(cls), "getName", None)
    return str(name(cls)) if callable(name) else cls.__qualname__


class HostClass:
    """What a script gets for one of shim's own classes (see the module docstring)."""

    __slots__ = ("_shim_class",)

    def __getattribute__(self, name: str) -> Any:
        cls = _real(self)
        if name in _DESCRIPTIVE:
            return getattr(cls, name)
        if name in ("__bases__", "__mro__"):
            return tuple(hostclass.visible(klass) for klass in getattr(cls, name))
        if name in _OWN:
            return object.__getattribute__(self, name)
        if name in HOST_CLASS_NAMES and hasattr(type(cls), name):
            member = getattr(type(cls), name)  # java.lang.Class's getName() ...: text only
            if isinstance(member, property):
                return member.__get__(cls, type(cls))
            return lambda: member(cls)
        raise AttributeRefused(f"reading '{name}' of {label(cls)} is not allowed: it is shim's own "
                               "class (scripts may test isinstance(x, it), print it and read its __name__)")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeRefused(f"setting '{name}' of {label(_real(self))} is not allowed")

    def __delattr__(self, name: str) -> None:
        raise AttributeRefused(f"deleting '{name}' of {label(_real(self))} is not allowed")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise ConstructionRefused(f"{label(_real(self))} is shim's own class: scripts cannot construct it")

    def __mro_entries__(self, bases: tuple) -> tuple:
        raise SandboxError(f"{label(_real(self))} is shim's own class: scripts cannot subclass it")

    def __instancecheck__(self, obj: Any) -> bool:
        return isinstance(obj, _real(self))

    def __subclasscheck__(self, other: Any) -> bool:
        other = hostclass.real(other) or other
        return isinstance(other, type) and issubclass(other, _real(self))

    def __repr__(self) -> str:
        return py2_repr(_real(self))  # as Jython prints the class: <type 'java.util.Iterator'>

    def __copy__(self) -> "HostClass":
        return self  # as copy.copy(cls) gives the class itself

    def __deepcopy__(self, memo: Any) -> "HostClass":
        return self


_real: Callable[[HostClass], type] = HostClass._shim_class.__get__  # type: ignore[assignment]


def _make(cls: type) -> HostClass:
    """The stand-in for ``cls`` (made here only: ``HostClass`` has no ``__init__`` a script could
    call again to point a shared stand-in at another class)."""
    stand_in = object.__new__(HostClass)
    object.__setattr__(stand_in, "_shim_class", cls)
    return stand_in


def refuse_subclassing(name: str, bases: Iterable[Any]) -> None:
    """``type(name, bases, dict)`` with a stand-in among the bases (the ``class`` statement
    asks the stand-in itself, through ``__mro_entries__``)."""
    for base in bases:
        cls = hostclass.real(base)
        if cls is not None:
            raise SandboxError(f"class {name}: {label(cls)} is shim's own class: scripts cannot subclass it")


# -- which classes stand in ------------------------------------------------------------------

_exports_lock = threading.RLock()
_exports: dict[int, type] | None = None
_sources: list[Callable[[], Iterable[Any]]] = []


def _exported() -> dict[int, type]:
    """Every class an import proxy or the builtins hand out, and the classes they name in public
    attributes (``DatasetUtilities.PyDataSet``), by id: built once, from every proxy at once,
    so the answer for a class never depends on what was imported first."""
    global _exports
    if _exports is None:
        with _exports_lock:
            if _exports is None:
                found: dict[int, type] = {}
                pending = [value for source in _sources for container in source()
                           for value in _members(container)]
                while pending:
                    value = pending.pop()
                    if isinstance(value, type) and id(value) not in found:
                        found[id(value)] = value
                        pending.extend(member for klass in value.__mro__
                                       for key, member in vars(klass).items() if not key.startswith("_"))
                _exports = found
    return _exports


def _members(container: Any) -> Iterable[Any]:
    if isinstance(container, dict):
        return container.values()
    return [value for key, value in vars(type(container)).items() if not key.startswith("_")]


def _stand_in(cls: type) -> HostClass | type | None:
    if issubclass(cls, BaseException):
        return cls  # itself, not remembered: the budget makes a ScriptTimeout class per timeout
    if id(cls) in _exported():
        return None
    return _make(cls)


def install(*sources: Callable[[], Iterable[Any]]) -> None:
    """Take the import proxies (and builtins tables) scripts get from ``sources``, each a
    function giving them, and make :func:`runtime.core.hostclass.visible` follow this module."""
    global _exports
    with _exports_lock:
        _sources[:] = sources
        _exports = None
    hostclass.install(_stand_in, RUNTIME_CLASS_MODULES)


# -- copy without rebuilding shim's objects --------------------------------------------------

def _private_copy_module() -> Any:
    """A copy of the ``copy`` module for scripts alone, whose ``_reconstruct`` (the one step
    both ``copy`` and ``deepcopy`` take to rebuild an object from its ``__reduce_ex__``) refuses
    to make an instance of a class that stands in: ``copy.copy(handle)`` would make a second
    request handle past its constructor, and a script class's ``__reduce_ex__`` may name any
    callable to rebuild with."""
    spec = importlib.util.find_spec("copy")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuild = module._reconstruct

    def _reconstruct(x: Any, memo: Any, func: Any, args: Any, state: Any = None, *rest: Any, **kwargs: Any) -> Any:
        target = args[0] if func in _NEWOBJ and args else func
        if isinstance(target, type) and hostclass.visible(target) is not target:
            raise SandboxError(f"copying {label(target)} objects is not allowed: it is shim's own class")
        if (state is not None or any(item is not None for item in rest)) and is_script_object(x):
            func = _writable_result(func)  # a script's __reduce_ex__ states only its own objects
        return rebuild(x, memo, func, args, state, *rest, **kwargs)

    module._reconstruct = _reconstruct
    return module


def _writable_result(build: Callable[..., Any]) -> Callable[..., Any]:
    def checked(*args: Any) -> Any:
        made = build(*args)
        if not accepts_writes(made):
            raise SandboxError(f"copy: a script's __reduce_ex__ cannot hand state to {type(made).__name__} "
                               "objects (host objects are shared by every script)")
        return made
    return checked


def _deepcopy(x: Any, memo: Any = None, _nil: Any = ()) -> Any:
    """``copy.deepcopy`` for scripts: ``memo`` is a plain dict (a dict subclass's ``get`` would
    answer with objects of the script's choosing for the parts of a host object)."""
    if memo is not None and type(memo) is not dict:
        raise TypeError("deepcopy(): memo must be a dict")
    return _COPY.deepcopy(x, memo)


_NEWOBJ = (copyreg.__newobj__, copyreg.__newobj_ex__, copyreg._reconstructor)
_COPY = _private_copy_module()

#: ``copy.copy`` and ``copy.deepcopy`` as scripts get them.
COPY_FUNCTIONS: dict[str, Any] = {"copy": _COPY.copy, "deepcopy": _deepcopy}
