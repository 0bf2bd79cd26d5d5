"""One object per session, made on first use and dropped with the session: a client's screen
(``runtime.backends.ui``), a Perspective session's page (``runtime.backends.pages``)."""
from __future__ import annotations

import threading
import weakref
from typing import Any, Callable, Generic, TypeVar

T = TypeVar("T")


class PerSession(Generic[T]):
    """``store(session)``: the session's ``T``, made by ``factory()`` the first time."""

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._objects: "weakref.WeakKeyDictionary[Any, T]" = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def __call__(self, session: Any) -> T:
        with self._lock:
            found = self._objects.get(session)
            if found is None:
                found = self._objects[session] = self._factory()
            return found
