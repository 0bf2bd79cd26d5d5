"""``array``: typed arrays (``array.array('i', [1, 2])``) as Python 2 and Jython have them: the
``'c'`` type code (an array of one-character strings, ``array('c', 'ab')``, which Python 3
dropped), the ``tostring``/``fromstring`` spellings, and Python 2's repr (``array('c', 'ab')``,
``array('l', [5L])``: Jython's ``'l'`` items are Java longs, ``array('i')`` when empty).
Python 2 library reference, "array -- Efficient arrays of numeric values"."""
from __future__ import annotations

import array as _array
from typing import Any

from runtime.core import hostclass
from runtime.core.jtext import java_long

#: type codes whose items Jython hands back as ``long`` (Java longs)
_LONG_CODES = frozenset("lL")


class array(_array.array):  # noqa: N801 - the module's own name for it
    __module__ = "array"

    def __new__(cls, typecode: Any, initializer: Any = None) -> "array":
        if typecode == "c":
            cls = _CharArray
            made = _array.array.__new__(cls, "B")
            if initializer is not None:
                made.extend(initializer)
            return made
        if typecode in _LONG_CODES:
            cls = _LongArray
        if isinstance(initializer, str):  # Python 2: a string initializer is machine bytes
            made = _array.array.__new__(cls, typecode)
            made.fromstring(initializer)
            return made
        if initializer is None:
            return _array.array.__new__(cls, typecode)
        return _array.array.__new__(cls, typecode, initializer)

    def tostring(self) -> str:
        return self.tobytes().decode("latin-1")

    def fromstring(self, data: Any) -> None:
        self.frombytes(data.encode("latin-1") if isinstance(data, str) else data)

    def __repr__(self) -> str:
        if not len(self):
            return "array('%s')" % self.typecode
        return "array('%s', [%s])" % (self.typecode, ", ".join(map(repr, self.tolist())))


class _CharArray(array):
    """``array('c', ...)``: bytes stored as ``'B'``, read and written as one-character strings."""

    __module__ = "array"
    __qualname__ = "array"

    @property
    def typecode(self) -> str:  # type: ignore[override]
        return "c"

    def __getitem__(self, index: Any) -> Any:
        value = _array.array.__getitem__(self, index)
        if isinstance(index, slice):
            return array("c", map(chr, value))
        return chr(value)

    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, slice):
            _array.array.__setitem__(self, index, value)
        else:
            _array.array.__setitem__(self, index, _byte(value))

    def __iter__(self) -> Any:
        return map(chr, _array.array.__iter__(self))

    def __contains__(self, value: Any) -> bool:
        return isinstance(value, str) and len(value) == 1 and _array.array.__contains__(self, _byte(value))

    def append(self, value: Any) -> None:
        _array.array.append(self, _byte(value))

    def extend(self, values: Any) -> None:
        _array.array.extend(self, (_byte(v) for v in values))

    def tolist(self) -> list:
        return [chr(v) for v in _array.array.tolist(self)]

    def count(self, value: Any) -> int:
        return _array.array.count(self, _byte(value))

    def index(self, value: Any, *args: Any) -> int:
        return _array.array.index(self, _byte(value), *args)

    def __repr__(self) -> str:
        if not len(self):
            return "array('c')"
        return "array('c', %s)" % repr(self.tobytes())[1:]  # Python 2's repr of a byte string


class _LongArray(array):
    """``array('l', ...)``: its items read back as ``long``."""

    __module__ = "array"
    __qualname__ = "array"

    def __getitem__(self, index: Any) -> Any:
        value = _array.array.__getitem__(self, index)
        if isinstance(index, slice):
            return array(self.typecode, value)
        return java_long(value)

    def __iter__(self) -> Any:
        return map(java_long, _array.array.__iter__(self))

    def tolist(self) -> list:
        return [java_long(v) for v in _array.array.tolist(self)]


def _byte(value: Any) -> int:
    if not isinstance(value, str) or len(value) != 1:
        raise TypeError("array item must be char")
    return ord(value) & 0xFF


_CharArray.__name__ = _LongArray.__name__ = "array"  # ``type(a).__name__``, for every type code
hostclass.claim(_CharArray)  # the storage subclasses are shim's own: scripts get stand-ins
hostclass.claim(_LongArray)
ArrayType = array
