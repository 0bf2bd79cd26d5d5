"""Strings coming back from Java, as scripts see them: Jython turns every ``java.lang.String`` a
Java method returns (``sdf.format(d)``, ``sb.toString()``, a key out of a ``HashMap``) into a
Python 2 ``unicode``, so ``repr`` shows ``u'...'`` and ``isinstance(s, unicode)`` holds.

The emulated Java classes sit below the layer that defines shim's ``unicode`` type
(``runtime.scripts.legacy.py2types``), so they call :func:`java_text` and that layer installs
the type with :func:`set_java_text_type` when it is imported. Until then (host code using the
emulated classes on their own) Java strings stay plain ``str``.
"""
from __future__ import annotations

from typing import Any, Callable

_make: Callable[[str], str] = str


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
