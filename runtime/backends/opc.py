"""OPC item reads and writes (``system.opc``) against the gateway's tags, or a recorded stub.

shim has no OPC server. An item path that tags.json maps to a tag (its ``"opc"`` mapping, or an
opc tag's own ``opcItemPath``) reads and writes that tag, so a handler that talks OPC directly
sees the same values as one that reads tags. Any other item reads ``Bad_NotConnected`` and its
writes fail the same way: they are recorded (with the value the script wanted to write) so tests
can assert on them, but nothing pretends a device accepted them.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.backends.qualified import Quality, QualifiedValue
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


def opc(gateway: "Gateway") -> Opc:
    """The gateway's OPC stub (created on first use)."""
    return gateway.service("opc", Opc)
