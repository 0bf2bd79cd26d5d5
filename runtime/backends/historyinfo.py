"""What the tag history holds, beside its values: the historical tag tree
(``system.tag.browseHistoricalTags``) and how much of a time span has data
(``system.tag.queryTagDensity``), read from the gateway's history store
(``runtime.backends.taghistory``).

Historical paths are Ignition's qualified form, ``histprov:DB:/drv:GATEWAY:PROVIDER:/tag:Folder/Tag``
(8.1 manual, "Tag History" paths; the 8.3 page keeps this "drv" syntax for SQL historians). The
history provider's name is gateway.json's ``"history": {"provider": ...}``, else its
``"datasource"``, else ``DB``. The stored tag names are the tree's when the tag still exists,
else as stored (lower case).

Density: the manual's rule is that each tag counts 1 while it has data and 0 when not, and the
weight is the share of tags with data (three of four: 0.75). shim's history records on change, so
a tag "has data" from its first recorded point on; rows come at ``startDate`` and wherever the
weight changes, each valid until the next row.
"""
from __future__ import annotations

import fnmatch
from typing import TYPE_CHECKING, Any, Iterator

from runtime.backends.gatewayfiles import read_object
from runtime.backends.tags import TagSystem, parse_path
from runtime.backends.taghistory import History

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway


def history_provider(gateway: "Gateway") -> str:
    config = read_object(gateway, "gateway.json").get("history", {})
    config = config if isinstance(config, dict) else {}
    return str(config.get("provider") or config.get("datasource") or "DB")


class HistoricalNode:
    """One browse result: ``getPath()`` (the qualified historical path), ``getType()``
    ("histprov", "drv", "Folder" or "Tag") and ``hasChildren()``."""

    __module__ = "com.inductiveautomation.ignition.common.browsing"

    def __init__(self, path: str, kind: str, children: bool) -> None:
        self._path, self._kind, self._children = path, kind, children

    def getPath(self) -> str:
        return self._path

    def getType(self) -> str:
        return self._kind

    def hasChildren(self) -> bool:
        return self._children

    def __repr__(self) -> str:
        return self._path

    __str__ = __repr__


class HistoricalResults:
    """``getResults()``, ``getReturnedSize()``, ``getContinuationPoint()`` (8.1 manual,
    ``system.tag.browseHistoricalTags``); iterating gives the results too."""

    __module__ = "com.inductiveautomation.ignition.common.browsing"

    def __init__(self, results: list[HistoricalNode], continuation: str | None) -> None:
        self._results, self._continuation = results, continuation

    def getResults(self) -> list[HistoricalNode]:
        return list(self._results)

    def getReturnedSize(self) -> int:
        return len(self._results)

    def getContinuationPoint(self) -> str | None:
        return self._continuation

    results = property(getResults)
    returnedSize = property(getReturnedSize)
    continuationPoint = property(getContinuationPoint)

    def __iter__(self) -> Iterator[HistoricalNode]:
        return iter(self._results)

    def __len__(self) -> int:
        return len(self._results)

    def __repr__(self) -> str:
        return f"Results({len(self._results)}, continuation={self._continuation})"


def _shown(tags: TagSystem, key: str) -> tuple[str, list[str]]:
    """(provider, names) of a stored path, named as the tag tree spells it when it exists."""
    path = parse_path(key)
    if path is None:
        return "default", [key]
    full = tags.full_path(path)
    provider, _, rest = full[1:].partition("]")
    return provider, [p for p in rest.split("/") if p]


def browse(gateway: "Gateway", tags: TagSystem, history: History, path: str, filters: list[str] | None,
           max_size: int | None, continuation: str | None) -> HistoricalResults:
    """The children of ``path`` in the historical tree (one level, as the manual says)."""
    provider_name = history_provider(gateway)
    entries = [_shown(tags, key) for key in history.stored_paths()]
    parts = {}
    for piece in path.split(":/") if path else []:
        kind, _, value = piece.partition(":")
        parts[kind.lower()] = value
    found: dict[str, HistoricalNode] = {}
    if "histprov" not in parts or not parts["histprov"]:
        found[provider_name] = HistoricalNode(f"histprov:{provider_name}", "histprov", bool(entries))
    elif parts["histprov"].lower() != provider_name.lower():
        pass  # an unknown history provider has nothing
    elif "drv" not in parts:
        for provider, _names in entries:
            drv = f"{gateway.name}:{provider}"
            found[drv.lower()] = HistoricalNode(f"histprov:{provider_name}:/drv:{drv}", "drv", True)
    else:
        wanted = parts["drv"].rsplit(":", 1)[-1].lower()
        prefix = [p.lower() for p in parts.get("tag", "").split("/") if p]
        base = f"histprov:{provider_name}:/drv:{parts['drv']}:/tag:"
        for provider, names in entries:
            if provider.lower() != wanted or len(names) <= len(prefix) \
                    or [n.lower() for n in names[:len(prefix)]] != prefix:
                continue
            child = names[:len(prefix) + 1]
            leaf = len(names) == len(child)
            key = "/".join(child).lower()
            if key not in found or not leaf:
                found[key] = HistoricalNode(base + "/".join(child), "Tag" if leaf else "Folder", not leaf)
    results = [node for node in found.values()
               if not filters or any(fnmatch.fnmatchcase(_last(node).lower(), f.lower()) for f in filters)]
    results.sort(key=lambda node: node.getPath().lower())
    start = int(continuation) if continuation else 0
    end = len(results) if not max_size or max_size < 0 else start + int(max_size)
    more = str(end) if end < len(results) else None
    return HistoricalResults(results[start:end], more)


def _last(node: HistoricalNode) -> str:
    tail = node.getPath().rsplit(":/", 1)[-1]
    return tail.partition(":")[2].rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def density(history: History, paths: list[str], start: int, end: int) -> list[list[Any]]:
    """[[millis, weight], ...]: the share of ``paths`` with data, from ``start``, one row per change."""
    firsts = [history.first_time(p) for p in paths]
    moments = sorted({start} | {t for t in firsts if t is not None and start < t <= end})
    rows: list[list[Any]] = []
    for moment in moments:
        weight = sum(1 for t in firsts if t is not None and t <= moment) / float(len(paths))
        if not rows or rows[-1][1] != weight:
            rows.append([moment, weight])
    return rows
