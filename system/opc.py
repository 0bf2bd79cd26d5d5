"""``system.opc``: direct OPC reads and writes (Ignition 7.9 / 8.1 manual signatures).

Items mapped to tags in ``_gateway/tags.json`` read and write those tags; other items read
``Bad_NotConnected`` and their writes are recorded, not performed (``runtime.backends.opc``).
Browsing lists the mapped items; the connections are gateway.json's ``"opcServers"`` (by default
Ignition 8's "Ignition OPC UA Server").
"""
from __future__ import annotations

import fnmatch
from typing import Any

from runtime.core.context import current
from runtime.backends.opc import BrowseElement, device_of, opc
from runtime.emulated.ignition.qualified import Quality, QualifiedValue

__all__ = ["browse", "browseServer", "browseSimple", "getServerState", "getServers", "isServerEnabled", "readValue", "readValues", "setServerEnabled",
           "writeValue", "writeValues"]


def browse(opcServer=None, device=None, folderPath=None, opcItemPath=None) -> list:
    """The OPC items that match every filter given (``*`` wildcards), as ``OPCBrowseTag``s
    (manual, ``system.opc.browse``). shim browses what its tags map (``"opc"`` in tags.json and
    opc tags' items), on each enabled connection, not a live server."""
    stub = opc(current().gateway)
    servers = [name for name, enabled in stub.servers.items() if enabled and _matches(opcServer, name)]
    found = []
    for server in servers:
        for tag in stub.items(server):
            item = tag.getOpcItemPath()
            folder = item.rpartition(".")[0] if "." in item else ""
            if _matches(device, device_of(item)) and _matches(folderPath, folder) and _matches(opcItemPath, item):
                found.append(tag)
    return found


def browseSimple(opcServer, device, folderPath, opcItemPath) -> list:
    """``browse`` with every filter given in place (manual, ``system.opc.browseSimple``)."""
    _text("browseSimple", "opcServer", opcServer)
    return browse(opcServer, device, folderPath, opcItemPath)


def browseServer(opcServer, nodeId) -> list:
    """One level of the server's address space (manual, ``system.opc.browseServer``): at the
    root (``nodeId`` None or ""), a folder per device; below a device, its items."""
    stub = opc(current().gateway)
    server = stub.server("browseServer", opcServer)
    items = [tag.getOpcItemPath() for tag in stub.items(server)]
    if not nodeId:
        devices = sorted({device_of(item) for item in items})
        return [BrowseElement(name, "FOLDER", f"[{name}]", server) for name in devices]
    _text("browseServer", "nodeId", nodeId)
    inside = device_of(nodeId) if nodeId.startswith("[") else nodeId
    return [BrowseElement(item.rpartition("]")[2] or item, "TAG", item, server)
            for item in items if device_of(item) == inside]


def _matches(pattern: Any, value: str) -> bool:
    if pattern is None:
        return True
    _text("browse", "filter", pattern)
    return fnmatch.fnmatchcase(value.lower(), pattern.lower())


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
