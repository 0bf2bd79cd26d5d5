"""Strings and longs coming back from Java, as scripts see them: Jython turns every
``java.lang.String`` a Java method returns (``sdf.format(d)``, ``sb.toString()``, a key out of a
``HashMap``) into a Python 2 ``unicode``, so ``repr`` shows ``u'...'`` and
``isinstance(s, unicode)`` holds, and every Java ``long`` (``Math.round(2.5)``,
``Long.parseLong('8')``) into a Python 2 ``long`` (``3L``).

The emulated Java classes sit below the layer that defines shim's ``unicode`` and ``long``
types (``runtime.scripts.legacy.py2types``), so they call :func:`java_text`/:func:`java_long`
and that layer installs the types with :func:`set_java_text_type`/:func:`set_java_long_type`
when it is imported. Until then (host code using the emulated classes on their own) they stay
plain ``str`` and ``int``.
"""
from __future__ import annotations

from typing import Any, Callable

_make: Callable[[str], str] = str
_make_long: Callable[[int], int] = int


def set_java_text_type(factory: Callable[[str], str]) -> None:
    """Install the constructor of the scripts' ``unicode`` type (a ``str`` subclass)."""
    global _make
    _make = factory


def java_text(text: str) -> str:
    """``text`` as a Java string returned to a script: ``unicode`` once the scripts layer is loaded."""
    return _make(text)


def java_value(value: Any) -> Any:
    """A value stored in a Java collection: a plain ``str`` becomes a Java string, the rest stays."""
    return _make(value) if type(value) is str else value


def set_java_long_type(factory: Callable[[int], int]) -> None:
    """Install the constructor of the scripts' ``long`` type (an ``int`` subclass)."""
    global _make_long
    _make_long = factory


def java_long(value: int) -> int:
    """``value`` as a Java ``long`` returned to a script: a Python 2 ``long``."""
    return _make_long(value)
