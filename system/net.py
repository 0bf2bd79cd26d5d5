"""``system.net``: the host the script runs on (Ignition 7.9 / 8.1 manual signatures).

A fixed, configurable identity, never the real machine's (``runtime.backends.identity``). Functions that
would reach the network (``httpGet``, ``sendEmail`` ...) are not emulated: shim does not pretend to
talk to servers, so calling one says so.
"""
from __future__ import annotations

from runtime.core.context import current
from runtime.backends.identity import host_of

__all__ = ["getHostName", "getIpAddress", "getRemoteServers"]


def getHostName() -> str:
    """The host name of the computer the script runs on: the client's in a Vision client, the
    gateway's elsewhere (manual, ``system.net.getHostName``)."""
    return host_of(current())[0]


def getIpAddress() -> str:
    """The IP address of the computer the script runs on (manual, ``system.net.getIpAddress``)."""
    return host_of(current())[1]


# -- the Gateway Network (runtime.messaging.network / runtime.netnats) ---------------------------------

def getRemoteServers(runningOnly=True) -> list:
    """The names of the other gateways on this gateway's Gateway Network (manual,
    ``system.net.getRemoteServers``); ``runningOnly=False`` also lists those that left or
    stopped answering. Without a network the list is empty."""
    ctx = current()
    network = ctx.gateway.network
    if network is None:
        return []
    return [name for name in network.servers(running_only=bool(runningOnly)) if name != ctx.gateway.name]
