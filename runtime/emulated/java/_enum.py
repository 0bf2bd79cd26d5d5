"""The shape of a Java ``enum`` for emulated classes: constants with ``name()``, ``ordinal()``,
``toString()``, ``compareTo``, and the class's ``values()``/``valueOf(name)``."""
from __future__ import annotations

from typing import Any

from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._throwables import IllegalArgumentException


class JavaEnum(JavaObject):
    """Base of an emulated enum; :func:`declare_constants` makes its constants."""

    __slots__ = ("_name", "_ordinal")
    _constants: tuple = ()

    def __init__(self, *args: Any) -> None:
        raise TypeError("%s is an enum: use its constants" % type(self).getName())

    def name(self) -> str:  # type: ignore[override]
        return self._name

    def ordinal(self) -> int:
        return self._ordinal

    def toString(self) -> str:
        return self._name

    def compareTo(self, other: "JavaEnum") -> int:
        return self._ordinal - other._ordinal

    @classmethod
    def values(cls) -> list:
        return list(cls._constants)

    @classmethod
    def valueOf(cls, name: Any) -> Any:
        for constant in cls._constants:
            if constant._name == name:
                return constant
        raise IllegalArgumentException("No enum constant %s.%s" % (cls.getName(), name))


def declare_constants(cls: type, names: tuple[str, ...], **fields: tuple) -> None:
    """Make ``cls``'s constants, in order, as class attributes; ``fields`` gives each constant
    further slots, one value per constant (``scale=(1, 1000, ...)``)."""
    constants = []
    for ordinal, name in enumerate(names):
        constant = object.__new__(cls)
        constant._name, constant._ordinal = name, ordinal
        for field, values in fields.items():
            setattr(constant, field, values[ordinal])
        constants.append(constant)
        type.__setattr__(cls, name, constant)
    cls._constants = tuple(constants)
