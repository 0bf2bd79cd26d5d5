"""OPC item reads and writes (``system.opc``) against the gateway's tags, or a recorded stub.

shim has no OPC server. An item path that tags.json maps to a tag (its ``"opc"`` mapping, or an
opc tag's own ``opcItemPath``) reads and writes that tag, so a handler that talks OPC directly
sees the same values as one that reads tags. Any other item reads ``Bad_NotConnected`` and its
writes fail the same way: they are recorded (with the value the script wanted to write) so tests
can assert on them, but nothing pretends a device accepted them.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.emulated.ignition.qualified import Quality, QualifiedValue
from runtime.core.errors import ProjectError
from runtime.backends.scopes import require_comm
from runtime.core.context import current
from runtime.backends.tags import now_millis
from runtime.backends.tagseed import tag_system

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

#: The OPC UA connection every Ignition 8 gateway has.
DEFAULT_SERVER = "Ignition OPC UA Server"


@dataclass(frozen=True)
class OpcWrite:
    """One ``system.opc`` write, as recorded for tests."""

    server: str
    item_path: str
    value: Any
    quality: str
    tag: str | None  # the tag the item maps to, None for an unmapped item
    time: float
    where: str


class Opc:
    """The gateway's OPC connections, as far as shim has them: a mapping onto tags."""

    def __init__(self, gateway: "Gateway") -> None:
        self._gateway = gateway
        self._lock = threading.Lock()
        self.writes: list[OpcWrite] = []
        #: OPC connections by name -> enabled (``"opcServers"`` in gateway.json, else Ignition
        #: 8's built-in one); system.opc.getServers/getServerState/setServerEnabled
        names = read_object(gateway, "gateway.json").get("opcServers", [DEFAULT_SERVER])
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise ProjectError(f"{gateway_dir(gateway) / 'gateway.json'}: \"opcServers\" must be a list of "
                               "OPC connection names")
        self.servers: dict[str, bool] = {name: True for name in names}

    def server(self, function: str, name: Any) -> str:
        """The connection's name as configured; ValueError naming the known ones."""
        if not isinstance(name, str):
            raise TypeError(f"{function}(): the server name must be a string")
        if name not in self.servers:
            raise ValueError(f"{function}(): no OPC connection named {name!r} "
                             f"(connections: {', '.join(self.servers) or 'none'})")
        return name

    def items(self, server: str) -> list[BrowseTag]:
        """The items the gateway's tags map, as ``browse`` lists them (their values' Java types)."""
        tags = tag_system(self._gateway)
        found = []
        for item, tag in sorted(tags.opc_items.items()):
            value = tags.read(tag).value
            kind = {bool: "Boolean", int: "Int4", float: "Float8", str: "String"}.get(type(value), "String")
            found.append(BrowseTag(server, item, tag, kind))
        return found

    def read(self, server: str, item_path: str) -> QualifiedValue:
        tag = tag_system(self._gateway).opc_tag(item_path)
        if tag is None:
            return QualifiedValue(None, Quality("Bad_NotConnected"), now_millis())
        return tag_system(self._gateway).read(tag)

    def write(self, server: str, item_path: str, value: Any, where: str) -> Quality:
        require_comm(current(), "write", f"writing OPC item {item_path}")
        tags = tag_system(self._gateway)
        tag = tags.opc_tag(item_path)
        quality = tags.write(tag, value, where) if tag is not None else Quality("Bad_NotConnected")
        with self._lock:
            self.writes.append(OpcWrite(server, item_path, value, quality.getName(), tag,
                                        time.time(), where))
        return quality


class BrowseTag:
    """``OPCBrowseTag`` (``system.opc.browse``): one item the gateway's tags map."""

    __slots__ = ("_server", "_item", "_tag", "_data_type")

    def __init__(self, server: str, item: str, tag: str, data_type: str) -> None:
        self._server, self._item, self._tag, self._data_type = server, item, tag, data_type

    def getOpcServer(self) -> str:
        return self._server

    def getOpcItemPath(self) -> str:
        return self._item

    def getType(self) -> str:
        return "OPC"

    def getDisplayName(self) -> str:
        return re.split(r"[\].:/]", self._item)[-1]

    def getDisplayPath(self) -> str:
        return f"{device_of(self._item)}/{self.getDisplayName()}"

    def getDataType(self) -> str:
        return self._data_type

    def getTagPath(self) -> str:
        """The tag this item maps to (shim's; Ignition browses the server itself)."""
        return self._tag

    def __repr__(self) -> str:
        return f"OPCBrowseTag({self._server}, {self._item})"


class BrowseElement:
    """``OPCBrowseElement`` (``system.opc.browseServer``): a device folder or an item."""

    __slots__ = ("_name", "_kind", "_node", "_server")

    def __init__(self, name: str, kind: str, node: str, server: str) -> None:
        self._name, self._kind, self._node, self._server = name, kind, node, server

    def getDisplayName(self) -> str:
        return self._name

    def getElementType(self) -> str:
        return self._kind

    def getNodeId(self) -> str:
        return self._node

    def getServerNodeId(self) -> str:
        return f"{self._server}:{self._node}"

    def __repr__(self) -> str:
        return f"OPCBrowseElement({self._kind} {self._node})"


def device_of(item: str) -> str:
    """The device of an item path: "PLC" of "ns=1;s=[PLC]Pump.Run" ("" when it names none)."""
    found = re.search(r"\[([^\]]*)\]", item)
    return found.group(1) if found else ""


def opc(gateway: "Gateway") -> Opc:
    """The gateway's OPC stub (created on first use)."""
    return gateway.service("opc", Opc)
