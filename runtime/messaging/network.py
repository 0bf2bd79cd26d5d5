"""The Gateway Network: named gateways that message each other (``remoteServers``).

``GatewayNetwork`` is the one interface a transport implements; ``LocalNetwork`` joins
gateways in one process (the embedded default). A cross-process transport (NATS) implements
the same methods, so ``Gateway`` never knows which one it talks to.

Result strings of remote deliveries are the remote gateway's own strings with
``remoteServer=NAME`` after the type; a server that is not on the network gets one string with
``sendStatus=UNKNOWN_SERVER`` (or ``UNREACHABLE`` when a transport lost it), never an exception.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Protocol

from runtime.messaging import routing, wire
from runtime.messaging.handlergate import gate

if TYPE_CHECKING:  # pragma: no cover
    from runtime.messaging.requests import Request


class GatewayNetwork(Protocol):
    """What a Gateway Network transport provides."""

    def join(self, gateway: Any) -> None: ...

    def leave(self, gateway: Any) -> None: ...

    def servers(self, running_only: bool = True) -> list[str]: ...

    # ``sender``: the sending gateway's name (the receiver checks its handlers' security
    # against it; a NATS connection's own identity is the sender there, whatever is passed)
    def deliver_message(self, server: str, project: str, handler: str, payload: dict,
                        params: dict[str, Any], sender: str = "") -> list[str]: ...

    def deliver_request(self, server: str, project: str, handler: str, payload: dict,
                        params: dict[str, Any], request: "Request", sender: str = "") -> None: ...


def remote_lines(server: str, lines: list[str]) -> list[str]:
    """Mark a remote gateway's result strings with the server they came from."""
    marked = []
    for line in lines:
        kind, _, rest = line.partition(",")
        marked.append(f"{kind},remoteServer={server},{rest}")
    return marked


def failed_line(server: str, project: str, handler: str, flt: routing.MessageFilter, status: str) -> str:
    """The one result string for a remote server that could not be reached."""
    return (f"type=Gateway,remoteServer={server},project={project},messageHandler={handler},"
            f"filterParams={flt.params},sendStatus={status}")


class UnknownServer(LookupError):
    """The named gateway is not on the network."""


class Unreachable(ConnectionError):
    """The named gateway is known but did not answer in time (a transport's failure)."""


class LocalNetwork:
    """Gateways joined in one process. Payloads are copied through the wire codec
    (``runtime.messaging.wire``), so what a cross-process network refuses or reshapes, this one does too."""

    def __init__(self) -> None:
        self._gateways: dict[str, Any] = {}
        self._lock = threading.Lock()

    def join(self, gateway: Any) -> None:
        gate(gateway)  # its gateway.json "network" is read now: a bad one fails the join, not a sender
        with self._lock:
            if gateway.name in self._gateways and self._gateways[gateway.name] is not gateway:
                raise ValueError(f"a gateway named '{gateway.name}' is already on the network")
            self._gateways[gateway.name] = gateway
        gateway.network = self

    def leave(self, gateway: Any) -> None:
        with self._lock:
            if self._gateways.get(gateway.name) is gateway:
                del self._gateways[gateway.name]

    def servers(self, running_only: bool = True) -> list[str]:
        """Every joined gateway (all of them are running: a closed one has left)."""
        with self._lock:
            return sorted(self._gateways)

    def _find(self, server: str) -> Any:
        gateway = self._gateways.get(server)
        if gateway is None or gateway.executor.closed:
            raise UnknownServer(server)
        return gateway

    def deliver_message(self, server: str, project: str, handler: str, payload: dict,
                        params: dict[str, Any], sender: str = "") -> list[str]:
        gateway = self._find(server)
        return remote_lines(server, gateway.send_message(project, handler, wire.copy_payload(payload), **params,
                                                         guard=gate(gateway).guard(gateway, sender)))

    def deliver_request(self, server: str, project: str, handler: str, payload: dict,
                        params: dict[str, Any], request: "Request", sender: str = "") -> None:
        gateway = self._find(server)
        gateway.request_local(project, handler, wire.copy_payload(payload), request, **params,
                              guard=gate(gateway).guard(gateway, sender))
