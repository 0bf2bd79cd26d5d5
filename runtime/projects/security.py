"""A gateway message handler's security settings: ``NAME.json`` ``"security"``.

Ignition 8.1's Gateway Event Scripts > Message handler settings have a "Security" section: the
security zone and role combinations allowed to call the handler, and whether calls from remote
gateways are allowed at all. In the native layout::

    gateway/message/NAME.json   {"security": {"remote": false, "roles": ["Supervisor"], "zones": ["Plant"]}}

- ``remote`` (default true): false refuses calls that come from other gateways over the Gateway
  Network;
- ``roles``: the caller must hold at least one of them (a caller with no user holds none);
- ``zones``: the caller must be in at least one of these security zones.

Absent keys (and empty lists) do not restrict. The receiving gateway checks them (``runtime.messaging.handlergate``,
for remote and local callers alike);
who the caller is, its roles and its zones are the receiver's own knowledge, never the sender's
word. The same JSON shape is what the 8.x importer writes and ``shim assess`` reports.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runtime.core.errors import ProjectError

#: The keys of ``"security"``.
KEYS = ("remote", "roles", "zones")


@dataclass(frozen=True)
class HandlerSecurity:
    """Who may call a gateway message handler (None: no restriction of that kind)."""

    remote: bool = True
    roles: frozenset[str] | None = None
    zones: frozenset[str] | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``"security"`` object as NAME.json holds it (only what restricts)."""
        found: dict[str, Any] = {}
        if not self.remote:
            found["remote"] = False
        if self.roles is not None:
            found["roles"] = sorted(self.roles)
        if self.zones is not None:
            found["zones"] = sorted(self.zones)
        return found

    def refusal(self, remote: bool, roles: frozenset[str], zones: frozenset[str]) -> str | None:
        """Why a caller (``remote``: another gateway; its ``roles`` and ``zones``) may not run
        the handler, or None when it may."""
        if remote and not self.remote:
            return "it does not accept calls from remote gateways"
        if self.roles is not None and not roles & self.roles:
            return f"the caller has none of the roles {', '.join(sorted(self.roles))}"
        if self.zones is not None and not zones & self.zones:
            return f"the caller is in none of the security zones {', '.join(sorted(self.zones))}"
        return None


def parse_security(given: Any, where: Path) -> HandlerSecurity | None:
    """NAME.json's ``"security"`` value (None when absent); ``ProjectError`` naming ``where``."""
    if given is None:
        return None
    if not isinstance(given, dict) or set(given) - set(KEYS):
        raise ProjectError(f'{where}: "security" must be an object with "remote", "roles" and/or "zones"')
    remote = given.get("remote", True)
    if not isinstance(remote, bool):
        raise ProjectError(f'{where}: "security": "remote" must be true or false')
    names: dict[str, frozenset[str] | None] = {}
    for key in ("roles", "zones"):
        value = given.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            raise ProjectError(f'{where}: "security": "{key}" must be a list of names')
        names[key] = frozenset(value or ()) or None  # an empty list restricts nothing
    return HandlerSecurity(remote, names["roles"], names["zones"])
