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

Handler security (a gateway handler's NAME.json ``"security"``) is checked by the same
gateway's ``HandlerGate`` (``runtime.messaging.handlergate``), which this holds.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.core.errors import ProjectError
from runtime.messaging.handlergate import HandlerGate

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

#: What a refused sender is told (the reply makes its result string UNKNOWN_SERVER).
REFUSED = "refused"


class Approval:
    """The approved peers of one gateway (None: everyone), and who was refused already."""

    def __init__(self, approved: frozenset[str] | None, log: Callable[[str], None],
                 gate: HandlerGate | None = None) -> None:
        self.approved = approved
        self.gate = gate or HandlerGate("", log)  # the handlers' security settings
        self._log = log
        self._refused: set[str] = set()
        self._lock = threading.Lock()

    @classmethod
    def of(cls, gateway: "Gateway", log: Callable[[str], None]) -> "Approval":
        """The approval list of ``gateway``'s ``gateway.json`` (ProjectError when malformed)."""
        gate = HandlerGate.of(gateway, log)  # checks that "network" is an object
        approve = read_object(gateway, "gateway.json").get("network", {}).get("approve")
        if approve is None:
            return cls(None, log, gate)
        if not isinstance(approve, list) or not all(isinstance(name, str) for name in approve):
            where = gateway_dir(gateway) / "gateway.json"
            raise ProjectError(f'{where}: "network": "approve" must be a list of gateway names')
        return cls(frozenset(approve), log, gate)

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
