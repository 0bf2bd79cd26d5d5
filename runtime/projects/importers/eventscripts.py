"""Ignition's event-script configuration (7.x ``event.scripts`` / ``client.event.scripts``, 8.x
``ignition/event-scripts`` / ``com.inductiveautomation.vision/client-event-scripts``).

The decoded tree is a serialized ``ScriptConfig`` (gateway) or ``ClientScriptConfig`` (Vision
client): a list of setter calls, e.g. ::

    <o cls="com.inductiveautomation.ignition.common.script.ScriptConfig">
      <o-c m="setMessageHandlerScripts" s="1;java.util.Map">
        <o cls="java.util.HashMap">
          <o-c m="put" s="2;O;O">
            <o cls="...script.message.MessageHandlerKey">
              <o-c m="setName" s="1;str"><str>recalc</str></o-c></o>
            <str>def handleMessage(payload):...</str></o-c></o></o-c>
      <o-c m="setStartupScript" s="1;str"><str>...</str></o-c>
      <o-c m="setTimerScripts" s="1;java.util.Map"> ... TimerKey(setDelay, setName) -> str ...

Ignition's serializer omits properties left at their defaults, so a key without a thread-type
setter is "shared" and one without ``setEnabled`` is enabled. The fixtures (7.8-8.1) only show
``setName``; the thread-type setter is recognised by name (any ``set...Thread...`` whose value is
an enum constant such as ``DEDICATED``), which is an inference, not an observed file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from runtime.core.errors import ExportError
from runtime.projects.importers import streams
from runtime.projects.importers.binxml import ClassName, Document, Element, Node, Ref, Signature
from runtime.projects.importers.model import Handler, Project, Script, threading_of

GATEWAY_CONFIG = "com.inductiveautomation.ignition.common.script.ScriptConfig"
CLIENT_CONFIG = "com.inductiveautomation.factorypmi.application.script.ClientScriptConfig"
HANDLER_KEY = "com.inductiveautomation.ignition.common.script.message.MessageHandlerKey"
TIMER_KEY = "com.inductiveautomation.ignition.common.script.TimerKey"
#: Enum class the builder writes for a non-default thread type (assumed; see module docstring).
THREAD_TYPE_CLASS = "com.inductiveautomation.ignition.common.script.message.MessageHandlerThreadType"

_SINGLE_SCRIPT = re.compile(r"set(\w+)Script")
_SCRIPT_MAP = re.compile(r"set(\w+)Scripts")


@dataclass
class EventScripts:
    """What one script configuration holds; ``skipped`` names the setters not understood."""

    handlers: list[Handler] = field(default_factory=list)
    scripts: list[Script] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _Unsupported(Exception):
    """A value shape this reader does not interpret: fatal for message handlers, else reported."""


def read_event_scripts(doc: Document, where: str) -> EventScripts:
    """Extract handlers and other scripts from a decoded script configuration."""
    config = _config_object(doc, where)
    objects = doc.objects()
    result = EventScripts()
    for call in config.children:
        method = call.attrs.get("m") if isinstance(call, Element) and call.name == "o-c" else None
        if not isinstance(method, str):
            result.skipped.append(call.name if isinstance(call, Element) else "<ref>")
        elif method == "setMessageHandlerScripts":
            try:
                entries = _map_entries(call, objects)
            except _Unsupported as exc:
                raise ExportError(f"{where}: message handlers: {exc}") from None
            result.handlers.extend(_handler(key, script, where, result.notes) for key, script in entries)
        elif not _read_scripts(method, call, objects, result.scripts):
            result.skipped.append(method)
    return result


def add_event_scripts(project: Project, context: str, data: bytes, where: str) -> bool:
    """Add a stored script configuration's handlers, scripts and notes to ``project`` under
    ``context``; True if it was fully understood (else a note names what was skipped, and the
    importer keeps the resource raw)."""
    found = read_event_scripts(streams.load_document(data, where), where)
    project.handlers[context].extend(found.handlers)
    project.scripts[context].extend(found.scripts)
    project.notes.extend(f"{context} {note}" for note in found.notes)
    if found.skipped:
        project.notes.append(f"{context} event scripts: {', '.join(found.skipped)} not imported; the resource is kept raw")
    return not found.skipped


def _read_scripts(method: str, call: Element, objects: dict[int, Element], into: list[Script]) -> bool:
    """Read ``set<X>Script(str)`` or ``set<X>Scripts(Map<Key, str>)``; False if it is neither."""
    single = _SINGLE_SCRIPT.fullmatch(method)
    text = _single_string(call, objects)
    if single and text is not None:
        into.append(Script(_snake(single.group(1)), text))
        return True
    many = _SCRIPT_MAP.fullmatch(method)
    if not many:
        return False
    kind = many.group(1).lower()
    try:
        entries = _map_entries(call, objects)
    except _Unsupported:
        return False
    for n, (settings, script) in enumerate(entries, 1):
        name = settings.pop("name", None)
        into.append(Script(f"{kind}/{name if isinstance(name, str) else f'{kind}{n}'}", script, settings))
    return True


def _config_object(doc: Document, where: str) -> Element:
    root = doc.root
    children = [c for c in root.children if isinstance(c, Element)]
    if root.name != "objects" or len(root.children) != 1 or len(children) != 1 or children[0].name != "o":
        raise ExportError(f"{where}: not a script configuration (expected <objects><o ...>)")
    return children[0]


def _resolve(node: Node, objects: dict[int, Element]) -> Element:
    return objects[node.oid] if isinstance(node, Ref) else node


def _single_string(call: Element, objects: dict[int, Element]) -> str | None:
    if len(call.children) != 1:
        return None
    value = _resolve(call.children[0], objects)
    return value.text if value.name == "str" and isinstance(value.text, str) else None


def _map_entries(call: Element, objects: dict[int, Element]) -> list[tuple[dict[str, object], str]]:
    """``(key properties, script)`` for each ``put`` of the map passed to a setter."""
    if len(call.children) != 1:
        raise _Unsupported("the setter does not hold a map")
    mapping = _resolve(call.children[0], objects)
    if mapping.name == "null":
        return []
    entries = []
    for put in mapping.children:
        put = _resolve(put, objects)
        if put.name != "o-c" or put.attrs.get("m") != "put" or len(put.children) != 2:
            raise _Unsupported(f"<{put.name}> where a map entry belongs")
        key, value = (_resolve(c, objects) for c in put.children)
        if value.name != "str" or not isinstance(value.text, str):
            raise _Unsupported(f"<{value.name}> where a script belongs")
        entries.append((_properties(key, objects), value.text))
    return entries


def _properties(key: Element, objects: dict[int, Element]) -> dict[str, object]:
    """A key object's setter calls as ``{"name": ..., "delay": ...}`` (unreadable ones left out)."""
    props: dict[str, object] = {}
    for call in key.children:
        call = _resolve(call, objects)
        method = call.attrs.get("m")
        if call.name != "o-c" or not isinstance(method, str) or not method.startswith("set") or len(call.children) != 1:
            continue
        try:
            value = _value(call.children[0], objects, 0)
        except _Unsupported:
            continue
        prop = method[3:]
        props[prop[:1].lower() + prop[1:]] = value
    return props


def _value(node: Node, objects: dict[int, Element], depth: int) -> object:
    """A simple serialized value: string, boolean, number, enum constant, null or a list."""
    el = _resolve(node, objects)
    if depth > 8:
        raise _Unsupported("nested too deep")
    if el.name == "str" and isinstance(el.text, str):
        return el.text
    if el.name in ("true", "false"):
        return el.name == "true"
    if el.name == "null":
        return None
    if el.name == "enum" and isinstance(el.attrs.get("n"), str):
        return el.attrs["n"]
    if el.name in ("int", "lng", "date") and isinstance(el.text, bytes) and len(el.text) in (5, 9) and el.text[0] == 0xFF:
        return int.from_bytes(el.text[1:], "big", signed=True)
    if el.name in ("array", "arraylist"):
        return [_value(child, objects, depth + 1) for child in el.children]
    raise _Unsupported(el.name)


def _handler(props: dict[str, object], script: str, where: str, notes: list[str]) -> Handler:
    name = props.get("name")
    if not isinstance(name, str):
        raise ExportError(f"{where}: a message handler has no name")
    threading = "shared"
    for prop, value in props.items():
        if "thread" in prop.lower() and isinstance(value, str):
            threading = threading_of(value)
            if threading is None:
                notes.append(f"message handler {name!r}: unknown thread type {value!r}, imported as shared")
                threading = "shared"
    enabled = props.get("enabled", True)
    return Handler(name, script, threading, enabled if isinstance(enabled, bool) else True)


def _snake(camel: str) -> str:
    """``Startup`` -> ``startup``, ``ShutdownIntercept`` -> ``shutdown_intercept``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", camel).lower()


# ----------------------------------------------------------------------------- builder


def build_event_scripts(
    handlers: list[Handler],
    *,
    client: bool = False,
    startup: str | None = None,
    timers: dict[str, tuple[str, int]] | None = None,
    framework_version: str = "8.1.10.2021090812",
) -> Document:
    """The inverse of :func:`read_event_scripts`: a script configuration as Ignition saves it.

    Used to build hand-made exports (tests, fixtures); ``timers`` maps a timer name to
    ``(script, delay in ms)``.
    """
    calls = []
    entries = [_entry(_handler_key(h), h.script) for h in handlers]
    calls.append(_setter("setMessageHandlerScripts", "java.util.Map", _hash_map(entries)))
    if startup is not None:
        calls.append(_setter("setStartupScript", "str", _str(startup)))
    if timers:
        timer_entries = [
            _entry(_object(TIMER_KEY, [_setter("setDelay", "l", _long(delay)), _setter("setName", "str", _str(name))]), script)
            for name, (script, delay) in timers.items()
        ]
        calls.append(_setter("setTimerScripts", "java.util.Map", _hash_map(timer_entries)))
    config = _object(CLIENT_CONFIG if client else GATEWAY_CONFIG, calls)
    attrs = {"framework.version": framework_version, "timestamp": "Fri Apr 15 14:00:58 CDT 2022"}
    return Document(Element("objects", attrs, [config]), timestamp=1650049258000)


def _handler_key(handler: Handler) -> Element:
    calls = [_setter("setName", "str", _str(handler.name))]
    if not handler.enabled:
        calls.append(_setter("setEnabled", "b", Element("false")))
    if handler.threading != "shared":
        enum = Element("enum", {"cls": ClassName(THREAD_TYPE_CLASS), "n": handler.threading.upper()})
        calls.append(_setter("setThreadType", THREAD_TYPE_CLASS, enum))
    return _object(HANDLER_KEY, calls)


def _object(cls: str, children: list[Node]) -> Element:
    return Element("o", {"cls": ClassName(cls)}, children)


def _setter(method: str, arg_type: str, value: Node) -> Element:
    return Element("o-c", {"m": method, "s": Signature((arg_type,))}, [value])


def _entry(key: Element, script: str) -> Element:
    return Element("o-c", {"m": "put", "s": Signature(("O", "O"))}, [key, _str(script)])


def _hash_map(entries: list[Element]) -> Element:
    return _object("java.util.HashMap", entries)


def _str(text: str) -> Element:
    return Element("str", text=text)


def _long(value: int) -> Element:
    return Element("lng", text=b"\xff" + value.to_bytes(8, "big", signed=True))
