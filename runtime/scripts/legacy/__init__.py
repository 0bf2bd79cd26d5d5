"""Jython 2 -> Python 3: source translation (``translate``) and Jython's run-time semantics
(``builtins``). Scripts written for Ignition run unchanged on CPython 3 through this package."""
from runtime.scripts.legacy.translate import TranslationError, translate

__all__ = ["TranslationError", "translate"]
