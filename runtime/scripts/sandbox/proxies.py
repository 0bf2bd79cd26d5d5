"""Read-only proxies: how modules and host namespaces are handed to scripts.

A proxy is an instance of a class built for it, whose class attributes are exactly the allowed
names. Reading an allowed name is an ordinary attribute read (no guard, no Python-level
``__getattr__`` call), which is why scripts run at near-plain speed; every other name falls
through to ``__getattr__`` and raises a clear error; writes and subclassing are refused.
"""
from __future__ import annotations

import types
from typing import Any, Callable, Iterable, Mapping

from runtime.core import hostclass
from runtime.scripts.sandbox.errors import AttributeRefused, SandboxError


class Proxy:
    """Base of every proxy; scripts cannot subclass, write to or delete from one."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        if not cls.__dict__.get("_shim_internal", False):
            raise SandboxError(f"{cls.__mro__[1].__name__} cannot be subclassed by scripts")
        super().__init_subclass__(**kwargs)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeRefused(f"{self!r} is read-only: cannot set '{name}'")

    def __delattr__(self, name: str) -> None:
        raise AttributeRefused(f"{self!r} is read-only: cannot delete '{name}'")


def make_proxy(
    qualname: str,
    members: Mapping[str, Any],
    missing: Callable[[str], Exception] | None = None,
    lazy: Callable[[str], Any] | None = None,
    listing: Iterable[str] = (),
) -> Proxy:
    """Build a read-only proxy named ``qualname`` exposing exactly ``members``.

    ``missing(name)`` makes the error for a name that is not there (default: AttributeError
    "module 'x' has no attribute 'y'", as Python says). ``lazy(name)`` may produce a member on
    first use (library packages load modules lazily); its result is cached on the class.
    ``listing`` names the lazy members ``dir()`` shows before they are used (``dir(system)``
    lists Ignition's namespaces, as in the Designer's console).
    Modules are never allowed as members: a proxy must not hand out a real module.
    """
    namespace: dict[str, Any] = {"__slots__": (), "_shim_internal": True, "__doc__": None,
                                 "__name__": qualname}  # math.__name__ == 'math', as a module's
    for name, value in members.items():
        if isinstance(value, types.ModuleType):
            raise TypeError(f"proxy {qualname}: member {name!r} is a real module")
        namespace[name] = staticmethod(value) if isinstance(value, types.FunctionType) else value

    def __getattr__(self: Proxy, name: str) -> Any:
        if lazy is not None and not name.startswith("_"):
            value = lazy(name)
            if value is not None:
                type.__setattr__(cls, name, staticmethod(value) if isinstance(value, types.FunctionType) else value)
                return value
        if missing is not None:
            raise missing(name)
        raise AttributeError(f"module '{qualname}' has no attribute '{name}'")

    namespace["__getattr__"] = __getattr__
    namespace["__repr__"] = lambda self: f"<module '{qualname}'>"
    listed = frozenset(listing)
    namespace["__dir__"] = lambda self: sorted(listed | {n for n in vars(cls) if not n.startswith("_")})
    cls = hostclass.claim(type(qualname.rpartition(".")[2] or qualname, (Proxy,), namespace))
    cls.__qualname__ = qualname
    cls.__module__ = qualname
    proxy = object.__new__(cls)
    return proxy
