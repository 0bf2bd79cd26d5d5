"""java.util collections as Jython presents them: ArrayList, LinkedList, HashMap, LinkedHashMap,
HashSet, LinkedHashSet, plus the Arrays and Collections helpers.

Two Jython facts shape this module (both checked against the real ``jython``):

* Java collections print with Java's ``toString`` (``[1, 1.5, null, true]``, ``{a=1}`` for
  nested maps), except that a top-level map prints like a Python dict with unicode keys
  (``{u'b': True, 3: u'three'}``), and ``map.values()``/``keys()``/``items()`` are Python lists.
* Where a Java method name clashes with a Python one, Jython's proxy takes the Python meaning:
  ``list.remove(1)`` deletes index 1 and returns None, ``list.remove("x")`` removes a value or
  raises ``ValueError``, ``set.remove(x)`` raises ``KeyError`` when x is absent, and
  ``map.get(k, default)`` accepts a default.

HashMap/HashSet iterate in the order a JVM would: by bucket index of the spread ``hashCode``
(``String.hashCode``, ``Integer``'s value ...), then by insertion, with the table growing like
Java's (16 buckets, load factor 0.75, doubling). ``keySet()``, ``entrySet()`` and ``subList``
are snapshots rather than live views (``Entry.setValue`` does write through).
"""
from __future__ import annotations

import functools
from typing import Any, Callable, Iterable, Iterator

from runtime.core.jtext import java_value as _jv
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._jstr import java_hash, to_int32, to_string
from runtime.emulated.java._random import Random
from runtime.emulated.java._throwables import (ClassCastException, IndexOutOfBoundsException,
                                      NoSuchElementException, NullPointerException,
                                      UnsupportedOperationException)


def jython_repr(value: Any) -> str:
    """``repr`` of a value that went through Java in Jython: strings come back as unicode."""
    if isinstance(value, str):
        text = ascii(value)  # a Python 2 ``unicode`` already shows its u prefix
        return text if text.startswith("u") else "u" + text
    if isinstance(value, tuple):
        inner = ", ".join(jython_repr(v) for v in value)
        return "(" + inner + ("," if len(value) == 1 else "") + ")"
    return repr(value)


class _JythonList(list):
    """A Python list handed out by a Java map (``values()``, ``keys()``, ``items()``), Jython-printed."""

    def __repr__(self) -> str:
        return "[" + ", ".join(jython_repr(v) for v in self) + "]"

    __str__ = __repr__


def _sort_key(comparator: Any) -> Callable[[Any], Any] | None:
    if comparator is None:
        return None
    compare = getattr(comparator, "compare", comparator)
    return functools.cmp_to_key(lambda a, b: compare(a, b))


def _sorted(items: Iterable[Any], comparator: Any = None) -> list:
    try:
        return sorted(items, key=_sort_key(comparator))
    except TypeError as error:
        if any(item is None for item in items):
            raise NullPointerException() from None
        raise ClassCastException(str(error)) from None


class JavaIterator(JavaObject):
    """java.util.Iterator over a snapshot: ``hasNext()``/``next()``, and Python iteration."""

    __slots__ = ("_items", "_pos")
    __module__ = "java.util"
    __qualname__ = "Iterator"

    def __init__(self, items: Iterable[Any]) -> None:
        self._items = list(items)
        self._pos = 0

    def hasNext(self) -> bool:
        return self._pos < len(self._items)

    def next(self) -> Any:
        if self._pos >= len(self._items):
            raise NoSuchElementException()
        self._pos += 1
        return self._items[self._pos - 1]

    def __iter__(self) -> "JavaIterator":
        return self

    def __next__(self) -> Any:
        if self._pos >= len(self._items):
            raise StopIteration
        return self.next()


class _Collection(JavaObject):
    """What every emulated collection shares: size/isEmpty/contains/iterator/toArray, toString."""

    __slots__ = ()

    def _values(self) -> list:
        raise NotImplementedError

    def size(self) -> int:
        return len(self._values())

    def isEmpty(self) -> bool:
        return not self._values()

    def contains(self, item: Any) -> bool:
        return item in self._values()

    def containsAll(self, items: Iterable[Any]) -> bool:
        return all(self.contains(item) for item in items)

    def iterator(self) -> JavaIterator:
        return JavaIterator(self._values())

    def toArray(self, *ignored: Any) -> list:
        return list(self._values())

    def forEach(self, action: Callable[[Any], Any]) -> None:
        for item in self._values():
            action(item)

    def toString(self) -> str:
        return "[" + ", ".join("(this Collection)" if v is self else to_string(v)
                               for v in self._values()) + "]"

    def __len__(self) -> int:
        return len(self._values())

    def __iter__(self) -> Iterator[Any]:
        return iter(list(self._values()))

    def __contains__(self, item: Any) -> bool:
        return self.contains(item)


class _AbstractSet(_Collection):
    """Set equality, as java.util.AbstractSet has it: equal to any collection (or Python set) of
    the same elements, ``hashCode`` the sum of the elements' hash codes; unhashable in Python."""

    __slots__ = ()

    def equals(self, other: object) -> bool:
        if isinstance(other, (_Collection, set, frozenset)):
            return set(self._values()) == set(other)
        return False

    def hashCode(self) -> int:
        return to_int32(sum(java_hash(v) for v in self._values()))

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    __hash__ = None  # type: ignore[assignment]


# --- lists ------------------------------------------------------------------------------------

class _List(_Collection):
    """java.util.List over a Python list, with Jython's Python-flavoured ``remove``."""

    __slots__ = ("_items",)

    def __init__(self, initial: Any = None) -> None:
        if initial is None or (isinstance(initial, int) and not isinstance(initial, bool)):
            self._items: list = []
        else:
            self._items = list(map(_jv, initial))

    def _values(self) -> list:
        return self._items

    def _index_error(self, index: int) -> IndexOutOfBoundsException:
        return IndexOutOfBoundsException("Index %d out of bounds for length %d"
                                         % (index, len(self._items)))

    def add(self, *args: Any) -> Any:
        """``add(e)`` appends and returns True; ``add(index, e)`` inserts."""
        if len(args) == 1:
            self._items.append(_jv(args[0]))
            return True
        index, item = args[0], _jv(args[1])
        if not 0 <= index <= len(self._items):
            raise IndexOutOfBoundsException("Index: %d, Size: %d" % (index, len(self._items)))
        self._items.insert(index, item)
        return None

    def addAll(self, *args: Any) -> bool:
        if len(args) == 1:
            items = list(map(_jv, args[0]))
            self._items.extend(items)
        else:
            index, items = args[0], list(map(_jv, args[1]))
            if not 0 <= index <= len(self._items):
                raise IndexOutOfBoundsException("Index: %d, Size: %d"
                                                % (index, len(self._items)))
            self._items[index:index] = items
        return bool(items)

    def get(self, index: int) -> Any:
        if not 0 <= index < len(self._items):
            raise self._index_error(index)
        return self._items[index]

    def set(self, index: int, item: Any) -> Any:
        if not 0 <= index < len(self._items):
            raise self._index_error(index)
        old, self._items[index] = self._items[index], _jv(item)
        return old

    def remove(self, item: Any) -> None:
        """Jython: an int deletes that index (IndexError), anything else removes the value (ValueError)."""
        if isinstance(item, int) and not isinstance(item, bool):
            if not -len(self._items) <= item < len(self._items):
                raise IndexError("%s assignment index out of range" % type(self).getName())
            del self._items[item]
            return
        try:
            self._items.remove(item)
        except ValueError:
            raise ValueError("%s is not in list" % (item,)) from None

    def removeAll(self, items: Iterable[Any]) -> bool:
        drop = list(items)
        before = len(self._items)
        self._items[:] = [v for v in self._items if v not in drop]
        return len(self._items) != before

    def retainAll(self, items: Iterable[Any]) -> bool:
        keep = list(items)
        before = len(self._items)
        self._items[:] = [v for v in self._items if v in keep]
        return len(self._items) != before

    def removeIf(self, predicate: Callable[[Any], bool]) -> bool:
        before = len(self._items)
        self._items[:] = [v for v in self._items if not predicate(v)]
        return len(self._items) != before

    def clear(self) -> None:
        self._items.clear()

    def indexOf(self, item: Any) -> int:
        return self._items.index(item) if item in self._items else -1

    def lastIndexOf(self, item: Any) -> int:
        for index in range(len(self._items) - 1, -1, -1):
            if self._items[index] == item:
                return index
        return -1

    def subList(self, start: int, end: int) -> "_List":
        if start < 0 or end > len(self._items) or start > end:
            raise IndexOutOfBoundsException("fromIndex: %d, toIndex: %d, size: %d"
                                            % (start, end, len(self._items)))
        return type(self)(self._items[start:end])

    def sort(self, comparator: Any = None) -> None:
        self._items[:] = _sorted(self._items, comparator)

    def equals(self, other: object) -> bool:
        if isinstance(other, (_List, list, tuple)):
            return list(self._items) == list(other)
        return False

    def hashCode(self) -> int:
        return java_hash(self._items)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return type(self)(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("index out of range: %d" % index) from None

    def __setitem__(self, index: Any, value: Any) -> None:
        self._items[index] = _jv(value)

    def __delitem__(self, index: Any) -> None:
        del self._items[index]

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __ne__(self, other: object) -> bool:
        return not self.equals(other)

    __hash__ = None  # type: ignore[assignment]


class ArrayList(_List):
    """java.util.ArrayList: ``ArrayList()``, ``ArrayList(capacity)`` or ``ArrayList(collection)``."""

    __slots__ = ()
    __module__ = "java.util"


class LinkedList(_List):
    """java.util.LinkedList: a List plus the Deque methods (addFirst, poll, push, pop ...)."""

    __slots__ = ()
    __module__ = "java.util"

    def _first(self) -> Any:
        if not self._items:
            raise NoSuchElementException()
        return self._items[0]

    def _last(self) -> Any:
        if not self._items:
            raise NoSuchElementException()
        return self._items[-1]

    def addFirst(self, item: Any) -> None:
        self._items.insert(0, _jv(item))

    def addLast(self, item: Any) -> None:
        self._items.append(_jv(item))

    push = addFirst

    def offer(self, item: Any) -> bool:
        self._items.append(_jv(item))
        return True

    offerLast = offer

    def offerFirst(self, item: Any) -> bool:
        self._items.insert(0, _jv(item))
        return True

    def getFirst(self) -> Any:
        return self._first()

    element = getFirst

    def getLast(self) -> Any:
        return self._last()

    def removeFirst(self) -> Any:
        self._first()
        return self._items.pop(0)

    pop = removeFirst

    def removeLast(self) -> Any:
        self._last()
        return self._items.pop()

    def peek(self) -> Any:
        return self._items[0] if self._items else None

    peekFirst = peek

    def peekLast(self) -> Any:
        return self._items[-1] if self._items else None

    def poll(self) -> Any:
        return self._items.pop(0) if self._items else None

    pollFirst = poll

    def pollLast(self) -> Any:
        return self._items.pop() if self._items else None


# --- hashing order ----------------------------------------------------------------------------

def _table_size_for(capacity: int) -> int:
    size = 1
    while size < capacity:
        size <<= 1
    return max(size, 1)


class _HashOrder:
    """The bucket layout of a java.util.HashMap, kept only to reproduce its iteration order."""

    __slots__ = ("capacity", "threshold", "seq", "counter")

    def __init__(self, initial_capacity: int | None = None) -> None:
        self.capacity = 0
        self.threshold = 0 if initial_capacity is None else _table_size_for(initial_capacity)
        self.seq: dict[Any, tuple[int, int]] = {}
        self.counter = 0

    def _resize(self) -> None:
        old_cap, old_thr = self.capacity, self.threshold
        if old_cap > 0:
            new_cap = old_cap << 1
            new_thr = old_thr << 1 if old_cap >= 16 else 0
        elif old_thr > 0:
            new_cap, new_thr = old_thr, 0
        else:
            new_cap, new_thr = 16, 12
        if new_thr == 0:
            new_thr = int(new_cap * 0.75)
        self.capacity, self.threshold = new_cap, new_thr

    def presize(self, count: int) -> None:
        """``putAll``/copy-constructor sizing (``HashMap.putMapEntries``)."""
        if count <= 0:
            return
        if self.capacity == 0:
            wanted = int(count / 0.75 + 1.0)
            if wanted > self.threshold:
                self.threshold = _table_size_for(wanted)
        elif count > self.threshold:
            self._resize()

    def added(self, key: Any) -> None:
        if key in self.seq:
            return
        if self.capacity == 0:
            self._resize()
        spread = java_hash(key) & 0xFFFFFFFF
        spread ^= spread >> 16
        self.seq[key] = (spread, self.counter)
        self.counter += 1
        if len(self.seq) > self.threshold:
            self._resize()

    def removed(self, key: Any) -> None:
        self.seq.pop(key, None)

    def order(self, keys: Iterable[Any]) -> list:
        mask = self.capacity - 1
        return sorted(keys, key=lambda k: ((self.seq[k][0] & mask), self.seq[k][1]))


class _HashOrdered:
    """What HashMap and HashSet add to their base: the keys of ``_data`` iterate in the order of
    a java.util.HashMap's buckets, kept in ``_order``; ``initial`` may be a capacity."""

    __slots__ = ()
    _data: dict
    _order: _HashOrder

    def __init__(self, initial: Any = None) -> None:
        capacity = initial if isinstance(initial, int) and not isinstance(initial, bool) else None
        self._order = _HashOrder(capacity)
        super().__init__(initial)  # type: ignore[call-arg]

    def _in_hash_order(self) -> list:
        return self._order.order(self._data)

    def _added(self, key: Any) -> None:
        self._order.added(key)

    def _removed(self, key: Any) -> None:
        self._order.removed(key)


# --- maps -------------------------------------------------------------------------------------

class _Entry(JavaObject):
    """java.util.Map.Entry: ``getKey``/``getValue``, ``setValue`` writing through to the map."""

    __slots__ = ("_map", "_key", "_value")
    __module__ = "java.util"
    __qualname__ = "Map.Entry"

    def __init__(self, owner: "_Map", key: Any, value: Any) -> None:
        self._map, self._key, self._value = owner, key, value

    def getKey(self) -> Any:
        return self._key

    def getValue(self) -> Any:
        return self._value

    def setValue(self, value: Any) -> Any:
        old, self._value = self._value, _jv(value)
        self._map.put(self._key, value)
        return old

    key = property(getKey)
    value = property(getValue)

    def toString(self) -> str:
        return to_string(self._key) + "=" + to_string(self._value)

    def equals(self, other: object) -> bool:
        return isinstance(other, _Entry) and (other._key, other._value) == (self._key, self._value)

    def hashCode(self) -> int:
        return java_hash(self._key) ^ java_hash(self._value)

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return self.hashCode()


class _SetView(_AbstractSet):
    """A read-only snapshot of a map's ``keySet()``/``entrySet()``, printed and compared as a Set."""

    __slots__ = ("_items",)
    __module__ = "java.util"
    __qualname__ = "Set"

    def __init__(self, items: list) -> None:
        self._items = items

    def _values(self) -> list:
        return self._items

    def add(self, item: Any) -> bool:
        raise UnsupportedOperationException()

    def remove(self, item: Any) -> bool:
        raise UnsupportedOperationException()


class _Map(JavaObject):
    """java.util.Map over a Python dict; subclasses decide the iteration order."""

    _shim_java_text = False  # '%s' % HashMap() is a byte string in Jython

    __slots__ = ("_data",)

    def __init__(self, initial: Any = None) -> None:
        self._data: dict = {}
        if initial is not None and not isinstance(initial, int):
            self.putAll(initial)

    def _keys(self) -> list:
        return list(self._data)

    def _added(self, key: Any) -> None:
        """Hook: a new key was inserted."""

    def _removed(self, key: Any) -> None:
        """Hook: a key was removed."""

    def put(self, key: Any, value: Any) -> Any:
        key, value = _jv(key), _jv(value)
        old = self._data.get(key)
        if key not in self._data:
            self._data[key] = value
            self._added(key)
        else:
            self._data[key] = value
        return old

    def get(self, key: Any, default: Any = None) -> Any:
        return self._data.get(key, default)

    def getOrDefault(self, key: Any, default: Any) -> Any:
        return self._data.get(key, default)

    def putIfAbsent(self, key: Any, value: Any) -> Any:
        current = self._data.get(key)
        if current is None:
            self.put(key, value)
        return current

    def putAll(self, other: Any) -> None:
        pairs = list(other.items())
        self._presize(len(pairs))
        for key, value in pairs:
            self.put(key, value)

    def _presize(self, count: int) -> None:
        """Hook: ``count`` entries are about to be put."""

    def remove(self, key: Any) -> Any:
        if key not in self._data:
            return None
        self._removed(key)
        return self._data.pop(key)

    def containsKey(self, key: Any) -> bool:
        return key in self._data

    def containsValue(self, value: Any) -> bool:
        return value in self._data.values()

    def size(self) -> int:
        return len(self._data)

    def isEmpty(self) -> bool:
        return not self._data

    def clear(self) -> None:
        for key in list(self._data):
            self._removed(key)
        self._data.clear()

    def keySet(self) -> _SetView:
        return _SetView(self._keys())

    def entrySet(self) -> _SetView:
        return _SetView([_Entry(self, k, self._data[k]) for k in self._keys()])

    def values(self) -> _JythonList:
        return _JythonList(self._data[k] for k in self._keys())

    def keys(self) -> _JythonList:
        return _JythonList(self._keys())

    def items(self) -> _JythonList:
        return _JythonList((k, self._data[k]) for k in self._keys())

    def forEach(self, action: Callable[[Any, Any], Any]) -> None:
        for key in self._keys():
            action(key, self._data[key])

    def equals(self, other: object) -> bool:
        if isinstance(other, _Map):
            return other._data == self._data
        return isinstance(other, dict) and other == self._data

    def hashCode(self) -> int:
        return to_int32(sum(java_hash(k) ^ java_hash(v) for k, v in self._data.items()))

    def toString(self) -> str:
        return "{" + ", ".join("%s=%s" % (to_string(k), "(this Map)" if self._data[k] is self
                                          else to_string(self._data[k]))
                               for k in self._keys()) + "}"

    def __repr__(self) -> str:
        return "{" + ", ".join("%s: %s" % (jython_repr(k), jython_repr(self._data[k]))
                               for k in self._keys()) + "}"

    __str__ = __repr__

    def __getitem__(self, key: Any) -> Any:
        return self._data[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.put(key, value)

    def __delitem__(self, key: Any) -> None:
        if key not in self._data:
            raise KeyError(key)
        self.remove(key)

    def __contains__(self, key: Any) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[Any]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    __hash__ = None  # type: ignore[assignment]


class HashMap(_HashOrdered, _Map):
    """java.util.HashMap: ``HashMap()``, ``HashMap(capacity)`` or ``HashMap(map_or_dict)``."""

    __slots__ = ("_order",)
    __module__ = "java.util"

    _keys = _HashOrdered._in_hash_order

    def _presize(self, count: int) -> None:
        self._order.presize(count)


class LinkedHashMap(_Map):
    """java.util.LinkedHashMap: insertion order."""

    __slots__ = ()
    __module__ = "java.util"


# --- sets -------------------------------------------------------------------------------------

class _Set(_AbstractSet):
    """java.util.Set over a dict of keys (Jython: ``remove`` of a missing element is a KeyError)."""

    __slots__ = ("_data",)

    def __init__(self, initial: Any = None) -> None:
        self._data: dict = {}
        if initial is not None and not isinstance(initial, int):
            self._initial_size(initial)
            for item in initial:
                self.add(item)

    def _initial_size(self, items: Any) -> None:
        """Hook: sizing from a source collection."""

    def _added(self, item: Any) -> None:
        """Hook: a new element was inserted."""

    def _removed(self, item: Any) -> None:
        """Hook: an element was removed."""

    def _values(self) -> list:
        return list(self._data)

    def add(self, item: Any) -> bool:
        item = _jv(item)
        if item in self._data:
            return False
        self._data[item] = True
        self._added(item)
        return True

    def addAll(self, items: Iterable[Any]) -> bool:
        changed = False
        for item in items:
            changed = self.add(item) or changed
        return changed

    def remove(self, item: Any) -> None:
        if item not in self._data:
            raise KeyError(item)
        del self._data[item]
        self._removed(item)

    def discard(self, item: Any) -> None:
        if item in self._data:
            self.remove(item)

    def removeAll(self, items: Iterable[Any]) -> bool:
        changed = False
        for item in list(items):
            if item in self._data:
                self.remove(item)
                changed = True
        return changed

    def retainAll(self, items: Iterable[Any]) -> bool:
        keep = list(items)
        return self.removeAll([item for item in self._data if item not in keep])

    def contains(self, item: Any) -> bool:
        return item in self._data

    def clear(self) -> None:
        self.removeAll(list(self._data))


class HashSet(_HashOrdered, _Set):
    """java.util.HashSet: ``HashSet()``, ``HashSet(capacity)`` or ``HashSet(collection)``, hash order."""

    __slots__ = ("_order",)
    __module__ = "java.util"

    _values = _HashOrdered._in_hash_order

    def _initial_size(self, items: Any) -> None:
        self._order = _HashOrder(max(int(len(items) / 0.75) + 1, 16))


class LinkedHashSet(_Set):
    """java.util.LinkedHashSet: insertion order."""

    __slots__ = ()
    __module__ = "java.util"


# --- helpers ----------------------------------------------------------------------------------

class Arrays(JavaObject):
    """java.util.Arrays: ``asList``, ``toString``, ``sort``, ``equals`` over Python sequences."""

    __module__ = "java.util"

    @staticmethod
    def asList(*items: Any) -> ArrayList:
        if len(items) == 1 and isinstance(items[0], (list, tuple)):
            items = tuple(items[0])
        return ArrayList(items)

    @staticmethod
    def toString(items: Any) -> str:
        if items is None:
            return "null"
        return "[" + ", ".join(to_string(v) for v in items) + "]"

    @staticmethod
    def sort(items: list, comparator: Any = None) -> None:
        items[:] = _sorted(items, comparator)

    @staticmethod
    def equals(a: Any, b: Any) -> bool:
        if a is None or b is None:
            return a is b
        return list(a) == list(b)


class Collections(JavaObject):
    """java.util.Collections: sort/reverse/shuffle/max/min/frequency and the factory methods."""

    __module__ = "java.util"

    @staticmethod
    def sort(items: Any, comparator: Any = None) -> None:
        if isinstance(items, _List):
            items.sort(comparator)
        else:
            Arrays.sort(items, comparator)

    @staticmethod
    def reverse(items: Any) -> None:
        values = items._items if isinstance(items, _List) else items
        values.reverse()

    @staticmethod
    def shuffle(items: Any, rnd: Any = None) -> None:
        """Java's algorithm, so a seeded ``java.util.Random`` gives the JVM's order."""
        rnd = rnd or Random()
        values = items._items if isinstance(items, _List) else items
        for i in range(len(values) - 1, 0, -1):
            j = rnd.nextInt(i + 1)
            values[i], values[j] = values[j], values[i]

    @staticmethod
    def swap(items: Any, i: int, j: int) -> None:
        values = items._items if isinstance(items, _List) else items
        values[i], values[j] = values[j], values[i]

    @staticmethod
    def max(items: Iterable[Any], comparator: Any = None) -> Any:
        values = list(items)
        if not values:
            raise NoSuchElementException()
        return _sorted(values, comparator)[-1]

    @staticmethod
    def min(items: Iterable[Any], comparator: Any = None) -> Any:
        values = list(items)
        if not values:
            raise NoSuchElementException()
        return _sorted(values, comparator)[0]

    @staticmethod
    def frequency(items: Iterable[Any], item: Any) -> int:
        return sum(1 for v in items if v == item)

    @staticmethod
    def nCopies(count: int, item: Any) -> ArrayList:
        return ArrayList([item] * count)

    @staticmethod
    def addAll(target: Any, *items: Any) -> bool:
        return target.addAll(list(items))

    @staticmethod
    def singletonList(item: Any) -> ArrayList:
        return ArrayList([item])

    @staticmethod
    def singleton(item: Any) -> HashSet:
        return HashSet([item])

    @staticmethod
    def singletonMap(key: Any, value: Any) -> HashMap:
        return HashMap({key: value})

    @staticmethod
    def emptyList() -> ArrayList:
        return ArrayList()

    @staticmethod
    def emptyMap() -> HashMap:
        return HashMap()

    @staticmethod
    def emptySet() -> HashSet:
        return HashSet()

    @staticmethod
    def unmodifiableList(items: Any) -> Any:
        """Returned as is: shim does not enforce unmodifiable views."""
        return items

    unmodifiableMap = unmodifiableList
    unmodifiableSet = unmodifiableList
    unmodifiableCollection = unmodifiableList
    synchronizedList = unmodifiableList
    synchronizedMap = unmodifiableList
    synchronizedSet = unmodifiableList
