"""Browsing the tag tree: 8.x ``system.tag.browse`` results and 7.9 ``browseTags`` BrowseTags.

8.x (manual, ``system.tag.browse``): a ``Results`` object whose ``getResults()`` lists one
dictionary per node, with ``name``, ``fullPath``, ``tagType``, ``hasChildren`` and, for atomic
tags, ``dataType``, ``valueSource`` and ``value`` (a QualifiedValue). Filter keys: ``name``
(``*`` wildcards), ``dataType``, ``valueSource``, ``tagType``, ``typeId``, ``recursive``,
``maxResults``. A path that does not exist gives no results and a ``Bad_NotFound`` result quality.

7.9 (manual, ``system.tag.browseTags``): a list of ``BrowseTag`` with ``name``, ``path``,
``fullPath``, ``type`` (OPC, MEMORY, DB, QUERY, Folder, DERIVED, UDT_INST), ``dataType`` and the
``isFolder()``/``isUDT()``/``isOPC()``/``isMemory()``/``isExpression()``/``isQuery()``/``isDB()``
tests, filtered by ``tagPath`` (``*``/``?``), ``tagType``, ``dataType``, ``udtParentType``,
sorted by full path.

``fullPath`` is handed out as a string: ``str(result['fullPath'])`` (what Ignition scripts write
for 8.x's TagPath objects) and passing it to ``readBlocking`` both work.
"""
from __future__ import annotations

import fnmatch
from typing import Any, Iterator

from runtime.emulated.ignition.qualified import Quality, QualifiedValue
from runtime.backends.tags import Node, TagSystem, parse_path

#: 7.9 tag types of 8.x value sources ("DB" was 7.9's expression/SQL tag, "QUERY" its query tag).
_LEGACY_TYPES = {"opc": "OPC", "memory": "MEMORY", "expr": "DB", "db": "QUERY",
                 "derived": "DERIVED", "reference": "DERIVED"}


class Results:
    """8.x browse results (``com.inductiveautomation.ignition.common.browsing.Results``)."""

    __slots__ = ("_results", "_quality", "_continuation")

    def __init__(self, results: list[dict], quality: Quality, continuation: str | None = None) -> None:
        object.__setattr__(self, "_results", results)
        object.__setattr__(self, "_quality", quality)
        object.__setattr__(self, "_continuation", continuation)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("browse results are read-only")

    def getResults(self) -> list[dict]:
        return [dict(r) for r in self._results]

    def getReturnedSize(self) -> int:
        return len(self._results)

    def getTotalAvailableSize(self) -> int:
        return len(self._results)

    def getContinuationPoint(self) -> str | None:
        """Where a limited ``system.tag.query`` stopped (pass it as ``continuation``), else None."""
        return self._continuation

    def getResultQuality(self) -> Quality:
        return self._quality

    results = property(getResults)
    returnedSize = property(getReturnedSize)
    totalAvailableSize = property(getTotalAvailableSize)
    continuationPoint = property(getContinuationPoint)
    resultQuality = property(getResultQuality)

    def __iter__(self) -> Iterator[dict]:
        return iter(self.getResults())

    def __len__(self) -> int:
        return len(self._results)

    def __str__(self) -> str:
        return "Results(%d, %s)" % (len(self._results), self._quality)

    __repr__ = __str__


def browse(tags: TagSystem, text: str, flt: dict) -> Results:
    """``system.tag.browse(path, filter)``."""
    path = parse_path(text)
    node = tags.find(path) if path is not None else None
    if path is None or node is None:
        return Results([], Quality("Bad_NotFound"))
    base = tags.full_path(path)
    found: list[dict] = []
    limit = flt.get("maxResults")
    for full, child in _walk(node, base, bool(flt.get("recursive"))):
        if _matches_8x(child, flt):
            found.append(describe(tags, full, child))
            if limit is not None and len(found) >= int(limit):
                break
    return Results(found, Quality("Good"))


def _walk(node: Node, base: str, recursive: bool) -> Iterator[tuple[str, Node]]:
    for child in node.children.values():
        full = f"{base}/{child.name}" if not base.endswith("]") else f"{base}{child.name}"
        yield full, child
        if recursive and child.is_container:
            yield from _walk(child, full, True)


def _matches_8x(node: Node, flt: dict) -> bool:
    checks = (("name", node.name), ("tagType", node.tag_type), ("typeId", node.config.get("typeId")),
              ("dataType", None if node.is_container else node.data_type),
              ("valueSource", None if node.is_container else node.value_source))
    for key, actual in checks:
        wanted = flt.get(key)
        if wanted is not None and not fnmatch.fnmatchcase(str(actual).lower(), str(wanted).lower()):
            return False
    return True


def describe(tags: TagSystem, full: str, node: Node) -> dict:
    result: dict[str, Any] = {"name": node.name, "fullPath": full, "tagType": node.tag_type,
                              "hasChildren": bool(node.children)}
    if node.tag_type == "UdtInstance":
        result["typeId"] = node.config.get("typeId")
    if not node.is_container:
        value: QualifiedValue = tags.read(full)
        result.update(dataType=node.data_type, valueSource=node.value_source, value=value)
    return result


class BrowseTag:
    """7.9's BrowseTag: a node found by ``system.tag.browseTags``."""

    __slots__ = ("_name", "_path", "_full", "_type", "_data_type")

    def __init__(self, name: str, path: str, full: str, kind: str, data_type: str | None) -> None:
        for slot, value in zip(self.__slots__, (name, path, full, kind, data_type)):
            object.__setattr__(self, slot, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("browse results are read-only")

    name = property(lambda self: self._name)
    path = property(lambda self: self._path)
    fullPath = property(lambda self: self._full)
    type = property(lambda self: self._type)
    dataType = property(lambda self: self._data_type)

    def isFolder(self) -> bool:
        return self._type == "Folder"

    def isUDT(self) -> bool:
        return self._type == "UDT_INST"

    def isOPC(self) -> bool:
        return self._type == "OPC"

    def isMemory(self) -> bool:
        return self._type == "MEMORY"

    def isExpression(self) -> bool:
        return self._type == "DB"

    def isDB(self) -> bool:
        return self._type == "DB"

    def isQuery(self) -> bool:
        return self._type == "QUERY"

    def __str__(self) -> str:
        return self._full

    __repr__ = __str__


def browse_tags(tags: TagSystem, parent: str, tag_path: str | None, tag_type: str | None,
                data_type: str | None, udt_parent_type: str | None, recursive: bool,
                sort: str) -> list[BrowseTag]:
    """``system.tag.browseTags`` (7.9)."""
    path = parse_path(parent or "")
    node = tags.find(path) if path is not None else None
    if path is None or node is None or not node.is_container:
        return []
    base = tags.full_path(path)
    provider = base[1:base.index("]")]
    found = []
    for full, child, udt in _walk_79(node, base, recursive, node.config.get("typeId")):
        relative = full[len(provider) + 2:]
        kind = _legacy_type(child)
        if ((tag_path and not fnmatch.fnmatch(relative.lower(), tag_path.lower()))
                or (tag_type and kind.lower() != tag_type.lower())
                or (data_type and (child.is_container or child.data_type.lower() != data_type.lower()))
                or (udt_parent_type and str(udt or "").lower() != udt_parent_type.lower())):
            continue
        found.append(BrowseTag(child.name, relative, full, kind,
                               None if child.is_container else child.data_type))
    found.sort(key=lambda t: t.fullPath.lower(), reverse=str(sort).upper() == "DESC")
    return found


def _walk_79(node: Node, base: str, recursive: bool, udt: Any) -> Iterator[tuple[str, Node, Any]]:
    for full, child in _walk(node, base, False):
        inner = child.config.get("typeId") if child.tag_type == "UdtInstance" else udt
        yield full, child, inner
        if recursive and child.is_container:
            yield from _walk_79(child, full, True, inner)


def _legacy_type(node: Node) -> str:
    if node.tag_type == "UdtInstance":
        return "UDT_INST"
    if node.is_container:
        return "Folder"
    return _LEGACY_TYPES.get(node.value_source, node.value_source.upper())

