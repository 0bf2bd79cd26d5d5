"""Jython 2's run-time semantics on CPython 3: the builtins and module extras legacy scripts use.

These are plain functions handed to every script (see ``runtime.scripts.sandbox.namespace``). They
reproduce Python 2 / Jython 2.7 behaviour where Python 3 differs: integer ``/`` floors,
``map``/``filter``/``zip``/``range`` return lists, ``round`` rounds half away from zero and
returns a float, ``cmp``/``reduce``/``apply``/``xrange``/``unicode``/``long`` exist, ``str``/
``repr`` print as Python 2 does (``runtime.scripts.legacy.py2types``), dicts and sets iterate in
Jython's hash order (``runtime.scripts.legacy.jorder``), mixed types order as in Python 2, and the
``string``/``math``/``json``/``re``/``operator`` modules keep their Python 2 behaviour.

Names of the form ``_x_`` are the helpers the compiler (``runtime.scripts.legacy.semantics``) calls;
scripts cannot name them.
"""
from __future__ import annotations

import builtins
import contextvars
import decimal
import functools
import itertools
import json as _json
import math
import operator as _operator
import re as _re
import string as _string
import sys
import time as _time
import types
from collections import OrderedDict
from typing import Any, Callable, Iterable

import regex as _regex

from runtime.core import context as _context
from runtime.core.budget import MAX_ITEMS, check_division, check_join, time_left
from runtime.core.context import write_output
from runtime.core.regexrun import regex_run
from runtime.core.ownership import accepts_writes
from runtime.emulated.stdlib import _host
from runtime.emulated.stdlib.scriptpath import scrub
from runtime.scripts.legacy import jorder, py2bytes
from runtime.scripts.legacy.exceptions import py2_exception
from runtime.scripts.legacy.py2types import (
    BASESTRING,
    BUILTIN_FUNCTIONS,
    ENVIRONMENT_ERROR,
    INT,
    STR,
    as_long,
    as_unicode,
    check_ascii_parts,
    long,
    ordered_iter,
    print_text,
    py2_decode,
    py2_encode,
    py2_format_percent,
    py2_format_value,
    py2_int,
    py2_repr,
    py2_str,
    py2_text_equal,
    py2_text_in,
    py2_type,
    unicode,
)

_int = int
_float = float
_str = str
_list = list
_tuple = tuple
_INT_MIN, _INT_MAX = -0x80000000, 0x7FFFFFFF


# -- arithmetic -----------------------------------------------------------------------------

def py2_div(a: Any, b: Any) -> Any:
    """``a / b`` as Jython computes it: floor division when both operands are integers."""
    if isinstance(a, _int) and isinstance(b, _int):
        if b == 0:
            raise ZeroDivisionError("long division or modulo" if _is_long(a) or _is_long(b)
                                    else "integer division or modulo by zero")
        check_division(a, b)
        return a // b
    try:
        return a / b
    except ZeroDivisionError as exc:
        raise py2_exception(exc, raised_by_python=True) from None


def _is_long(x: int) -> bool:
    return isinstance(x, long) or not -0x80000000 <= x <= 0x7FFFFFFF


def py2_mod(a: Any, b: Any) -> Any:
    """``a % b`` when the compiler cannot tell a format from a modulo."""
    if isinstance(a, _str):
        return py2_format_percent(a, b)
    check_division(a, b)
    try:
        return a % b
    except ZeroDivisionError as exc:
        raise py2_exception(exc, raised_by_python=True) from None


def _py2_order(value: Any) -> tuple:
    """Python 2's ordering of mixed types: None < numbers < other types by type name."""
    if value is None:
        return (0, "")
    if isinstance(value, (_int, _float, decimal.Decimal)):
        return (1, "")
    if isinstance(value, _str):  # str and unicode compare with each other as strings
        return (2, "unicode" if isinstance(value, unicode) else "str")
    name = py2_type(value).__name__
    return (2, name)


def py2_cmp(a: Any, b: Any) -> int:
    """Python 2's three-way comparison, across types and inside lists/tuples."""
    if a is b:
        return 0
    try:
        if a == b:
            return 0
        if a < b:
            return -1
        if a > b:
            return 1
    except TypeError:
        pass
    ta, tb = type(a), type(b)
    if (ta is tb or (isinstance(a, (_list, _tuple)) and isinstance(b, ta))) and isinstance(a, (_list, _tuple)):
        for x, y in zip(a, b):
            c = py2_cmp(x, y)
            if c:
                return c
        return (len(a) > len(b)) - (len(a) < len(b))
    ka, kb = _py2_order(a), _py2_order(b)
    if ka != kb:
        return -1 if ka < kb else 1
    if ta is tb and isinstance(a, dict):
        return _dict_cmp(a, b)
    ia, ib = id(ta), id(tb)
    return (ia > ib) - (ia < ib) if ta is not tb else ((id(a) > id(b)) - (id(a) < id(b)))


def _dict_cmp(a: dict, b: dict) -> int:
    """Python 2's dict comparison: the shorter dict is smaller; else the smallest key whose
    value differs decides (compared as keys, then by the values under it)."""
    if len(a) != len(b):
        return -1 if len(a) < len(b) else 1
    akey, aval = _differing(a, b)
    if akey is _MISSING:
        return 0
    bkey, bval = _differing(b, a)
    return py2_cmp(akey, bkey) or py2_cmp(aval, bval)


_MISSING = object()


def _differing(a: dict, b: dict) -> tuple:
    """The smallest key of ``a`` whose value ``b`` lacks or holds differently, and its value."""
    found, value = _MISSING, None
    for key, item in a.items():
        if found is not _MISSING and py2_cmp(key, found) >= 0:
            continue
        if key not in b or py2_cmp(b[key], item) != 0:
            found, value = key, item
    return found, value


cmp = py2_cmp
_PY2_KEY = functools.cmp_to_key(py2_cmp)


def py2_lt(a: Any, b: Any) -> bool:
    try:
        return a < b
    except TypeError:
        return py2_cmp(a, b) < 0


def py2_le(a: Any, b: Any) -> bool:
    try:
        return a <= b
    except TypeError:
        return py2_cmp(a, b) <= 0


def py2_gt(a: Any, b: Any) -> bool:
    try:
        return a > b
    except TypeError:
        return py2_cmp(a, b) > 0


def py2_ge(a: Any, b: Any) -> bool:
    try:
        return a >= b
    except TypeError:
        return py2_cmp(a, b) >= 0


def coerce(a: Any, b: Any) -> tuple:
    """Python 2's ``coerce``: both numbers as the wider type."""
    if isinstance(a, _float) or isinstance(b, _float):
        return (_float(a), _float(b))
    if isinstance(a, long) or isinstance(b, long):
        return (as_long(a), as_long(b))
    if isinstance(a, _int) and isinstance(b, _int):
        return (a, b)
    raise TypeError("number coercion failed")


def apply(func: Callable, args: Iterable = (), kwargs: dict | None = None) -> Any:
    """Python 2's ``apply(f, args, kwargs)``."""
    return func(*args, **(kwargs or {}))


# -- sequences ------------------------------------------------------------------------------

def py2_map(func: Callable | None, *iterables: Iterable) -> list:
    """``map`` returning a list; ``map(None, a, b)`` zips with padding as Python 2 did."""
    iterables = tuple(map(ordered_iter, iterables))
    if func is None:
        if len(iterables) == 1:
            return _list(iterables[0])
        return _list(itertools.zip_longest(*iterables))
    if len(iterables) > 1:
        return [func(*args) for args in itertools.zip_longest(*iterables)]
    return _list(builtins.map(func, *iterables))


def py2_filter(func: Callable | None, iterable: Iterable) -> Any:
    """``filter`` returning a list (a str or tuple for str/tuple input, as Python 2 did)."""
    result = builtins.filter(func, ordered_iter(iterable))
    if isinstance(iterable, _str):
        joined = "".join(result)
        return as_unicode(joined) if isinstance(iterable, unicode) else joined
    if isinstance(iterable, _tuple):
        return _tuple(result)
    return _list(result)


def py2_zip(*iterables: Iterable) -> list:
    """``zip`` returning a list of tuples."""
    return _list(builtins.zip(*map(ordered_iter, iterables)))


class xrange:  # noqa: N801 - the Python 2 name scripts use
    """Python 2's lazy ``xrange``: iterates like ``range`` and prints as ``xrange(1, 11, 2)``
    (the stop rounded to the last step, as Python 2 shows it), ``type()`` says ``xrange``."""

    __slots__ = ("_r",)
    __module__ = "builtins"

    def __init__(self, *args: Any) -> None:
        self._r = builtins.range(*(py2_index(a) for a in args))

    def __iter__(self) -> Any:
        # a long one is walked by a generator: C code consuming a C iterator
        # (``sum(xrange(10**11))``) could not be stopped by the watchdog
        return iter(self._r) if len(self._r) <= _C_ITERATION else _walk(iter(self._r))

    def __reversed__(self) -> Any:
        return reversed(self._r) if len(self._r) <= _C_ITERATION else _walk(reversed(self._r))

    def __len__(self) -> int:
        return len(self._r)

    def __getitem__(self, index: int) -> int:
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            return self._r[index]
        except IndexError:
            raise IndexError("xrange object index out of range") from None

    def __contains__(self, value: Any) -> bool:
        return value in self._r

    def __repr__(self) -> str:
        r = self._r
        start, step = r.start, r.step
        stop = start + len(r) * step
        if start == 0 and step == 1:
            return f"xrange({stop})"
        return f"xrange({start}, {stop})" if step == 1 else f"xrange({start}, {stop}, {step})"


#: the longest xrange iterated in C (about 0.1 s); a longer one is walked by a generator
_C_ITERATION = 5_000_000


def _walk(iterator: Any) -> Any:
    for item in iterator:
        yield item


def py2_index(value: Any) -> int:
    """An integer argument as Python 2 takes it: floats are refused with its message."""
    if isinstance(value, _float):
        raise TypeError("integer argument expected, got float")
    return value


def py2_range(*args: int) -> list:
    """``range`` returning a list (refused past ``runtime.core.budget.MAX_ITEMS`` items: use xrange)."""
    try:
        span = builtins.range(*args)
        if abs(span.stop - span.start) > MAX_ITEMS:  # maybe too long (len() overflows on huge ones)
            count = max(0, -((span.start - span.stop) // span.step))
            if count > MAX_ITEMS:
                raise MemoryError(f"range() would build a list of {count:,} items: over shim's limit of "
                                  f"{MAX_ITEMS:,} (xrange iterates without building it)")
        return _list(span)
    except ValueError as exc:
        raise py2_exception(exc, raised_by_python=True) from None
    except TypeError:
        if any(isinstance(a, _float) for a in args):
            raise TypeError("range() integer end argument expected, got float.") from None
        raise


def py2_enumerate(iterable: Iterable, start: int = 0) -> Any:
    return enumerate(ordered_iter(iterable), start)


def py2_iter(obj: Any, *sentinel: Any) -> Any:
    if sentinel:
        return iter(obj, *sentinel)
    return iter(ordered_iter(obj))


def py2_reduce(function: Callable, iterable: Iterable, *initial: Any) -> Any:
    return functools.reduce(function, ordered_iter(iterable), *initial)


_ROUND_CONTEXT = decimal.Context(traps=[decimal.InvalidOperation])


def py2_round(number: Any, ndigits: int = 0) -> float:
    """Python 2.7's ``round``: correctly rounded, half away from zero, always a float."""
    if not isinstance(number, (_int, _float)):
        number = _float(number)
    if isinstance(number, _int):
        if ndigits >= 0:
            return _float(number)
        number = _float(number)
    if number != number or number in (math.inf, -math.inf) or number == 0:
        return _float(number)
    exact = decimal.Decimal(number)
    quantum = decimal.Decimal(1).scaleb(-ndigits)
    try:  # a private context: a script's changes to its decimal context never reach round()
        rounded = exact.quantize(quantum, rounding=decimal.ROUND_HALF_UP, context=_ROUND_CONTEXT)
    except decimal.InvalidOperation:  # more digits than the context allows: nothing to round
        return _float(number)
    return _float(rounded)


def py2_sorted(iterable: Iterable, cmp: Callable | None = None, key: Callable | None = None,
               reverse: bool = False) -> list:
    """``sorted`` with Python 2's ``cmp=`` argument and its order of mixed types."""
    items = _list(ordered_iter(iterable))
    _sort_list(items, cmp, key, reverse)
    return items


def _sort_list(items: list, cmp: Callable | None, key: Callable | None, reverse: bool) -> None:
    if cmp is not None:
        cmp_key = functools.cmp_to_key(cmp)
        sort_key = cmp_key if key is None else (lambda item, k=key: cmp_key(k(item)))
        items.sort(key=sort_key, reverse=reverse)
        return
    try:
        _sort_in_runs(items, key, reverse)
    except TypeError:
        if key is None:
            items.sort(key=_PY2_KEY, reverse=reverse)
        else:
            items.sort(key=lambda item, k=key: _PY2_KEY(k(item)), reverse=reverse)


#: The most items one call into C sorts: 131,072 shuffled tuples take about 0.1 s. Sorting is one
#: call into C that the watchdog cannot interrupt (3 million shuffled tuples: 3-12 s), so a
#: longer list is sorted in runs of this size, then merged two runs at a time (each merge a sort
#: of two sorted runs: one pass), the watchdog free to stop it between any two calls.
SORT_RUN = 1 << 17


def _sort_in_runs(items: list, key: Callable | None, reverse: bool) -> None:
    """``items.sort(key=key, reverse=reverse)``, stable as it is, in calls into C of at most
    ``SORT_RUN`` items (and merges of at most ``MAX_ITEMS``); past ``MAX_ITEMS`` items (whose
    last merge alone would be seconds) a MemoryError."""
    if len(items) <= SORT_RUN:
        items.sort(key=key, reverse=reverse)
        return
    if len(items) > MAX_ITEMS:
        raise MemoryError(f"sorting {len(items):,} items is over shim's limit of {MAX_ITEMS:,}")
    # equal keys keep their order in every run and every merge (a stable sort of two stably
    # sorted runs), so the result is the one stable order; with a key, the positions are sorted
    # by the keys (each computed once)
    keyed = key is not None
    fetch = _list(map(key, items)).__getitem__ if keyed else None
    source = _list(range(len(items))) if keyed else items
    runs = [source[start:start + SORT_RUN] for start in range(0, len(items), SORT_RUN)]
    for run in runs:
        run.sort(key=fetch, reverse=reverse)
    while len(runs) > 1:
        merged = []
        for pair in range(0, len(runs), 2):
            run = runs[pair] + runs[pair + 1] if pair + 1 < len(runs) else runs[pair]
            run.sort(key=fetch, reverse=reverse)
            merged.append(run)
        runs = merged
    items[:] = _list(map(items.__getitem__, runs[0])) if keyed else runs[0]


def py2_list_sort(obj: Any, *args: Any, **kwargs: Any) -> None:
    """``x.sort(...)``: Python 2's ``cmp`` (positional or keyword) and mixed-type order
    (``list.sort(rows, ...)`` too)."""
    if obj is _list:
        if not args or not isinstance(args[0], _list):
            raise TypeError("descriptor 'sort' of 'list' object needs an argument")
        obj, args = args[0], args[1:]
    if not isinstance(obj, _list):
        return obj.sort(*args, **kwargs)
    names = ("cmp", "key", "reverse")
    if len(args) > 3:
        raise TypeError(f"sort() takes at most 3 arguments ({len(args)} given)")
    options = dict(zip(names, args))
    for name, value in kwargs.items():
        if name not in names:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        options[name] = value
    _sort_list(obj, options.get("cmp"), options.get("key"), bool(options.get("reverse", False)))
    return None


def _minmax(builtin: Callable, name: str, args: tuple, kwargs: dict) -> Any:
    if len(args) == 1:
        args = (_list(ordered_iter(args[0])),)
    try:
        return builtin(*args, **kwargs)
    except TypeError as exc:
        if "not supported between" not in str(exc):
            raise
        key = kwargs.get("key")
        kwargs = dict(kwargs, key=_PY2_KEY if key is None else (lambda x, k=key: _PY2_KEY(k(x))))
        return builtin(*args, **kwargs)
    except ValueError as exc:
        raise py2_exception(exc, raised_by_python=True) from None


def py2_min(*args: Any, **kwargs: Any) -> Any:
    return _minmax(builtins.min, "min", args, kwargs)


def py2_max(*args: Any, **kwargs: Any) -> Any:
    return _minmax(builtins.max, "max", args, kwargs)


# -- dicts ----------------------------------------------------------------------------------

_ordered_keys = jorder.ordered_keys
_ordered_items = jorder.ordered_items
_ordered_values = jorder.ordered_values


def _dict_view(obj: Any, name: str, ordered: Callable[[dict], list]) -> Any:
    """``obj.<name>()`` for ``keys``/``values``/``items`` as Python 2 has it: for a dict, a list in
    Jython's order (``ordered``), or in the dict's own order for an OrderedDict or a subclass that
    defines the method; for anything else, the object's own method."""
    if type(obj) is dict:
        return ordered(obj)
    if isinstance(obj, dict):
        if not isinstance(obj, OrderedDict) and getattr(type(obj), name) is getattr(dict, name):
            return ordered(obj)
        return _list(getattr(obj, name)())
    return getattr(obj, name)()


def py2_keys(obj: Any) -> Any:
    """``d.keys()``: a list, in Jython's order for a dict."""
    return _dict_view(obj, "keys", _ordered_keys)


def py2_values(obj: Any) -> Any:
    """``d.values()``: a list, in Jython's order for a dict."""
    return _dict_view(obj, "values", _ordered_values)


def py2_items(obj: Any) -> Any:
    """``d.items()``: a list of pairs, in Jython's order for a dict."""
    return _dict_view(obj, "items", _ordered_items)


class DictView:
    """``d.viewkeys()``/``viewvalues()``/``viewitems()`` (Python 2.7): live views of the dict
    (a key added later is in the view), iterated and printed in Jython's order
    (``dict_keys(['a', 'b'])``); keys and items views take set operators, giving sets. Python 2.7
    library reference, "Dictionary view objects"."""

    __slots__ = ("_dict", "_kind")

    def __init__(self, d: dict, kind: str) -> None:
        self._dict, self._kind = d, kind

    def _list(self) -> list:
        return _dict_view(self._dict, self._kind, _VIEW_ORDER[self._kind])

    def __iter__(self) -> Any:
        return iter(self._list())

    def __len__(self) -> int:
        return len(self._dict)

    def __contains__(self, item: Any) -> bool:
        if self._kind == "keys":
            return item in self._dict
        if self._kind == "items":
            return isinstance(item, tuple) and len(item) == 2 and item[0] in self._dict \
                and self._dict[item[0]] == item[1]
        return item in self._dict.values()

    def _set(self, other: Any) -> set:
        if self._kind == "values":
            raise TypeError("unsupported operand type(s) for set operation: 'dict_values'")
        return set(other)

    def __and__(self, other: Any) -> set:
        return self._set(self) & self._set(other)

    def __or__(self, other: Any) -> set:
        return self._set(self) | self._set(other)

    def __sub__(self, other: Any) -> set:
        return self._set(self) - self._set(other)

    def __xor__(self, other: Any) -> set:
        return self._set(self) ^ self._set(other)

    def __rsub__(self, other: Any) -> set:
        return self._set(other) - self._set(self)

    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__

    def __eq__(self, other: Any) -> bool:
        if self._kind == "values" or not isinstance(other, (set, frozenset, DictView)):
            return self is other
        return self._set(self) == self._set(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "dict_%s(%s)" % (self._kind, py2_repr(self._list()))


_VIEW_ORDER = {"keys": _ordered_keys, "values": _ordered_values, "items": _ordered_items}


def py2_viewkeys(obj: Any) -> Any:
    return DictView(obj, "keys") if isinstance(obj, dict) else obj.viewkeys()


def py2_viewvalues(obj: Any) -> Any:
    return DictView(obj, "values") if isinstance(obj, dict) else obj.viewvalues()


def py2_viewitems(obj: Any) -> Any:
    return DictView(obj, "items") if isinstance(obj, dict) else obj.viewitems()


def py2_iterkeys(obj: Any) -> Any:
    return iter(py2_keys(obj)) if isinstance(obj, dict) else obj.iterkeys()


def py2_itervalues(obj: Any) -> Any:
    return iter(py2_values(obj)) if isinstance(obj, dict) else obj.itervalues()


def py2_iteritems(obj: Any) -> Any:
    return iter(py2_items(obj)) if isinstance(obj, dict) else obj.iteritems()


def py2_list(obj: Any = ()) -> list:
    return _list(ordered_iter(obj))


def py2_tuple(obj: Any = ()) -> tuple:
    return _tuple(ordered_iter(obj))


# -- strings --------------------------------------------------------------------------------

def py2_decode_call(obj: Any, *args: Any, **kwargs: Any) -> Any:
    """``x.decode(...)``: Python 2's ``str.decode`` on strings, the object's own method else."""
    if isinstance(obj, str) and not kwargs and len(args) <= 2:
        return py2_decode(obj, *args)
    return obj.decode(*args, **kwargs)


def py2_encode_call(obj: Any, *args: Any, **kwargs: Any) -> Any:
    """``x.encode(...)``: a byte string (chars 0-255) for strings, the object's own method else."""
    if isinstance(obj, str) and not kwargs and len(args) <= 2:
        return py2_encode(obj, *args)
    return obj.encode(*args, **kwargs)


def py2_join(sep: str, iterable: Any) -> str:
    """``sep.join(x)``: unicode when any part is; dict/set parts in Jython's order. A separator
    that is not a byte string (a ``unicode``, ``string``, the script's own object) joins itself."""
    if sep.__class__ is not _str:
        return sep.join(iterable)
    t = type(iterable)
    items = iterable if t is _list or t is _tuple else _list(ordered_iter(iterable))
    check_join(sep, items)
    try:
        result = _str.join(sep, items)
    except TypeError as exc:
        raise py2_exception(exc, raised_by_python=True) from None
    if isinstance(sep, unicode) or (items and unicode in set(map(type, items))):
        if not result.isascii():
            check_ascii_parts((sep, *items))
        return as_unicode(result)
    return result


def py2_string_method(text: str, name: str, *args: Any) -> Any:
    """A method of a byte-string literal called with unicode arguments: a unicode result."""
    result = getattr(_str, name)(text, *args)
    if any(isinstance(a, unicode) for a in args):
        if isinstance(result, _str):
            return as_unicode(result)
        return type(result)(as_unicode(r) for r in result)
    return result


def py2_translate(text: Any, *args: Any) -> Any:
    """``s.translate(table[, deletechars])`` with Python 2's 256-char tables and ``None``."""
    if not isinstance(text, _str) or isinstance(text, unicode) and len(args) == 1 and isinstance(args[0], dict):
        return text.translate(*args)
    table = args[0] if args else None
    delete = args[1] if len(args) > 1 else ""
    if delete:
        text = _str.translate(text, {ord(c): None for c in delete})
    if table is not None:
        if isinstance(table, _str) and len(table) != 256:
            raise ValueError("translation table must be 256 characters long")
        text = _str.translate(text, table)
    return text


def maketrans(frm: str, to: str) -> str:
    """``string.maketrans``: a 256-character translation table."""
    if len(frm) != len(to):
        raise ValueError("maketrans arguments must have same length")
    table = _list(map(chr, builtins.range(256)))
    for a, b in zip(frm, to):
        table[ord(a)] = b
    return "".join(table)


def py2_chr(code: int) -> str:
    if not 0 <= code <= 255:
        raise ValueError("chr() arg not in range(256)")
    return chr(code)


def unichr(code: int) -> unicode:
    """Python 2's ``unichr``."""
    if not 0 <= code <= 0x10FFFF:
        raise ValueError("unichr() arg not in range(0x110000)")
    return as_unicode(chr(code))


def intern(text: str) -> str:
    """Python 2's ``intern`` (a no-op value-wise)."""
    return text


def py2_hex(number: Any) -> str:
    """Python 2's ``hex``: ``0xffL`` for a long."""
    if not isinstance(number, _int):
        raise TypeError("hex() argument can't be converted to hex")
    text = builtins.hex(number)
    return text + "L" if isinstance(number, long) else text


def py2_oct(number: int) -> str:
    """Python 2's ``oct``: ``'010'``, not ``'0o10'`` (``'010L'`` for a long)."""
    suffix = "L" if isinstance(number, long) else ""
    if number == 0:
        return "0" + suffix
    sign = "-" if number < 0 else ""
    return f"{sign}0{abs(number):o}{suffix}"


def py2_hash(obj: Any) -> int:
    """Jython's ``hash``: Java hash codes (``hash('ab') == 3105``)."""
    builtins.hash(obj)  # unhashable types raise as usual
    if isinstance(obj, (_str, _int, _float, _tuple)) or obj is None:
        return jorder.java_hash(obj)
    return builtins.hash(obj)


class _StandardErrorMeta(type):
    """Python 2's ``StandardError`` is the base of the built-in errors but not of
    ``StopIteration``, ``GeneratorExit``, ``SystemExit``, ``KeyboardInterrupt`` or warnings, nor
    of a script's own ``class E(Exception)``. CPython 3 has no such class: ``isinstance`` and
    ``issubclass`` answer Python 2's way here, and ``except StandardError`` is compiled to
    ``except Exception`` (``runtime.scripts.legacy.semantics``)."""

    def __instancecheck__(cls, obj: Any) -> bool:
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub: Any) -> bool:
        if type.__subclasscheck__(cls, sub):
            return True
        if cls is not StandardError:  # EnvironmentError, IOError ...: classes of their own
            return False
        return (isinstance(sub, type) and issubclass(sub, Exception)
                and not issubclass(sub, (StopIteration, Warning))
                and all(k.__module__ == "builtins" for k in sub.__mro__))


def except_types(kind: Any) -> Any:
    """``_exct_``: what an ``except`` clause matches, with ``StandardError`` as ``Exception``
    and Python 2's ``IOError``/``OSError``/``EnvironmentError`` catching the host's ``OSError``
    family too (what shim's own file functions raise)."""
    if kind is StandardError:
        return Exception
    if kind in _ENVIRONMENT_ERRORS:
        return (kind, OSError)
    if type(kind) is tuple:  # flat: Python 3 refuses nested tuples in an except clause
        flat: list = []
        for k in kind:
            matched = except_types(k)
            flat.extend(matched if type(matched) is tuple else (matched,))
        return tuple(flat)
    return kind


class StandardError(Exception, metaclass=_StandardErrorMeta):  # noqa: N818 - Python 2's name
    __module__ = "builtins"  # prints as <type 'exceptions.StandardError'>


class EnvironmentError(StandardError):  # noqa: N818 - Python 2's name
    """Python 2's ``EnvironmentError``, base of its ``IOError`` and ``OSError``: two distinct
    classes (``except IOError`` does not catch an ``OSError``), neither the host's ``OSError``,
    whose constructor would turn ``IOError(2, 'x')`` into a ``FileNotFoundError``. Two or three
    arguments are ``errno``, ``strerror`` and ``filename``; ``str`` is ``[Errno 2] x: 'f.txt'``."""

    __module__ = "builtins"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.errno = self.strerror = self.filename = None
        if 2 <= len(args) <= 3:
            self.errno, self.strerror = args[0], args[1]
            if len(args) == 3:
                self.filename = args[2]
                self.args = args[:2]

    def __str__(self) -> str:
        if self.filename is not None:
            return "[Errno %s] %s: %s" % (py2_str(self.errno), py2_str(self.strerror), py2_repr(self.filename))
        if self.errno and self.strerror:
            return "[Errno %s] %s" % (py2_str(self.errno), py2_str(self.strerror))
        return super().__str__()


class IOError(EnvironmentError):  # noqa: A001 - Python 2's name
    __module__ = "builtins"


class OSError_(EnvironmentError):
    __module__ = "builtins"


OSError_.__name__ = OSError_.__qualname__ = "OSError"
_ENVIRONMENT_ERRORS = frozenset({EnvironmentError, IOError, OSError_})
ENVIRONMENT_ERROR.append(EnvironmentError)
_host.install(io_error=IOError)  # what the scripts' ``open`` raises for a missing file


def py2_format(value: Any, spec: str = "") -> str:
    return py2_format_value(value, spec)


# -- exceptions -----------------------------------------------------------------------------

def py2_raise(exc_type: Any, value: Any) -> BaseException:
    """The exception ``raise E, V`` raises in Jython."""
    while isinstance(exc_type, _tuple) and exc_type:
        exc_type = exc_type[0]
    if isinstance(exc_type, BaseException):
        if value is not None:
            raise TypeError("instance exception may not have a separate value")
        return exc_type
    if isinstance(value, exc_type):
        return value
    if value is None:
        return exc_type()
    if isinstance(value, _tuple) and not issubclass(exc_type, KeyError):
        return exc_type(*value)
    return exc_type(value)


def py2_message(obj: Any) -> Any:
    """``e.message``: the one argument of an exception (``''`` otherwise), as Python 2.6+."""
    try:
        return obj.message
    except AttributeError:
        if isinstance(obj, BaseException):
            args = obj.args
            return args[0] if len(args) == 1 else ""
        raise


# -- print ----------------------------------------------------------------------------------

#: The output whose softspace is set (a print statement ended with a comma): a context-local.
_SOFTSPACE: contextvars.ContextVar[Any] = contextvars.ContextVar("py2_softspace", default=None)
_NO_CONTEXT = object()
_CURRENT = getattr(_context, "_current")  # the running script's ScriptContext (read only)
_STR_WS = frozenset("\t\n\r\x0b\x0c")


def _sink() -> Any:
    ctx = _CURRENT.get()
    return _NO_CONTEXT if ctx is None else ctx


def _render(items: tuple, soft: bool) -> tuple[list[str], bool]:
    parts: list[str] = []
    for item in items:
        text = print_text(item)
        if soft:
            parts.append(" ")
        parts.append(text)
        if isinstance(item, _str) and text:
            last = text[-1]
            soft = not ((last in _STR_WS) if type(item) is _str else (last.isspace() and last != " "))
        else:
            soft = True
    return parts, soft


def print_statement(*items: Any) -> None:
    """``print a, b``: items separated by spaces (softspace rules), then a newline."""
    sink = _sink()
    parts, _ = _render(items, _SOFTSPACE.get() is sink)
    parts.append("\n")
    _SOFTSPACE.set(None)
    write_output("".join(parts))


def print_statement_comma(*items: Any) -> None:
    """``print a, b,``: no newline; the next item printed is preceded by a space (unless the
    last one ended with a newline or tab)."""
    sink = _sink()
    parts, soft = _render(items, _SOFTSPACE.get() is sink)
    _SOFTSPACE.set(sink if soft else None)
    if parts:
        write_output("".join(parts))


def print_item(item: Any) -> None:
    """One item of a print statement whose later items are evaluated after this one prints."""
    print_statement_comma(item)


def print_newline() -> None:
    _SOFTSPACE.set(None)
    write_output("\n")


def print_to(stream: Any, items: tuple, comma: bool) -> None:
    """``print >>stream, items``: to a script object with ``write`` (None: the output)."""
    if stream is None:
        (print_statement_comma if comma else print_statement)(*items)
        return
    soft = bool(getattr(stream, "softspace", 0))
    parts, soft = _render(items, soft)
    if not comma:
        parts.append("\n")
        soft = False
    for part in parts:
        stream.write(part)
    if accepts_writes(stream):  # only on the script's own stream objects: never a host object others share
        try:
            stream.softspace = 1 if soft else 0
        except (AttributeError, TypeError):
            pass


def py2_print(*args: Any, sep: str | None = " ", end: str | None = "\n", file: Any = None) -> None:
    """``print(...)`` under ``from __future__ import print_function``."""
    text = (sep if sep is not None else " ").join(map(print_text, args)) + (end if end is not None else "\n")
    if file is None:
        _SOFTSPACE.set(None)
        write_output(text)
    else:
        file.write(text)


# -- modules --------------------------------------------------------------------------------

def _json_py2(value: Any) -> Any:
    """json.loads results as Jython's json gives them: unicode strings, longs past 32 bits."""
    t = type(value)
    if t is _str:
        return as_unicode(value)
    if t is dict:
        return {as_unicode(k) if type(k) is _str else k: _json_py2(v) for k, v in value.items()}
    if t is _list:
        return [_json_py2(v) for v in value]
    return value


def _json_int(text: str) -> int:
    value = _int(text)
    return value if _INT_MIN <= value <= _INT_MAX else as_long(value)


def json_loads(s: Any, *args: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("parse_int", _json_int)
    try:
        return _json_py2(_json.loads(s, *args, **kwargs))
    except _json.JSONDecodeError as exc:
        raise ValueError(json_error_text(exc)) from None


_JSON_WORDS = {"Expecting property name enclosed in double quotes": "Expecting property name",
               "Expecting ':' delimiter": "Expecting : delimiter",
               "Expecting ',' delimiter": "Expecting , delimiter"}


def json_error_text(exc: _json.JSONDecodeError) -> str:
    """Jython 2.7's words for a JSON document that does not parse (its json module is Python
    2.7's): nothing decodable is "No JSON object could be decoded", a document cut short is
    "Expecting object" at its last character, and the delimiter messages drop their quotes."""
    doc, pos, msg = exc.doc, exc.pos, exc.msg

    def where(at: int) -> str:
        line = doc.count("\n", 0, at) + 1
        column = at + 1 if line == 1 else at - doc.rindex("\n", 0, at)
        return f"line {line} column {column}"

    if msg == "Expecting value" and not doc[:pos].strip():
        return "No JSON object could be decoded"
    if pos >= len(doc) and msg != "Unterminated string starting at":
        return f"Expecting object: {where(pos - 1)} (char {pos - 1})"
    if msg == "Expecting value":
        return "No JSON object could be decoded"
    if msg == "Extra data":
        return f"Extra data: {where(pos)} - {where(len(doc))} (char {pos} - {len(doc)})"
    return f"{_JSON_WORDS.get(msg, msg)}: {where(pos)} (char {pos})"


def _json_ordered(value: Any) -> Any:
    if isinstance(value, dict) and not isinstance(value, OrderedDict):
        return {k: _json_ordered(v) for k, v in jorder.ordered_items(value)}
    if isinstance(value, (_list, _tuple)):
        return [_json_ordered(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return value
    return value


def json_dumps(obj: Any, *args: Any, **kwargs: Any) -> str:
    """``json.dumps`` as Jython prints it: keys in hash order unless ``sort_keys``, and Python
    2's ``', '`` item separator with ``indent``."""
    if kwargs.get("indent") is not None and "separators" not in kwargs:
        kwargs["separators"] = (", ", ": ")
    if not kwargs.get("sort_keys"):
        obj = _json_ordered(obj)
    text = _json.dumps(obj, *args, **kwargs)
    # ensure_ascii=False: the text keeps its characters, and Python 2 hands it back as unicode
    return text if text.isascii() else as_unicode(text)


def _math_floor(x: Any) -> float:
    """Python 2's ``math.floor``: of ``x`` as a float (never of a huge Decimal as an integer),
    ``inf`` and ``nan`` as they are."""
    x = _float(x)
    return x if x - x != 0.0 else _float(math.floor(x))


def _math_ceil(x: Any) -> float:
    x = _float(x)
    return x if x - x != 0.0 else _float(math.ceil(x))


class _Py2Match:
    """A match on a unicode subject: its groups are unicode, as in Python 2."""

    __slots__ = ("_match",)

    def __init__(self, match: Any) -> None:
        self._match = match

    def group(self, *args: Any) -> Any:
        return _uni(self._match.group(*args))

    def groups(self, default: Any = None) -> tuple:
        return _tuple(_uni(g) for g in self._match.groups(default))

    def groupdict(self, default: Any = None) -> dict:
        return {k: _uni(v) for k, v in self._match.groupdict(default).items()}

    def __getitem__(self, index: Any) -> Any:
        return _uni(self._match[index])

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._match, name)

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return repr(self._match)


def _uni(value: Any) -> Any:
    if isinstance(value, _tuple):
        return _tuple(_uni(v) for v in value)
    return as_unicode(value) if type(value) is _str else value


def _wrap_match(match: Any, subject: Any) -> Any:
    return _Py2Match(match) if match is not None and isinstance(subject, unicode) else match


def _regex_flags(flags: int) -> int:
    """``re``'s flag values as the ``regex`` package numbers them (only ASCII differs)."""
    converted = flags & ~_re.ASCII & ~_re.DEBUG
    if flags & _re.ASCII:
        converted |= _regex.ASCII
    return converted | _regex.VERSION0


class _Py2Pattern:
    """A compiled pattern (the ``regex`` package, in its ``re``-compatible VERSION0 mode) whose
    results on unicode subjects are unicode, and whose every call stops at the script's time
    budget (TimeoutError) instead of hanging the process."""

    __slots__ = ("_pattern",)

    def __init__(self, pattern: Any) -> None:
        self._pattern = pattern

    def __copy__(self) -> "_Py2Pattern":
        return self  # immutable, as copy.copy(re.compile(p)) gives the pattern itself

    def __deepcopy__(self, memo: Any) -> "_Py2Pattern":
        return self

    def match(self, string: Any, *args: Any) -> Any:
        return _wrap_match(regex_run(self._pattern.match, string, *args), string)

    def search(self, string: Any, *args: Any) -> Any:
        return _wrap_match(regex_run(self._pattern.search, string, *args), string)

    def fullmatch(self, string: Any, *args: Any) -> Any:
        return _wrap_match(regex_run(self._pattern.fullmatch, string, *args), string)

    def finditer(self, string: Any, *args: Any) -> Any:
        return (_wrap_match(m, string) for m in self._pattern.finditer(string, *args, timeout=time_left()))

    def findall(self, string: Any, *args: Any) -> list:
        found = regex_run(self._pattern.findall, string, *args)
        return [_uni(f) for f in found] if isinstance(string, unicode) else found

    def split(self, string: Any, maxsplit: int = 0) -> list:
        parts = regex_run(self._pattern.split, string, maxsplit)
        return [_uni(p) for p in parts] if isinstance(string, unicode) else parts

    def sub(self, repl: Any, string: Any, count: int = 0) -> Any:
        # a function as repl is the script's code: it runs in the script's thread, inline
        result = self._pattern.sub(repl, string, count, timeout=time_left()) if callable(repl) \
            else regex_run(self._pattern.sub, repl, string, count)
        return as_unicode(result) if isinstance(string, unicode) or isinstance(repl, unicode) else result

    def subn(self, repl: Any, string: Any, count: int = 0) -> tuple:
        result, n = self._pattern.subn(repl, string, count, timeout=time_left()) if callable(repl) \
            else regex_run(self._pattern.subn, repl, string, count)
        if isinstance(string, unicode) or isinstance(repl, unicode):
            result = as_unicode(result)
        return result, n

    @property
    def pattern(self) -> Any:
        return self._pattern.pattern

    @property
    def flags(self) -> int:
        return self._pattern.flags

    @property
    def groups(self) -> int:
        return self._pattern.groups

    @property
    def groupindex(self) -> Any:
        return dict(self._pattern.groupindex)

    def __repr__(self) -> str:
        return repr(self._pattern)


def _re_compile(pattern: Any, flags: int = 0) -> _Py2Pattern:
    """``re.compile`` with Python 2's classes: ``\\w``, ``\\d``, ``\\s`` and ``\\b`` are ASCII
    unless the pattern asks for ``re.UNICODE`` (Python 3 makes them Unicode-aware by default)."""
    if isinstance(pattern, _Py2Pattern):
        return pattern
    if isinstance(pattern, _str):
        flags &= ~_re.LOCALE  # Python 2's LOCALE is its default 8-bit behaviour here
        if not flags & _re.UNICODE:
            flags |= _re.ASCII
    try:
        return _Py2Pattern(_regex.compile(pattern, _regex_flags(int(flags))))
    except _regex.error as exc:  # scripts catch re.error
        raise _re.error(str(exc)) from None


def _re_escape(pattern: Any) -> str:
    """Python 2.7's ``re.escape``: every character but ASCII letters and digits is escaped
    (``_`` included), NUL as ``\\000``."""
    escaped = "".join(c if c.isascii() and c.isalnum() else "\\000" if c == "\0" else "\\" + c
                      for c in pattern)
    return as_unicode(escaped) if isinstance(pattern, unicode) else escaped


RE_EXTRAS: dict[str, Any] = {
    "compile": _re_compile,
    "match": lambda pattern, string, flags=0: _re_compile(pattern, flags).match(string),
    "search": lambda pattern, string, flags=0: _re_compile(pattern, flags).search(string),
    "fullmatch": lambda pattern, string, flags=0: _re_compile(pattern, flags).fullmatch(string),
    "findall": lambda pattern, string, flags=0: _re_compile(pattern, flags).findall(string),
    "finditer": lambda pattern, string, flags=0: _re_compile(pattern, flags).finditer(string),
    "split": lambda pattern, string, maxsplit=0, flags=0: _re_compile(pattern, flags).split(string, maxsplit),
    "sub": lambda pattern, repl, string, count=0, flags=0: _re_compile(pattern, flags).sub(repl, string, count),
    "subn": lambda pattern, repl, string, count=0, flags=0: _re_compile(pattern, flags).subn(repl, string, count),
    "escape": _re_escape,
}


#: Python 2 builtins scripts get, by name (added to the sandbox's builtins).
def handed_exception(exc: BaseException) -> BaseException:
    """``_exc_``: the exception a script's ``except`` clause is about to get, as Jython words it
    and with no host path in it (``runtime.emulated.stdlib.scriptpath.scrub``: an IOError's
    ``filename``, a SyntaxError's file, a message naming the projects or files folder)."""
    return scrub(py2_exception(exc))


LEGACY_BUILTINS: dict[str, Any] = {
    "print": py2_print,
    "cmp": py2_cmp,
    "apply": apply,
    "coerce": coerce,
    "reduce": py2_reduce,
    "map": py2_map,
    "filter": py2_filter,
    "zip": py2_zip,
    "range": py2_range,
    "xrange": xrange,
    "enumerate": py2_enumerate,
    "iter": py2_iter,
    "round": py2_round,
    "sorted": py2_sorted,
    "min": py2_min,
    "max": py2_max,
    "str": STR,
    "bytes": STR,
    "int": INT,
    "unicode": unicode,
    "basestring": BASESTRING,
    "long": long,
    "repr": py2_repr,
    "format": py2_format,
    "hash": py2_hash,
    "chr": py2_chr,
    "unichr": unichr,
    "intern": intern,
    "hex": py2_hex,
    "oct": py2_oct,
    "StandardError": StandardError,
    "EnvironmentError": EnvironmentError,
    "IOError": IOError,
    "OSError": OSError_,
    # helpers the compiler calls (runtime.scripts.legacy.semantics)
    "_p_": print_statement,
    "_pc_": print_statement_comma,
    "_pi_": print_item,
    "_pn_": print_newline,
    "_pf_": print_to,
    "_div_": py2_div,
    "_mod_": py2_mod,
    "_fmt_": py2_format_percent,
    "_nsok_": frozenset({_str, _int, bool, type(None)}),
    "_fnok_": frozenset({_str, _int, type(None)}),  # str.format: Jython formats a bool as an int
    "_fnfok_": frozenset({_str, _int, type(None), float}),
    "_int_type_": _int,
    "_lt_": py2_lt,
    "_le_": py2_le,
    "_gt_": py2_gt,
    "_ge_": py2_ge,
    "_keys_": py2_keys,
    "_vkeys_": py2_viewkeys,
    "_vvalues_": py2_viewvalues,
    "_vitems_": py2_viewitems,
    "_values_": py2_values,
    "_items_": py2_items,
    "_iterkeys_": py2_iterkeys,
    "_itervalues_": py2_itervalues,
    "_iteritems_": py2_iteritems,
    "_str_": py2_str,
    "_int_": py2_int,
    "_list_": py2_list,
    "_tuple_": py2_tuple,
    "_it_": ordered_iter,
    "_sort_": py2_list_sort,
    "_decode_": py2_decode_call,
    "_encode_": py2_encode_call,
    "_translate_": py2_translate,
    "_join_": py2_join,
    "_strm_": py2_string_method,
    "_bstr_": py2bytes.bytes_method,
    "_teq_": py2_text_equal,
    "_tin_": py2_text_in,
    "_str_type_": _str,
    "_exc_": handed_exception,
    "_held_": lambda: handed_exception(sys.exc_info()[1]),
    "_exct_": except_types,
    "_message_": py2_message,
    "_raise_": py2_raise,
    "_long_": as_long,
    "_unicode_": as_unicode,
}


def _join(words: Iterable[str], sep: str = " ") -> str:
    return py2_join(sep, words)


def _split(text: str, sep: str | None = None, maxsplit: int = -1) -> list:
    if sep is None and maxsplit == -1:
        return py2bytes.bytes_method(text, "split")
    return text.split(sep, maxsplit)


def _atoi(text: str, base: int = 10) -> int:
    return INT(text, base)


def _expandtabs(text: str, tabsize: int = 8) -> str:
    return text.expandtabs(tabsize)


#: The Python 2 ``string`` module's functions and constants, beside Python 3's.
STRING_EXTRAS: dict[str, Any] = {
    "join": _join,
    "joinfields": _join,
    "split": _split,
    "splitfields": _split,
    "upper": py2bytes.STR_METHODS["upper"],
    "lower": py2bytes.STR_METHODS["lower"],
    "strip": lambda s, chars=None: py2bytes.bytes_method(s, "strip", *(() if chars is None else (chars,))),
    "lstrip": lambda s, chars=None: py2bytes.bytes_method(s, "lstrip", *(() if chars is None else (chars,))),
    "rstrip": lambda s, chars=None: py2bytes.bytes_method(s, "rstrip", *(() if chars is None else (chars,))),
    "replace": lambda s, old, new, count=-1: s.replace(old, new, count),
    "find": lambda s, sub, *args: s.find(sub, *args),
    "rfind": lambda s, sub, *args: s.rfind(sub, *args),
    "index": lambda s, sub, *args: s.index(sub, *args),
    "rindex": lambda s, sub, *args: s.rindex(sub, *args),
    "count": lambda s, sub, *args: s.count(sub, *args),
    "zfill": lambda s, width: py2_str(s).zfill(width),
    "capitalize": py2bytes.STR_METHODS["capitalize"],
    "swapcase": py2bytes.STR_METHODS["swapcase"],
    "ljust": lambda s, width, fill=" ": s.ljust(width, fill),
    "rjust": lambda s, width, fill=" ": s.rjust(width, fill),
    "center": lambda s, width, fill=" ": s.center(width, fill),
    "expandtabs": _expandtabs,
    "translate": lambda s, table, deletechars="": py2_translate(s, table, deletechars),
    "maketrans": maketrans,
    "atoi": _atoi,
    "atol": lambda text, base=10: long(text, base),
    "atof": float,
    "letters": _string.ascii_letters,
    "lowercase": _string.ascii_lowercase,
    "uppercase": _string.ascii_uppercase,
    "whitespace": " \t\n\r\x0b\x0c",  # Jython's order (CPython 2: '\t\n\x0b\x0c\r ')
}

#: Python 2 ``itertools`` names.
ITERTOOLS_EXTRAS: dict[str, Any] = {
    "imap": builtins.map,
    "ifilter": builtins.filter,
    "izip": builtins.zip,
    "izip_longest": itertools.zip_longest,
    "ifilterfalse": itertools.filterfalse,
}

MATH_EXTRAS: dict[str, Any] = {"floor": _math_floor, "ceil": _math_ceil}

JSON_EXTRAS: dict[str, Any] = {"loads": json_loads, "dumps": json_dumps}

OPERATOR_EXTRAS: dict[str, Any] = {
    "div": py2_div, "idiv": py2_div, "lt": py2_lt, "le": py2_le,
    "gt": py2_gt, "ge": py2_ge, "isCallable": callable, "sequenceIncludes": _operator.contains,
    "repeat": _operator.mul, "irepeat": _operator.imul,
}

_CLOCK_START = _time.perf_counter()


def _clock() -> float:
    """Python 2's ``time.clock()``: seconds since the process started (Jython's is wall time
    since then, which timing code subtracts two of)."""
    return _time.perf_counter() - _CLOCK_START


#: Extras per module name, merged into the module proxies.
MODULE_EXTRAS: dict[str, dict[str, Any]] = {
    "time": {"clock": _clock},
    "string": STRING_EXTRAS,
    "itertools": ITERTOOLS_EXTRAS,
    "math": MATH_EXTRAS,
    "json": JSON_EXTRAS,
    "re": RE_EXTRAS,
    "operator": OPERATOR_EXTRAS,
    "hashlib": py2bytes.HASHLIB,
    "base64": py2bytes.BASE64,
    "binascii": py2bytes.BINASCII,
    "struct": py2bytes.STRUCT,
    "zlib": py2bytes.ZLIB,
}

BUILTIN_FUNCTIONS.update((f, name) for name, f in LEGACY_BUILTINS.items()
                         if isinstance(f, types.FunctionType) and not name.startswith("_"))
