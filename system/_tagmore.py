"""The ``system.tag`` functions beyond values and configuration: the historical tag tree, data
density and annotations of the tag history, the Tag Report Tool's query, tag group execution
and the Vision client's quality overlays (8.1 manual pages of those names; re-exported by
``system.tag``). The history ones read and write the gateway's tag history store
(``runtime.backends.taghistory``, ``annotations``, ``historyinfo``); ``query`` walks the live tag
provider (``runtime.backends.tagquery``).
"""
from __future__ import annotations

from typing import Any

from runtime.backends import annotations, historyinfo, tagquery
from runtime.emulated.ignition.dataset import dataset_from_rows
from runtime.emulated.ignition.millis import to_millis
from runtime.backends.scopes import require_8x, require_client, require_comm
from runtime.backends.tagbrowse import Results
from runtime.backends.tagseed import tag_system
from runtime.backends.ui import ui
from runtime.core.context import ScriptContext, current
from runtime.emulated.java.util import Date


def _strings(function: str, name: str, value: Any) -> list[str]:
    if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
        raise TypeError(f"{function}(): {name} must be a list of strings, not {type(value).__name__}")
    found = list(value)
    if not all(isinstance(v, str) for v in found):
        raise TypeError(f"{function}(): {name} must be a list of strings")
    return found


def _millis(function: str, name: str, value: Any) -> int:
    try:
        return to_millis(value)
    except TypeError:
        raise TypeError(f"{function}(): {name} must be a Date, not {type(value).__name__}") from None


def _history(ctx: ScriptContext):
    return tag_system(ctx.gateway).history


# -- the tag history: tree, density, annotations ------------------------------------------------

def browseHistoricalTags(path, nameFilters=None, maxSize=None, continuationPoint=None) -> historyinfo.HistoricalResults:
    """The historical tags and folders directly under ``path`` (``histprov:DB:/drv:GW:default:/tag:
    Folder``; ``""`` lists the history providers), filtered by ``nameFilters`` (``*`` wildcards),
    at most ``maxSize`` with a continuation point for the rest (8.1 manual,
    ``system.tag.browseHistoricalTags``; the path rules are in ``runtime.backends.historyinfo``)."""
    if not isinstance(path, str):
        raise TypeError(f"browseHistoricalTags(): path must be a string, not {type(path).__name__}")
    filters = None if nameFilters is None else _strings("browseHistoricalTags", "nameFilters", nameFilters)
    if maxSize is not None and (isinstance(maxSize, bool) or not isinstance(maxSize, int)):
        raise TypeError("browseHistoricalTags(): maxSize must be an integer")
    ctx = current()
    require_comm(ctx, "read", "system.tag.browseHistoricalTags")
    return historyinfo.browse(ctx.gateway, tag_system(ctx.gateway), _history(ctx), path, filters, maxSize,
                              None if continuationPoint is None else str(continuationPoint))


def queryTagDensity(paths, startDate, endDate):
    """How much of [startDate, endDate] has data: a two-column dataset (timestamp, weight 0-1),
    each row valid until the next (8.1 manual, ``system.tag.queryTagDensity``)."""
    paths = _strings("queryTagDensity", "paths", paths)
    if not paths:
        raise ValueError("queryTagDensity(): paths must not be empty")
    start = _millis("queryTagDensity", "startDate", startDate)
    end = _millis("queryTagDensity", "endDate", endDate)
    if start > end:
        raise ValueError("queryTagDensity(): startDate is after endDate")
    ctx = current()
    require_comm(ctx, "read", "system.tag.queryTagDensity")
    rows = [[Date(t), weight] for t, weight in historyinfo.density(_history(ctx), paths, start, end)]
    return dataset_from_rows(["timestamp", "weight"], None, rows)


def _column(function: str, name: str, value: Any, size: int) -> list:
    if value is None:
        return [None] * size
    found = list(value)
    if len(found) != size:
        raise ValueError(f"{function}(): {name} needs one entry per path ({size}), not {len(found)}")
    return found


def storeAnnotations(paths, startTimes=None, endTimes=None, types=None, data=None, storageIds=None,
                     deleted=None) -> list:
    """Store one annotation per path (lists 1-to-1; None where an annotation needs nothing); the
    start defaults to now, the type to "marker"; with ``storageIds`` the annotations are updated
    (``deleted`` True marks them deleted). One qualified value per path, its value the storage id
    (8.1 manual, ``system.tag.storeAnnotations``)."""
    ctx = require_8x("tag", "storeAnnotations")
    paths = _strings("storeAnnotations", "paths", paths)
    columns = [_column("storeAnnotations", name, value, len(paths)) for name, value in
               (("startTimes", startTimes), ("endTimes", endTimes), ("types", types), ("data", data),
                ("storageIds", storageIds), ("deleted", deleted))]
    for name, values in (("startTimes", columns[0]), ("endTimes", columns[1])):
        for value in values:
            if value is not None:
                _millis("storeAnnotations", name, value)
    require_comm(ctx, "write", "system.tag.storeAnnotations")
    return annotations.store(_history(ctx), paths, *columns)


def queryAnnotations(paths, startTime=None, endTime=None, types=None) -> list:
    """The annotations of ``paths`` that overlap [startTime, endTime] (default: the last 8 hours
    up to now, as tag history queries), of the given ``types`` only when given (8.1 manual,
    ``system.tag.queryAnnotations``)."""
    from runtime.backends.taghistory import DEFAULT_RANGE_MS, now_millis

    ctx = require_8x("tag", "queryAnnotations")
    paths = _strings("queryAnnotations", "paths", paths)
    end = _millis("queryAnnotations", "endTime", endTime) if endTime is not None else now_millis()
    start = _millis("queryAnnotations", "startTime", startTime) if startTime is not None else end - DEFAULT_RANGE_MS
    kinds = None if types is None else _strings("queryAnnotations", "types", types)
    require_comm(ctx, "read", "system.tag.queryAnnotations")
    return annotations.query(_history(ctx), paths, start, end, kinds)


def deleteAnnotations(paths, storageIds) -> list:
    """Remove the annotations with these storage ids (1-to-1 with ``paths``); one qualified value
    each, ``Bad_NotFound`` where there was none (8.1 manual, ``system.tag.deleteAnnotations``)."""
    ctx = require_8x("tag", "deleteAnnotations")
    paths = _strings("deleteAnnotations", "paths", paths)
    ids = list(storageIds)
    if len(ids) != len(paths):
        raise ValueError(f"deleteAnnotations(): storageIds needs one id per path ({len(paths)}), not {len(ids)}")
    try:
        ids = [int(i) for i in ids]
    except (TypeError, ValueError):
        raise TypeError("deleteAnnotations(): storageIds must be storage ids (from queryAnnotations)") from None
    require_comm(ctx, "write", "system.tag.deleteAnnotations")
    return annotations.delete(_history(ctx), paths, ids)


# -- the tag provider ----------------------------------------------------------------------------

def query(provider=None, query=None, limit=None, continuation=None) -> Results:
    """Search a tag provider as the Tag Report Tool does; without a provider the Results are
    empty, as the manual says (8.1 manual, ``system.tag.query``, new in 8.1.19; Gateway scope;
    conditions in ``runtime.backends.tagquery``)."""
    ctx = require_8x("tag", "query")
    if ctx.kind != "gateway":
        raise AttributeError("'com.inductiveautomation.ignition.common.script.ScriptPackage' object has no "
                             "attribute 'query' (system.tag.query exists only in the Gateway scope; this "
                             f"script runs in the {ctx.kind} scope)")
    if provider is not None and not isinstance(provider, str):
        raise TypeError(f"query(): provider must be a string, not {type(provider).__name__}")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
        raise TypeError("query(): limit must be an integer")
    require_comm(ctx, "read", "system.tag.query")
    return tagquery.query(tag_system(ctx.gateway), provider, query, limit, continuation)


def requestGroupExecution(provider, tagGroup) -> None:
    """Ask a tag group to execute now (8.1 manual, ``system.tag.requestGroupExecution``). shim's
    tags are evaluated when read, so there is nothing to wait for: the provider must exist, and
    the request is logged (``shim.tags``) naming the group and how many tags are in it."""
    for name, value in (("provider", provider), ("tagGroup", tagGroup)):
        if not isinstance(value, str) or not value:
            raise TypeError(f"requestGroupExecution(): {name} must be a non-empty string")
    ctx = current()
    tags = tag_system(ctx.gateway)
    root = tags.provider(provider.strip("[]"))
    if root is None:
        raise ValueError(f"requestGroupExecution(): tag provider '{provider}' not found")
    group = tagGroup.strip("[]") if tagGroup.startswith("[") else tagGroup
    members = sum(1 for _path, node in root.walk("") if not node.is_container
                  and str(node.config.get("tagGroup") or "Default").lower() == group.lower())
    ctx.gateway.log.write("INFO", "shim.tags", f"tag group '{tagGroup}' of provider '{root.name}' executed "
                          f"({members} tags)", ctx.tag)


def isOverlaysEnabled() -> bool:
    """Whether the client shows quality overlays on components (default True) (8.1 manual,
    ``system.tag.isOverlaysEnabled``; Vision Client)."""
    return ui(require_client("tag", "isOverlaysEnabled").session).overlays


def setOverlaysEnabled(enabled) -> None:
    """Turn the client's quality overlays on or off (8.1 manual, ``system.tag.setOverlaysEnabled``;
    Vision Client)."""
    ui(require_client("tag", "setOverlaysEnabled").session).overlays = bool(enabled)


__all__ = ["browseHistoricalTags", "deleteAnnotations", "isOverlaysEnabled", "query", "queryAnnotations",
           "queryTagDensity", "requestGroupExecution", "setOverlaysEnabled", "storeAnnotations"]
