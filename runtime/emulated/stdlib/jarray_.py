"""``jarray``: Java arrays for Jython code (``jarray.array([1, 2], 'i')``, ``jarray.zeros(3, 'd')``,
``jarray.array(['a'], String)``). Fixed length, typed, mutable; printed as Jython prints them:
``array('i', [1, 2])``, ``array(java.lang.String, [u'a'])``."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from runtime.core.jtext import java_long

from runtime.core.hostclass import claim

#: Jython's type codes -> (Java element name, zero value, converter)
_CODES = {
    "z": ("boolean", False, bool), "b": ("byte", 0, int), "c": ("char", "\x00", str),
    "h": ("short", 0, int), "i": ("int", 0, int), "l": ("long", 0, int),
    "f": ("float", 0.0, float), "d": ("double", 0.0, float),
}


class _Primitive:
    """A Java primitive class as an array element type (``char[]`` from ``toCharArray()``):
    Jython prints such arrays by the type's name, ``array(char, ['a', 'b'])``."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def getName(self) -> str:
        return self._name


#: ``char``, the element type of ``String.toCharArray()``
CHAR = _Primitive("char")


def _kind(kind: Any) -> tuple[str, Any, Any]:
    if isinstance(kind, str):
        if kind not in _CODES:
            raise ValueError("typecode must be in [zcbhilfd]")
        return kind, _CODES[kind][1], _CODES[kind][2]
    name = getattr(kind, "getName", None)
    if name is None:
        raise TypeError("array type must be a typecode or a Java class")
    return name(), None, None


@claim  # shim's own class, named as Jython prints it
class PyArray:
    """A Java array: ``len``, indexing (negative too), slices (a new array), iteration, ``==``."""

    __slots__ = ("_code", "_items", "_convert")
    __module__ = "array"
    __qualname__ = "array"

    def __init__(self, items: Iterable[Any], kind: Any) -> None:
        code, _, convert = _kind(kind)
        object.__setattr__(self, "_code", code)
        object.__setattr__(self, "_convert", convert)
        values = list(items)
        if convert is not None:
            values = [convert(v) for v in values]
        object.__setattr__(self, "_items", values)

    @property
    def typecode(self) -> str:
        return self._code

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            clone = PyArray((), "i")
            object.__setattr__(clone, "_code", self._code)
            object.__setattr__(clone, "_convert", self._convert)
            object.__setattr__(clone, "_items", self._items[index])
            return clone
        return self._items[index]

    def __setitem__(self, index: int, value: Any) -> None:
        if isinstance(index, slice):
            raise TypeError("Java arrays cannot change length")
        self._items[index] = self._convert(value) if self._convert else value

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items)

    def __contains__(self, value: Any) -> bool:
        return value in self._items

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PyArray) and other._items == self._items

    __hash__ = None  # type: ignore[assignment]

    def tolist(self) -> list:
        return list(self._items)

    def tostring(self) -> str:
        """The bytes of a ``byte[]`` (or the characters of a ``char[]``) as a Python 2 ``str``: Jython's
        usual way from a Java byte array (``md.digest()``, ``Base64.getDecoder().decode(s)``) to text."""
        if self._code == "b":
            return bytes(b & 0xFF for b in self._items).decode("latin-1")
        if self._code == "c":
            return "".join(self._items)
        raise TypeError("tostring() of a %s array is not emulated by shim (only byte[] and char[])"
                        % _CODES.get(self._code, (self._code,))[0])

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("'array' object attribute '%s' is read-only" % name)

    def __repr__(self) -> str:
        if self._code in _CODES:
            if self._code == "c":
                return "array('c', %r)" % "".join(self._items)
            return "array('%s', %s)" % (self._code, _items_repr(self._items, self._code))
        return "array(%s, %s)" % (self._code, _items_repr(self._items, self._code))


def _items_repr(items: list, code: str = "") -> str:
    parts = []
    for value in items:
        if code == "char":  # a Java char reads back as a one-character str
            parts.append(repr(value.encode("latin-1"))[1:] if value <= "\xff" else "u" + ascii(value))
        elif code == "l":
            parts.append(repr(java_long(value)))
        elif isinstance(value, str):
            parts.append("u" + ascii(str.__str__(value)))  # Java strings read back as unicode
        elif isinstance(value, bool):
            parts.append("True" if value else "False")
        else:
            parts.append(repr(value))
    return "[" + ", ".join(parts) + "]"


def array(sequence: Iterable[Any], kind: Any) -> PyArray:
    """``jarray.array(seq, type)``: a Java array holding ``seq``'s items."""
    return PyArray(sequence, kind)


def zeros(length: int, kind: Any) -> PyArray:
    """``jarray.zeros(n, type)``: ``n`` zeros (False, 0, 0.0, or None for objects)."""
    _, zero, _ = _kind(kind)
    return PyArray([zero] * length, kind)
