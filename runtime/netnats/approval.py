"""Which gateways may deliver to this one: ``_gateway/gateway.json`` ``"network": {"approve": [...]}``.

In Ignition an incoming Gateway Network connection must be approved on the receiving gateway
(Config > Networking > Gateway Network > Incoming Connections) before it carries anything; until
then the sender sees the connection as not available. Here, when ``approve`` is present, only
the gateways it lists may send messages and requests to this one; any other sender is refused,
logged on this gateway once per peer, and its ``sendMessage`` gets ``sendStatus=UNKNOWN_SERVER``.
Without ``approve`` every peer is accepted (the NATS server's own permissions still decide who
may connect and as whom). The client processes attached to this gateway (``shim client``) are
its Vision clients, not peers, and are never refused here.

The sender's name is the identity token of the NATS subject it published on; with
``shim network-config`` permissions, the NATS server lets a participant publish only under its
own identity, so the name cannot be forged.

Handler security (a gateway handler's NAME.json ``"security"``, ``runtime.projects.security``)
is checked here too, with what this gateway knows of the caller, never what the caller says:

- a caller that is one of this gateway's client processes is local; its roles are those
  ``_gateway/users.json`` gives its sessions' users (the roles a client process announces are
  for routing only); its zones are this gateway's own: ``"network": {"zone": "Plant"}`` and every
  zone of ``"zones"`` that lists this gateway;
- any other caller is a remote gateway (or a ``shim send``/``request`` process): remote, no
  user and so no roles; its zones are those of ``"network": {"zones": {"Plant": ["agent-8089"]}}``
  that list it, as Ignition's security zones list the gateways they hold on the receiving gateway.

A refusal is logged on this gateway once per caller and handler.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.core.errors import ProjectError

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway
    from runtime.projects.security import HandlerSecurity

#: What a refused sender is told (the reply makes its result string UNKNOWN_SERVER).
REFUSED = "refused"


class Approval:
    """The approved peers of one gateway (None: everyone), and who was refused already."""

    def __init__(self, approved: frozenset[str] | None, log: Callable[[str], None],
                 zone: str | None = None, zones: dict[str, frozenset[str]] | None = None,
                 own: str = "") -> None:
        self.approved = approved
        self.own = own  # this gateway's name
        self.zone = zone  # this gateway's own security zone
        self.zones = zones or {}  # security zone -> the gateways it holds
        self._log = log
        self._refused: set[str] = set()
        self._refused_calls: set[tuple[str, str]] = set()  # (caller, project/handler) logged
        self._lock = threading.Lock()

    @classmethod
    def of(cls, gateway: "Gateway", log: Callable[[str], None]) -> "Approval":
        """The approval list of ``gateway``'s ``gateway.json`` (ProjectError when malformed)."""
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
        held = {name: frozenset(members) for name, members in zones.items()}
        approve = network.get("approve")
        if approve is None:
            return cls(None, log, zone, held, gateway.name)
        if not isinstance(approve, list) or not all(isinstance(name, str) for name in approve):
            raise ProjectError(f'{where}: "network": "approve" must be a list of gateway names')
        return cls(frozenset(approve), log, zone, held, gateway.name)

    def zones_of(self, gateway: str) -> frozenset[str]:
        """The security zones that hold ``gateway`` (this gateway's own ``zone`` too, for itself)."""
        found = {zone for zone, members in self.zones.items() if gateway in members}
        return frozenset(found | ({self.zone} if self.zone and gateway == self.own else set()))

    def handler_refusal(self, security: "HandlerSecurity | None", caller: str, what: str, local: bool,
                        roles: frozenset[str]) -> str | None:
        """Why ``caller`` may not run handler ``what`` (``project/handler``) with ``security``;
        None when it may. ``local``: a client process of this gateway (in this gateway's zones),
        ``roles``: its users' roles. The first refusal of each caller and handler is logged."""
        if security is None:
            return None
        zones = self.zones_of(self.own if local else caller)
        why = security.refusal(not local, roles, zones)
        if why is None:
            return None
        with self._lock:
            first = (caller, what) not in self._refused_calls
            self._refused_calls.add((caller, what))
        if first:
            kind = "client process" if local else "gateway"
            self._log(f"message handler {what} refused a call from {kind} '{caller}': {why} "
                      '(its NAME.json "security")')
        return why

    def admits(self, sender: str, attached: bool = False) -> bool:
        """May ``sender`` deliver here? (``attached``: it is one of this gateway's clients.)
        The first refusal of each sender is logged."""
        if self.approved is None or attached or sender in self.approved:
            return True
        with self._lock:
            first = sender not in self._refused
            self._refused.add(sender)
        if first:
            self._log(f"refused deliveries from gateway '{sender}': it is not approved "
                      '(gateway.json "network": {"approve": [...]})')
        return False

    @staticmethod
    def refusal(sender: str) -> dict:
        return {REFUSED: f"gateway '{sender}' is not approved"}
