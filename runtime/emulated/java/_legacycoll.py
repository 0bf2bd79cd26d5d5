"""java.util's pre-1.2 collections as Jython presents them: Vector, Stack, Hashtable and the
Enumeration they hand out (``elements()``, ``Hashtable.keys()``).

Checked against the real ``jython`` (Java 17): Vector and Stack print and behave as an
ArrayList with their own method names (``elementAt`` past the end is an
ArrayIndexOutOfBoundsException "2 >= 0", ``firstElement`` of an empty Vector a
NoSuchElementException, ``pop``/``peek`` of an empty Stack an EmptyStackException).
Hashtable refuses null keys and values (NullPointerException) and iterates in the order of
its own buckets: 11 of them by default, ``(hashCode & 0x7FFFFFFF) % capacity``, a new entry
at the head of its chain, the table rehashed to ``2n + 1`` when the count reaches 3/4 of the
capacity, walked from the last bucket to the first. Because Hashtable has a Java ``keys()``,
Jython hands out its Enumeration there, not a Python list as for HashMap.
"""
from __future__ import annotations

from typing import Any

from runtime.core.jtext import java_value as _jv
from runtime.emulated.java._collections import ArrayList, JavaIterator, _List, _Map
from runtime.emulated.java._jstr import java_hash
from runtime.emulated.java._throwables import (ArrayIndexOutOfBoundsException, EmptyStackException,
                                      NoSuchElementException, NullPointerException)


class Enumeration(JavaIterator):
    """java.util.Enumeration over a snapshot: ``hasMoreElements()``/``nextElement()``, and Python
    iteration (Jython iterates an Enumeration)."""

    __slots__ = ()
    __module__ = "java.util"
    __qualname__ = "Enumeration"

    hasMoreElements = JavaIterator.hasNext
    nextElement = JavaIterator.next


class Vector(_List):
    """java.util.Vector: ``Vector()``, ``Vector(capacity)`` or ``Vector(collection)``, an
    ArrayList with the Java 1.0 names (addElement, elementAt, firstElement, removeElement ...)."""

    __slots__ = ()
    __module__ = "java.util"

    def _element_index(self, index: int) -> None:
        if index >= len(self._items):
            raise ArrayIndexOutOfBoundsException("%d >= %d" % (index, len(self._items)))
        if index < 0:
            raise ArrayIndexOutOfBoundsException(str(index))

    def addElement(self, item: Any) -> None:
        self._items.append(_jv(item))

    def insertElementAt(self, item: Any, index: int) -> None:
        if index > len(self._items):
            raise ArrayIndexOutOfBoundsException("%d > %d" % (index, len(self._items)))
        self._items.insert(index, _jv(item))

    def elementAt(self, index: int) -> Any:
        self._element_index(index)
        return self._items[index]

    def setElementAt(self, item: Any, index: int) -> None:
        self._element_index(index)
        self._items[index] = _jv(item)

    def removeElementAt(self, index: int) -> None:
        self._element_index(index)
        del self._items[index]

    def removeElement(self, item: Any) -> bool:
        if item not in self._items:
            return False
        self._items.remove(item)
        return True

    def removeAllElements(self) -> None:
        self._items.clear()

    def firstElement(self) -> Any:
        if not self._items:
            raise NoSuchElementException()
        return self._items[0]

    def lastElement(self) -> Any:
        if not self._items:
            raise NoSuchElementException()
        return self._items[-1]

    def elements(self) -> Enumeration:
        return Enumeration(self._items)


class Stack(Vector):
    """java.util.Stack: a Vector with ``push``/``pop``/``peek``/``empty``/``search``."""

    __slots__ = ()
    __module__ = "java.util"

    def push(self, item: Any) -> Any:
        self._items.append(_jv(item))
        return item

    def peek(self) -> Any:
        if not self._items:
            raise EmptyStackException()
        return self._items[-1]

    def pop(self) -> Any:
        self.peek()
        return self._items.pop()

    def empty(self) -> bool:
        return not self._items

    def search(self, item: Any) -> int:
        """1-based distance from the top, -1 when absent (``java.util.Stack.search``)."""
        for distance, value in enumerate(reversed(self._items), 1):
            if value == item:
                return distance
        return -1


class _Buckets:
    """The bucket chains of a java.util.Hashtable, kept only to reproduce its iteration order."""

    __slots__ = ("table", "threshold")

    def __init__(self, capacity: int) -> None:
        self.table: list[list] = [[] for _ in range(max(capacity, 1))]
        self.threshold = int(len(self.table) * 0.75)

    def _index(self, key: Any) -> int:
        return (java_hash(key) & 0x7FFFFFFF) % len(self.table)

    def added(self, key: Any, count: int) -> None:
        """``key`` is new and the table held ``count`` entries (``Hashtable.addEntry``)."""
        if count >= self.threshold:
            old = self.table
            self.table = [[] for _ in range(len(old) * 2 + 1)]
            self.threshold = int(len(self.table) * 0.75)
            for chain in reversed(old):
                for moved in chain:
                    self.table[self._index(moved)].insert(0, moved)
        self.table[self._index(key)].insert(0, key)

    def removed(self, key: Any) -> None:
        self.table[self._index(key)].remove(key)

    def order(self) -> list:
        return [key for chain in reversed(self.table) for key in chain]


class Hashtable(_Map):
    """java.util.Hashtable: ``Hashtable()``, ``Hashtable(capacity)`` or ``Hashtable(map_or_dict)``."""

    __slots__ = ("_buckets",)
    __module__ = "java.util"

    def __init__(self, initial: Any = None) -> None:
        if initial is None:
            capacity = 11
        elif isinstance(initial, int) and not isinstance(initial, bool):
            capacity = initial
        else:
            capacity = max(2 * len(initial), 11)
        self._buckets = _Buckets(capacity)
        super().__init__(initial)

    def _keys(self) -> list:
        return self._buckets.order()

    def put(self, key: Any, value: Any) -> Any:
        if value is None:
            raise NullPointerException()
        if key is None:
            raise NullPointerException('Cannot invoke "Object.hashCode()" because "key" is null')
        return super().put(key, value)

    def _added(self, key: Any) -> None:
        self._buckets.added(key, len(self._data) - 1)

    def _removed(self, key: Any) -> None:
        self._buckets.removed(key)

    def contains(self, value: Any) -> bool:
        return self.containsValue(value)

    def keys(self) -> Enumeration:  # type: ignore[override]
        """Java's ``keys()``: Jython hands out the Enumeration, not a Python list."""
        return Enumeration(self._keys())

    def values(self) -> ArrayList:  # type: ignore[override]
        """Java's ``values()``: a Collection, printed as Java prints one."""
        return ArrayList(self._data[k] for k in self._keys())

    def elements(self) -> Enumeration:
        return Enumeration(self._data[k] for k in self._keys())
