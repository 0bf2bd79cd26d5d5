"""The metaclass of every emulated Java class: Jython's look for classes, Class-like introspection.

In Jython ``print java.lang.Integer`` shows ``<type 'java.lang.Integer'>`` and
``e.getClass().getName()`` names the Java class. Emulated classes set ``__module__`` to their Java
package ("java.util") so that these names, and CPython's traceback lines, read as in Jython.
"""
from __future__ import annotations

import functools
from typing import Any, Callable

from runtime.core.hostclass import visible
from runtime.core.jtext import java_text


#: the annotation of a method returning a Java ``char`` (Jython: a one-character ``str``)
Char = str


def _text_result(method: Callable) -> Callable:
    """``method`` with its ``str`` result handed back as a Java string (unicode to scripts)."""
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = method(*args, **kwargs)
        return java_text(result) if type(result) is str else result
    return wrapper


_TEXT = ("str", str, "str | None", str | None)


def _returns_text(fn: Any) -> bool:
    """A public Java method declared ``-> str`` (a ``char`` result is declared ``-> Char``:
    Jython gives those back as a one-character ``str``)."""
    return callable(fn) and fn.__annotations__.get("return") in _TEXT \
        if hasattr(fn, "__annotations__") else False


#: ``__name__`` of every emulated Java class -> its Java name, for the messages Jython writes
#: with Java names (``'java.util.HashMap' object has no attribute 'x'``); None where two classes
#: share a simple name, unless one is of a package in ``_NAME_OWNERS`` (``Date`` stays
#: ``java.util.Date`` however many scripts have imported ``java.sql``).
JAVA_NAMES: dict[str, str | None] = {}

#: Packages whose classes keep their Java name in messages when another package has a class
#: of the same simple name: the ones every script uses.
_NAME_OWNERS = ("java.lang.", "java.util.")


def _named(simple: str, java_name: str) -> str | None:
    """The Java name messages give ``simple`` once ``java_name`` is declared too."""
    known = JAVA_NAMES.get(simple, java_name)
    if known == java_name:
        return java_name
    owners = [n for n in (known, java_name) if n and n.startswith(_NAME_OWNERS) and "." not in n[len("java.util."):]]
    return owners[0] if len(owners) == 1 else None


class JavaClass(type):
    """Metaclass: ``repr`` like Jython, plus ``getName``/``getSimpleName`` of java.lang.Class.

    Every public method declared to return ``str`` returns a Java string, which Jython hands
    to scripts as ``unicode`` (``sb.toString()``, ``sdf.format(d)``, ``Integer.toHexString(255)``).
    """

    def __new__(mcs, name: str, bases: tuple, namespace: dict, **kwargs: Any) -> "JavaClass":
        for attr, value in list(namespace.items()):
            if attr.startswith("_"):
                continue
            if isinstance(value, (staticmethod, classmethod)) and _returns_text(value.__func__):
                namespace[attr] = type(value)(_text_result(value.__func__))
            elif isinstance(value, type(_text_result)) and _returns_text(value):
                namespace[attr] = _text_result(value)
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        java_name = "%s.%s" % (cls.__module__, cls.__qualname__)
        JAVA_NAMES[cls.__name__] = _named(cls.__name__, java_name)
        for attr, value in namespace.items():  # (a private base's methods keep their name)
            if not attr.startswith("_") and not name.startswith("_") and isinstance(value, type(_text_result)):
                value.__qualname__ = "%s.%s" % (java_name, attr)  # <bound method java.lang.String.length of abc>
        return cls

    def __repr__(cls) -> str:
        return "<type '%s'>" % JavaClass.getName(cls)  # (a class may have an instance getName: File)

    def getName(cls) -> str:
        """Fully qualified Java name, e.g. ``java.lang.IllegalArgumentException``."""
        return java_text("%s.%s" % (cls.__module__, cls.__qualname__))

    def getSimpleName(cls) -> str:
        return java_text(cls.__qualname__)

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
    #: ``'%s' % obj`` is the Java String ``toString()`` gives: unicode (Jython); a Map prints
    #: as a Python dict would, a byte string
    _shim_java_text = True

    def toString(self) -> str:
        return "%s@%x" % (type(self).getName(), self.hashCode() & 0xFFFFFFFF)

    def hashCode(self) -> int:
        return id(self) & 0x7FFFFFFF

    def equals(self, other: object) -> bool:
        return self == other

    def getClass(self) -> JavaClass:
        return _class_of(self)

    def __str__(self) -> str:
        return str.__str__(self.toString())  # a plain str, as Jython's str() of a Java object

    def __repr__(self) -> str:
        return self.toString()  # unicode, as Jython's repr() of a Java object


def _class_of(obj: object) -> JavaClass:
    """``obj.getClass()``: the class of an instance. Called unbound on a class
    (``Object.getClass(cls)``) it would hand out the metaclass, a real ``type`` that makes
    classes past the sandbox's class checks; Jython refuses a non-object receiver too."""
    kind = type(obj)
    if issubclass(kind, type):
        raise TypeError("getClass(): self arg can't be coerced to java.lang.Object")
    return visible(kind)  # one of shim's internal classes: the sandbox's stand-in
