"""``com.inductiveautomation.ignition.common.TypeUtilities``: the value coercions Ignition's own
code uses, which scripts call directly (``TypeUtilities.toBool(x)``, ``TypeUtilities.coerce(v,
Integer)``, ``TypeUtilities.pyToJava(d)``). Coercion is the one dataset columns use
(``runtime.emulated.ignition.dataset.coerce``); a value that cannot be converted raises
``ClassCastException`` naming it, as Ignition's ``coerce`` does."""
from __future__ import annotations

from typing import Any

from runtime.emulated.ignition.dataset import DatasetError, coerce as _coerce, column_type
from runtime.emulated.java._collections import ArrayList, HashMap
from runtime.emulated.java._jclass import JavaClass
from runtime.emulated.java._jstr import to_string
from runtime.emulated.java._throwables import ClassCastException
from runtime.emulated.java.lang import Boolean, Double, Float, Integer, Long


def _to(value: Any, target: Any) -> Any:
    try:
        return _coerce(value, column_type(target))
    except DatasetError as error:
        raise ClassCastException(str(error)) from None


class TypeUtilities(metaclass=JavaClass):
    """Static coercions: ``coerce(value, Class)``, ``toBool``, ``toInteger``, ``toLong``,
    ``toDouble``, ``toFloat``, ``toString``, ``pyToJava``."""

    __module__ = "com.inductiveautomation.ignition.common"

    @staticmethod
    def coerce(value: Any, target: Any) -> Any:
        return _to(value, target)

    @staticmethod
    def toBool(value: Any) -> bool:
        return bool(_to(value, Boolean)) if value is not None else False

    toInteger = staticmethod(lambda value: _to(value, Integer))
    toLong = staticmethod(lambda value: _to(value, Long))
    toDouble = staticmethod(lambda value: _to(value, Double))
    toFloat = staticmethod(lambda value: _to(value, Float))

    @staticmethod
    def toString(value: Any) -> str | None:
        return None if value is None else to_string(value)

    @staticmethod
    def pyToJava(value: Any) -> Any:
        """A Python value as Java collections: dicts become HashMaps, lists and tuples
        ArrayLists, all the way down; other values are already what Java sees."""
        if isinstance(value, dict):
            result = HashMap()
            for key, item in value.items():
                result.put(TypeUtilities.pyToJava(key), TypeUtilities.pyToJava(item))
            return result
        if isinstance(value, (list, tuple)):
            return ArrayList([TypeUtilities.pyToJava(item) for item in value])
        return value
