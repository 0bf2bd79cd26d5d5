"""``system.tag``: reading, writing and browsing tags (Ignition 7.9 and 8.1 manual signatures).

8.x: ``readBlocking``, ``readAsync``, ``writeBlocking``, ``writeAsync``, ``browse`` (missing under
7.9 semantics, as in 7.9). 7.9 (kept, deprecated, in 8.x): ``read``, ``readAll``, ``write``,
``writeAll``, ``writeSynchronous``, ``writeAllSynchronous``, ``browseTags``, ``browseTagsSimple``,
``getTagValue`` (7.x).
Both: ``exists``. The tags are the gateway's in-memory providers (``runtime.backends.tags``); every write
is recorded there for tests.
"""
from __future__ import annotations

import json
from typing import Any

from runtime.backends.callbacks import call_later
from runtime.core.context import ScriptContext, current
from runtime.emulated.java.lang import Exception as JavaException
from runtime.emulated.ignition.qualified import Quality, QualifiedValue
from runtime.backends.scopes import require_8x, require_comm
from runtime.backends.tagbrowse import BrowseTag, Results, browse as _browse, browse_tags as _browse_tags
from runtime.backends import tagconfig
from runtime.backends.filesquota import write_file
from runtime.backends.tags import TagPath, TagSystem, parse_path
from runtime.backends.tagseed import tag_system
from runtime.scripts.sandbox.namespace import NotEmulated
from system._tagmore import (browseHistoricalTags, deleteAnnotations, isOverlaysEnabled, query,  # noqa: F401
                             queryAnnotations, queryTagDensity, requestGroupExecution, setOverlaysEnabled,
                             storeAnnotations)

__all__ = [
    "addTag", "browse", "browseTags", "browseTagsSimple", "configure", "copy", "deleteTags",
    "editTag", "editTags", "exists", "exportTags", "getAttribute", "getConfiguration", "getTagValue", "importTags",
    "move", "queryTagCalculations", "queryTagHistory", "read", "readAll", "readAsync", "readBlocking", "removeTag", "removeTags", "rename",
    "write", "writeAll", "writeAllSynchronous", "writeAsync", "writeBlocking", "writeSynchronous", "storeTagHistory",
    "browseHistoricalTags", "deleteAnnotations", "isOverlaysEnabled", "query", "queryAnnotations", "queryTagDensity",
    "requestGroupExecution", "setOverlaysEnabled", "storeAnnotations",
]


# -- 8.x -------------------------------------------------------------------------------------

def readBlocking(tagPaths, timeout=45000) -> list:
    """Read the tags at ``tagPaths`` (a path or a list of paths); a list of QualifiedValue, one
    per path (8.1 manual, ``system.tag.readBlocking``). Missing tags read ``Bad_NotFound``."""
    ctx = require_8x("tag", "readBlocking")
    _timeout("readBlocking", timeout)
    return _read(ctx, _paths("readBlocking", tagPaths))


def readAsync(tagPaths, callback) -> None:
    """Read ``tagPaths`` and call ``callback(listOfQualifiedValues)`` later, on another thread
    (8.1 manual, ``system.tag.readAsync``)."""
    ctx = require_8x("tag", "readAsync")
    paths = _paths("readAsync", tagPaths)
    _callable("readAsync", callback)
    call_later(ctx, callback, _read(ctx, paths))


def writeBlocking(tagPaths, values, timeout=45000) -> list:
    """Write ``values`` to ``tagPaths``; a list of QualityCode, one per path (8.1 manual,
    ``system.tag.writeBlocking``). A single path takes a single value."""
    ctx = require_8x("tag", "writeBlocking")
    _timeout("writeBlocking", timeout)
    paths, values = _pairs("writeBlocking", tagPaths, values)
    return _write(ctx, paths, values)


def writeAsync(tagPaths, values, callback=None) -> None:
    """Write ``values`` to ``tagPaths``; ``callback(listOfQualityCodes)`` runs later when given
    (8.1 manual, ``system.tag.writeAsync``)."""
    ctx = require_8x("tag", "writeAsync")
    paths, values = _pairs("writeAsync", tagPaths, values)
    if callback is not None:
        _callable("writeAsync", callback)
    results = _write(ctx, paths, values)
    if callback is not None:
        call_later(ctx, callback, results)


def browse(path, filter=None) -> Results:
    """The nodes under ``path``, filtered by a dictionary of filter keys (8.1 manual,
    ``system.tag.browse``)."""
    ctx = require_8x("tag", "browse")
    _string("browse", "path", path, empty=True)
    if filter is not None and not isinstance(filter, dict):
        raise TypeError("browse(): filter must be a dictionary")
    return _browse(_tags(ctx), path, dict(filter or {}))


# -- both ------------------------------------------------------------------------------------

def exists(tagPath) -> bool:
    """True if a tag (or folder) exists at ``tagPath`` (manual, ``system.tag.exists``)."""
    _string("exists", "tagPath", tagPath)
    return _tags(current()).exists(tagPath)


# -- 7.9 -------------------------------------------------------------------------------------

def read(tagPath) -> QualifiedValue:
    """Read one tag: a QualifiedValue (7.9 manual, ``system.tag.read``)."""
    _string("read", "tagPath", tagPath)
    return _read(current(), [tagPath])[0]


def readAll(tagPaths) -> list:
    """Read several tags: QualifiedValues in the order of ``tagPaths`` (7.9 ``readAll``)."""
    return _read(current(), _paths("readAll", tagPaths, single=False))


def write(tagPath, value, suppressErrors=False) -> int:
    """Write one tag: 1 if it succeeded immediately, 0 if it failed (7.9 manual,
    ``system.tag.write``: 0 failed, 1 succeeded, 2 pending; in-memory writes never pend)."""
    _string("write", "tagPath", tagPath)
    return _status(_write(current(), [tagPath], [value]))[0]


def writeAll(tagPaths, values) -> list:
    """Write several tags: one 0/1 status per path (7.9 ``writeAll``)."""
    paths, values = _pairs("writeAll", tagPaths, values, single=False)
    return _status(_write(current(), paths, values))


def writeSynchronous(tagPath, value, timeout=45000) -> None:
    """Write one tag and wait; a failed write raises (7.9 manual, ``writeSynchronous``)."""
    _string("writeSynchronous", "tagPath", tagPath)
    _timeout("writeSynchronous", timeout)
    _raise_failures("writeSynchronous", [tagPath], _write(current(), [tagPath], [value]))


def writeAllSynchronous(tagPaths, values, timeout=45000) -> None:
    """Write several tags in order and wait; every write is attempted, then the first failure
    raises (7.9 manual, ``writeAllSynchronous``)."""
    paths, values = _pairs("writeAllSynchronous", tagPaths, values, single=False)
    _timeout("writeAllSynchronous", timeout)
    _raise_failures("writeAllSynchronous", paths, _write(current(), paths, values))


def browseTags(parentPath, tagPath=None, tagType=None, dataType=None, udtParentType=None,
               recursive=False, sort="ASC") -> list:
    """The tags in a folder, filtered (7.9 manual, ``system.tag.browseTags``)."""
    _string("browseTags", "parentPath", parentPath, empty=True)
    for name, value in (("tagPath", tagPath), ("tagType", tagType), ("dataType", dataType),
                        ("udtParentType", udtParentType), ("sort", sort)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"browseTags(): {name} must be a string")
    return _browse_tags(_tags(current()), parentPath, tagPath, tagType, dataType, udtParentType,
                        bool(recursive), sort or "ASC")


def browseTagsSimple(parentPath, sort) -> list[BrowseTag]:
    """The tags in a folder, sorted "ASC" or "DESC" (7.9 manual, ``browseTagsSimple``)."""
    return browseTags(parentPath, sort=sort)


# -- configuration (8.x) -----------------------------------------------------------------------

def configure(basePath, tags, collisionPolicy="o") -> list:
    """Create or change tags from export dictionaries (a list, one dictionary, or JSON text)
    under ``basePath``; one QualityCode per definition (8.1 manual, ``system.tag.configure``;
    collision policies "o" overwrite, "m" merge, "i" ignore, "a" abort)."""
    ctx = require_8x("tag", "configure")
    require_comm(ctx, "write", "system.tag.configure")
    _string("configure", "basePath", basePath, empty=True)
    definitions = _definitions("configure", tags)
    policy = _policy("configure", collisionPolicy)
    return _changed(ctx, tagconfig.configure(_tags(ctx), basePath, definitions, policy))


def getConfiguration(basePath, recursive=False) -> list:
    """The configuration of the tag or folder at ``basePath`` as a list holding its export
    dictionary (with ``"path"``; children under ``"tags"`` when ``recursive``), which
    ``configure`` accepts back (8.1 manual, ``system.tag.getConfiguration``). A path that does not
    exist gives an empty list."""
    ctx = require_8x("tag", "getConfiguration")
    require_comm(ctx, "read", "system.tag.getConfiguration")
    _string("getConfiguration", "basePath", basePath, empty=True)
    tags = _tags(ctx)
    path = parse_path(basePath)
    with tags.lock:
        node = tags.find(path) if path is not None and not path.prop else None
        if node is None:
            return []
        return [tagconfig.node_config(node, bool(recursive), tags.full_path(path))]


def deleteTags(tagPaths) -> list:
    """Delete tags and folders (with everything under them); one QualityCode per path
    (8.1 manual, ``system.tag.deleteTags``)."""
    ctx = require_8x("tag", "deleteTags")
    require_comm(ctx, "write", "system.tag.deleteTags")
    return _changed(ctx, tagconfig.delete(_tags(ctx), _paths("deleteTags", tagPaths)))


def copy(tags, destination, collisionPolicy="o") -> list:  # noqa: A001 - Ignition's name
    """Copy tags (with their children) into the ``destination`` folder (8.1 manual,
    ``system.tag.copy``)."""
    return _copy_or_move("copy", tags, destination, collisionPolicy)


def move(tags, destination, collisionPolicy="o") -> list:
    """Move tags (with their children) into the ``destination`` folder (8.1 manual,
    ``system.tag.move``)."""
    return _copy_or_move("move", tags, destination, collisionPolicy)


def _copy_or_move(function: str, tags: Any, destination: Any, policy: Any) -> list:
    ctx = require_8x("tag", function)
    require_comm(ctx, "write", f"system.tag.{function}")
    _string(function, "destination", destination, empty=True)
    return _changed(ctx, tagconfig.copy_or_move(_tags(ctx), _paths(function, tags), destination,
                                                _policy(function, policy), move=function == "move"))


def rename(tag, newName, collisionPollicy="a") -> Quality:
    """Rename a tag or folder; a QualityCode (8.1 manual, ``system.tag.rename``; the keyword is
    spelled ``collisionPollicy`` in Ignition's API)."""
    ctx = require_8x("tag", "rename")
    require_comm(ctx, "write", "system.tag.rename")
    _string("rename", "tag", tag)
    _string("rename", "newName", newName)
    if "/" in newName or "[" in newName or "." in newName:
        raise ValueError(f"rename(): {newName!r} is a name, not a path")
    result = tagconfig.rename(_tags(ctx), tag, newName.strip(), _policy("rename", collisionPollicy))
    return _changed(ctx, [result])[0]


def exportTags(filePath=None, tagPaths=None, recursive=True, exportType="json"):
    """The tags at ``tagPaths`` (default: every tag of ``[default]``) as an 8.x JSON export,
    written to ``filePath`` in the gateway's files folder, or returned when ``filePath`` is None
    (8.1 manual, ``system.tag.exportTags``). Only the "json" export type is emulated."""
    ctx = require_8x("tag", "exportTags")
    require_comm(ctx, "read", "system.tag.exportTags")
    if str(exportType).lower() != "json":
        raise NotEmulated(f"system.tag.exportTags with exportType {exportType!r} is not emulated by "
                          "shim (\"json\" is)")
    tags = _tags(ctx)
    paths = ["[default]"] if tagPaths is None else _paths("exportTags", tagPaths)
    with tags.lock:
        roots = []
        for text in paths:
            path = parse_path(text)
            node = tags.find(path) if path is not None else None
            if node is None:
                raise JavaException(f"exportTags(): tag '{text}' not found")
            if node.tag_type == "Provider":
                roots.extend((child, bool(recursive)) for child in node.children.values())
            else:
                roots.append((node, bool(recursive)))
        text = tagconfig.export_json(tags, roots)
    if filePath is None:
        return text
    write_file(current().gateway, "exportTags", _sandboxed("exportTags", filePath), filePath, text.encode("utf-8"))
    return None


def importTags(filePath, basePath, collisionPolicy="o") -> list:
    """Configure the tags of a JSON export file (in the gateway's files folder) under
    ``basePath``; one QualityCode per top-level tag (8.1 manual, ``system.tag.importTags``)."""
    ctx = require_8x("tag", "importTags")
    require_comm(ctx, "write", "system.tag.importTags")
    _string("importTags", "basePath", basePath, empty=True)
    path = _sandboxed("importTags", filePath)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise IOError(f"importTags(): cannot read {filePath}: {exc.strerror}") from None
    definitions = _definitions("importTags", text)
    return _changed(ctx, tagconfig.configure(_tags(ctx), basePath, definitions,
                                             _policy("importTags", collisionPolicy)))


# -- tag history (7.9 and 8.1) ------------------------------------------------------------------

def queryTagHistory(paths, startDate=None, endDate=None, returnSize=-1, aggregationMode="Average",
                    returnFormat="Wide", columnNames=None, intervalHours=None, intervalMinutes=None,
                    rangeHours=None, rangeMinutes=None, aggregationModes=None, includeBoundingValues=False,
                    validateSCExec=True, noInterpolation=False, ignoreBadQuality=False, timeout=None,
                    intervalSeconds=None, rangeSeconds=None):
    """The recorded history of ``paths`` as a dataset (8.1 manual, ``system.tag.queryTagHistory``;
    the rules for dates, return sizes, intervals, aggregation modes and formats are in
    ``runtime.backends.taghistory``). ``includeBoundingValues``, ``validateSCExec``,
    ``noInterpolation`` and ``timeout`` are accepted; shim's answers need none of them."""
    from runtime.backends import taghistory
    from runtime.emulated.ignition.dataset import dataset_from_rows

    ctx = current()
    paths = _paths("queryTagHistory", paths, single=False)
    start, end = _history_range("queryTagHistory", startDate, endDate, rangeHours, rangeMinutes, rangeSeconds)
    interval = _interval("queryTagHistory", intervalHours, intervalMinutes, intervalSeconds)
    if isinstance(returnSize, bool) or not isinstance(returnSize, int):
        raise TypeError("queryTagHistory(): returnSize must be an integer")
    modes = [_mode("queryTagHistory", m) for m in aggregationModes] if aggregationModes \
        else [_mode("queryTagHistory", aggregationMode)] * len(paths)
    if len(modes) != len(paths):
        raise ValueError("queryTagHistory(): aggregationModes needs one mode per path")
    if str(returnFormat).lower() not in ("wide", "tall"):
        raise ValueError(f"queryTagHistory(): returnFormat must be \"Wide\" or \"Tall\", not {returnFormat!r}")
    names = list(columnNames) if columnNames else list(paths)
    if len(names) != len(paths):
        raise ValueError("queryTagHistory(): columnNames needs one name per path")
    columns, rows = taghistory.query(_tags(ctx).history, paths, start, end, returnSize, interval, modes,
                                     str(returnFormat).lower() == "wide", names, bool(ignoreBadQuality))
    return dataset_from_rows(columns, None, rows)


def queryTagCalculations(paths, calculations, startDate=None, endDate=None, rangeHours=None,
                         rangeMinutes=None, aliases=None, includeBoundingValues=True, validatesSCExec=True,
                         noInterpolation=False, ignoreBadQuality=False):
    """One row per path, one column per calculation (aggregation modes over the whole range),
    after a ``path`` column; ``aliases`` rename the paths (8.1 manual,
    ``system.tag.queryTagCalculations``)."""
    from runtime.backends import taghistory
    from runtime.emulated.ignition.dataset import dataset_from_rows

    ctx = current()
    paths = _paths("queryTagCalculations", paths, single=False)
    calcs = [_mode("queryTagCalculations", c) for c in _paths("queryTagCalculations", calculations, single=False)]
    start, end = _history_range("queryTagCalculations", startDate, endDate, rangeHours, rangeMinutes, None)
    shown = list(aliases) if aliases else list(paths)
    if len(shown) != len(paths):
        raise ValueError("queryTagCalculations(): aliases needs one alias per path")
    store = _tags(ctx).history
    rows = []
    for name, path in zip(shown, paths):
        carried, points = store.points(path, start, end)
        rows.append([name] + [taghistory.window_value(c, carried, points, start, end, bool(ignoreBadQuality))
                              for c in calcs])
    return dataset_from_rows(["path"] + calcs, None, rows)


def storeTagHistory(historyprovider, tagprovider, paths, values, qualities=None, timestamps=None) -> None:
    """Store points in the tag history, as if the tags had recorded them (8.1 manual,
    ``system.tag.storeTagHistory``); paths are relative to ``tagprovider``, qualities default to
    Good (192), timestamps to now. shim has one history store, whatever ``historyprovider`` says."""
    from runtime.emulated.ignition.millis import to_millis
    from runtime.backends.taghistory import GOOD, now_millis

    _string("storeTagHistory", "historyprovider", historyprovider, empty=True)
    _string("storeTagHistory", "tagprovider", tagprovider, empty=True)
    paths = _paths("storeTagHistory", paths, single=False)
    values = list(values)
    qualities = list(qualities) if qualities else [GOOD] * len(paths)
    now = now_millis()
    timestamps = [to_millis(t) for t in timestamps] if timestamps else [now] * len(paths)
    if not len(paths) == len(values) == len(qualities) == len(timestamps):
        raise ValueError("storeTagHistory(): paths, values, qualities and timestamps differ in length")
    ctx = current()
    require_comm(ctx, "write", "system.tag.storeTagHistory")
    store = _tags(ctx).history
    for path, value, quality, millis in zip(paths, values, qualities, timestamps):
        code = quality.getCode() if isinstance(quality, Quality) else int(quality)
        full = path if path.startswith("[") else f"[{tagprovider or 'default'}]{path}"
        store.store(full, value, code, millis)


def _history_range(function: str, start: Any, end: Any, hours: Any, minutes: Any, seconds: Any) -> tuple[int, int]:
    from runtime.emulated.ignition.millis import to_millis
    from runtime.backends.taghistory import DEFAULT_RANGE_MS, now_millis

    span = _span(function, "range", hours, minutes, seconds)
    try:
        begin = to_millis(start) if start is not None else None
        finish = to_millis(end) if end is not None else None
    except TypeError:
        raise TypeError(f"{function}(): startDate and endDate must be dates") from None
    if begin is not None and finish is None:
        finish = begin + span if span else now_millis()
    if finish is None:
        finish = now_millis()
    if begin is None:
        begin = finish - (span or DEFAULT_RANGE_MS)
    if begin > finish:
        raise ValueError(f"{function}(): startDate is after endDate")
    return begin, finish


def _span(function: str, what: str, hours: Any, minutes: Any, seconds: Any) -> int | None:
    total, given = 0, False
    for value, unit in ((hours, 3_600_000), (minutes, 60_000), (seconds, 1000)):
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"{function}(): the {what} must be a number")
            total += int(value * unit)
            given = True
    return total if given else None


def _interval(function: str, hours: Any, minutes: Any, seconds: Any) -> int | None:
    span = _span(function, "interval", hours, minutes, seconds)
    if span is not None and span <= 0:
        raise ValueError(f"{function}(): the interval must be positive")
    return span


def _mode(function: str, mode: Any) -> str:
    from runtime.backends.taghistory import MODES

    found = next((m for m in MODES if isinstance(mode, str) and m.lower() == mode.lower()), None)
    if found is None:
        raise ValueError(f"{function}(): unknown aggregation mode {mode!r} (one of {', '.join(MODES)})")
    return found


# -- configuration (7.9, kept in 8.1 as deprecated) -------------------------------------------------

#: 7.9 tag types (``addTag``'s ``tagType``) as 8.x tag type and value source.
_LEGACY_TAG_TYPES = {"OPC": ("AtomicTag", "opc"), "MEMORY": ("AtomicTag", "memory"),
                     "EXPRESSION": ("AtomicTag", "expr"), "DB": ("AtomicTag", "expr"),
                     "QUERY": ("AtomicTag", "db"), "DERIVED": ("AtomicTag", "derived"),
                     "FOLDER": ("Folder", None), "UDT_INST": ("UdtInstance", None)}

#: 7.9 attribute names whose 8.x property name is not just the first letter lower-cased.
_LEGACY_ATTRIBUTES = {"opcitempath": "opcItemPath", "opcserver": "opcServer", "sqlquery": "query",
                      "scanclass": "tagGroup", "udtparenttype": "typeId", "primaryhistoryprovider":
                      "historyProvider", "expression": "expression", "datatype": "dataType"}


def addTag(parentPath, name, tagType, dataType=None, accessRights=None, enabled=None, value=None,
           attributes=None, parameters=None, overrides=None, alarmList=None, alarmConfig=None) -> None:
    """Add a tag (7.9 manual, ``system.tag.addTag``): tagType OPC, MEMORY, EXPRESSION, QUERY,
    Folder or UDT_INST; ``attributes`` use 7.9's names (``OPCItemPath``, ``Expression``,
    ``UDTParentType`` ...), ``overrides`` map a UDT member's name to its attributes. A tag that
    already exists raises."""
    ctx = current()
    require_comm(ctx, "write", "system.tag.addTag")
    _string("addTag", "parentPath", parentPath, empty=True)
    _string("addTag", "name", name)
    _string("addTag", "tagType", tagType)
    kind = _LEGACY_TAG_TYPES.get(tagType.upper())
    if kind is None:
        raise ValueError(f"addTag(): tagType must be one of OPC, MEMORY, EXPRESSION, QUERY, Folder, "
                         f"UDT_INST, not {tagType!r}")
    definition: dict[str, Any] = {"name": name, "tagType": kind[0]}
    if kind[1] is not None:
        definition["valueSource"] = kind[1]
        definition["dataType"] = dataType or "Int4"
    definition.update(_legacy_edits("addTag", attributes, parameters, accessRights, overrides,
                                    alarmList, alarmConfig))
    if enabled is not None:
        definition["enabled"] = bool(enabled)
    if value is not None:
        definition["value"] = value
    result = tagconfig.configure(_tags(ctx), parentPath, [definition], "a")[0]
    _changed(ctx, [result])
    if not result.isGood():
        raise JavaException(f"addTag(): cannot add '{name}' to '{parentPath}': {result}")


def editTag(tagPath, attributes=None, parameters=None, accessRights=None, overrides=None,
            alarmList=None, alarmConfig=None) -> None:
    """Change an existing tag's attributes, UDT parameters and member overrides (7.9 manual,
    ``system.tag.editTag``); a missing tag raises."""
    _string("editTag", "tagPath", tagPath)
    _edit("editTag", [tagPath], attributes, parameters, accessRights, overrides, alarmList, alarmConfig)


def editTags(tagPaths, attributes=None, parameters=None, accessRights=None, overrides=None,
             alarmList=None, alarmConfig=None) -> None:
    """``editTag`` for several tags with the same changes (7.9 manual, ``system.tag.editTags``)."""
    _edit("editTags", tagPaths, attributes, parameters, accessRights, overrides, alarmList, alarmConfig)


def _edit(function: str, tagPaths: Any, attributes: Any, parameters: Any, accessRights: Any, overrides: Any,
          alarmList: Any, alarmConfig: Any) -> None:
    """editTag/editTags: errors name the function the script called."""
    ctx = current()
    require_comm(ctx, "write", f"system.tag.{function}")
    changes = _legacy_edits(function, attributes, parameters, accessRights, overrides,
                            alarmList, alarmConfig)
    tags = _tags(ctx)
    results = []
    for text in _paths(function, tagPaths, single=False):
        path = parse_path(text)
        if path is None or not path.parts or tags.find(path) is None:
            raise JavaException(f"{function}(): tag '{text}' not found")
        parent = str(TagPath(path.provider, path.parts[:-1]))
        results += tagconfig.configure(tags, parent, [{**changes, "name": path.parts[-1]}], "m")
    _changed(ctx, results)


def removeTag(tagPath) -> None:
    """Delete one tag or folder (7.9 manual, ``system.tag.removeTag``); a missing tag raises."""
    _string("removeTag", "tagPath", tagPath)
    _remove("removeTag", [tagPath])


def removeTags(tagPaths) -> None:
    """Delete several tags (7.9 manual, ``system.tag.removeTags``); a missing tag raises after
    the others are deleted."""
    _remove("removeTags", tagPaths)


def _remove(function: str, tagPaths: Any) -> None:
    ctx = current()
    require_comm(ctx, "write", f"system.tag.{function}")
    paths = _paths(function, tagPaths, single=False)
    results = _changed(ctx, tagconfig.delete(_tags(ctx), paths))
    missing = [p for p, q in zip(paths, results) if not q.isGood()]
    if missing:
        raise JavaException(f"{function}(): tag '{missing[0]}' not found")


def getTagValue(tagPath) -> Any:
    """The value of one tag, as ``system.tag.read(tagPath).value`` (None for a tag that does not
    exist): the 7.x scripting function kept for old scripts, "replaced by system.tag.read()"
    (manual, Deprecated Pages: docs/deprecated/system-functions/system-tag-deprecated/system-tag-getTagValue)."""
    _string("getTagValue", "tagPath", tagPath)
    return _read(current(), [tagPath])[0].getValue()


def getAttribute(tagPath, attribute) -> Any:
    """The value of one attribute (property) of a tag, by its 7.9 or 8.x name (``EngUnit``,
    ``engUnit``, ``Value``, ``Quality`` ...); a missing tag or attribute raises (the 7.x scripting
    function ``system.tag.getAttribute``)."""
    _string("getAttribute", "tagPath", tagPath)
    _string("getAttribute", "attribute", attribute)
    name = _LEGACY_ATTRIBUTES.get(attribute.lower(), attribute)
    found = _tags(current()).read(f"{tagPath}.{name}")
    if found.getQuality().getName() == "Bad_NotFound":
        raise JavaException(f"getAttribute(): tag '{tagPath}' has no attribute '{attribute}'")
    return found.getValue()


def _legacy_edits(function: str, attributes: Any, parameters: Any, access: Any, overrides: Any,
                  alarm_list: Any, alarm_config: Any) -> dict[str, Any]:
    """7.9's addTag/editTag arguments as 8.x export properties."""
    changes: dict[str, Any] = {}
    for name, value in (("attributes", attributes), ("parameters", parameters),
                        ("overrides", overrides), ("alarmConfig", alarm_config)):
        if value is not None and not isinstance(value, dict):
            raise TypeError(f"{function}(): {name} must be a dictionary, not {type(value).__name__}")
    for key, value in (attributes or {}).items():
        changes[_legacy_name(str(key))] = value
    if parameters:
        changes["parameters"] = dict(parameters)
    if access is not None:
        changes["accessRights"] = str(access)
    if overrides:
        changes["tags"] = [{"name": member, **{_legacy_name(str(k)): v for k, v in (attrs or {}).items()}}
                           for member, attrs in overrides.items()]
    if alarm_list is not None:
        changes["alarmList"] = alarm_list
    if alarm_config:
        changes["alarms"] = [{"name": alarm, **dict(props if isinstance(props, dict) else
                                                    {k: v for k, v in props})}
                             for alarm, props in alarm_config.items()]
    return changes


def _legacy_name(attribute: str) -> str:
    return _LEGACY_ATTRIBUTES.get(attribute.lower(), attribute[:1].lower() + attribute[1:])


def _definitions(function: str, tags: Any) -> list:
    if isinstance(tags, str):
        try:
            tags = json.loads(tags)
        except ValueError as exc:
            raise ValueError(f"{function}(): tags is not valid JSON ({exc})") from None
        if isinstance(tags, dict) and "tags" in tags and "name" not in tags:
            tags = tags["tags"]
    if isinstance(tags, dict):
        return [tags]
    if isinstance(tags, (list, tuple)):
        return list(tags)
    raise TypeError(f"{function}(): tags must be a list of tag dictionaries, not {type(tags).__name__}")


def _policy(function: str, policy: Any) -> str:
    text = str(policy).lower() if isinstance(policy, str) else None
    if text not in tagconfig.POLICIES:
        raise ValueError(f"{function}(): collisionPolicy must be \"a\", \"m\", \"o\" or \"i\", not {policy!r}")
    return text


def _changed(ctx: ScriptContext, results: list) -> list:
    """Save the providers after a change that did something."""
    if any(q.isGood() for q in results):
        tags = _tags(ctx)
        tagconfig.save(ctx.gateway, tags)
        if tags.alarms is not None:
            tags.alarms.evaluate_all(tags)
    return results


def _sandboxed(function: str, file_path: Any):
    from runtime.backends.files import files_root, resolve

    if not isinstance(file_path, str):
        raise TypeError(f"{function}(): filePath must be a string, not {type(file_path).__name__}")
    path = resolve(files_root(current().gateway), function, file_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


# -- helpers ---------------------------------------------------------------------------------

def _tags(ctx: ScriptContext) -> TagSystem:
    return tag_system(ctx.gateway)


def _read(ctx: ScriptContext, paths: list[str]) -> list[QualifiedValue]:
    tags = _tags(ctx)
    return [tags.read(path) for path in paths]


def _write(ctx: ScriptContext, paths: list[str], values: list) -> list[Quality]:
    tags = _tags(ctx)
    return [tags.write(path, value, ctx.tag) for path, value in zip(paths, values)]


def _status(qualities: list[Quality]) -> list[int]:
    return [1 if q.isGood() else 0 for q in qualities]


def _raise_failures(function: str, paths: list[str], qualities: list[Quality]) -> None:
    for path, quality in zip(paths, qualities):
        if not quality.isGood():
            raise JavaException(f"{function}(): error writing to tag '{path}': {quality}")


def _string(function: str, name: str, value: Any, empty: bool = False) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{function}(): {name} must be a string, not {type(value).__name__}")
    if not value.strip() and not empty:
        raise ValueError(f"{function}(): {name} must not be empty")


def _paths(function: str, tag_paths: Any, single: bool = True) -> list[str]:
    if isinstance(tag_paths, str) and single:
        return [tag_paths]
    if isinstance(tag_paths, (str, bytes, dict)) or not hasattr(tag_paths, "__iter__"):
        raise TypeError(f"{function}(): tagPaths must be a list of tag paths, "
                        f"not {type(tag_paths).__name__}")
    paths = list(tag_paths)
    for path in paths:
        if not isinstance(path, str):
            raise TypeError(f"{function}(): every tag path must be a string, "
                            f"not {type(path).__name__}")
    return paths


def _pairs(function: str, tag_paths: Any, values: Any, single: bool = True) -> tuple[list, list]:
    if isinstance(tag_paths, str) and single:
        return [tag_paths], [values]
    paths = _paths(function, tag_paths, single)
    if isinstance(values, (str, bytes, dict)) or not hasattr(values, "__iter__"):
        raise TypeError(f"{function}(): values must be a list, not {type(values).__name__}")
    values = list(values)
    if len(values) != len(paths):
        raise ValueError(f"{function}(): {len(paths)} tag paths but {len(values)} values")
    return paths, values


def _timeout(function: str, timeout: Any) -> None:
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"{function}(): timeout must be a number of milliseconds")


def _callable(function: str, callback: Any) -> None:
    if not callable(callback):
        raise TypeError(f"{function}(): callback must be a function")
