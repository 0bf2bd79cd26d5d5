"""The timing knobs of the NATS Gateway Network, in one place.

Ignition's Gateway Network has the same shape: connections send pings on an interval and a peer
that misses several is marked faulted (its "Ping Rate" and "Ping Max Missed" settings), and a
remote call that gets no answer in time fails instead of waiting forever. Tests shrink every
interval so faults show within a second; production keeps the defaults.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NatsSettings:
    """How often gateways and clients say they are alive, and how long anyone waits."""

    #: Seconds between a gateway's announcements and a client's session heartbeats.
    heartbeat: float = 1.0
    #: Heartbeats a gateway or client session may miss before it is dropped.
    missed: int = 3
    #: Seconds a remote gateway or client has to acknowledge a delivery (then UNREACHABLE).
    reply_timeout: float = 2.0
    #: Seconds after connecting that ``servers()`` gives peers to introduce themselves.
    discovery: float = 0.5
    #: Seconds between reconnection attempts after the NATS server went away.
    reconnect_wait: float = 0.5
    #: Seconds to reach the NATS server at start-up before giving up.
    connect_timeout: float = 5.0

    def __post_init__(self) -> None:
        for name in ("heartbeat", "reply_timeout", "reconnect_wait", "connect_timeout"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be a positive number of seconds")
        if self.missed < 1:
            raise ValueError("missed must be at least 1")
        if self.discovery < 0:
            raise ValueError("discovery must not be negative")

    @property
    def expiry(self) -> float:
        """Seconds of silence after which a gateway or client session is gone."""
        return self.heartbeat * self.missed
