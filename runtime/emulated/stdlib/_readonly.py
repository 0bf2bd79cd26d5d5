"""Read-only containers for module constants every script shares (``sys.path``,
``keyword.kwlist``, ``htmlentitydefs.name2codepoint``): they print as Jython's list or dict do,
and a script cannot change what the next script reads."""
from __future__ import annotations

from typing import Any, NoReturn


class ReadOnlyList(tuple):
    """A shared list constant: a tuple that prints as a list."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(list(self))


class ReadOnlyDict(dict):
    """A shared dict constant: reads as a dict, refuses every change."""

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("this dictionary is shared by every script: copy it with dict(...) to change it")

    __setitem__ = __delitem__ = __ior__ = _refuse  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]
