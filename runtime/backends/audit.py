"""The gateway's audit log, for ``system.util.audit`` (and the record tests read).

Ignition writes audit events to an audit profile's database table; shim keeps them in memory
per gateway, in order, with the fields ``system.util.audit`` documents.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway


@dataclass(frozen=True)
class AuditEvent:
    action: str | None
    action_value: str | None
    audit_profile: str
    actor: str | None
    actor_host: str
    originating_system: tuple
    event_timestamp: int  # epoch milliseconds
    originating_context: int
    status_code: int


class AuditLog:
    """The events recorded so far."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: list[AuditEvent] = []

    def record(self, event: AuditEvent) -> None:
        with self._lock:
            self._events.append(event)

    @property
    def events(self) -> list[AuditEvent]:
        with self._lock:
            return list(self._events)


def audit_log(gateway: "Gateway") -> AuditLog:
    return gateway.service("audit", lambda _gateway: AuditLog())


def describe(event: AuditEvent) -> dict[str, Any]:
    """An event as a plain dictionary (for traces and tests)."""
    return {"action": event.action, "actionValue": event.action_value,
            "auditProfile": event.audit_profile, "actor": event.actor, "actorHost": event.actor_host,
            "originatingSystem": list(event.originating_system),
            "eventTimestamp": event.event_timestamp, "originatingContext": event.originating_context,
            "statusCode": event.status_code}
