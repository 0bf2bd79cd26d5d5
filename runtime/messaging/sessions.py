"""Simulated client sessions (Vision clients, Designers, Perspective sessions) and their index.

A Vision client session in Ignition has an 8-hex-digit session id, a logged-in user with roles,
a host name and an address. Designers can send messages but never receive them. The registry
indexes sessions by project, user, role, host and id so a filtered send across 10,000 sessions
costs about what it costs across 10.
"""
from __future__ import annotations

import secrets
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from runtime.backends.scopes import DEFAULT_COMM
from runtime.messaging.routing import MessageFilter, session_prefix


@dataclass(eq=False)
class Session:
    """One client session. ``kind`` is "client", "designer" or "perspective"."""

    __slots__ = ("id", "kind", "project", "user", "roles", "host_name", "address", "created",
                 "line_prefix", "comm", "__weakref__")

    id: str
    kind: str
    project: str
    user: str
    roles: frozenset[str]
    host_name: str
    address: str
    created: float  # time.time() when it opened (getSessionInfo's creationTime)

    def __post_init__(self) -> None:
        #: its part of sendMessage result strings (routing.session_prefix), computed once
        self.line_prefix = session_prefix(self)
        #: a Designer's communication mode ("off", "read-only", "read-write"; see
        #: runtime.backends.scopes.require_comm); other sessions ignore it
        self.comm = DEFAULT_COMM if self.kind == "designer" else "read-write"


def new_session_id(taken: Iterable[str] = ()) -> str:
    """A fresh Ignition-style session id: 8 uppercase hex digits."""
    taken = set(taken)
    while True:
        candidate = secrets.token_hex(4).upper()
        if candidate not in taken:
            return candidate


@dataclass
class SessionRegistry:
    """Open sessions, indexed for routing."""

    _by_id: dict[str, Session] = field(default_factory=dict)
    _by_project: dict[str, dict[str, Session]] = field(default_factory=lambda: defaultdict(dict))
    _by_user: dict[tuple[str, str], dict[str, Session]] = field(default_factory=lambda: defaultdict(dict))
    _by_role: dict[tuple[str, str], dict[str, Session]] = field(default_factory=lambda: defaultdict(dict))
    _by_host: dict[tuple[str, str], dict[str, Session]] = field(default_factory=lambda: defaultdict(dict))
    _lock: threading.Lock = field(default_factory=threading.Lock)
    #: bumped on every add and remove: a cheap "did the session list change?" (the NATS
    #: Gateway Network sends senders a gateway's routing view when it did)
    version: int = 0

    def add(self, session: Session) -> None:
        with self._lock:
            if session.id in self._by_id:
                raise ValueError(f"session id {session.id} is already open")
            self._by_id[session.id] = session
            for index, key in self._keys(session):
                index[key][session.id] = session
            self.version += 1  # last: a reader of the old number never caches the new state under it

    def remove(self, session: Session) -> None:
        with self._lock:
            if self._by_id.pop(session.id, None) is None:
                return
            for index, key in self._keys(session):
                bucket = index.get(key)
                if bucket is not None:
                    bucket.pop(session.id, None)
                    if not bucket:
                        del index[key]
            self.version += 1

    def _keys(self, s: Session):
        yield self._by_project, s.project
        yield self._by_user, (s.project, s.user)
        for role in s.roles:
            yield self._by_role, (s.project, role)
        yield self._by_host, (s.project, s.host_name.lower())

    def get(self, session_id: str) -> Session | None:
        return self._by_id.get(session_id)

    def ids(self) -> set[str]:
        with self._lock:
            return set(self._by_id)

    def all(self) -> list[Session]:
        with self._lock:
            return list(self._by_id.values())

    def candidates(self, project: str, flt: MessageFilter) -> list[Session]:
        """A superset of the receivers, from the narrowest index the filters allow (routing
        then checks every filter)."""
        with self._lock:
            if flt.client_session_id:
                found = self._by_id.get(flt.client_session_id)
                return [found] if found is not None else []
            buckets = [self._by_project.get(project, {})]
            if flt.user:
                buckets.append(self._by_user.get((project, flt.user), {}))
            if flt.has_role:
                buckets.append(self._by_role.get((project, flt.has_role), {}))
            if flt.host_name:
                buckets.append(self._by_host.get((project, flt.host_name.lower()), {}))
            return list(min(buckets, key=len).values())

    def __len__(self) -> int:
        return len(self._by_id)
