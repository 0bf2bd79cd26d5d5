"""The gateway's resource limits for scripts: ``_gateway/gateway.json`` ``"limits"``.

```
"limits": {"transactionTimeout": 300000,    ms a script's database transaction may stay open idle
           "payloadBytes": "16M",           the largest payload one sendMessage/sendRequest may carry
           "queueMessages": 10000,          messages one receiver may hold queued or running
           "queueBytes": "256M",            payload bytes one receiver may hold queued or running
           "filesQuota": "1G"}              bytes the gateway's files folder may hold
```

Ignition trusts its scripts with the whole gateway; shim runs untrusted legacy code beside other
projects, so what one project may hold is capped here, with generous defaults (the values
above). Sizes are bytes or a number with K, M or G; payload sizes are measured as the payload
travels (its ``runtime.messaging.wire`` JSON, as a remote gateway or a worker process receives
it). For the four size and count limits ``0`` or ``null`` means no limit; ``transactionTimeout``
is always a positive number of milliseconds. A malformed or unknown entry is a ``ProjectError``
naming it (the gateway refuses to start: ``shim`` says so in one line, exit status 2).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.core.budget import parse_size
from runtime.core.errors import ProjectError


@dataclass(frozen=True)
class Limits:
    """What one project's scripts may hold (the defaults are generous for plant code; None: no limit)."""

    #: the longest inactivity timeout ``system.db.beginTransaction`` may ask for (ms): a
    #: transaction never closed frees its connection (and SQLite's write lock) after this
    transaction_timeout_ms: int = 300_000
    #: the largest payload one message or request may carry (its encoded size, bytes)
    payload_bytes: int | None = 16 << 20
    #: the messages one receiver (a project on the gateway, a client session) holds queued or running
    queue_messages: int | None = 10_000
    #: the payload bytes one receiver holds queued or running
    queue_bytes: int | None = 256 << 20
    #: the bytes the gateway's files folder may hold (writes past it fail, the files untouched)
    files_quota: int | None = 1 << 30


#: gateway.json name -> (field, whether 0/null turn it off)
_KEYS = {"transactionTimeout": ("transaction_timeout_ms", False), "payloadBytes": ("payload_bytes", True),
         "queueMessages": ("queue_messages", True), "queueBytes": ("queue_bytes", True),
         "filesQuota": ("files_quota", True)}


def limits(gateway: Any) -> Limits:
    """The gateway's limits (read once from gateway.json; a service factory that needs them
    calls ``load_limits``: services do not nest)."""
    return gateway.service("limits", load_limits)


def load_limits(gateway: Any) -> Limits:
    """gateway.json's ``"limits"``, checked (``ProjectError`` naming a bad entry)."""
    section = read_object(gateway, "gateway.json").get("limits", {})
    where = gateway_dir(gateway) / "gateway.json"
    if not isinstance(section, dict):
        raise ProjectError(f"{where}: \"limits\" must be an object ({', '.join(_KEYS)})")
    values = {}
    for key, value in section.items():
        if key not in _KEYS:
            raise ProjectError(f"{where}: unknown limit \"{key}\" (known: {', '.join(_KEYS)})")
        field, optional = _KEYS[key]
        values[field] = _number(where, key, value, optional)
    return Limits(**values)


def _number(where: Any, key: str, value: Any, optional: bool) -> int | None:
    if optional and isinstance(value, str):
        try:
            value = parse_size(value)
        except (ValueError, OverflowError):
            pass  # named below
    if optional and (value is None or value == 0 and not isinstance(value, bool)):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < math.inf:
        if optional:
            raise ProjectError(f"{where}: \"limits\" \"{key}\" must be a positive number (sizes may end in "
                               f"K, M or G, e.g. \"16M\"), or 0 or null for no limit, not {value!r}")
        raise ProjectError(f"{where}: \"limits\" \"{key}\" must be a positive number")
    return int(value)
