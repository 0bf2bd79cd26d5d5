"""The gateways this process has heard of on the Gateway Network, from their announcements.

Ignition shows each Gateway Network connection as Running or Faulted: a peer that stops
answering pings is faulted after a configured number of misses, and
``system.net.getRemoteServers(runningOnly=True)`` lists only the running ones. Here every
gateway announces itself every ``heartbeat`` seconds (name, projects, start time, interval);
an entry that misses ``missed`` announcements is *lost*, one that said goodbye has *left*;
both still appear with ``runningOnly=False``.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

RUNNING, LEFT, LOST = "running", "left", "lost"


@dataclass
class ServerEntry:
    """What the directory keeps of an announcement, and when it was heard (monotonic)."""

    name: str
    started: float
    heartbeat: float
    last_seen: float
    state: str = RUNNING


class Directory:
    """Announced gateways by name; thread-safe; ``clock`` is injectable for tests."""

    def __init__(self, missed: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._missed = missed
        self._clock = clock
        self._entries: dict[str, ServerEntry] = {}
        self._lock = threading.Lock()

    def announce(self, message: dict) -> bool:
        """Record an announcement; True when it comes from a new incarnation of a gateway
        that was already known (it restarted: what was asked of the old one is lost)."""
        name, started = str(message["name"]), float(message["started"])
        heartbeat = float(message["heartbeat"])
        if heartbeat <= 0:
            raise ValueError(f"announcement of {name!r} has a bad heartbeat {heartbeat!r}")
        with self._lock:
            old = self._entries.get(name)
            self._entries[name] = ServerEntry(name, started, heartbeat, self._clock())
        return old is not None and old.started != started

    def leave(self, name: str) -> None:
        """The gateway said goodbye."""
        with self._lock:
            entry = self._entries.get(name)
            if entry is not None:
                entry.state = LEFT

    def expire(self) -> list[str]:
        """Mark running gateways silent for ``missed`` heartbeats as lost; their names."""
        now = self._clock()
        lost = []
        with self._lock:
            for entry in self._entries.values():
                if entry.state == RUNNING and now - entry.last_seen > entry.heartbeat * self._missed:
                    entry.state = LOST
                    lost.append(entry.name)
        return lost

    def is_running(self, name: str) -> bool:
        entry = self._entries.get(name)
        return entry is not None and entry.state == RUNNING

    def running(self) -> list[str]:
        with self._lock:
            return sorted(e.name for e in self._entries.values() if e.state == RUNNING)

    def known(self) -> list[str]:
        with self._lock:
            return sorted(self._entries)
