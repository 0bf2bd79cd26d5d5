"""``system.tag``: reading, writing and browsing tags (Ignition 7.9 and 8.1 manual signatures).

8.x: ``readBlocking``, ``readAsync``, ``writeBlocking``, ``writeAsync``, ``browse`` (missing under
7.9 semantics, as in 7.9). 7.9 (kept, deprecated, in 8.x): ``read``, ``readAll``, ``write``,
``writeAll``, ``writeSynchronous``, ``writeAllSynchronous``, ``browseTags``, ``browseTagsSimple``.
Both: ``exists``. The tags are the gateway's in-memory providers (``runtime.backends.tags``); every write
is recorded there for tests.
"""
from __future__ import annotations

from typing import Any

from runtime.backends.callbacks import call_later
from runtime.core.context import ScriptContext, current
from runtime.emulated.java.lang import Exception as JavaException
from runtime.backends.qualified import Quality, QualifiedValue
from runtime.backends.scopes import require_8x
from runtime.backends.tagbrowse import BrowseTag, Results, browse as _browse, browse_tags as _browse_tags
from runtime.backends.tags import TagSystem
from runtime.backends.tagseed import tag_system

__all__ = [
    "browse", "browseTags", "browseTagsSimple", "exists", "read", "readAll", "readAsync",
    "readBlocking", "write", "writeAll", "writeAllSynchronous", "writeAsync", "writeBlocking",
    "writeSynchronous",
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
