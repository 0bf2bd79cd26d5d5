"""The metaclass of every emulated Java class: Jython's look for classes, Class-like introspection.

In Jython ``print java.lang.Integer`` shows ``<type 'java.lang.Integer'>`` and
``e.getClass().getName()`` names the Java class. Emulated classes set ``__module__`` to their Java
package ("java.util") so that these names, and CPython's traceback lines, read as in Jython.
"""
from __future__ import annotations


class JavaClass(type):
    """Metaclass: ``repr`` like Jython, plus ``getName``/``getSimpleName`` of java.lang.Class."""

    def __repr__(cls) -> str:
        return "<type '%s'>" % cls.getName()

    def getName(cls) -> str:
        """Fully qualified Java name, e.g. ``java.lang.IllegalArgumentException``."""
        return "%s.%s" % (cls.__module__, cls.__qualname__)

    def getSimpleName(cls) -> str:
        return cls.__qualname__

    @property
    def name(cls) -> str:
        return cls.getName()

    @property
    def simpleName(cls) -> str:
        return cls.getSimpleName()


class JavaObject(metaclass=JavaClass):
    """Base of emulated Java objects: ``toString``/``equals``/``hashCode``/``getClass`` like java.lang.Object.

    Subclasses override :meth:`toString`; ``str()`` and ``repr()`` follow it, as in Jython.
    """

    __slots__ = ()
    __module__ = "java.lang"
    __qualname__ = "Object"

    def toString(self) -> str:
        return "%s@%x" % (type(self).getName(), self.hashCode() & 0xFFFFFFFF)

    def hashCode(self) -> int:
        return id(self) & 0x7FFFFFFF

    def equals(self, other: object) -> bool:
        return self == other

    def getClass(self) -> JavaClass:
        return _class_of(self)

    def __str__(self) -> str:
        return self.toString()

    def __repr__(self) -> str:
        return self.toString()


def _class_of(obj: object) -> JavaClass:
    """``obj.getClass()``: the class of an instance. Called unbound on a class
    (``Object.getClass(cls)``) it would hand out the metaclass, a real ``type`` that makes
    classes past the sandbox's class checks; Jython refuses a non-object receiver too."""
    kind = type(obj)
    if issubclass(kind, type):
        raise TypeError("getClass(): self arg can't be coerced to java.lang.Object")
    return kind  # type: ignore[return-value]
