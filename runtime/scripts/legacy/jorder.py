"""Jython's dict and set iteration order, computed from Java hash codes.

Jython 2.7 keeps a ``dict`` (and ``set``/``frozenset``, and Python-level dict subclasses such as
``Counter``) in a ``java.util.concurrent.ConcurrentHashMap``; ``collections.defaultdict`` is a
Guava ``LocalCache``. Their iteration order is the order of the hash table, so ``print d``,
``d.keys()`` and ``for k in d`` follow the keys' *Java* hash codes. This module replays the
insertion of a dict's keys into a model of those tables (verified against Jython 2.7.3 for 5, 30,
40, 60 and 100 keys, including table resizes) and returns the keys in Jython's order.

What is modelled exactly: ``String.hashCode`` for str/unicode, ``int`` (its value), ``long``
(``BigInteger.hashCode``), ``float`` (integral floats hash as the integer, others as
``Double.hashCode``), ``bool``, tuples (Jython's ``PyTuple.hashCode``), script objects with a
``__hash__``; the CHM's 32-bin start, its spread function, resizes at 3/4 load and the order
of split bins; Guava's segments, rehash and chain order for ``defaultdict``.

What is not: a dict's history beyond its current keys (the table never shrinks in Java, and
``dict(d)``/``d.copy()`` of 22+ keys presizes a bigger table), treeified bins (8+ keys in one
bin), and keys whose Java hash is an identity hash (``None``, plain objects): those sort as if
their hash were 0, which is deterministic but not what a given JVM run prints. For sets, the
insertion order inside a bin is not known (Python sets do not keep it): colliding elements are
ordered by their Java hash, then by ``repr``.
"""
from __future__ import annotations

import operator
from typing import Any, Callable, Iterable
from runtime.core.ownership import is_script_class

_MASK = 0xFFFFFFFF

#: str -> spread Java hash (bounded cache: keys are a small vocabulary in practice).
_STR_SPREAD: dict[str, int] = {}
_STR_CACHE_LIMIT = 50_000

#: tuple of keys (in insertion order) -> permutation (an itemgetter) or None for identity.
_PERM_CACHE: dict[tuple, Any] = {}
_GUAVA_CACHE: dict[tuple, Any] = {}
_PERM_CACHE_LIMIT = 4096


def _i32(x: int) -> int:
    x &= _MASK
    return x - 0x100000000 if x & 0x80000000 else x


def java_string_hash(s: str) -> int:
    """``java.lang.String.hashCode`` (over UTF-16 code units), as a signed 32-bit int."""
    h = 0
    if s.isascii() or max(s) <= "\uffff":
        for c in map(ord, s):
            h = (h * 31 + c) & _MASK
    else:
        data = s.encode("utf-16-be", "surrogatepass")
        for i in range(0, len(data), 2):
            h = (h * 31 + (data[i] << 8 | data[i + 1])) & _MASK
    return _i32(h)


def _biginteger_hash(n: int) -> int:
    """``java.math.BigInteger.hashCode``: 31-polynomial over the 32-bit words of |n|, signed."""
    mag = -n if n < 0 else n
    words = []
    while mag:
        words.append(mag & _MASK)
        mag >>= 32
    h = 0
    for w in reversed(words):
        h = (31 * h + w) & _MASK
    return _i32(-h if n < 0 else h)


def java_hash(key: Any) -> int:
    """The Java ``hashCode`` Jython's maps use for ``key`` (0 when it is an identity hash)."""
    t = type(key)
    if isinstance(key, str):
        return java_string_hash(key)
    if t is bool:
        return 1 if key else 0
    if isinstance(key, int):
        if -0x80000000 <= key <= 0x7FFFFFFF:
            return int(key)  # a long in int range hashes like the int (BigInteger agrees)
        return _biginteger_hash(int(key))
    if t is float:
        if key != key:
            return 0
        if key in (float("inf"), float("-inf")):
            return 314159 if key > 0 else -271828
        if key == int(key):
            return java_hash(int(key))
        import struct

        bits = struct.unpack(">q", struct.pack(">d", key))[0]
        return _i32(bits ^ ((bits & 0xFFFFFFFFFFFFFFFF) >> 32))
    if t is tuple:
        x = 0x345678
        mult = 1000003
        n = len(key)
        while n > 0:
            n -= 1
            x = _i32((x ^ java_hash(key[n])) * mult)
            mult = _i32(mult + 82520 + n + n)
        return _i32(x + 97531)

    for klass in t.__mro__:
        if "__hash__" in vars(klass):
            if is_script_class(klass):  # the script's own __hash__: Jython calls it too
                try:
                    return _i32(int(hash(key)))
                except Exception:
                    return 0
            break
    return 0  # an identity hash in Java: unpredictable there, 0 here


def _spread(key: Any) -> int:
    """CHM's ``spread(key.hashCode())`` (cached for strings)."""
    if type(key) is str or isinstance(key, str):
        s = _STR_SPREAD.get(key)
        if s is None:
            h = java_string_hash(key) & _MASK
            s = (h ^ (h >> 16)) & 0x7FFFFFFF
            if len(_STR_SPREAD) >= _STR_CACHE_LIMIT:
                _STR_SPREAD.clear()
            _STR_SPREAD[key] = s
        return s
    h = java_hash(key) & _MASK
    return (h ^ (h >> 16)) & 0x7FFFFFFF


def _chm_order(keys: tuple) -> list[int]:
    """Indices of ``keys`` (given in insertion order) in ConcurrentHashMap iteration order."""
    n = len(keys)
    spreads = [_spread(k) for k in keys]
    if n < 24:  # no resize: a 32-bin table, insertion order inside a bin
        return sorted(range(n), key=lambda i: spreads[i] & 31)
    size = 32
    table: list[list[int]] = [[] for _ in range(size)]
    threshold = size - (size >> 2)
    count = 0
    for i in range(n):
        table[spreads[i] & (size - 1)].append(i)
        count += 1
        if count >= threshold:  # transfer to a table twice as big (Java 8+ CHM.transfer)
            new: list[list[int]] = [[] for _ in range(2 * size)]
            for b in range(size):
                chain = table[b]
                if not chain:
                    continue
                run_bit = spreads[chain[0]] & size
                last = 0
                for j in range(1, len(chain)):
                    bit = spreads[chain[j]] & size
                    if bit != run_bit:
                        run_bit, last = bit, j
                low: list[int] = []
                high: list[int] = []
                (high if run_bit else low).extend(chain[last:])
                for idx in chain[:last]:
                    (high if spreads[idx] & size else low).insert(0, idx)
                new[b], new[b + size] = low, high
            table = new
            size *= 2
            threshold = size - (size >> 2)
    return [i for chain in table for i in chain]


def _guava_rehash(h: int) -> int:
    h &= _MASK
    h = (h + ((h << 15) ^ 0xFFFFCD7D)) & _MASK
    h ^= h >> 10
    h = (h + (h << 3)) & _MASK
    h ^= h >> 6
    h = (h + (h << 2) + (h << 14)) & _MASK
    return h ^ (h >> 16)


def _guava_order(keys: tuple) -> list[int]:
    """Indices of ``keys`` in Guava ``LocalCache`` order (Jython's ``defaultdict``)."""
    hashes = [_guava_rehash(java_hash(k)) for k in keys]
    segments = [[[[] for _ in range(4)], 0, 3] for _ in range(4)]  # table, count, threshold
    for i, h in enumerate(hashes):
        seg = segments[(h >> 30) & 3]
        table = seg[0]
        table[h & (len(table) - 1)].insert(0, i)
        if seg[1] + 1 > seg[2]:  # expand: reuse the tail run, clone the rest to the front
            size = len(table) * 2
            mask = size - 1
            new: list[list[int]] = [[] for _ in range(size)]
            for chain in table:
                if not chain:
                    continue
                tail, tail_index = 0, hashes[chain[0]] & mask
                for j in range(1, len(chain)):
                    index = hashes[chain[j]] & mask
                    if index != tail_index:
                        tail, tail_index = j, index
                new[tail_index] = list(chain[tail:])
                for idx in chain[:tail]:
                    new[hashes[idx] & mask].insert(0, idx)
            seg[0] = new
            seg[2] = size * 3 // 4
        seg[1] += 1
    return [i for seg in reversed(segments) for chain in reversed(seg[0]) for i in chain]


def _permutation(keys: tuple, cache: dict, order: Callable[[tuple], list[int]]) -> Any:
    """The itemgetter putting ``keys`` (insertion order) into table order; None: unchanged.

    Cached per key tuple *and* the keys' types: a script key whose ``__eq__`` always answers
    True must not match (and so poison) the entry of another script's keys."""
    entry = (keys, tuple(map(type, keys)))
    try:
        perm = cache.get(entry, 0)
    except TypeError:  # an unhashable tuple key: compute without caching
        perm = 0
        cache = {}
    if perm == 0:
        indices = order(keys)
        perm = None if indices == list(range(len(keys))) else operator.itemgetter(*indices)
        if len(cache) >= _PERM_CACHE_LIMIT:
            cache.clear()
        cache[entry] = perm
    return perm


def dict_permutation(d: Any) -> Any:
    """The itemgetter that puts ``d``'s keys/values/items (insertion order) into Jython's
    order, or None when the two orders agree. Cached per key tuple (and key types)."""
    keys = tuple(d)
    if type(d) is not dict and _is_defaultdict(d):
        return _permutation(keys, _GUAVA_CACHE, _guava_order)
    return _permutation(keys, _PERM_CACHE, _chm_order)


def ordered_keys(d: Any) -> list:
    """The keys of dict ``d`` in Jython's order (a new list)."""
    return _in_dict_order(d, list(d))


def ordered_items(d: Any) -> list:
    """``d.items()`` in Jython's order, as a list of tuples."""
    return _in_dict_order(d, list(d.items()))


def ordered_values(d: Any) -> list:
    """``d.values()`` in Jython's order."""
    return _in_dict_order(d, list(d.values()))


def _in_dict_order(d: Any, entries: list) -> list:
    """``entries``, one per key of ``d`` in insertion order, put into Jython's order of ``d``."""
    if len(entries) < 2:
        return entries
    perm = dict_permutation(d)
    return entries if perm is None else list(perm(entries))


def _set_key(x: Any) -> tuple:
    return (_spread(x) & 31, java_hash(x), repr(x))


def ordered_set(s: Iterable) -> list:
    """The elements of a set in Jython's order (insertion order inside a bin is unknown for
    Python sets: ties are broken by Java hash, then repr, so the result is deterministic)."""
    elements = list(s)
    if len(elements) < 2:
        return elements
    try:
        elements.sort(key=_set_key)
    except Exception:
        return elements
    if len(elements) < 24:
        return elements
    keys = tuple(elements)
    perm = _permutation(keys, _PERM_CACHE, _chm_order)
    return list(keys) if perm is None else list(perm(keys))


_DEFAULTDICT: type | None = None


def _is_defaultdict(d: Any) -> bool:
    global _DEFAULTDICT
    if _DEFAULTDICT is None:
        from collections import defaultdict

        _DEFAULTDICT = defaultdict
    return isinstance(d, _DEFAULTDICT)
