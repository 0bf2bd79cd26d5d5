"""The gateway's tag providers: an in-memory tag tree per provider, read and written by path.

Ignition keeps tags in providers (``[default]``); a path is ``[provider]Folder/Tag`` with an
optional property (``Folder/Tag.engUnit``, ``.quality``, ``.timestamp``; ``.value`` when omitted).
Paths are case-insensitive and a path without a provider means ``[default]``, the project's
default provider. shim's providers are seeded from ``_gateway/tags.json``/``tags.csv``
(``runtime.backends.tagseed``) and live as long as the gateway.

What each kind of tag does here (Ignition's ``valueSource``):

* ``memory`` tags hold a value; writes convert it to the tag's data type, as Ignition does
  (an ``Int4`` tag written ``"12"`` holds ``12``; ``"abc"`` fails with ``Error_TypeConversion``).
* ``opc`` tags stand in for their device: they hold their seeded value and accept writes (which are
  recorded); without a seeded value they read ``Bad_NotConnected``.
* ``reference`` tags read and write their ``sourceTagPath``.
* ``expr``/``db`` tags are not evaluated: their seeded value, else ``Bad_Unsupported``; writes
  are ``Bad_ReadOnly``.

Folders, UDT instances and UDT definitions (``_types_``) are nodes with children; a UDT
instance's members are readable and writable like any tag. Every write, failed or not, is
appended to ``TagSystem.writes`` with the path, value, quality, time and which script wrote it.
"""
from __future__ import annotations

import copy

import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from runtime.emulated.java.util import Date
from runtime.emulated.ignition.millis import to_millis
from runtime.emulated.ignition.qualified import Quality, QualifiedValue
from runtime.backends.scopes import require_comm
from runtime.backends.systemtags import PROVIDER, system_tag
from runtime.core.context import current


#: The provider of paths that name none (``Folder/Tag``, ``[]Folder/Tag``, ``[~]Folder/Tag``).
DEFAULT_PROVIDER = "default"

#: Node types with children.
CONTAINERS = ("Folder", "UdtInstance", "UdtType", "Provider")

_PATH = re.compile(r"^\s*(?:\[([^\[\]]*)\])?([^\[\]]*)$")


def now_millis() -> int:
    return int(time.time() * 1000)


def detached(value: Any) -> Any:
    """A tag value as Ignition hands it over: a copy, so neither the writer nor a reader keeps
    a reference through which it could change the tag without a tag write."""
    if isinstance(value, (list, dict)):
        return copy.deepcopy(value)
    copier = getattr(type(value), "__shim_copy__", None)
    return value if copier is None else copier(value)


@dataclass(frozen=True)
class TagPath:
    """A parsed tag path: provider, folder/tag names, and the property read (None = value)."""

    provider: str
    parts: tuple[str, ...]
    prop: str | None = None

    def __str__(self) -> str:
        text = f"[{self.provider}]" + "/".join(self.parts)
        return text + (f".{self.prop}" if self.prop else "")


def parse_path(text: str) -> TagPath | None:
    """Parse ``[provider]a/b/c.prop``; None when the path is malformed."""
    match = _PATH.match(text)
    if match is None:
        return None
    provider = (match.group(1) or "").strip()
    if provider in ("", "~"):
        provider = DEFAULT_PROVIDER
    parts = [p.strip() for p in match.group(2).split("/") if p.strip()]
    prop = None
    if parts and "." in parts[-1]:
        parts[-1], _, prop = parts[-1].partition(".")
        prop = prop.strip() or None
    return TagPath(provider, tuple(parts), prop)


@dataclass(eq=False)
class Node:
    """One tag, folder or UDT node. Internal: scripts only ever see values and descriptions."""

    name: str
    tag_type: str = "AtomicTag"  # "AtomicTag" | "Folder" | "UdtInstance" | "UdtType" | "Provider"
    data_type: str = "Int4"
    value_source: str = "memory"
    value: Any = None
    quality: str = "Good"
    millis: int = field(default_factory=now_millis)
    config: dict[str, Any] = field(default_factory=dict)  # every other property of the seed
    children: dict[str, "Node"] = field(default_factory=dict)  # lower-case name -> node
    #: a UDT definition's export dictionary as given (its members' overrides of a parent
    #: definition stay overrides), for instances built later and for getConfiguration
    given: dict[str, Any] | None = None

    @property
    def is_container(self) -> bool:
        return self.tag_type in CONTAINERS

    def child(self, name: str) -> "Node | None":
        return self.children.get(name.lower())

    def add(self, node: "Node") -> "Node":
        self.children[node.name.lower()] = node
        return node

    def walk(self, prefix: str) -> Iterator[tuple[str, "Node"]]:
        """(path, node) of every descendant, depth first, paths relative to the provider."""
        for node in self.children.values():
            path = f"{prefix}/{node.name}" if prefix else node.name
            yield path, node
            yield from node.walk(path)


@dataclass(frozen=True)
class TagWrite:
    """One write, as recorded for tests: which tag, what value, the outcome, when and by whom."""

    path: str  # normalized: "[default]Folder/Tag" (+ ".prop" for property writes)
    value: Any
    quality: str  # "Good", "Bad_NotFound", "Error_TypeConversion" ...
    time: float
    where: str  # the writing script's context, e.g. "gateway X/recordLevel"


class TypeConversionError(ValueError):
    """A written value that the tag's data type cannot hold."""


_INTS = {"Int1", "Int2", "Int4", "Int8", "Short", "Integer", "Long", "Byte"}
_FLOATS = {"Float4", "Float8", "Float", "Double"}
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


def convert(data_type: str, value: Any) -> Any:
    """A value as a tag of ``data_type`` holds it (Ignition converts on write)."""
    if value is None:
        return None
    try:
        if data_type in _INTS:
            if isinstance(value, str):
                text = value.strip()
                return int(text) if re.fullmatch(r"[+-]?\d+", text) else int(float(text))
            return int(value)
        if data_type in _FLOATS:
            return float(value)
        if data_type == "Boolean":
            if isinstance(value, str):
                text = value.strip().lower()
                if text in _TRUE or text in _FALSE:
                    return text in _TRUE
                raise ValueError(value)
            return bool(value)
        if data_type in ("String", "Text"):
            return value if isinstance(value, str) else str(value)
        if data_type == "DateTime":
            return to_millis(value)
    except (TypeError, ValueError, OverflowError):
        raise TypeConversionError(
            f"cannot convert {value!r} to {data_type}") from None
    return value


def default_value(data_type: str) -> Any:
    """The value of a memory tag whose export omits it (exports leave out default values)."""
    if data_type in _INTS:
        return 0
    if data_type in _FLOATS:
        return 0.0
    if data_type == "Boolean":
        return False
    if data_type in ("String", "Text"):
        return ""
    return None


#: Properties read from the node itself; anything else comes from its configuration.
_PROPS = {"value", "quality", "timestamp", "name", "tagtype", "datatype", "valuesource"}


class TagSystem:
    """Every tag provider of one gateway, and the log of writes made to them."""

    def __init__(self, providers: dict[str, Node], opc_items: dict[str, str], gateway_name: str = "shim") -> None:
        self._providers = {name.lower(): node for name, node in providers.items()}
        self._gateway_name = gateway_name  # [System]Gateway/SystemName (runtime.backends.systemtags)
        self._opc_items = dict(opc_items)  # OPC item path -> tag path
        self._lock = threading.RLock()
        self.writes: list[TagWrite] = []
        self._write_listeners: list[Callable[[str, Node], None]] = []
        self.history: Any = None  # the tag history store (runtime.backends.taghistory), once attached
        self.alarms: Any = None  # the alarm engine (runtime.backends.alarms), once attached

    def on_write(self, listener: Callable[[str, "Node"], None]) -> None:
        """Call ``listener(full path, node)`` after every good value write (tag history)."""
        self._write_listeners.append(listener)

        #: called as ``listener(path, previous, current)`` after each write that reached a tag's
        #: value (tag change scripts subscribe here); ``path`` is the tag's full path
        self._listeners: list[Callable[[str, QualifiedValue, QualifiedValue], None]] = []

    def subscribe(self, listener: Callable[[str, QualifiedValue, QualifiedValue], None]) -> Callable[[], None]:
        """Call ``listener`` after every value write; returns the function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def normalize(self, text: str) -> str | None:
        """The full path ``text`` names (as writes report it), or None if it is malformed."""
        path = parse_path(text)
        return None if path is None else self.full_path(TagPath(path.provider, path.parts, None))

    # -- lookup ------------------------------------------------------------------------------

    @property
    def lock(self) -> threading.RLock:
        """Held while the tree is read or changed (configuration changes take it too)."""
        return self._lock

    def providers(self) -> list[Node]:
        return list(self._providers.values())

    def provider(self, name: str) -> Node | None:
        return self._providers.get(name.lower())

    @property
    def opc_items(self) -> dict[str, str]:
        return dict(self._opc_items)

    def find(self, path: TagPath) -> Node | None:
        node = self._providers.get(path.provider.lower())
        for part in path.parts:
            if node is None or not node.is_container:
                return None
            node = node.child(part)
        return node

    def full_path(self, path: TagPath) -> str:
        """The path with each name as the tree spells it (``[default]Tanks/T1/Level``)."""
        node = self._providers.get(path.provider.lower())
        provider = node.name if node is not None else path.provider
        names = []
        for part in path.parts:
            node = node.child(part) if node is not None and node.is_container else None
            names.append(node.name if node is not None else part)
        return str(TagPath(provider, tuple(names), path.prop))

    def opc_tag(self, item_path: str) -> str | None:
        """The tag an OPC item path maps to (``"opc"`` in tags.json, or an opc tag's item)."""
        return self._opc_items.get(item_path)

    def exists(self, text: str) -> bool:
        path = parse_path(text)
        if path is None:
            return False
        node = self.find(path)
        if node is None:
            return path.prop is None and self._system_tag(path) is not None
        return path.prop is None or self._prop(node, path.prop) is not _NO

    # -- read --------------------------------------------------------------------------------

    def read(self, text: str) -> QualifiedValue:
        """What reading ``text`` gives (failures are qualities, as in Ignition; only a Designer
        in Comm Off refuses)."""
        require_comm(current(), "read", f"reading tag {text}")
        path = parse_path(text)
        if path is None:
            return QualifiedValue(None, Quality("Error_InvalidPathSyntax"), now_millis())
        with self._lock:
            return self._read(path, set())

    def _read(self, path: TagPath, seen: set[int]) -> QualifiedValue:
        node = self.find(path)
        if node is None:
            system = self._system_tag(path)
            if system is not None and path.prop is None:
                return QualifiedValue(system(), Quality("Good"), now_millis())
            return QualifiedValue(None, Quality("Bad_NotFound"), now_millis())
        if path.prop is not None and path.prop.lower() not in ("value",):
            found = self._prop(node, path.prop)
            if found is _NO:
                return QualifiedValue(None, Quality("Bad_NotFound"), now_millis())
            return QualifiedValue(found, Quality("Good"), node.millis)
        if node.is_container:
            return QualifiedValue(None, Quality("Bad_Unsupported"), node.millis)
        if node.value_source == "reference":
            return self._follow(node, seen)
        return QualifiedValue(self._out(node), Quality(node.quality), node.millis)

    def _follow(self, node: Node, seen: set[int]) -> QualifiedValue:
        source = parse_path(str(node.config.get("sourceTagPath", "")))
        if source is None or id(node) in seen:
            quality = "Bad_ReferenceNotFound" if source is None else "Error_CycleDetected"
            return QualifiedValue(None, Quality(quality), node.millis)
        seen.add(id(node))
        found = self._read(source, seen)
        if found.getQuality().getName() == "Bad_NotFound":
            return QualifiedValue(None, Quality("Bad_ReferenceNotFound"), node.millis)
        return found

    @staticmethod
    def _out(node: Node) -> Any:
        value = node.value
        if node.data_type == "DateTime" and isinstance(value, int):
            return Date(value)
        return detached(value)

    def _prop(self, node: Node, prop: str) -> Any:
        return detached(self._prop_value(node, prop))

    def _prop_value(self, node: Node, prop: str) -> Any:
        key = prop.lower()
        if key in _PROPS:
            return {
                "value": self._out(node), "quality": Quality(node.quality),
                "timestamp": Date(node.millis), "name": node.name, "tagtype": node.tag_type,
                "datatype": None if node.is_container else node.data_type,
                "valuesource": None if node.is_container else node.value_source,
            }[key]
        for name, value in node.config.items():
            if name.lower() == key:
                return value
        return _NO

    # -- write -------------------------------------------------------------------------------

    def write(self, text: str, value: Any, where: str) -> Quality:
        """Write ``value`` to ``text``; the outcome is a quality, and the write is recorded. A
        Designer not in Comm Read/Write refuses it (nothing is written or recorded)."""
        require_comm(current(), "write", f"writing tag {text}")
        path = parse_path(text)
        change = None
        with self._lock:
            if path is None:
                quality, shown = "Error_InvalidPathSyntax", text
            else:
                watched = self._listeners and (path.prop is None or path.prop.lower() == "value")
                before = self._read(path, set()) if watched else None
                quality = self._write(path, value, set())
                shown = self.full_path(path)
                if watched and quality == "Good":
                    change = (self.full_path(TagPath(path.provider, path.parts, None)), before,
                              self._read(path, set()), list(self._listeners))
            self.writes.append(TagWrite(shown, detached(value), quality, time.time(), where))
        if change is not None:  # outside the lock: listeners may read tags or queue scripts
            changed, before, after, listeners = change
            for listener in listeners:
                listener(changed, before, after)
        return Quality(quality)

    def _system_tag(self, path: TagPath) -> Callable[[], Any] | None:
        """A built-in ``[System]`` tag (when no provider of that name was configured)."""
        if path.provider.lower() != PROVIDER or PROVIDER in self._providers:
            return None
        return system_tag(self._gateway_name, path.parts)

    def _write(self, path: TagPath, value: Any, seen: set[int]) -> str:
        node = self.find(path)
        if node is None:
            return "Bad_ReadOnly" if self._system_tag(path) is not None else "Bad_NotFound"
        if path.prop is not None and path.prop.lower() != "value":
            return self._write_prop(node, path.prop, value)
        if node.is_container:
            return "Bad_Unsupported"
        if node.value_source == "reference":
            source = parse_path(str(node.config.get("sourceTagPath", "")))
            if source is None or id(node) in seen:
                return "Bad_ReferenceNotFound"
            seen.add(id(node))
            return self._write(source, value, seen)
        if node.value_source in ("expr", "db"):
            return "Bad_ReadOnly"
        try:
            node.value = detached(convert(node.data_type, value))
        except TypeConversionError:
            return "Error_TypeConversion"
        node.quality = "Good"
        node.millis = now_millis()
        for listener in self._write_listeners:
            listener(str(TagPath(path.provider, path.parts)), node)
        return "Good"

    @staticmethod
    def _write_prop(node: Node, prop: str, value: Any) -> str:
        key = prop.lower()
        if key in ("name", "tagtype", "quality", "timestamp"):
            return "Bad_ReadOnly"
        if key == "datatype":
            node.data_type = str(value)
        elif key == "valuesource":
            node.value_source = str(value)
        else:
            name = next((n for n in node.config if n.lower() == key), prop)
            node.config[name] = value
        return "Good"


_NO = object()  # "no such property" (None is a legitimate property value)

