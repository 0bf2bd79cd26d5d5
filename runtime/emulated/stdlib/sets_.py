"""Python 2's ``sets`` module (Jython 2.7 still ships it): ``Set`` and ``ImmutableSet``, the
built-in ``set``/``frozenset`` under their old names, printed as ``Set([1, 2, 3])`` in sorted
order for numbers and strings, as old code's logs show them. Like the script's own ``set``
(``runtime.scripts.sandbox.hashing``), each fills itself from a big argument item by item
(``budget.interruptible``), so colliding keys cannot hold the watchdog off inside one call."""
from __future__ import annotations

from typing import Any

from runtime.core.budget import interruptible


def _repr(self: Any) -> str:
    try:
        items = sorted(self)
    except TypeError:
        items = list(self)
    return "%s(%r)" % (type(self).__name__, items)


class Set(set):
    __module__ = "sets"
    __repr__ = __str__ = _repr

    def __init__(self, iterable: Any = ()) -> None:
        set.__init__(self, interruptible(iterable))


class ImmutableSet(frozenset):
    __module__ = "sets"
    __repr__ = __str__ = _repr

    def __new__(cls, iterable: Any = ()) -> "ImmutableSet":
        return frozenset.__new__(cls, interruptible(iterable))


def _keep_type(name: str, method: Any) -> Any:
    """``method`` of ``set`` giving a set of the receiver's class (``Set | Set`` is a ``Set``)."""
    def operation(self: Any, other: Any) -> Any:
        return type(self)(method(frozenset(self), interruptible(other)))
    operation.__name__ = name
    return operation


for _name, _method in (("__or__", frozenset.__or__), ("__and__", frozenset.__and__),
                       ("__sub__", frozenset.__sub__), ("__xor__", frozenset.__xor__),
                       ("union", frozenset.union), ("intersection", frozenset.intersection),
                       ("difference", frozenset.difference),
                       ("symmetric_difference", frozenset.symmetric_difference)):
    setattr(Set, _name, _keep_type(_name, _method))
    setattr(ImmutableSet, _name, _keep_type(_name, _method))
