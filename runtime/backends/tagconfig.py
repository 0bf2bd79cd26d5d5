"""Changing the tag providers' configuration: ``system.tag.configure``, ``getConfiguration``,
``deleteTags``, ``copy``, ``move``, ``rename``, ``exportTags``/``importTags`` (8.1 manual) and the 7.9
``addTag``/``editTag``/``removeTag`` family, on the live providers of ``runtime.backends.tags``.

A tag's configuration is the dictionary of an 8.x tag export (``name``, ``tagType``,
``dataType``, ``valueSource``, ``value``, any other property, ``tags`` for children); ``configure``
builds nodes from such dictionaries exactly as the seed files are read (``runtime.backends.tagseed``),
so a UDT instance (``"typeId"``) gets its definition's members from the provider's ``_types_`` folder
with its own overrides. Collision policies (8.1 manual, ``system.tag.configure``): ``"o"``
overwrite (the default: the new configuration replaces the tag), ``"m"`` merge (given properties and
children are applied to the existing tag), ``"i"`` ignore (the existing tag stays, Good), ``"a"``
abort (``Bad_Failure``).

Every change is saved to the gateway's tag state file (``runtime.backends.tagseed.state_file``), never
to the user's ``tags.json`` unless gateway.json names it as the state file.
"""
from __future__ import annotations

import copy as _copy
import datetime as _dt
import json
from typing import TYPE_CHECKING, Any

from runtime.emulated.ignition.qualified import Quality
from runtime.backends.tags import CONTAINERS, Node, TagPath, TagSystem, parse_path
from runtime.backends.tagseed import TYPES_FOLDER, build_node, merge_config, state_file, udt_types
from runtime.core.errors import ProjectError
from runtime.emulated.java.util import Date

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

POLICIES = ("a", "m", "o", "i")

#: How the tree's own fields appear in a configuration dictionary.
_LABEL = "system.tag.configure"


def _good() -> Quality:
    return Quality("Good")


# -- reading configuration ------------------------------------------------------------------

def node_config(node: Node, recursive: bool, path: str | None = None) -> dict[str, Any]:
    """The export dictionary of ``node`` (children under ``"tags"`` when ``recursive``); with
    ``path``, the ``"path"`` key that ``getConfiguration`` adds."""
    config: dict[str, Any] = {}
    if path is not None:
        config["path"] = path
    if node.given is not None:  # a UDT definition: as it was given
        config.update(_copy.deepcopy(node.given))
        config["name"] = node.name
        if not recursive:
            config.pop("tags", None)
        return config
    config["name"] = node.name
    config["tagType"] = node.tag_type
    if not node.is_container:
        config["dataType"] = node.data_type
        config["valueSource"] = node.value_source
        if node.value_source != "reference" and node.quality == "Good":
            value = node.value
            if node.data_type == "DateTime" and isinstance(value, int):
                value = Date(value)
            config["value"] = _copy.deepcopy(value) if isinstance(value, (list, dict)) else value
    config.update(_copy.deepcopy(node.config))
    if recursive and node.children:
        config["tags"] = [node_config(child, True) for child in node.children.values()]
    return config


def _json_ready(value: Any) -> Any:
    """A configuration value as JSON (dates as ISO text, datasets as columns/rows)."""
    if isinstance(value, dict):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_ready(v) for v in value]
    if isinstance(value, Date):
        return _dt.datetime.fromtimestamp(value.getTime() / 1000, _dt.timezone.utc).isoformat()
    if isinstance(value, int) and not isinstance(value, bool) or isinstance(value, (str, float, bool)) \
            or value is None:
        return value
    names = getattr(value, "getColumnNames", None)
    if names is not None:
        columns = list(names())
        rows = [[_json_ready(value.getValueAt(r, c)) for c in range(len(columns))]
                for r in range(value.getRowCount())]
        return {"columns": columns, "rows": rows}
    return str(value)


def export_json(tags: TagSystem, roots: list[tuple[Node, bool]]) -> str:
    """``exportTags``' JSON: one node as itself, several as ``{"tags": [...]}``."""
    configs = [_json_ready(node_config(node, recursive)) for node, recursive in roots]
    data = configs[0] if len(configs) == 1 else {"tags": configs}
    return json.dumps(data, indent=2, ensure_ascii=False)


# -- changing configuration -----------------------------------------------------------------

def _types(tags: TagSystem, provider: str) -> dict[str, dict]:
    root = tags.provider(provider)
    folder = root.child(TYPES_FOLDER) if root is not None else None
    if folder is None:
        return {}
    return udt_types([node_config(folder, True)], _LABEL)


def _folder(tags: TagSystem, path: TagPath, create: bool) -> Node | None:
    """The container at ``path``; missing folders are created when ``create``."""
    node = tags.provider(path.provider)
    if node is None:
        return None
    for part in path.parts:
        child = node.child(part)
        if child is None:
            if not create:
                return None
            child = node.add(Node(part, "Folder"))
        if not child.is_container:
            return None
        node = child
    return node


def configure(tags: TagSystem, base: str, definitions: list, policy: str) -> list[Quality]:
    """``system.tag.configure``: one quality per top-level definition."""
    path = parse_path(base)
    if path is None or path.prop:
        return [Quality("Bad_NotFound") for _ in definitions]
    results = []
    with tags.lock:
        folder = _folder(tags, path, create=True)
        for obj in definitions:
            if folder is None:
                results.append(Quality("Bad_NotFound"))
                continue
            results.append(_configure_one(tags, path.provider, folder, base, obj, policy))
    return results


def _configure_one(tags: TagSystem, provider: str, folder: Node, base: str, obj: Any,
                   policy: str) -> Quality:
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str) or not obj["name"].strip():
        return Quality("Bad_Failure", "a tag definition needs a \"name\"")
    existing = folder.child(obj["name"])
    config = {k: v for k, v in obj.items() if k != "path"}
    if existing is not None:
        if policy == "a":
            return Quality("Bad_Failure", f"tag '{obj['name']}' already exists (collision policy abort)")
        if policy == "i":
            return _good()
        if policy == "m":
            config = merge_config(node_config(existing, True), config)
    try:
        node = build_node(config, _types(tags, provider), _LABEL, base.rstrip("/"))
    except ProjectError as exc:
        return Quality("Bad_Failure", str(exc).replace(f"{_LABEL}: ", ""))
    if existing is not None and node.tag_type not in CONTAINERS and existing.tag_type not in CONTAINERS \
            and "value" not in config:
        node.value, node.quality, node.millis = existing.value, existing.quality, existing.millis
    if existing is not None:
        del folder.children[existing.name.lower()]
    folder.add(node)
    return _good()


def delete(tags: TagSystem, paths: list[str]) -> list[Quality]:
    """``system.tag.deleteTags``."""
    results = []
    with tags.lock:
        for text in paths:
            found = _parent_and_node(tags, text)
            if found is None:
                results.append(Quality("Bad_NotFound"))
                continue
            parent, node = found
            del parent.children[node.name.lower()]
            results.append(_good())
    return results


def _parent_and_node(tags: TagSystem, text: str) -> tuple[Node, Node] | None:
    path = parse_path(text)
    if path is None or not path.parts or path.prop:
        return None
    parent = _folder(tags, TagPath(path.provider, path.parts[:-1]), create=False)
    node = parent.child(path.parts[-1]) if parent is not None else None
    return (parent, node) if node is not None else None


def copy_or_move(tags: TagSystem, paths: list[str], destination: str, policy: str,
                 move: bool) -> list[Quality]:
    """``system.tag.copy`` / ``system.tag.move``: each tag (with its children) into the
    destination folder, under the collision policy."""
    dest = parse_path(destination)
    results = []
    with tags.lock:
        target = _folder(tags, dest, create=True) if dest is not None and not dest.prop else None
        for text in paths:
            found = _parent_and_node(tags, text)
            if found is None or target is None:
                results.append(Quality("Bad_NotFound"))
                continue
            parent, node = found
            if node is target or _contains(node, target):
                results.append(Quality("Bad_Failure", "a tag cannot be copied or moved into itself"))
                continue
            existing = target.child(node.name)
            if existing is not None and existing is not node:
                if policy == "a":
                    results.append(Quality("Bad_Failure", f"'{node.name}' exists at the destination"))
                    continue
                if policy == "i":
                    results.append(_good())
                    continue
                del target.children[existing.name.lower()]
            if move:
                del parent.children[node.name.lower()]
                target.add(node)
            else:
                target.add(_copy.deepcopy(node))
            results.append(_good())
    return results


def _contains(node: Node, other: Node) -> bool:
    return any(child is other or _contains(child, other) for child in node.children.values())


def rename(tags: TagSystem, text: str, new_name: str, policy: str) -> Quality:
    """``system.tag.rename``."""
    with tags.lock:
        found = _parent_and_node(tags, text)
        if found is None:
            return Quality("Bad_NotFound")
        parent, node = found
        clash = parent.child(new_name)
        if clash is not None and clash is not node:
            if policy == "i":
                return _good()
            if policy != "o":
                return Quality("Bad_Failure", f"'{new_name}' already exists (collision policy abort)")
            del parent.children[clash.name.lower()]
        del parent.children[node.name.lower()]
        node.name = new_name
        parent.add(node)
    return _good()


# -- persistence ----------------------------------------------------------------------------

def save(gateway: "Gateway", tags: TagSystem) -> None:
    """Write every provider to the gateway's tag state file (nothing when it is switched off)."""
    target = state_file(gateway)
    if target is None:
        return
    with tags.lock:
        providers = {root.name: [_json_ready(node_config(child, True)) for child in root.children.values()]
                     for root in tags.providers()}
        opc = tags.opc_items
    data: dict[str, Any] = {"providers": providers}
    if opc:
        data["opc"] = opc
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    temporary.replace(target)  # never a half-written file
