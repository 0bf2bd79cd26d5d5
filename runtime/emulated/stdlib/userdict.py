"""Python 2's ``UserDict`` module: ``UserDict`` (a dictionary kept in ``.data``, with Python 2's
``has_key``/``iteritems``/``keys`` as lists), ``IterableUserDict`` and ``DictMixin`` (the
mapping methods for a class that defines ``__getitem__``, ``__setitem__``, ``__delitem__`` and
``keys``), as old libraries subclass them."""
from __future__ import annotations

from typing import Any, Iterator


class DictMixin:
    """Every mapping method from ``__getitem__``, ``__setitem__``, ``__delitem__`` and ``keys``."""

    __module__ = "UserDict"

    def __iter__(self) -> Iterator:
        return iter(self.keys())

    def has_key(self, key: Any) -> bool:
        try:
            self[key]
        except KeyError:
            return False
        return True

    __contains__ = has_key

    def iteritems(self) -> Iterator:
        return ((k, self[k]) for k in self.keys())

    def iterkeys(self) -> Iterator:
        return iter(self.keys())

    def itervalues(self) -> Iterator:
        return (self[k] for k in self.keys())

    def items(self) -> list:
        return list(self.iteritems())

    def values(self) -> list:
        return list(self.itervalues())

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def pop(self, key: Any, *default: Any) -> Any:
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self) -> tuple:
        for key in self.keys():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError("container is empty")

    def update(self, other: Any = None, **kwargs: Any) -> None:
        if other is not None:
            pairs = other.items() if hasattr(other, "keys") else other
            for key, value in pairs:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self) -> None:
        for key in list(self.keys()):
            del self[key]

    def __len__(self) -> int:
        return len(self.keys())

    def __repr__(self) -> str:
        return repr(dict(self.iteritems()))

    def __eq__(self, other: Any) -> bool:
        return dict(self.iteritems()) == (dict(other.iteritems()) if isinstance(other, DictMixin) else other)

    __hash__ = None  # type: ignore[assignment]


class UserDict(DictMixin):
    """A dictionary wrapper whose contents are ``.data``."""

    __module__ = "UserDict"

    def __init__(self, dict: Any = None, **kwargs: Any) -> None:  # noqa: A002 - Python 2's name
        self.data = {}
        self.update(dict, **kwargs)

    def __getitem__(self, key: Any) -> Any:
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.data[key] = value

    def __delitem__(self, key: Any) -> None:
        del self.data[key]

    def keys(self) -> list:
        return list(self.data)

    def copy(self) -> "UserDict":
        twin = type(self)()
        twin.data = self.data.copy()
        return twin

    def __repr__(self) -> str:
        return repr(self.data)

    def __cmp__(self, other: Any) -> int:
        other = other.data if isinstance(other, UserDict) else other
        return (self.data > other) - (self.data < other)


class IterableUserDict(UserDict):
    __module__ = "UserDict"

    def __iter__(self) -> Iterator:
        return iter(self.data)
