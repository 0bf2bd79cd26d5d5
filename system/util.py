"""``system.util``: messaging and context functions (Ignition 7.9 / 8.1 manual signatures)."""
from __future__ import annotations

from typing import Any

from runtime.context import current

__all__ = ["sendMessage"]


def sendMessage(project, messageHandler, payload=None, scope=None, clientSessionId=None,
                user=None, hasRole=None, hostName=None, remoteServers=None) -> list:
    """Send a message to the handlers of ``project`` and return one result string per system
    selected for delivery (Ignition 7.9 manual, ``system.util.sendMessage``).

    Delivery is asynchronous; a missing handler is logged by the receiver, not raised here.
    """
    _require_str("sendMessage", "project", project)
    _require_str("sendMessage", "messageHandler", messageHandler)
    if payload is not None and not isinstance(payload, dict):
        raise TypeError(f"sendMessage(): payload must be a dictionary, not {type(payload).__name__}")
    for name, value in (("scope", scope), ("clientSessionId", clientSessionId), ("user", user),
                        ("hasRole", hasRole), ("hostName", hostName)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"sendMessage(): {name} must be a string, not {type(value).__name__}")
    servers = _server_list(remoteServers)
    return current().gateway.send_message(project, messageHandler, payload, scope, clientSessionId,
                                          user, hasRole, hostName, servers)


def _require_str(function: str, name: str, value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{function}(): {name} must be a string, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{function}(): {name} must not be empty")


def _server_list(remote_servers: Any) -> list[str] | None:
    if remote_servers is None:
        return None
    if isinstance(remote_servers, str):
        return [remote_servers]
    servers = list(remote_servers)
    for server in servers:
        if not isinstance(server, str):
            raise TypeError("sendMessage(): remoteServers must be a list of gateway names")
    return servers
