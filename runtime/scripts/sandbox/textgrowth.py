"""String methods whose result can be far longer than their input, size-checked before the
one call into C that builds it.

``'x'.ljust(2 * 10**9)``, ``s.replace('a', 'b' * 10**5)``, ``''.join([big] * 30)``: each is one
C call that allocates and fills gigabytes with the interpreter lock held (seconds the watchdog
cannot interrupt, and the gateway's memory for every project). Jython would raise an
``OutOfMemoryError`` past the JVM's heap; shim refuses, as a repetition does
(``runtime.core.budget.MAX_TEXT``), with a ``MemoryError`` that ``except Exception, e:`` catches.

A script reads these names through ``_getattr_`` (``policy.GUARDED_ATTRIBUTES``), bound
(``s.ljust``) or unbound (``str.ljust``, ``getattr(str, 'replace')``); a script class that
defines its own method of that name keeps it.
"""
from __future__ import annotations

import operator
from types import BuiltinMethodType, FunctionType, MethodDescriptorType, MethodType
from typing import Any, Callable

from runtime.core.budget import MAX_TEXT, check_join
from runtime.core.ownership import is_script_function

_TEXT_TYPES = (str, bytes, bytearray)


def _index(value: Any) -> int:
    try:
        return operator.index(value)
    except TypeError:
        return 0  # the real method raises its own TypeError


def _refuse(size: int, what: str) -> None:
    if size > MAX_TEXT:
        raise MemoryError(f"{what} would build a string of {size:,} characters: over shim's limit of {MAX_TEXT:,}")


def _pad(text: Any, width: Any = 0, *_: Any, **__: Any) -> None:
    _refuse(_index(width), "padding a string")


def _expandtabs(text: Any, tabsize: Any = 8, **kwargs: Any) -> None:
    tabsize = _index(kwargs.get("tabsize", tabsize))
    tab = "\t" if isinstance(text, str) else b"\t"
    _refuse(len(text) + text.count(tab) * max(tabsize, 0), "expanding the tabs of a string")


def _replace(text: Any, old: Any = "", new: Any = "", count: Any = -1, *_: Any, **kwargs: Any) -> None:
    try:
        grows = len(new) - len(old)
        if grows <= 0:
            return
        times = text.count(old) if len(old) else len(text) + 1
    except TypeError:
        return  # the real method raises its own
    limit = _index(kwargs.get("count", count))
    if limit >= 0:
        times = min(times, limit)
    _refuse(len(text) + times * grows, "replacing in a string")


def _join(text: Any, parts: Any) -> Any:
    """Checks the joined length; returns the parts as a list (a generator is read once)."""
    parts = parts if type(parts) in (list, tuple) else list(parts)
    check_join(text, parts)
    return parts


#: method name -> the check run on its arguments before the real method
_CHECKS: dict[str, Callable[..., Any]] = {
    "ljust": _pad, "rjust": _pad, "center": _pad, "zfill": _pad,
    "expandtabs": _expandtabs, "replace": _replace, "join": _join,
}

#: The names scripts read through ``_getattr_`` for this check.
GROWING_METHODS = frozenset(_CHECKS)

#: the real unbound methods (``str.ljust`` ...), to recognise an unbound read
_UNBOUND = {vars(kind)[name]: name for kind in _TEXT_TYPES for name in _CHECKS if name in vars(kind)}


def _is_script_method(method: MethodType) -> bool:
    return type(method.__func__) is FunctionType and is_script_function(method.__func__)


class _Checked:
    """A string method as read (bound, or unbound when ``bound`` is false) that checks the
    size of its result first."""

    __slots__ = ("_method", "_check", "_bound")

    def __init__(self, method: Any, name: str, bound: bool) -> None:
        self._method = method
        self._check = _CHECKS[name]
        self._bound = bound

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._bound:
            text, rest = self._method.__self__, args
        elif args and isinstance(args[0], _TEXT_TYPES):
            text, rest = args[0], args[1:]
        else:
            return self._method(*args, **kwargs)  # the real method's own TypeError
        if self._check is _join:
            if len(rest) == 1 and not kwargs:
                rest = (_join(text, rest[0]),)
        else:
            self._check(text, *rest, **kwargs)
        return self._method(*rest, **kwargs) if self._bound else self._method(text, *rest, **kwargs)

    def __repr__(self) -> str:
        return repr(self._method)


def checked(value: Any, name: str, owner: Any) -> Any:
    """``value`` (the attribute ``name`` just read from ``owner``) as the size-checked method when it is a
    string's method of shim's or Python's (bound), or a built-in one read from its class;
    else ``value`` itself (a script class's own method)."""
    kind = type(value)
    if kind is BuiltinMethodType or kind is MethodType:
        if isinstance(value.__self__, _TEXT_TYPES) and value.__name__ == name and (
                kind is BuiltinMethodType or not _is_script_method(value)):
            return _Checked(value, name, True)
        return value
    if kind is MethodDescriptorType and _UNBOUND.get(value) == name or kind is FunctionType and \
            isinstance(owner, type) and issubclass(owner, _TEXT_TYPES) and not is_script_function(value):
        return _Checked(value, name, False)  # str.ljust, or shim's unicode.center
    return value
