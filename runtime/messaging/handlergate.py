"""Handler security at the receiving gateway, for every caller: remote, attached or local.

A gateway handler's NAME.json ``"security"`` (8.1's message handler "Security" settings,
``runtime.projects.security``; manual: Gateway Event Scripts, Message Handler settings, and
Platform > Security > Security Zones: "a list of Gateways, Computers, or IP addresses") is
checked with what the receiving gateway knows of the caller, never what the caller says:

- a caller inside this gateway (``local_refusal``): the gateway's own scripts (any project's
  gateway scope, event scripts, plain Python) are the gateway itself, with no user and so no
  roles; a client, Perspective or Designer session of this gateway has its session's user and
  roles (the gateway opened it, or ``system.security.switchUser`` checked the password); both are
  in this gateway's own zones (``"network": {"zone": "Plant"}`` and every zone of ``"zones"``
  that lists this gateway), a session also in the zones that list its host name or address;
  ``"remote": false`` never refuses them;
- a caller that is one of this gateway's client processes (``shim client``) is local too; its
  roles are those ``_gateway/users.json`` gives its sessions' users;
- any other caller is a remote gateway (or a ``shim send``/``request`` process): remote, no user
  and so no roles; its zones are those of ``"network": {"zones": {"Plant": ["agent-8089"]}}`` that
  list it, as Ignition's security zones list the gateways they hold on the receiving gateway.

The NATS network (``runtime.netnats``) and the in-memory one (``runtime.messaging.network``) both
hand ``Gateway.send_message`` / ``request_local`` the ``guard`` made here; a call made inside the
gateway has none and the gateway asks ``local_refusal``. A refusal is logged on the receiving
gateway once per caller and handler.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Callable

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.core.context import active
from runtime.core.errors import ProjectError

if TYPE_CHECKING:  # pragma: no cover
    from runtime.projects.security import HandlerSecurity

#: a ``runtime.gateway.Gateway`` (not imported: the gateway layer sits above this one)
Gateway = Any


class HandlerGate:
    """One gateway's security zones and the refusals it logged already."""

    def __init__(self, own: str, log: Callable[[str], None], zone: str | None = None,
                 zones: dict[str, frozenset[str]] | None = None) -> None:
        self.own = own  # this gateway's name
        self.zone = zone  # this gateway's own security zone
        self.zones = zones or {}  # security zone -> the gateways it holds
        self._log = log
        self._logged: set[tuple[str, str]] = set()  # (caller, project/handler)
        self._lock = threading.Lock()

    @classmethod
    def of(cls, gateway: Gateway, log: Callable[[str], None]) -> "HandlerGate":
        """``gateway``'s zones from its ``gateway.json`` ``"network"`` (ProjectError when malformed)."""
        network = read_object(gateway, "gateway.json").get("network", {})
        where = gateway_dir(gateway) / "gateway.json"
        if not isinstance(network, dict):
            raise ProjectError(f'{where}: "network" must be an object like {{"approve": ["B"]}}')
        zone = network.get("zone")
        if zone is not None and not isinstance(zone, str):
            raise ProjectError(f'{where}: "network": "zone" must be the name of this gateway\'s security zone')
        zones = network.get("zones", {})
        if not isinstance(zones, dict) or not all(
                isinstance(members, list) and all(isinstance(m, str) for m in members) for members in zones.values()):
            raise ProjectError(f'{where}: "network": "zones" must map a security zone to a list of gateway names')
        return cls(gateway.name, log, zone, {name: frozenset(members) for name, members in zones.items()})

    def zones_of(self, *members: str) -> frozenset[str]:
        """The security zones that hold any of ``members`` (gateway names, host names, addresses;
        this gateway's own ``zone`` too, for itself)."""
        found = {zone for zone, held in self.zones.items() if any(m in held for m in members if m)}
        return frozenset(found | ({self.zone} if self.zone and self.own in members else set()))

    def refusal(self, security: "HandlerSecurity | None", caller: str, what: str, local: bool,
                roles: frozenset[str], zones: frozenset[str] | None = None, who: str = "") -> str | None:
        """Why ``caller`` may not run handler ``what`` (``project/handler``) with ``security``;
        None when it may. ``local``: inside this gateway or one of its client processes,
        ``roles``: its user's roles; ``zones``: its security zones (by default this gateway's
        own for a local caller, those listing ``caller`` for another gateway). ``who`` names
        the caller in the log (by default: the client process or gateway ``caller``). The first refusal of each caller and handler is logged."""
        if security is None:
            return None
        if zones is None:
            zones = self.zones_of(self.own if local else caller)
        why = security.refusal(not local, roles, zones)
        if why is None:
            return None
        with self._lock:
            first = (caller, what) not in self._logged
            self._logged.add((caller, what))
        if first:
            who = who or f"{'client process' if local else 'gateway'} '{caller}'"
            self._log(f"message handler {what} refused a call from {who}: {why} "
                      '(its NAME.json "security")')
        return why

    def guard(self, gateway: Gateway, caller: str, local: Callable[[], bool] = lambda: False,
              roles: Callable[[], frozenset[str]] = frozenset) -> Callable[[str, str], str | None]:
        """``Gateway.send_message``'s ``guard`` for a call from ``caller`` (``local`` and
        ``roles`` are asked only when the handler has security settings)."""
        def refusal(project: str, handler: str) -> str | None:
            security = _security(gateway, project, handler)
            if security is None:
                return None
            here = local()
            return self.refusal(security, caller, f"{project}/{handler}", here, roles() if here else frozenset())
        return refusal


def gate(gateway: Gateway) -> HandlerGate:
    """The gate of an in-process gateway (read once; refusals go to its log as warnings)."""
    return gateway.service("handler-gate", lambda gw: HandlerGate.of(
        gw, lambda text: gw.log.write("WARN", "gateway.network", text, "gateway")))


def local_refusal(gateway: Gateway, project: str, handler: str) -> str | None:
    """Why a call made inside ``gateway`` (by the script context running now) may not run its
    handler ``project/handler``; None when it may (or the handler has no security settings)."""
    security = _security(gateway, project, handler)
    if security is None:
        return None
    ctx = active()
    session = ctx.session if ctx is not None and ctx.gateway is gateway else None
    here = gate(gateway)
    if session is None:  # the gateway itself: its own scripts, or plain Python driving it
        return here.refusal(security, "", f"{project}/{handler}", True, frozenset(),
                            who="this gateway's own scripts (no user)")
    zones = here.zones_of(gateway.name, session.host_name, session.address)
    user = f"user '{session.user}'" if session.user else "no user"
    return here.refusal(security, session.id, f"{project}/{handler}", True, session.roles, zones,
                        who=f"{session.kind} session {session.id} ({user})")


def _security(gateway: Gateway, project: str, handler: str) -> "HandlerSecurity | None":
    """The security settings of ``gateway``'s handler ``project/handler`` (None: none, or no such handler)."""
    found = gateway.projects.get(project)
    spec = found.handlers.get("gateway", {}).get(handler) if found is not None else None
    return spec.security if spec is not None else None
