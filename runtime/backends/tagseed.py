"""Seed a gateway's tag providers from ``_gateway/tags.json`` and/or ``_gateway/tags.csv``.

``tags.json`` is one of:

* an Ignition 8.x tag export, as the Designer's Tag Browser writes it: a list of tags, or an
  object with ``"tags"`` (a folder or provider export). Each tag is
  ``{"name", "tagType": "Folder"|"AtomicTag"|"UdtInstance"|"UdtType", "dataType", "valueSource",
  "value", "tags": [...], ...}``; omitted properties take Ignition's defaults (``Int4``,
  ``memory``, the type's zero value), as exports leave defaults out. UDT definitions live in the
  ``_types_`` folder; an instance (``"typeId"``) gets its definition's members with its own
  overrides (parameters and expressions are not evaluated). Everything goes to ``[default]``.
* ``{"providers": {"default": <export or simple>, "edge": ...}}`` for several providers.
* a simple object ``{"Folder/Tag": 1.5, "[edge]Other": {"value": "x", "dataType": "String"}}``.

Any object form may add ``"opc": {"ns=1;s=[PLC]N7:0": "[default]Tanks/T1/Level"}``, mapping OPC
item paths to tags for ``system.opc``; opc tags' own ``opcItemPath`` map to themselves.

``tags.csv`` has a header ``path,value[,dataType]``; its rows are applied after tags.json.
"""
from __future__ import annotations

import copy
import csv
import datetime as _dt
import io
from pathlib import Path
from typing import Any

from runtime.emulated.ignition.dataset import dataset_from_rows
from runtime.backends.alarms import attach as attach_alarms
from runtime.backends.taghistory import attach as attach_history
from runtime.core.errors import ProjectError
from runtime.backends.gatewayfiles import gateway_dir, read_json, read_object
from runtime.backends.tags import (CONTAINERS, DEFAULT_PROVIDER, Node, TagSystem, TypeConversionError,
                          convert, default_value, parse_path)

#: A ``runtime.gateway.Gateway`` (not imported: the gateway's event scripts use tags, so this
#: layer must not point back up at it, not even for annotations).
Gateway = Any

_OWN_KEYS = {"name", "tagType", "dataType", "valueSource", "value", "tags"}
TYPES_FOLDER = _TYPES = "_types_"

#: The file configuration changes (``system.tag.configure`` ...) are saved to, in ``_gateway``,
#: unless gateway.json names another (``"tagState": "tags.json"`` rewrites the seed itself;
#: ``false`` keeps changes in memory only).
STATE_FILE = "tags.state.json"


def load_tag_system(gateway: Gateway) -> TagSystem:
    """Build the gateway's providers from its seed files (empty ``[default]`` when there are none)."""
    folder = gateway_dir(gateway)
    providers: dict[str, Node] = {DEFAULT_PROVIDER: Node(DEFAULT_PROVIDER, "Provider")}
    opc: dict[str, str] = {}
    json_file = folder / "tags.json"
    csv_file = folder / "tags.csv"
    state = state_file(gateway)
    if state is not None and state not in (json_file, csv_file) and _newer(state, json_file, csv_file):
        json_file, csv_file = state, None  # the last saved configuration replaces the seeds
    data = read_json(json_file)
    if data is not None:
        _load_json(data, providers, opc, json_file)
    if csv_file is not None and csv_file.is_file():
        _load_csv(csv_file, providers)
    for root in providers.values():
        for path, node in root.walk(""):
            item = node.config.get("opcItemPath")
            if node.value_source == "opc" and isinstance(item, str):
                opc.setdefault(item, f"[{root.name}]{path}")
    system = TagSystem(providers, opc, gateway.name)
    system.history = attach_history(gateway, system)
    system.alarms = attach_alarms(system)
    return system


def state_file(gateway: "Gateway") -> Path | None:
    """Where configuration changes are saved (None when gateway.json's "tagState" is false)."""
    setting = read_object(gateway, "gateway.json").get("tagState", STATE_FILE)
    if setting is False or setting is None:
        return None
    if not isinstance(setting, str) or not setting.strip():
        raise ProjectError(f"{gateway_dir(gateway) / 'gateway.json'}: \"tagState\" must be a file name "
                           "in _gateway or false")
    path = Path(setting)
    return path if path.is_absolute() else gateway_dir(gateway) / path


def _newer(state: Path, *seeds: Path) -> bool:
    """True if the state file exists and no seed file changed after it was written."""
    if not state.is_file():
        return False
    written = state.stat().st_mtime
    return all(not seed.is_file() or seed.stat().st_mtime <= written for seed in seeds)


def build_node(obj: Any, types: dict[str, dict], label: str, where: str) -> Node:
    """A node from an export dictionary, as the seed files are read (``label`` names the source
    in errors; ``where`` is the parent's path)."""
    return _node(obj, types, label, where)


def merge_config(existing: dict, given: dict) -> dict:
    """``given`` applied over the export dictionary ``existing`` (children merged by name)."""
    return _merge([existing], [{**given, "name": existing.get("name")}])[0]


def udt_types(tags: list, label: str) -> dict[str, dict]:
    """The UDT definitions of a ``_types_`` folder in an export list."""
    return _udt_types(tags, label)


def _load_json(data: Any, providers: dict[str, Node], opc: dict[str, str], file: Path) -> None:
    if isinstance(data, list):
        _load_export(data, _provider(providers, DEFAULT_PROVIDER), file)
        return
    if not isinstance(data, dict):
        raise ProjectError(f"{file}: expected a tag export (a list or an object)")
    mapping = data.get("opc", {})
    if not isinstance(mapping, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
        raise ProjectError(f"{file}: \"opc\" must map OPC item paths to tag paths")
    opc.update(mapping)
    if "providers" in data:
        if not isinstance(data["providers"], dict):
            raise ProjectError(f"{file}: \"providers\" must be an object of provider name -> tags")
        for name, tags in data["providers"].items():
            _load_any(tags, _provider(providers, name), file)
    else:
        _load_any({k: v for k, v in data.items() if k != "opc"}, _provider(providers, DEFAULT_PROVIDER), file)


def _load_any(tags: Any, root: Node, file: Path) -> None:
    if isinstance(tags, list) or (isinstance(tags, dict) and ("tags" in tags or "tagType" in tags)):
        _load_export(tags, root, file)
    elif isinstance(tags, dict):
        for path, spec in tags.items():
            obj = dict(spec) if isinstance(spec, dict) else {"value": spec}
            _put(root, path, obj, file)
    else:
        raise ProjectError(f"{file}: provider [{root.name}]: expected a tag export or an object")


def _provider(providers: dict[str, Node], name: str) -> Node:
    for key, node in providers.items():
        if key.lower() == name.lower():
            return node
    providers[name] = node = Node(name, "Provider")
    return node


# -- 8.x exports -----------------------------------------------------------------------------

def _load_export(data: Any, root: Node, file: Path) -> None:
    if isinstance(data, dict) and data.get("tagType") not in (None, "Provider", "Folder"):
        tags = [data]  # a single exported tag or UDT instance
    elif isinstance(data, dict) and data.get("tagType") == "Folder" and data.get("name"):
        tags = [data]  # an exported folder keeps its name
    else:
        tags = data if isinstance(data, list) else data.get("tags", [])
    if not isinstance(tags, list):
        raise ProjectError(f"{file}: \"tags\" must be a list")
    types = _udt_types(tags, file)
    for obj in tags:
        root.add(_node(obj, types, file, f"[{root.name}]"))


def _udt_types(tags: list, file: Path) -> dict[str, dict]:
    """UDT definitions of the ``_types_`` folder, by lower-case path below it."""
    found: dict[str, dict] = {}

    def collect(objs: Any, prefix: str) -> None:
        for obj in objs if isinstance(objs, list) else ():
            if isinstance(obj, dict) and isinstance(obj.get("name"), str):
                path = f"{prefix}/{obj['name']}" if prefix else obj["name"]
                if obj.get("tagType") == "UdtType":
                    found[path.lower()] = obj
                collect(obj.get("tags"), path)

    for obj in tags:
        if isinstance(obj, dict) and obj.get("name") == _TYPES:
            collect(obj.get("tags"), "")
    return found


def _type_key(type_id: str) -> str:
    key = type_id.split("]", 1)[1] if type_id.startswith("[") else type_id
    key = key.strip("/")
    if key.lower().startswith(_TYPES + "/"):
        key = key[len(_TYPES) + 1:]
    return key.lower()


def _members(type_id: str, types: dict[str, dict], file: Path, seen: tuple[str, ...] = ()) -> list:
    """A UDT definition's members, its parent definition's first (``typeId`` on a UdtType)."""
    key = _type_key(type_id)
    definition = types.get(key)
    if definition is None:
        raise ProjectError(f"{file}: UDT definition '{type_id}' not found in {_TYPES}")
    if key in seen:
        raise ProjectError(f"{file}: UDT definition '{type_id}' inherits from itself")
    own = definition.get("tags", [])
    parent = definition.get("typeId")
    return _merge(_members(parent, types, file, seen + (key,)), own) if parent else own


def _merge(base: list, overrides: list) -> list:
    """Members of ``base`` with ``overrides`` applied by name (recursively for nested folders)."""
    merged = [dict(m) for m in base if isinstance(m, dict)]
    index = {str(m.get("name", "")).lower(): m for m in merged}
    for obj in overrides if isinstance(overrides, list) else ():
        if not isinstance(obj, dict):
            continue
        target = index.get(str(obj.get("name", "")).lower())
        if target is None:
            merged.append(dict(obj))
            continue
        tags = _merge(target.get("tags", []), obj.get("tags", [])) if "tags" in obj else None
        target.update(obj)
        if tags is not None:
            target["tags"] = tags
    return merged


def _node(obj: Any, types: dict[str, dict], file: Path, where: str) -> Node:
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str) or not obj["name"]:
        raise ProjectError(f"{file}: a tag in {where} has no \"name\"")
    path = f"{where}{obj['name']}" if where.endswith("]") else f"{where}/{obj['name']}"
    tag_type = obj.get("tagType") or ("Folder" if "tags" in obj else "AtomicTag")
    if tag_type not in CONTAINERS and tag_type != "AtomicTag":
        raise ProjectError(f"{file}: {path}: unsupported tagType {tag_type!r}")
    children = obj.get("tags", [])
    if tag_type == "UdtInstance" and obj.get("typeId"):
        children = _merge(_members(str(obj["typeId"]), types, file), children)
    node = Node(obj["name"], tag_type,
                config={k: v for k, v in obj.items() if k not in _OWN_KEYS},
                given=copy.deepcopy(obj) if tag_type == "UdtType" else None)
    if tag_type == "AtomicTag":
        node.data_type = str(obj.get("dataType", "Int4"))
        node.value_source = str(obj.get("valueSource", "memory"))
        _seed_value(node, obj, file, path)
    for child in children if isinstance(children, list) else ():
        node.add(_node(child, types, file, path))
    return node


def _seed_value(node: Node, obj: dict, file: Path, path: str) -> None:
    if "value" in obj:
        value = obj["value"]
        if node.data_type == "DateTime" and isinstance(value, str):
            value = _iso_date(value, file, path)
        elif node.data_type == "DataSet" and isinstance(value, dict):
            value = _dataset(value, file, path)
        try:
            node.value = convert(node.data_type, value)
        except TypeConversionError as exc:
            raise ProjectError(f"{file}: {path}: {exc}") from None
    elif node.value_source == "memory":
        node.value = default_value(node.data_type)
    elif node.value_source != "reference":
        node.quality = "Bad_NotConnected" if node.value_source == "opc" else "Bad_Unsupported"


def _dataset(value: dict, file: Path, path: str) -> Any:
    """A DataSet tag's value as exports write it: ``{"columns": [{"name", "type"}], "rows"}``
    (plain column names work too)."""
    columns = value.get("columns", [])
    try:
        names = [c["name"] if isinstance(c, dict) else c for c in columns]
        types = [c.get("type") for c in columns] if all(isinstance(c, dict) for c in columns) else None
        return dataset_from_rows(names, None if types is None or None in types else types,
                                 value.get("rows", []))
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ProjectError(f"{file}: {path}: not a dataset value ({exc})") from None


def _iso_date(text: str, file: Path, path: str) -> _dt.datetime:
    try:
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ProjectError(f"{file}: {path}: {text!r} is not an ISO date") from None


# -- simple forms ----------------------------------------------------------------------------

def _put(root: Node, text: str, obj: dict, file: Path) -> None:
    """Create the tag at ``text`` (and the folders above it) from a simple spec."""
    path = parse_path(text)
    if path is None or not path.parts or path.prop:
        raise ProjectError(f"{file}: {text!r} is not a tag path")
    if path.provider.lower() != root.name.lower() and path.provider != DEFAULT_PROVIDER:
        raise ProjectError(f"{file}: {text!r} names provider [{path.provider}] inside [{root.name}]")
    folder = root
    for part in path.parts[:-1]:
        folder = folder.child(part) or folder.add(Node(part, "Folder"))
        if not folder.is_container:
            raise ProjectError(f"{file}: {text!r}: '{part}' is a tag, not a folder")
    obj.setdefault("dataType", _infer_type(obj.get("value")))
    folder.add(_node({**obj, "name": path.parts[-1]}, {}, file, f"[{root.name}]"))


def _infer_type(value: Any) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Int4" if -2**31 <= value < 2**31 else "Int8"
    if isinstance(value, float):
        return "Float8"
    if isinstance(value, str):
        return "String"
    return "Document"


def _load_csv(file: Path, providers: dict[str, Node]) -> None:
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ProjectError(f"cannot read {file}: {exc.strerror}") from None
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip() for c in reader.fieldnames or ()}
    if not {"path", "value"} <= columns:
        raise ProjectError(f"{file}: the header must be path,value[,dataType]")
    for line, row in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        data_type = row.get("dataType") or None
        value: Any = row["value"]
        obj: dict[str, Any] = {}
        if data_type:
            obj["dataType"] = data_type
            if value != "":
                obj["value"] = value
        else:
            obj["value"] = _csv_value(value)
        path = parse_path(row["path"])
        provider = path.provider if path is not None else DEFAULT_PROVIDER
        try:
            _put(_provider(providers, provider), row["path"], obj, file)
        except ProjectError as exc:
            raise ProjectError(f"{exc} (line {line})") from None


def _csv_value(text: str) -> Any:
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def tag_system(gateway: Gateway) -> TagSystem:
    """The gateway's tag providers, loaded from ``_gateway/tags.json``/``tags.csv`` on first use."""
    return gateway.service("tags", load_tag_system)
