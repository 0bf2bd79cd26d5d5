"""java.util.TreeMap and TreeSet: keys in their natural order (or a comparator's), navigation.

Checked against Jython 2.7.3: a TreeMap prints like the other maps (a Python dict with unicode
keys, ``{u'alpha': 2, u'pump10': 1}``) but in key order, a TreeSet with Java's ``toString``
(``[1, 3, 5]``); ``floorKey``/``ceiling`` and friends answer None when there is no such key,
``firstKey``/``first`` of an empty one throw ``NoSuchElementException``; a ``None`` key throws
``NullPointerException`` and keys that do not compare (``'a'`` against ``1``)
``ClassCastException``. A Python function is not a ``Comparator`` to Jython (the constructor
refuses it), so scripts get natural order only. ``headMap``/``tailMap``/``subMap``/``descendingMap`` (and the set versions) are
snapshots here where Java gives live views.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from runtime.emulated.java._collections import _Collection, _Map, _Set, _sorted
from runtime.emulated.java._throwables import (ClassCastException, NoSuchElementException,
                                               NullPointerException)


class _Order:
    """An internal comparator (descending views): scripts cannot pass one, as in Jython, where a
    Python function does not coerce to ``java.util.Comparator``."""

    __slots__ = ("compare",)

    def __init__(self, compare: Callable[[Any, Any], int]) -> None:
        self.compare = compare


def _source(initial: Any, kinds: tuple, refusal: str) -> tuple[Any, Any]:
    """(comparator, initial contents) of a constructor argument, or Jython's TypeError."""
    if isinstance(initial, _Order):
        return initial, None
    if initial is None or isinstance(initial, kinds):
        return None, initial
    raise TypeError(refusal)


def _boxed(value: Any) -> Any:
    """The Java class Jython boxes ``value`` to: natural ordering compares only equal classes
    (``Integer`` against ``Double`` is a ClassCastException, as ``1`` against ``2.5`` in Java)."""
    if isinstance(value, bool):
        return "java.lang.Boolean"
    if isinstance(value, int):
        if type(value).__name__ == "long" or not -2 ** 31 <= value < 2 ** 31:
            return "java.math.BigInteger"
        return "java.lang.Integer"
    if isinstance(value, float):
        return "java.lang.Double"
    if isinstance(value, str):
        return "java.lang.String"
    return type(value)


class _SortedKeys:
    """What TreeMap and TreeSet share: the ordering, checked on every insert as Java checks it."""

    __slots__ = ()
    _data: dict
    _cmp: Any

    def _setup(self, initial: Any, kinds: tuple, refusal: str) -> Any:
        self._cmp, contents = _source(initial, kinds, refusal)
        return contents

    def _check(self, key: Any) -> None:
        if self._cmp is not None:
            return
        if key is None:
            raise NullPointerException()
        if self._data:
            other = next(iter(self._data))
            if _boxed(key) != _boxed(other):
                raise ClassCastException("class %s cannot be cast to class %s" % (
                    _boxed(key), _boxed(other)))
        _sorted([key, key])

    def _ordered(self) -> list:
        return _sorted(self._data, self._cmp)

    def _rank(self, a: Any, b: Any) -> int:
        """Java's ``compare(a, b)`` sign under this collection's ordering."""
        if self._cmp is not None:
            return self._cmp.compare(a, b)
        try:
            return (a > b) - (a < b)
        except TypeError as error:
            raise ClassCastException(str(error)) from None

    def _find(self, probe: Any, want: Callable[[int], bool], last: bool) -> Any:
        if probe is None and self._cmp is None:
            raise NullPointerException()
        keys = self._ordered()
        for key in (reversed(keys) if last else keys):
            if want(self._rank(key, probe)):
                return key
        return None

    def _floor(self, probe: Any) -> Any:
        return self._find(probe, lambda c: c <= 0, True)

    def _lower(self, probe: Any) -> Any:
        return self._find(probe, lambda c: c < 0, True)

    def _ceiling(self, probe: Any) -> Any:
        return self._find(probe, lambda c: c >= 0, False)

    def _higher(self, probe: Any) -> Any:
        return self._find(probe, lambda c: c > 0, False)

    def _range(self, low: Any = None, low_in: bool = True, high: Any = None,
               high_in: bool = False, lower: bool = False, upper: bool = False) -> list:
        keys = []
        for key in self._ordered():
            if lower and (self._rank(key, low) < 0 or (not low_in and self._rank(key, low) == 0)):
                continue
            if upper and (self._rank(key, high) > 0 or (not high_in and self._rank(key, high) == 0)):
                continue
            keys.append(key)
        return keys

    def _edge(self, last: bool) -> Any:
        if not self._data:
            raise NoSuchElementException()
        keys = self._ordered()
        return keys[-1] if last else keys[0]

    def _reversed_cmp(self) -> _Order:
        return _Order(lambda a, b: self._rank(b, a))


class TreeMap(_SortedKeys, _Map):
    """java.util.TreeMap: ``TreeMap()``, ``TreeMap(comparator)``, ``TreeMap(map_or_dict)``."""

    __slots__ = ("_cmp",)
    __module__ = "java.util"

    def __init__(self, initial: Any = None) -> None:
        super().__init__(self._setup(initial, (_Map, dict), "java.util.TreeMap(): 1st arg can't be coerced to "
            "java.util.SortedMap, java.util.Comparator, java.util.Map"))

    def _keys(self) -> list:
        return self._ordered()

    def put(self, key: Any, value: Any) -> Any:
        self._check(key)
        return super().put(key, value)

    def _copy(self, keys: Iterable[Any], comparator: Any = None) -> "TreeMap":
        result = TreeMap(comparator if comparator is not None else self._cmp)
        for key in keys:
            result.put(key, self._data[key])
        return result

    def comparator(self) -> Any:
        return self._cmp

    def firstKey(self) -> Any:
        return self._edge(False)

    def lastKey(self) -> Any:
        return self._edge(True)

    def _entry(self, key: Any) -> Any:
        return None if key is None else self.entrySet()._items[self._ordered().index(key)]

    def firstEntry(self) -> Any:
        return self._entry(self._edge(False)) if self._data else None

    def lastEntry(self) -> Any:
        return self._entry(self._edge(True)) if self._data else None

    def pollFirstEntry(self) -> Any:
        entry = self.firstEntry()
        if entry is not None:
            self.remove(entry.getKey())
        return entry

    def pollLastEntry(self) -> Any:
        entry = self.lastEntry()
        if entry is not None:
            self.remove(entry.getKey())
        return entry

    def floorKey(self, key: Any) -> Any:
        return self._floor(key)

    def lowerKey(self, key: Any) -> Any:
        return self._lower(key)

    def ceilingKey(self, key: Any) -> Any:
        return self._ceiling(key)

    def higherKey(self, key: Any) -> Any:
        return self._higher(key)

    def floorEntry(self, key: Any) -> Any:
        return self._entry(self._floor(key))

    def lowerEntry(self, key: Any) -> Any:
        return self._entry(self._lower(key))

    def ceilingEntry(self, key: Any) -> Any:
        return self._entry(self._ceiling(key))

    def higherEntry(self, key: Any) -> Any:
        return self._entry(self._higher(key))

    def headMap(self, high: Any, inclusive: bool = False) -> "TreeMap":
        return self._copy(self._range(high=high, high_in=inclusive, upper=True))

    def tailMap(self, low: Any, inclusive: bool = True) -> "TreeMap":
        return self._copy(self._range(low=low, low_in=inclusive, lower=True))

    def subMap(self, low: Any, *args: Any) -> "TreeMap":
        """``subMap(from, to)`` (from inclusive) or ``subMap(from, fromIncl, to, toIncl)``."""
        low_in, high, high_in = (True, args[0], False) if len(args) == 1 else args
        return self._copy(self._range(low, low_in, high, high_in, True, True))

    def descendingMap(self) -> "TreeMap":
        return self._copy(self._data, self._reversed_cmp())

    def navigableKeySet(self) -> Any:
        return self.keySet()

    def descendingKeySet(self) -> "TreeSet":
        return TreeSet(self._reversed_cmp())._filled(self._data)


class TreeSet(_SortedKeys, _Set):
    """java.util.TreeSet: ``TreeSet()``, ``TreeSet(comparator)``, ``TreeSet(collection)``."""

    __slots__ = ("_cmp",)
    __module__ = "java.util"

    def __init__(self, initial: Any = None) -> None:
        super().__init__(self._setup(initial, (_Collection, list, tuple, set, frozenset, str),
            "java.util.TreeSet(): 1st arg can't be coerced to java.util.Collection, "
            "java.util.Comparator, java.util.SortedSet"))

    def _values(self) -> list:
        return self._ordered()

    def add(self, item: Any) -> bool:
        self._check(item)
        return super().add(item)

    def _filled(self, items: Iterable[Any]) -> "TreeSet":
        for item in items:
            self.add(item)
        return self

    def _copy(self, items: Iterable[Any], comparator: Any = None) -> "TreeSet":
        return TreeSet(comparator if comparator is not None else self._cmp)._filled(items)

    def comparator(self) -> Any:
        return self._cmp

    def first(self) -> Any:
        return self._edge(False)

    def last(self) -> Any:
        return self._edge(True)

    def pollFirst(self) -> Any:
        if not self._data:
            return None
        item = self._edge(False)
        self.remove(item)
        return item

    def pollLast(self) -> Any:
        if not self._data:
            return None
        item = self._edge(True)
        self.remove(item)
        return item

    def floor(self, item: Any) -> Any:
        return self._floor(item)

    def lower(self, item: Any) -> Any:
        return self._lower(item)

    def ceiling(self, item: Any) -> Any:
        return self._ceiling(item)

    def higher(self, item: Any) -> Any:
        return self._higher(item)

    def headSet(self, high: Any, inclusive: bool = False) -> "TreeSet":
        return self._copy(self._range(high=high, high_in=inclusive, upper=True))

    def tailSet(self, low: Any, inclusive: bool = True) -> "TreeSet":
        return self._copy(self._range(low=low, low_in=inclusive, lower=True))

    def subSet(self, low: Any, *args: Any) -> "TreeSet":
        low_in, high, high_in = (True, args[0], False) if len(args) == 1 else args
        return self._copy(self._range(low, low_in, high, high_in, True, True))

    def descendingSet(self) -> "TreeSet":
        return self._copy(self._data, self._reversed_cmp())
