"""Jython 2's run-time semantics on CPython 3: the builtins and module extras legacy scripts use.

These are plain functions handed to every script (see ``runtime.sandbox.namespace``). They
reproduce Python 2 / Jython 2.7 behaviour where Python 3 differs: integer ``/`` floors,
``map``/``filter``/``zip``/``range`` return lists, ``round`` rounds half away from zero and
returns a float, ``cmp``/``reduce``/``apply``/``xrange``/``unicode``/``long`` exist, and the
``string`` module still has ``join``/``split``/``atoi``/``letters``.
"""
from __future__ import annotations

import builtins
import functools
import itertools
import math
import string as _string
from typing import Any, Callable, Iterable

from runtime.context import write_output

_int = int
_float = float


def py2_div(a: Any, b: Any) -> Any:
    """``a / b`` as Jython computes it: floor division when both operands are integers."""
    if isinstance(a, _int) and isinstance(b, _int):
        if b == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return a // b
    return a / b


def _py2_order(value: Any) -> tuple:
    """Python 2's ordering of mixed types: None < numbers < other types by type name."""
    if value is None:
        return (0,)
    if isinstance(value, (_int, _float)) and not isinstance(value, bool) or isinstance(value, bool):
        return (1,)
    return (2, type(value).__name__)


def cmp(a: Any, b: Any) -> int:
    """Python 2's ``cmp``: -1, 0 or 1; mixed types compare as Python 2 ordered them."""
    try:
        return (a > b) - (a < b)
    except TypeError:
        ka, kb = _py2_order(a), _py2_order(b)
        return (ka > kb) - (ka < kb)


def apply(func: Callable, args: Iterable = (), kwargs: dict | None = None) -> Any:
    """Python 2's ``apply(f, args, kwargs)``."""
    return func(*args, **(kwargs or {}))


def py2_map(func: Callable | None, *iterables: Iterable) -> list:
    """``map`` returning a list; ``map(None, a, b)`` zips with padding as Python 2 did."""
    if func is None:
        if len(iterables) == 1:
            return list(iterables[0])
        return list(itertools.zip_longest(*iterables))
    if len(iterables) > 1:
        return [func(*args) for args in itertools.zip_longest(*iterables)]
    return list(builtins.map(func, *iterables))


def py2_filter(func: Callable | None, iterable: Iterable) -> Any:
    """``filter`` returning a list (a str or tuple for str/tuple input, as Python 2 did)."""
    result = builtins.filter(func, iterable)
    if isinstance(iterable, str):
        return "".join(result)
    if isinstance(iterable, tuple):
        return tuple(result)
    return list(result)


def py2_zip(*iterables: Iterable) -> list:
    """``zip`` returning a list of tuples."""
    return list(builtins.zip(*iterables))


def py2_range(*args: int) -> list:
    """``range`` returning a list."""
    return list(builtins.range(*args))


def py2_round(number: Any, ndigits: int = 0) -> float:
    """Python 2's ``round``: half away from zero, always a float."""
    if not isinstance(number, (_int, _float)):
        number = _float(number)
    factor = 10.0 ** ndigits
    scaled = abs(number) * factor
    rounded = math.floor(scaled + 0.5)
    # floating error guard as in Python 2's implementation (round to nearest after scaling)
    result = math.copysign(rounded / factor, number)
    return _float(result)


def py2_sorted(iterable: Iterable, cmp: Callable | None = None, key: Callable | None = None,
               reverse: bool = False) -> list:
    """``sorted`` accepting Python 2's ``cmp=`` argument."""
    if cmp is not None:
        cmp_key = functools.cmp_to_key(cmp)
        key = cmp_key if key is None else (lambda item, k=key: cmp_key(k(item)))
    return builtins.sorted(iterable, key=key, reverse=reverse)


def unichr(code: int) -> str:
    """Python 2's ``unichr``."""
    return chr(code)


def intern(text: str) -> str:
    """Python 2's ``intern`` (a no-op value-wise)."""
    return text


def py2_oct(number: int) -> str:
    """Python 2's ``oct``: ``'010'``, not ``'0o10'``."""
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    return f"{sign}0{abs(number):o}"


def py2_print(*args: Any, sep: str | None = " ", end: str | None = "\n", file: Any = None) -> None:
    """``print``: to the running script's context (tagged in the gateway log), or ``file``."""
    text = (sep if sep is not None else " ").join(map(str, args)) + (end if end is not None else "\n")
    if file is None:
        write_output(text)
    else:
        file.write(text)


#: Python 2 builtins scripts get, by name (added to the sandbox's builtins).
LEGACY_BUILTINS: dict[str, Any] = {
    "print": py2_print,
    "_div_": py2_div,
    "cmp": cmp,
    "apply": apply,
    "reduce": functools.reduce,
    "map": py2_map,
    "filter": py2_filter,
    "zip": py2_zip,
    "range": py2_range,
    "xrange": builtins.range,
    "round": py2_round,
    "sorted": py2_sorted,
    "unicode": str,
    "basestring": str,
    "long": int,
    "unichr": unichr,
    "intern": intern,
    "oct": py2_oct,
    "StandardError": Exception,
}


def _join(words: Iterable[str], sep: str = " ") -> str:
    return sep.join(words)


def _atoi(text: str, base: int = 10) -> int:
    return int(text, base)


#: The Python 2 ``string`` module's functions and constants, beside Python 3's.
STRING_EXTRAS: dict[str, Any] = {
    "join": _join,
    "joinfields": _join,
    "split": lambda s, sep=None, maxsplit=-1: s.split(sep, maxsplit),
    "splitfields": lambda s, sep=None, maxsplit=-1: s.split(sep, maxsplit),
    "upper": lambda s: s.upper(),
    "lower": lambda s: s.lower(),
    "strip": lambda s, chars=None: s.strip(chars),
    "lstrip": lambda s, chars=None: s.lstrip(chars),
    "rstrip": lambda s, chars=None: s.rstrip(chars),
    "replace": lambda s, old, new, count=-1: s.replace(old, new, count),
    "find": lambda s, sub, *args: s.find(sub, *args),
    "rfind": lambda s, sub, *args: s.rfind(sub, *args),
    "index": lambda s, sub, *args: s.index(sub, *args),
    "count": lambda s, sub, *args: s.count(sub, *args),
    "zfill": lambda s, width: str(s).zfill(width),
    "capitalize": lambda s: s.capitalize(),
    "swapcase": lambda s: s.swapcase(),
    "ljust": lambda s, width, fill=" ": s.ljust(width, fill),
    "rjust": lambda s, width, fill=" ": s.rjust(width, fill),
    "center": lambda s, width, fill=" ": s.center(width, fill),
    "atoi": _atoi,
    "atol": _atoi,
    "atof": float,
    "letters": _string.ascii_letters,
    "lowercase": _string.ascii_lowercase,
    "uppercase": _string.ascii_uppercase,
}

#: Python 2 ``itertools`` names.
ITERTOOLS_EXTRAS: dict[str, Any] = {
    "imap": builtins.map,
    "ifilter": builtins.filter,
    "izip": builtins.zip,
    "izip_longest": itertools.zip_longest,
    "ifilterfalse": itertools.filterfalse,
}

#: Extras per module name, merged into the module proxies.
MODULE_EXTRAS: dict[str, dict[str, Any]] = {
    "string": STRING_EXTRAS,
    "itertools": ITERTOOLS_EXTRAS,
}
