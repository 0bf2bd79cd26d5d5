"""``system.device``: the gateway's device connections (Ignition 8.1 manual signatures), as
configured in ``_gateway/gateway.json`` (``"devices"``; ``runtime.backends.devices``). shim has no
drivers: devices are never connected, and changes stay in the gateway's memory.
"""
from __future__ import annotations

from runtime.emulated.ignition.dataset import dataset_from_rows
from runtime.backends.devices import Device, devices
from runtime.core.context import current

__all__ = [
    "addDevice", "getDeviceHostname", "listDevices", "refreshBrowse", "removeDevice", "restart",
    "setDeviceEnabled", "setDeviceHostname",
]


def listDevices():
    """A dataset of the devices: Name, Enabled, State, Driver (manual, ``listDevices``)."""
    rows = [[d.name, d.enabled, d.state, d.driver] for d in devices(current().gateway).all()]
    return dataset_from_rows(["Name", "Enabled", "State", "Driver"], [str, bool, str, str], rows)


def addDevice(deviceType, deviceName, deviceProps, description=None) -> None:
    """Add a device of driver ``deviceType`` (manual, ``system.device.addDevice``);
    ``deviceProps`` are its driver settings (``HostName`` sets its host name)."""
    for name, value in (("deviceType", deviceType), ("deviceName", deviceName)):
        if not isinstance(value, str) or not value:
            raise TypeError(f"addDevice(): {name} must be a non-empty string")
    if not isinstance(deviceProps, dict):
        raise TypeError("addDevice(): deviceProps must be a dictionary")
    hostname = str(deviceProps.get("HostName", deviceProps.get("hostname", "")))
    devices(current().gateway).add(Device(deviceName, deviceType, hostname, True, str(description or ""),
                                          dict(deviceProps)))


def removeDevice(deviceName) -> None:
    """Remove a device (manual, ``system.device.removeDevice``)."""
    devices(current().gateway).remove(deviceName)


def setDeviceEnabled(deviceName, enabled) -> None:
    """Enable or disable a device (manual, ``system.device.setDeviceEnabled``)."""
    registry = devices(current().gateway)
    device = registry.get("setDeviceEnabled", deviceName)
    device.enabled = bool(enabled)
    registry.record("setDeviceEnabled", device.name, device.enabled)


def getDeviceHostname(deviceName) -> str:
    """The device's host name or address (manual, ``system.device.getDeviceHostname``)."""
    return devices(current().gateway).get("getDeviceHostname", deviceName).hostname


def setDeviceHostname(deviceName, hostname) -> None:
    """Change the device's host name (manual, ``system.device.setDeviceHostname``)."""
    if not isinstance(hostname, str) or not hostname:
        raise TypeError("setDeviceHostname(): hostname must be a non-empty string")
    registry = devices(current().gateway)
    device = registry.get("setDeviceHostname", deviceName)
    device.hostname = hostname
    registry.record("setDeviceHostname", device.name, hostname)


def restart(deviceName) -> None:
    """Restart the device connection (manual, ``system.device.restart``): recorded."""
    registry = devices(current().gateway)
    registry.record("restart", registry.get("restart", deviceName).name)


def refreshBrowse(deviceName) -> None:
    """Refresh the device's browse cache (manual, ``system.device.refreshBrowse``): recorded."""
    registry = devices(current().gateway)
    registry.record("refreshBrowse", registry.get("refreshBrowse", deviceName).name)
