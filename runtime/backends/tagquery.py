"""``system.tag.query``: the Tag Report Tool's search over one tag provider (8.1 manual,
``system.tag.query``, new in 8.1.19; its example is the query the tool's "Copy as Script" gives).

A query is ``{"condition": {...}, "returnProperties": [...]}``. Conditions, all of which must
hold: ``path`` and ``name`` (``*`` wildcards, the path relative to the provider), ``tagType``,
``valueSource``, ``dataType``, ``quality`` ("Good", "Bad", "Uncertain", "Error": the family of
the tag's quality code), ``attributes`` (``{"values": ["alarm", "history", "scripts"],
"requireAll": bool}``: has alarms, has history enabled, has tag event scripts) and ``properties``
(``{"op": "And"|"Or", "conditions": [{"prop", "comp", "value"}]}``, ``comp`` one of Equal,
NotEqual, Like, NotLike, GreaterThan, GreaterThanEqual, LessThan, LessThanEqual). Each result
is a dictionary of ``returnProperties`` (``path``, ``name``, ``tagType``, ``dataType``,
``valueSource``, ``quality``, ``value``, ``timestamp`` or any configured property), by default
what ``system.tag.browse`` gives for the tag. ``limit`` caps the results; the Results'
continuation point (the last tag's path) continues after it.
"""
from __future__ import annotations

import fnmatch
from typing import Any, Callable

from runtime.emulated.ignition.qualified import Quality
from runtime.backends.tagbrowse import Results, describe
from runtime.backends.tags import Node, TagSystem

CONDITIONS = ("path", "name", "tagType", "valueSource", "dataType", "quality", "attributes", "properties")
ATTRIBUTES = ("alarm", "history", "scripts")
_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "equal": lambda a, b: _text(a) == _text(b),
    "notequal": lambda a, b: _text(a) != _text(b),
    "like": lambda a, b: fnmatch.fnmatchcase(_text(a), _text(b)),
    "notlike": lambda a, b: not fnmatch.fnmatchcase(_text(a), _text(b)),
    "greaterthan": lambda a, b: _number(a) > _number(b),
    "greaterthanequal": lambda a, b: _number(a) >= _number(b),
    "lessthan": lambda a, b: _number(a) < _number(b),
    "lessthanequal": lambda a, b: _number(a) <= _number(b),
}


def _text(value: Any) -> str:
    return "" if value is None else str(value).lower()


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _config(node: Node, name: str) -> Any:
    return next((v for k, v in node.config.items() if k.lower() == name.lower()), None)


def _family(quality: str) -> str:
    head = quality.split("_", 1)[0].lower()
    return head if head in ("good", "bad", "uncertain", "error") else "bad"


def _attribute(node: Node, name: str) -> bool:
    if name == "alarm":
        return bool(_config(node, "alarms"))
    if name == "history":
        return _config(node, "historyEnabled") is True
    return bool(_config(node, "eventScripts"))


def _property(tags: TagSystem, full: str, node: Node, name: str) -> Any:
    key = name.lower()
    if key in ("path", "fullpath"):
        return full
    if key == "name":
        return node.name
    if key == "tagtype":
        return node.tag_type
    if node.is_container and key in ("datatype", "valuesource", "value", "quality", "timestamp"):
        return None
    if key in ("datatype", "valuesource"):
        return node.data_type if key == "datatype" else node.value_source
    if key in ("value", "quality", "timestamp"):
        read = tags.read(full)
        return {"value": read.getValue(), "quality": read.getQuality(), "timestamp": read.getTimestamp()}[key]
    return _config(node, name)


def _check(condition: Any) -> dict:
    if condition is None:
        return {}
    if not isinstance(condition, dict):
        raise TypeError("query(): \"condition\" must be a dictionary")
    unknown = [k for k in condition if k not in CONDITIONS]
    if unknown:
        raise ValueError(f"query(): unknown condition {unknown[0]!r} (shim knows {', '.join(CONDITIONS)})")
    attributes = condition.get("attributes") or {}
    for value in attributes.get("values", []):
        if str(value).lower() not in ATTRIBUTES:
            raise ValueError(f"query(): unknown attribute {value!r} (shim knows {', '.join(ATTRIBUTES)})")
    for rule in (condition.get("properties") or {}).get("conditions", []):
        if str(rule.get("comp", "")).lower() not in _COMPARISONS:
            raise ValueError(f"query(): unknown comparison {rule.get('comp')!r}")
    return condition


def _matches(tags: TagSystem, relative: str, full: str, node: Node, condition: dict) -> bool:
    for key, actual in (("path", relative), ("name", node.name), ("tagType", node.tag_type)):
        if condition.get(key) is not None and not fnmatch.fnmatchcase(actual.lower(), str(condition[key]).lower()):
            return False
    for key in ("valueSource", "dataType"):
        if condition.get(key) is not None and _text(_property(tags, full, node, key)) != _text(condition[key]):
            return False
    if condition.get("quality") is not None:
        if node.is_container or _family(str(tags.read(full).getQuality())) != _text(condition["quality"]):
            return False
    attributes = condition.get("attributes") or {}
    wanted = [str(v).lower() for v in attributes.get("values", [])]
    if wanted:
        held = [_attribute(node, name) for name in wanted]
        if not (all(held) if attributes.get("requireAll") else any(held)):
            return False
    properties = condition.get("properties") or {}
    rules = properties.get("conditions", [])
    if rules:
        outcomes = [_COMPARISONS[str(r["comp"]).lower()](_property(tags, full, node, str(r.get("prop"))),
                                                         r.get("value")) for r in rules]
        if not (any(outcomes) if str(properties.get("op", "And")).lower() == "or" else all(outcomes)):
            return False
    return True


def query(tags: TagSystem, provider: str | None, spec: Any, limit: int | None, continuation: str | None) -> Results:
    if not provider:
        return Results([], Quality("Good"))
    root = tags.provider(provider)
    if root is None:
        return Results([], Quality("Bad_NotFound"))
    if spec is not None and not isinstance(spec, dict):
        raise TypeError("query(): query must be a dictionary (as the Tag Report Tool's Copy as Script gives)")
    spec = spec or {}
    condition = _check(spec.get("condition"))
    returned = spec.get("returnProperties")
    found: list[dict] = []
    skipping = continuation is not None
    more = None
    for relative, node in root.walk(""):
        full = f"[{root.name}]{relative}"
        if skipping:
            skipping = full.lower() != str(continuation).lower()
            continue
        if not _matches(tags, relative, full, node, condition):
            continue
        if limit is not None and limit >= 0 and len(found) >= limit:
            more = found[-1]["__path"] if found else None
            break
        item = {name: _property(tags, full, node, name) for name in returned} if returned \
            else describe(tags, full, node)
        item["__path"] = full
        found.append(item)
    for item in found:
        del item["__path"]
    return Results(found, Quality("Good"), more)
