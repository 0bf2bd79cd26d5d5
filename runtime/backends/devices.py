"""The gateway's device connections (``system.device``), from ``_gateway/gateway.json``:

    {"devices": {"PLC1": {"type": "ModbusTcp", "hostname": "10.0.0.5", "enabled": true,
                          "description": "Line 1 PLC"}}}

shim has no drivers: a device is its configuration, its state is "Disabled" or "Disconnected"
(nothing is ever connected), and changes made by scripts (``addDevice``, ``setDeviceEnabled``
...) live in the gateway's memory, never written back to gateway.json. Each change is recorded
in ``devices(gw).changes`` for tests.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.core.errors import ProjectError

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway


@dataclass
class Device:
    name: str
    driver: str
    hostname: str = ""
    enabled: bool = True
    description: str = ""
    properties: dict = field(default_factory=dict)

    @property
    def state(self) -> str:
        return "Disconnected" if self.enabled else "Disabled"


class Devices:
    """The gateway's devices, by name (case-insensitive, as Ignition's are)."""

    def __init__(self, devices: dict[str, Device]) -> None:
        self._devices = devices
        self._lock = threading.Lock()
        self.changes: list[tuple] = []

    def all(self) -> list[Device]:
        with self._lock:
            return list(self._devices.values())

    def get(self, function: str, name: Any) -> Device:
        if not isinstance(name, str) or not name:
            raise TypeError(f"{function}(): deviceName must be a non-empty string")
        with self._lock:
            for key, device in self._devices.items():
                if key.lower() == name.lower():
                    return device
        raise ValueError(f"{function}(): Device '{name}' not found.")

    def add(self, device: Device) -> None:
        with self._lock:
            if any(key.lower() == device.name.lower() for key in self._devices):
                raise ValueError(f"addDevice(): a device named '{device.name}' already exists")
            self._devices[device.name] = device
            self.changes.append(("addDevice", device.name, device.driver))

    def remove(self, name: str) -> None:
        device = self.get("removeDevice", name)
        with self._lock:
            del self._devices[device.name]
            self.changes.append(("removeDevice", device.name))

    def record(self, *change: Any) -> None:
        with self._lock:
            self.changes.append(change)


def devices(gateway: "Gateway") -> Devices:
    """The gateway's devices (read once from gateway.json)."""
    return gateway.service("devices", _load)


def _load(gateway: "Gateway") -> Devices:
    source = gateway_dir(gateway) / "gateway.json"
    entries = read_object(gateway, "gateway.json").get("devices", {})
    if not isinstance(entries, dict):
        raise ProjectError(f"{source}: \"devices\" must be an object of name -> {{type, hostname, ...}}")
    found = {}
    for name, spec in entries.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("type"), str):
            raise ProjectError(f"{source}: device '{name}' needs a \"type\" (its driver, e.g. \"ModbusTcp\")")
        found[name] = Device(name, spec["type"], str(spec.get("hostname", "")), bool(spec.get("enabled", True)),
                             str(spec.get("description", "")),
                             {k: v for k, v in spec.items() if k not in ("type", "hostname", "enabled", "description")})
    return Devices(found)
