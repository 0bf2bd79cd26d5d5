"""Which class a script is handed for a class: the class itself, or a stand-in for shim's own.

Scripts meet classes through ``type(x)``, ``x.__class__``, ``x.getClass()`` and a class's
``__mro__``/``__bases__``/``mro()``. For most classes that is harmless, but a class of shim's
own runtime (the request handle of ``system.util.sendRequestAsync``, a logger's backend, an
iterator of an emulated ``ArrayList``) is machinery: constructing it with arguments of the
script's choosing, subclassing it or calling its raw methods with a forged ``self`` runs shim's
code on terms shim never meant (a request handle built by a script ran script code on the
process-wide scheduler thread, outside the script's budget). Every layer that hands a class to
a script asks :func:`visible`, so every path gives the same answer; the sandbox decides which
classes get a stand-in and what the stand-in allows (``runtime.scripts.sandbox.classguard``,
installed through :func:`install`). Without it (plain Python, a test of the emulations alone)
every class is handed over as it is.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from runtime.core.ownership import SCRIPT_MARK

_lock = threading.Lock()
#: class -> what scripts get for it (itself or its stand-in), for the classes of ``_roots``
_seen: dict[type, Any] = {}
_roots: frozenset[str] = frozenset()
_stand_in: Callable[[type], Any] | None = None
_real: dict[int, type] = {}  # id(stand-in) -> the class it stands in for
#: shim's classes that borrow a module name shim does not own (``PyArray`` prints as ``array``,
#: each module proxy's class is named after its module): see :func:`claim`
_claimed: set[type] = set()


def claim(cls: type) -> type:
    """Count ``cls`` as one of shim's own classes although its ``__module__`` is a name scripts
    know (``array``, ``math``), so that the sandbox decides for it too; returns ``cls``."""
    _claimed.add(cls)
    return cls


def install(stand_in: Callable[[type], Any | None], roots: frozenset[str]) -> None:
    """Let ``stand_in(cls)`` decide for the classes whose ``__module__`` starts with one of
    ``roots`` (shim's own packages): it returns the stand-in to hand out, None for a class
    scripts may have as it is, or ``cls`` itself for such a class not worth remembering (one
    made per run, as the budget's timeouts are)."""
    global _stand_in, _roots
    with _lock:
        _stand_in, _roots = stand_in, frozenset(roots)
        _seen.clear()
        _real.clear()


def visible(cls: Any) -> Any:
    """What a script gets for class ``cls``: ``cls`` itself, or the stand-in of one of shim's
    own classes (the same object every time, so ``type(a) is type(b)`` still answers)."""
    seen = _seen.get(cls)
    if seen is not None:
        return seen
    decide = _stand_in
    if decide is None or not isinstance(cls, type):
        return cls
    namespace = cls.__dict__
    if namespace.get(SCRIPT_MARK) is True:
        return cls  # the script's own classes are never cached (scripts make them per run)
    module = namespace.get("__module__")
    if not isinstance(module, str):  # a builtin type (list, float ...): a fixed set, remembered
        _seen[cls] = cls
        return cls
    if module.partition(".")[0] not in _roots and cls not in _claimed:
        return cls  # the standard library, the pseudo types scripts see
    stand_in = decide(cls)
    if stand_in is cls:
        return cls
    with _lock:
        seen = _seen.get(cls)
        if seen is None:
            seen = _seen[cls] = cls if stand_in is None else stand_in
            if stand_in is not None:
                _real[id(stand_in)] = cls
    return seen


def real(obj: Any) -> type | None:
    """The class ``obj`` stands in for, or None when ``obj`` is no stand-in (for the
    sandbox's own checks; never handed to scripts)."""
    cls = _real.get(id(obj))
    return cls if cls is not None and _seen.get(cls) is obj else None
