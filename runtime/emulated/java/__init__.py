"""Emulated ``java.*`` packages for Jython scripts: java.lang, java.math, java.util, java.text, java.io.

Each package module declares ``__all__``, the exact names a script may import; the sandbox hands
scripts read-only proxies exposing only those. Anything else fails loudly and early:
``resolve("javax.swing")`` raises ``NotEmulatedImportError("javax.swing is not emulated by shim")``
and ``java.util.Foo`` raises ``NotEmulatedAttributeError("java.util.Foo is not emulated by shim")``.

CPython cannot derive one class from both ``ImportError`` and ``AttributeError`` (their instance
layouts conflict), so :class:`NotEmulatedError` is the common base of two concrete classes, one per
way a missing name is reached; ``except NotEmulatedError`` catches both.

:func:`use_default_zone` pins the zone that ``TimeZone.getDefault()``, ``new Date().toString()``
and ``system.date`` use, for one context (a test, a script run), without touching process state.
"""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Callable, NoReturn

from runtime.emulated.java._zones import default_zone_id, use_default_zone  # noqa: F401  (for the runtime)

__all__ = ["awt", "io", "lang", "math", "net", "sql", "text", "util"]

#: Java package name -> module emulating it.
PACKAGES = {
    "java.awt": "runtime.emulated.java.awt",
    "java.awt.datatransfer": "runtime.emulated.java.datatransfer",
    "java.awt.event": "runtime.emulated.java.awt_event",
    "java.awt.image": "runtime.emulated.java.awt_image",
    "java.io": "runtime.emulated.java.io",
    "java.lang": "runtime.emulated.java.lang",
    "java.math": "runtime.emulated.java.math",
    "java.net": "runtime.emulated.java.net",
    "java.nio": "runtime.emulated.java.nio",
    "java.nio.charset": "runtime.emulated.java.charset",
    "java.security": "runtime.emulated.java.security",
    "java.sql": "runtime.emulated.java.sql",
    "java.text": "runtime.emulated.java.text",
    "java.time": "runtime.emulated.java.javatime",
    "java.time.format": "runtime.emulated.java.javatime_format",
    "java.time.temporal": "runtime.emulated.java.javatime_temporal",
    "java.util": "runtime.emulated.java.util",
    "java.util.concurrent": "runtime.emulated.java.concurrent",
    "java.util.concurrent.atomic": "runtime.emulated.java.atomic",
    "java.util.regex": "runtime.emulated.java.regex",
    "javax.crypto": "runtime.emulated.java.crypto",
    "javax.crypto.spec": "runtime.emulated.java.crypto_spec",
    "javax.imageio": "runtime.emulated.java.imageio",
    "javax.swing": "runtime.emulated.java.swing",
}


class NotEmulatedError(Exception):
    """A Java package, class or member that shim does not emulate (message names it)."""


class NotEmulatedImportError(NotEmulatedError, ImportError):
    """Raised by ``import``/``from ... import`` of something not emulated."""


class NotEmulatedAttributeError(NotEmulatedError, AttributeError):
    """Raised by attribute access (``java.util.Foo``) to something not emulated."""


def not_emulated_message(dotted: str) -> str:
    return "%s is not emulated by shim" % dotted


def resolve(dotted: str) -> ModuleType:
    """The module emulating Java package ``dotted`` ("java", "java.util" ...), for ``import``.

    Raises :class:`NotEmulatedImportError` for every other name (``javax.swing``, ``java.net``,
    ``java.util.Date``: a class is imported with ``from java.util import Date``).
    """
    if dotted == "java":
        return importlib.import_module(__name__)
    if dotted == "com" or dotted.startswith("com."):  # Ignition's own classes
        from runtime.emulated import ignition

        found = ignition.package(dotted)
        if found is not None:
            return found
    target = PACKAGES.get(dotted)
    if target is None:
        raise NotEmulatedImportError(not_emulated_message(dotted), name=dotted)
    return importlib.import_module(target)


def import_name(package: str, name: str) -> object:
    """``from <package> import <name>``: the public member, or NotEmulatedImportError naming it."""
    module = resolve(package)
    if name not in getattr(module, "__all__", ()):
        raise NotEmulatedImportError(not_emulated_message("%s.%s" % (package, name)),
                                     name="%s.%s" % (package, name))
    return getattr(module, name)


def missing_member(package: str) -> Callable[[str], NoReturn]:
    """A module-level ``__getattr__`` for ``package``: unknown public names are "not emulated"."""
    def __getattr__(name: str) -> NoReturn:
        if name.startswith("_"):
            raise AttributeError("module %r has no attribute %r" % (package, name))
        raise NotEmulatedAttributeError(not_emulated_message("%s.%s" % (package, name)),
                                        name=name)
    return __getattr__


def __getattr__(name: str) -> object:
    if name in __all__:
        return importlib.import_module("%s.%s" % (__name__, name))
    return missing_member("java")(name)
