"""Sets and dicts that a script cannot flood with colliding keys inside one call into C.

Integers that are equal modulo 2**61 - 1 all hash alike, so each one put in a set or dict
compares with every one before it: ``set(keys)`` over 200,000 of them is minutes of C work in
one call, which the watchdog cannot interrupt (it raises only between bytecodes). A set or dict
built from a generator is stoppable between any two items. So every way a script has of
filling one from a big argument in one call -- ``set(...)``, ``frozenset(...)``, ``dict(...)``,
``dict.fromkeys``, ``update`` and the set algebra methods (``union``, ``intersection_update``,
``issubset`` ...), ``collections.Counter``/``defaultdict``, and subclasses of these -- feeds
arguments of more than ``budget.C_ITEMS`` items through a generator (``budget.interruptible``).
Small arguments (every real plant lookup table) take the plain C path.

The script-visible ``set``/``frozenset``/``dict`` are pseudo types like its ``str``/``int``
(``runtime.scripts.legacy.py2types.PseudoType``): ``isinstance``, ``type(x) is dict``,
``class Recipe(dict)``, ``defaultdict(set)`` and ``dict.__init__(self, ...)`` work as before.

Not covered: the set operators (``a | b``, ``a & b``, ``a - b``, ``a ^ b``, ``a == b``) between
two sets already flooded (each was built item by item under the budget, so the operation costs
about as long again); process isolation kills those.
"""
from __future__ import annotations

import collections
import functools
from types import MethodType
from typing import Any, Callable

from runtime.core.budget import C_ITEMS, interruptible, interruptible_pairs
from runtime.core.ownership import is_script_class
from runtime.scripts.legacy.py2types import REAL_BASES, VISIBLE_TYPES, PseudoType

#: Set methods that take other iterables: each is fed through ``interruptible``.
SET_METHODS = ("update", "union", "intersection", "difference", "symmetric_difference",
               "intersection_update", "difference_update", "symmetric_difference_update",
               "issubset", "issuperset", "isdisjoint")

#: Attribute names whose reads go through ``_getattr_`` so the safe method is handed out.
METHOD_NAMES = frozenset(SET_METHODS) | {"fromkeys"}


def _set_method(real: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(real)
    def method(self: Any, *others: Any) -> Any:
        if len(others) == 1 and type(others[0]) in _SMALL_OK and len(others[0]) <= C_ITEMS:
            return real(self, others[0])  # the common call: one small argument
        return real(self, *map(interruptible, others))
    return method


#: Argument types whose size ``len`` tells at once (a small one takes the plain C path).
_SMALL_OK = frozenset({tuple, list, set, frozenset, dict, str})


def _dict_update(self: dict, *args: Any, **kwargs: Any) -> None:
    if not args or (len(args) == 1 and type(args[0]) is dict and len(args[0]) <= C_ITEMS):
        dict.update(self, *args, **kwargs)  # keywords, or one small dict: the plain C path
    else:
        dict.update(self, *map(interruptible_pairs, args), **kwargs)


def _dict_init(self: dict, *args: Any, **kwargs: Any) -> None:
    dict.__init__(self, *map(interruptible_pairs, args), **kwargs)


def _set_init(self: set, *args: Any) -> None:
    set.__init__(self, *map(interruptible, args))


def _fromkeys(cls: type, iterable: Any, value: Any = None) -> dict:
    return _REAL_FROMKEYS.__get__(None, cls)(interruptible(iterable), value)


_REAL_FROMKEYS = vars(dict)["fromkeys"]


def _overrides(kind: type, name: str, base: type) -> bool:
    """Whether a class between ``kind`` and ``base`` defines ``name`` itself."""
    for klass in kind.__mro__:
        if klass is base:
            return False
        if name in vars(klass):
            return True
    return False


class ScriptSet(set):
    """The base a script's ``class S(set)`` gets: the real ``set`` with the safe methods."""

    __slots__ = ()
    __init__ = _set_init


class ScriptFrozenset(frozenset):
    """The base of a script's ``class S(frozenset)``."""

    __slots__ = ()

    def __new__(cls, *args: Any) -> Any:
        return frozenset.__new__(cls, *map(interruptible, args))


class ScriptDict(dict):
    """The base of a script's ``class S(dict)``."""

    __slots__ = ()
    __init__ = _dict_init
    update = _dict_update
    fromkeys = classmethod(_fromkeys)


for _name in SET_METHODS:
    setattr(ScriptSet, _name, _set_method(getattr(set, _name)))
    if hasattr(frozenset, _name):
        setattr(ScriptFrozenset, _name, _set_method(getattr(frozenset, _name)))


class CheckedType(PseudoType):
    """Metaclass of the scripts' ``set``/``frozenset``/``dict`` (and ``decimal.Decimal``,
    ``exact.py``): calling one builds the real type safely (its ``build``);
    ``isinstance``/``issubclass`` answer for the real type."""

    safe: type = object

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls.build(*args, **kwargs)  # type: ignore[attr-defined]

    def __instancecheck__(cls, obj: Any) -> bool:
        return isinstance(obj, cls.real)

    def __subclasscheck__(cls, sub: Any) -> bool:
        return sub is cls or (isinstance(sub, type) and not isinstance(sub, PseudoType)
                              and issubclass(sub, cls.real))


def _pseudo(real: type, safe: type, build: Callable[..., Any]) -> type:
    # unbound use of the real type's methods (``dict.__init__(self, pairs)``, ``set.add(s, x)``,
    # ``dict.update(d, pairs)``) reads the safe class's
    namespace: dict[str, Any] = {"__slots__": (), "__module__": "builtins", "build": staticmethod(build)}
    for name in vars(safe):
        if name not in ("__slots__", "__module__", "__doc__", "__new__", "__qualname__"):
            namespace[name] = getattr(safe, name)
    if real is dict:
        namespace["fromkeys"] = staticmethod(functools.partial(_fromkeys, dict))
    for name in ("__init__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__",
                 "__len__", "__repr__", "__eq__", "__ne__"):
        if hasattr(real, name):
            namespace.setdefault(name, getattr(real, name))
    pseudo = CheckedType(real.__name__, (), namespace)
    pseudo.real = real
    pseudo.safe = safe
    REAL_BASES[pseudo] = safe
    VISIBLE_TYPES[real] = pseudo
    return pseudo


def _build_set(*args: Any) -> set:
    return set(*map(interruptible, args))


def _build_frozenset(*args: Any) -> frozenset:
    return frozenset(*map(interruptible, args))


def _build_dict(*args: Any, **kwargs: Any) -> dict:
    return dict(*map(interruptible_pairs, args), **kwargs)


SET = _pseudo(set, ScriptSet, _build_set)
FROZENSET = _pseudo(frozenset, ScriptFrozenset, _build_frozenset)
DICT = _pseudo(dict, ScriptDict, _build_dict)

#: The scripts' builtins ``set``, ``frozenset`` and ``dict``.
BUILTINS: dict[str, Any] = {"set": SET, "frozenset": FROZENSET, "dict": DICT}


class Counter(collections.Counter):
    """``collections.Counter`` whose counting of a big argument can be stopped (its C helper
    counts a whole list in one call)."""

    def update(self, iterable: Any = None, /, **kwargs: Any) -> None:
        super().update(interruptible_pairs(iterable) if isinstance(iterable, dict) else
                       interruptible(iterable) if iterable is not None else None, **kwargs)


Counter.__module__ = "collections"


class defaultdict(collections.defaultdict):  # noqa: N801 - the name scripts use
    """``collections.defaultdict`` built safely from a big argument."""

    def __init__(self, default_factory: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(default_factory, *map(interruptible_pairs, args), **kwargs)

    update = _dict_update


defaultdict.__module__ = "collections"


def safe_method(obj: Any, name: str) -> Any:
    """``obj.name`` as the safe method when ``obj`` is a set or dict whose method of that
    name is the built-in one (None otherwise: read the attribute as usual).

    Each type's answer is worked out once (``_KNOWN``): reading ``d.update`` in a loop cost a
    subclass walk and a new wrapper per read (7x an update-heavy loop). A script's own class
    is asked every time, since the script may give it a method of that name later."""
    kind = type(obj)
    known = _KNOWN[name]
    method = known.get(kind, _UNKNOWN)
    if method is _UNKNOWN:
        method = _unbound(kind, name)
        if not is_script_class(kind):  # host types never change under a script
            known[kind] = method
    if method is None:
        return None
    return MethodType(method, kind if name == "fromkeys" else obj)


_UNKNOWN = object()

#: name -> type -> the safe function for that type's method of that name, or None (host types).
_KNOWN: dict[str, dict[type, Any]] = {name: {} for name in METHOD_NAMES}

#: The safe function of each built-in method, made once.
_SAFE: dict[tuple[type, str], Callable[..., Any]] = {
    **{(set, name): vars(ScriptSet)[name] for name in SET_METHODS},
    **{(frozenset, name): vars(ScriptFrozenset)[name] for name in SET_METHODS if name in vars(ScriptFrozenset)},
    (dict, "update"): _dict_update, (dict, "fromkeys"): _fromkeys,
}


def _unbound(kind: type, name: str) -> Callable[..., Any] | None:
    if name in SET_METHODS and issubclass(kind, (set, frozenset)):
        base = set if issubclass(kind, set) else frozenset
        return _SAFE.get((base, name)) if not _overrides(kind, name, base) else None
    if issubclass(kind, dict) and not _overrides(kind, name, dict):
        return _SAFE.get((dict, name))
    return None
