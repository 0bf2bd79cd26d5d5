"""java.util.Objects (Java 7+): null-safe helpers real 8.x code uses in shared libraries.

Jython resolves ``Objects.equals(a, b)``, ``Objects.hashCode(x)`` and ``Objects.toString(x)`` to
java.lang.Object's own instance methods called on their first argument (the class object's
methods shadow the static ones; checked with the real ``jython``): so ``Objects.equals(None, x)``,
``Objects.hashCode(None)`` and ``Objects.toString(None)`` throw the NullPointerException of a
call on null, and ``Objects.equals("a", u"a")`` is String.equals. The other statics are Java's.
"""
from __future__ import annotations

from typing import Any

from runtime.core.jtext import java_value
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._jstr import java_hash, to_string
from runtime.emulated.java._throwables import NullPointerException

_ON_NULL = 'Cannot invoke "Object.getClass()" because "obj" is null'


def _receiver(value: Any) -> Any:
    if value is None:
        raise NullPointerException(_ON_NULL)
    return value


class Objects(JavaObject):
    """java.util.Objects: static helpers only (no public constructor)."""

    __slots__ = ()
    __module__ = "java.util"

    def __new__(cls, *args: Any) -> "Objects":
        raise TypeError("No visible constructors for class (java.util.Objects)")

    @staticmethod
    def equals(a: Any, b: Any = None) -> bool:  # type: ignore[override]
        """``a.equals(b)`` as Java boxes them: Integer 1 is not Double 1.0, a str is a String."""
        a = _receiver(a)
        if isinstance(a, str):
            return isinstance(b, str) and str.__str__(a) == str.__str__(b)
        own = getattr(type(a), "equals", None)
        if own is not None:
            return bool(own(a, b))
        if isinstance(a, (bool, int, float)):
            return (isinstance(b, (bool, int, float)) and isinstance(a, bool) == isinstance(b, bool)
                    and isinstance(a, float) == isinstance(b, float) and a == b)
        return a == b

    @staticmethod
    def hashCode(value: Any = None) -> int:  # type: ignore[override]
        return java_hash(_receiver(value))

    @staticmethod
    def hash(*values: Any) -> int:
        """``Arrays.hashCode(values)``: 31 * h + hashCode of each, null counting 0."""
        return java_hash(values)  # (a tuple hashes as Arrays.hashCode does)

    @staticmethod
    def toString(value: Any = None, nullDefault: Any = None) -> str:  # type: ignore[override]
        if value is None and nullDefault is not None:
            return str(nullDefault)
        return to_string(_receiver(value))

    @staticmethod
    def isNull(value: Any) -> bool:
        return value is None

    @staticmethod
    def nonNull(value: Any) -> bool:
        return value is not None

    @staticmethod
    def requireNonNull(value: Any, message: Any = None) -> Any:
        if value is None:
            raise NullPointerException(None if message is None else str(message))
        return java_value(value)  # an Object return: a str comes back unicode

    @staticmethod
    def requireNonNullElse(value: Any, default: Any) -> Any:
        if value is None and default is None:
            raise NullPointerException("defaultObj")
        return java_value(default if value is None else value)

    @staticmethod
    def compare(a: Any, b: Any, comparator: Any) -> int:
        if a is b:
            return 0
        if comparator is None:
            raise NullPointerException(
                'Cannot invoke "java.util.Comparator.compare(Object, Object)" because "c" is null')
        return comparator.compare(a, b)
