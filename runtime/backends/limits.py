"""The gateway's resource limits for scripts: ``_gateway/gateway.json`` ``"limits"``.

```
"limits": {"transactionTimeout": 300000, "payloadBytes": "16M", "queueBytes": "256M",
           "queueMessages": 10000, "filesQuota": "1G"}
```

Ignition trusts its scripts with the whole gateway; shim runs untrusted legacy code beside other
projects, so what one project holds for long (a database transaction, queued messages, disk in
the files folder) is capped here. Every entry is optional; sizes are bytes or a number with
K, M or G; a malformed entry is a ``ProjectError`` naming it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.core.budget import parse_size
from runtime.core.errors import ProjectError

@dataclass(frozen=True)
class Limits:
    """What one project's scripts may hold (the defaults are generous for plant code)."""

    #: the longest inactivity timeout ``system.db.beginTransaction`` may ask for (ms): a
    #: transaction never closed frees its connection (and SQLite's write lock) after this
    transaction_timeout_ms: int = 300_000
    #: the largest payload one message may carry (its serialised size, bytes)
    payload_bytes: int = 16 << 20
    #: the payload bytes one project's queue may hold waiting to run
    queue_bytes: int = 256 << 20
    #: the messages one project's queue may hold waiting to run
    queue_messages: int = 10_000
    #: the bytes the gateway's files folder may hold (``system.file`` writes past it fail)
    files_quota: int = 1 << 30


_KEYS = {"transactionTimeout": "transaction_timeout_ms", "payloadBytes": "payload_bytes",
         "queueBytes": "queue_bytes", "queueMessages": "queue_messages", "filesQuota": "files_quota"}


def limits(gateway: Any) -> Limits:
    """The gateway's limits (read once from gateway.json; a service factory that needs them
    calls ``load_limits``: services do not nest)."""
    return gateway.service("limits", load_limits)


def load_limits(gateway: Any) -> Limits:
    section = read_object(gateway, "gateway.json").get("limits", {})
    where = gateway_dir(gateway) / "gateway.json"
    if not isinstance(section, dict):
        raise ProjectError(f"{where}: \"limits\" must be an object ({', '.join(_KEYS)})")
    values = {}
    for key, value in section.items():
        if key not in _KEYS:
            raise ProjectError(f"{where}: unknown limit \"{key}\" (known: {', '.join(_KEYS)})")
        try:
            number = parse_size(value) if isinstance(value, str) else value
            if isinstance(number, bool) or not isinstance(number, (int, float)) or number <= 0:
                raise ValueError
        except ValueError:
            raise ProjectError(f"{where}: \"limits\" \"{key}\" must be a positive number "
                               "(sizes may end in K, M or G)") from None
        values[_KEYS[key]] = int(number)
    return Limits(**values)
