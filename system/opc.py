"""``system.opc``: direct OPC reads and writes (Ignition 7.9 / 8.1 manual signatures).

Items mapped to tags in ``_gateway/tags.json`` read and write those tags; other items read
``Bad_NotConnected`` and their writes are recorded, not performed (``runtime.backends.opc``).
"""
from __future__ import annotations

from typing import Any

from runtime.core.context import current
from runtime.backends.opc import opc
from runtime.backends.qualified import Quality, QualifiedValue

__all__ = ["getServerState", "getServers", "isServerEnabled", "readValue", "readValues", "setServerEnabled",
           "writeValue", "writeValues"]


def getServers(includeDisabled=False) -> list:
    """The names of the OPC connections (manual, ``system.opc.getServers``): ``"opcServers"`` of
    gateway.json, by default Ignition 8's "Ignition OPC UA Server"."""
    servers = opc(current().gateway).servers
    return [name for name, enabled in servers.items() if enabled or includeDisabled]


def getServerState(opcServer):
    """The connection's state: "CONNECTED", or "DISABLED" (manual, ``getServerState``); None for
    a connection that does not exist, as in Ignition."""
    servers = opc(current().gateway).servers
    if opcServer not in servers:
        return None
    return "CONNECTED" if servers[opcServer] else "DISABLED"


def isServerEnabled(serverName) -> bool:
    """True if the connection is enabled (manual, ``system.opc.isServerEnabled``)."""
    stub = opc(current().gateway)
    return stub.servers[stub.server("isServerEnabled", serverName)]


def setServerEnabled(serverName, enabled) -> None:
    """Enable or disable a connection (manual, ``system.opc.setServerEnabled``); in the
    gateway's memory only."""
    stub = opc(current().gateway)
    stub.servers[stub.server("setServerEnabled", serverName)] = bool(enabled)


def readValue(opcServer, itemPath) -> QualifiedValue:
    """Read one item: value, quality and timestamp (manual, ``system.opc.readValue``)."""
    _text("readValue", "opcServer", opcServer)
    _text("readValue", "itemPath", itemPath)
    return opc(current().gateway).read(opcServer, itemPath)


def readValues(opcServer, itemPaths) -> list:
    """Read several items: one qualified value per item (manual, ``system.opc.readValues``)."""
    _text("readValues", "opcServer", opcServer)
    paths = _list("readValues", "itemPaths", itemPaths)
    stub = opc(current().gateway)
    return [stub.read(opcServer, path) for path in paths]


def writeValue(opcServer, itemPath, value) -> Quality:
    """Write one item; the write's quality (``.isGood()``) (manual, ``system.opc.writeValue``)."""
    _text("writeValue", "opcServer", opcServer)
    _text("writeValue", "itemPath", itemPath)
    ctx = current()
    return opc(ctx.gateway).write(opcServer, itemPath, value, ctx.tag)


def writeValues(opcServer, itemPaths, values) -> list:
    """Write several items; one quality per item (manual, ``system.opc.writeValues``)."""
    _text("writeValues", "opcServer", opcServer)
    paths = _list("writeValues", "itemPaths", itemPaths)
    values = _list("writeValues", "values", values, strings=False)
    if len(paths) != len(values):
        raise ValueError(f"writeValues(): {len(paths)} item paths but {len(values)} values")
    ctx = current()
    stub = opc(ctx.gateway)
    return [stub.write(opcServer, path, value, ctx.tag) for path, value in zip(paths, values)]


def _text(function: str, name: str, value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{function}(): {name} must be a string, not {type(value).__name__}")


def _list(function: str, name: str, value: Any, strings: bool = True) -> list:
    if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
        raise TypeError(f"{function}(): {name} must be a list, not {type(value).__name__}")
    items = list(value)
    if strings:
        for item in items:
            _text(function, name, item)
    return items
