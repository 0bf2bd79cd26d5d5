"""The gateway's resource limits for scripts: ``_gateway/gateway.json`` ``"limits"``.

```
"limits": {"transactionTimeout": 300000}
```

Ignition trusts its scripts with the whole gateway; shim runs untrusted legacy code beside other
projects, so what one project may hold for long is capped here: today the database
transaction a script leaves open (per-project payload and queue caps and a files-folder quota
are planned, not here yet). Every entry is optional; a malformed or unknown entry is a
``ProjectError`` naming it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.core.errors import ProjectError

@dataclass(frozen=True)
class Limits:
    """What one project's scripts may hold (the defaults are generous for plant code)."""

    #: the longest inactivity timeout ``system.db.beginTransaction`` may ask for (ms): a
    #: transaction never closed frees its connection (and SQLite's write lock) after this
    transaction_timeout_ms: int = 300_000


_KEYS = {"transactionTimeout": "transaction_timeout_ms"}


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
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < math.inf:
            raise ProjectError(f"{where}: \"limits\" \"{key}\" must be a positive number")
        values[_KEYS[key]] = int(value)
    return Limits(**values)
