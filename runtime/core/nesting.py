"""A limit on how deeply scripts may nest iterators inside iterators.

``itertools.islice(islice(islice(...)))`` a million deep, or as many generators each looping
over the one before, crashes the whole process with a segfault: C code walks the chain by
recursion (taking an item calls the inner iterator's ``next`` in C; freeing one frees the
next), and the C stack runs out. Nothing raises first: CPython counts only Python frames, and
these objects free their members without its "trashcan" that would bound the recursion.

So every constructor of such an iterator a script can call (``itertools``' and the builtins
``iter``/``enumerate``/``reversed``, ``(x for x in it)`` and the script's own generator
functions) measures the chain under what it just built, and refuses it past
``MAX_NESTING`` levels with a clear error. The walk looks only at links that recurse in C:
an itertools object's iterables (read from its ``__reduce__``), a generator's local
variables, a ``functools.partial``'s arguments, a bound method's object; lists, tuples, dicts
and script objects free their members safely and end the walk (except a ``chain``'s own
tuple of iterables, which it walks into).
"""
from __future__ import annotations

import functools
import itertools
import types
from typing import Any, Callable, Iterator

#: The deepest chain of nested iterators a script may build. Real code nests a handful
#: (a generator over an ``islice`` over a reader); CPython's own recursion limit is 1,000;
#: the crash comes past about 50,000 (fewer on a thread with a smaller stack).
MAX_NESTING = 1000

#: Iterator objects whose ``__reduce__`` names the iterators they draw from.
_REDUCIBLE: frozenset[type] = frozenset({
    itertools.islice, itertools.chain, itertools.takewhile, itertools.dropwhile, itertools.starmap,
    itertools.compress, itertools.accumulate, itertools.filterfalse, itertools.groupby,
    itertools.zip_longest, itertools.cycle, type(itertools.tee([])[0]), type(iter(iter, None)),
    map, filter, zip, enumerate, reversed,
    type(next(itertools.groupby([1]))[1]),  # a group of groupby
    type(itertools.tee([])[0].__reduce__()[2][0]),  # the shared buffer of tee's iterators
})

#: Containers a ``chain`` holds its iterables in (walked into only from a chain).
_CONTAINER_ITERATORS: frozenset[type] = frozenset({type(iter(())), type(iter([]))})


class NestingError(RecursionError):
    """A script nested iterators past ``MAX_NESTING`` levels."""


def depth(obj: Any, limit: int = MAX_NESTING) -> int:
    """How many nested iterators ``obj`` stands on (itself included), counted up to just past
    ``limit``; 0 when it is not an iterator of the kinds that nest. The depth of an iterator
    that ``check`` measured before is remembered, so a chain built one level at a time costs
    one step per level, not a walk down the whole chain each time."""
    if not _nests(obj):
        return 0
    deepest, stack, seen = 1, [(obj, 1)], {id(obj)}
    while stack:
        node, level = stack.pop()
        for child in _children(node):
            if not _nests(child) or id(child) in seen:
                continue
            seen.add(id(child))
            known = _DEPTHS.get(id(child))
            if known is not None and known[0] is type(child):
                deepest = max(deepest, level + known[1])
            else:
                deepest = max(deepest, level + 1)
                stack.append((child, level + 1))
            if deepest > limit:
                return deepest
    return deepest


def check(obj: Any, what: str) -> Any:
    """``obj``, or NestingError when it nests more than ``MAX_NESTING`` iterators deep."""
    if _nests(obj):
        found = depth(obj)
        if found > MAX_NESTING:
            raise NestingError(f"{what} would nest iterators more than {MAX_NESTING:,} deep: over shim's limit "
                               f"of {MAX_NESTING:,} nested iterators (a deeper chain crashes the gateway)")
        if len(_DEPTHS) >= _REMEMBERED:
            _DEPTHS.clear()  # forgotten depths are walked again, down to remembered ones
        _DEPTHS[id(obj)] = (type(obj), found)
    return obj


#: Depths ``check`` measured, by object id, with the object's type (an id is reused once its
#: object is gone: a stale entry of another type is ignored; one of the same type belongs to
#: an object ``check`` measured again when it was made, so it was overwritten then).
_DEPTHS: dict[int, tuple[type, int]] = {}
_REMEMBERED = 1 << 16


def checked(constructor: Callable[..., Any], what: str | None = None) -> Callable[..., Any]:
    """``constructor`` (an iterator factory) whose results are measured by ``check``; a
    ``from_iterable`` (``chain.from_iterable``) is checked too."""
    name = what or f"{constructor.__name__}()"

    @functools.wraps(constructor)
    def make(*args: Any, **kwargs: Any) -> Any:
        made = constructor(*args, **kwargs)
        if type(made) is tuple:  # tee
            for item in made:
                check(item, name)
            return made
        return check(made, name)
    from_iterable = getattr(constructor, "from_iterable", None)
    if from_iterable is not None:
        make.from_iterable = checked(from_iterable, f"{constructor.__name__}.from_iterable()")  # type: ignore[attr-defined]
    return make


def checked_generator(function: Callable[..., Iterator]) -> Callable[..., Iterator]:
    """``_nestgen_``: a script's generator function whose generators are measured by ``check``
    when made (a chain of generators, each looping over the one before, crashes as deep)."""
    @functools.wraps(function)
    def generator(*args: Any, **kwargs: Any) -> Iterator:
        return check(function(*args, **kwargs), f"generator function {function.__name__}()")
    return generator


def _nests(obj: Any) -> bool:
    return type(obj) in _NESTING


def _children(node: Any) -> list[Any]:
    """The objects ``node`` draws its items from (only the kinds that may nest further)."""
    kind = type(node)
    if kind is types.GeneratorType:
        frame = node.gi_frame
        if frame is None:
            return []
        found = [*frame.f_locals.values(), node.gi_yieldfrom]
    elif kind is functools.partial:
        found = [node.func, *node.args, *node.keywords.values()]
    else:
        try:
            reduced = node.__reduce__()
        except Exception:  # noqa: BLE001 - an object that cannot say: no children known
            return []
        found = [*reduced[1], *reduced[2:3]] if len(reduced) > 1 and type(reduced[1]) is tuple else []
    children = []
    for item in found:
        for value in (item if type(item) is tuple else (item,)):  # *args, a reduce state
            kind_of = type(value)
            if kind_of in _NESTING:
                children.append(value)
            elif kind_of in _BOUND and not isinstance(value.__self__, types.ModuleType):
                children.append(value.__self__)  # iter(inner.next, None)
            elif kind_of in _CONTAINER_ITERATORS and kind is itertools.chain:
                children.extend(_container_items(value))  # the iterables a chain waits to draw from
    return children


#: Every kind of object whose nesting is measured.
_NESTING: frozenset[type] = _REDUCIBLE | {types.GeneratorType, functools.partial}

#: Bound methods: ``iter(it.next, None)`` draws from ``it``.
_BOUND: frozenset[type] = frozenset({types.BuiltinMethodType, types.MethodWrapperType, types.MethodType})


def _container_items(iterator: Any) -> list[Any]:
    try:
        return [item for item in iterator.__reduce__()[1][0] if type(item) in _NESTING]
    except Exception:  # noqa: BLE001 - an exhausted iterator: nothing left
        return []
