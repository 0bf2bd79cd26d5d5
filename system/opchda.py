"""``system.opchda``: OPC-HDA (historical data access) servers (Ignition 7.9 / 8.1 manual
signatures).

shim has no OPC-HDA servers and speaks no HDA protocol, so it behaves as a gateway whose HDA
servers are not connected: ``getServers()`` is empty, ``isServerAvailable`` is False, reads give
one empty result per item whose ``serviceResult`` quality is ``Bad_NotConnected``, writes answer
``Bad_NotConnected``, browsing finds nothing. Scripts that check availability first (as the
manual's examples do) take their "server down" branch, as they would in a real outage.
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.ignition.qualified import Quality

__all__ = [
    "browse", "getAggregates", "getAttributes", "getServers", "insert", "insertReplace",
    "isServerAvailable", "readAttributes", "readProcessed", "readRaw", "replace",
]

_NOT_CONNECTED = "Bad_NotConnected"


class ReadResult(list):
    """One item's values (a list of qualified values) and the read's ``serviceResult``."""

    __slots__ = ("_service",)

    def __init__(self, service: Quality) -> None:
        super().__init__()
        self._service = service

    def getServiceResult(self) -> Quality:
        return self._service

    serviceResult = property(getServiceResult)

    def __repr__(self) -> str:
        return f"ReadResult(serviceResult={self._service}, values={list(self)!r})"


def _server(function: str, serverName: Any) -> str:
    if not isinstance(serverName, str) or not serverName:
        raise TypeError(f"{function}(): serverName must be a non-empty string")
    return serverName


def _items(function: str, itemIds: Any) -> list:
    if isinstance(itemIds, str) or not isinstance(itemIds, (list, tuple)):
        raise TypeError(f"{function}(): itemIds must be a list of item ids")
    return list(itemIds)


def getServers() -> list:
    """The names of the configured OPC-HDA servers (manual, ``system.opchda.getServers``):
    none in shim."""
    return []


def isServerAvailable(serverName) -> bool:
    """True if the server is defined, enabled and connected (manual, ``isServerAvailable``)."""
    _server("isServerAvailable", serverName)
    return False


def browse(root) -> list:
    """Browse the HDA address space at ``root`` (manual, ``system.opchda.browse``): nothing."""
    return []


def getAggregates(serverName) -> list:
    """The aggregates the server supports (manual, ``getAggregates``): none without a server."""
    _server("getAggregates", serverName)
    return []


def getAttributes(serverName) -> list:
    """The item attributes the server offers (manual, ``getAttributes``): none without a server."""
    _server("getAttributes", serverName)
    return []


def readRaw(serverName, itemIds, startDate, endDate, maxValues, boundingValues) -> list:
    """Raw values of each item between two dates (manual, ``system.opchda.readRaw``): one
    empty ``ReadResult`` per item, ``serviceResult`` ``Bad_NotConnected``."""
    _server("readRaw", serverName)
    return [ReadResult(Quality(_NOT_CONNECTED)) for _ in _items("readRaw", itemIds)]


def readProcessed(serverName, itemIds, startDate, endDate, resampleIntervalMS, aggregates) -> list:
    """Aggregated values of each item (manual, ``system.opchda.readProcessed``); ``aggregates``
    is one per item, as the manual requires."""
    _server("readProcessed", serverName)
    items = _items("readProcessed", itemIds)
    if not isinstance(aggregates, (list, tuple)) or len(aggregates) != len(items):
        raise ValueError("readProcessed(): aggregates must be a list with one aggregate per item id")
    return [ReadResult(Quality(_NOT_CONNECTED)) for _ in items]


def readAttributes(serverName, itemId, attributeIds, startDate, endDate) -> list:
    """Attribute values of one item over a time range (manual, ``readAttributes``): one empty
    result per attribute."""
    _server("readAttributes", serverName)
    if isinstance(attributeIds, str) or not isinstance(attributeIds, (list, tuple)):
        raise TypeError("readAttributes(): attributeIds must be a list")
    return [ReadResult(Quality(_NOT_CONNECTED)) for _ in attributeIds]


def insert(serverName, itemId, value, date, quality) -> Quality:
    """Insert a value (manual, ``system.opchda.insert``): the write's quality."""
    _server("insert", serverName)
    return Quality(_NOT_CONNECTED)


def insertReplace(serverName, itemId, value, date, quality) -> Quality:
    """Insert or replace a value (manual, ``system.opchda.insertReplace``)."""
    _server("insertReplace", serverName)
    return Quality(_NOT_CONNECTED)


def replace(serverName, itemId, value, date, quality) -> Quality:
    """Replace a value (manual, ``system.opchda.replace``)."""
    _server("replace", serverName)
    return Quality(_NOT_CONNECTED)
