"""Perspective sessions (Ignition 8.x) as session message handlers see them: ``session``.

A session handler runs with ``session`` and ``payload`` in scope; scripts read
``session.props.id``, ``session.props.auth.user.userName``, ``session.props.host`` and keep
their own state in ``session.custom``. These are host objects: scripts may read them and write
``custom``, never reach what is behind them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from runtime.messaging.sessions import Session


class PropertyTree:
    """A Perspective property object: attribute and item access to its values; writable only
    when created so (``session.custom``)."""

    __slots__ = ("_values", "_writable")
    __shim_writable__ = True  # scripts may write (it refuses itself when not writable)

    def __init__(self, values: dict[str, Any] | None = None, writable: bool = False) -> None:
        object.__setattr__(self, "_values", dict(values or {}))
        object.__setattr__(self, "_writable", writable)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        raise TypeError("PropertyTree cannot be subclassed")

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"property '{name}' not found") from None

    def __setattr__(self, name: str, value: Any) -> None:
        if not self._writable or name.startswith("_"):
            raise AttributeError(f"property '{name}' is read-only")
        self._values[name] = value

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __setitem__(self, name: str, value: Any) -> None:
        self.__setattr__(name, value)

    def __contains__(self, name: str) -> bool:
        return name in self._values

    def keys(self) -> list[str]:
        return list(self._values)

    def get(self, name: str, default: Any = None) -> Any:
        return self._values.get(name, default)

    def __repr__(self) -> str:
        return repr(self._values)


class PerspectiveSession:
    """The ``session`` object of a Perspective session script."""

    __slots__ = ("props", "custom")

    def __init__(self, session: "Session") -> None:
        user = PropertyTree({"userName": session.user, "roles": sorted(session.roles), "id": session.user})
        auth = PropertyTree({"authenticated": bool(session.user), "user": user})
        object.__setattr__(self, "props", PropertyTree({
            "id": session.id, "host": session.host_name, "address": session.address,
            "auth": auth, "userAgent": "shim", "device": PropertyTree({"type": "browser"}),
        }))
        object.__setattr__(self, "custom", PropertyTree(writable=True))

    def __init_subclass__(cls, **kwargs: Any) -> None:
        raise TypeError("PerspectiveSession cannot be subclassed")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"session.{name} is read-only (use session.custom)")

    def getId(self) -> str:
        return self.props.id

    def __repr__(self) -> str:
        return f"<PerspectiveSession {self.props.id}>"
