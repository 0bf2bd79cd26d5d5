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

Event scripts go to the native layout's ``events/`` folder (``runtime.projects.events``):
``setStartupScript``/``setShutdownScript`` -> ``events/startup.py``/``shutdown.py``;
``setTimerScripts`` (``TimerKey``: name, delay, fixedDelay, sharedThread, enabled) ->
``events/timer/NAME``; ``setMenuRoot`` (a ``MenuNode`` tree: name, script, mnemonic, iconPath,
description, children) -> ``events/menu/<menu path>``; tag change (``TagChangeScript``: name,
paths, enabled, script), scheduled (``ScheduledScript``: name, cronExpression, script, enabled)
and keystroke scripts -> ``events/tagchange/``, ``scheduled/``, ``keystroke/``. The fixtures
(7.8-8.1) hold startup, timer and menu scripts; the property names of the other kinds follow
Ignition's 8.x classes (``TimerKey.setFixedDelay``/``setSharedThread``,
``TagChangeScript.setPaths``, ``ScheduledScript.getCronExpression``), their container shape
(map entry or list item) is read either way: an inference, not an observed file.

Ignition's serializer omits properties left at their defaults, so a key without a thread-type
setter is "shared" and one without ``setEnabled`` is enabled. The fixtures (7.8-8.1) only show
``setName``; the thread-type setter is recognised by name (any ``set...Thread...`` whose value is
an enum constant such as ``DEDICATED``), which is an inference, not an observed file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from runtime.core.errors import ExportError
from runtime.projects.events import TRIGGERS
from runtime.projects.files import HANDLER_NAME, has_code
from runtime.projects.importers import streams
from runtime.projects.importers.binxml import ClassName, Document, Element, Node, Ref, Signature
from runtime.projects.importers.model import Handler, Project, Script, security_of, threading_of

GATEWAY_CONFIG = "com.inductiveautomation.ignition.common.script.ScriptConfig"
CLIENT_CONFIG = "com.inductiveautomation.factorypmi.application.script.ClientScriptConfig"
HANDLER_KEY = "com.inductiveautomation.ignition.common.script.message.MessageHandlerKey"
TIMER_KEY = "com.inductiveautomation.ignition.common.script.TimerKey"
#: Enum class the builder writes for a non-default thread type (assumed; see module docstring).
THREAD_TYPE_CLASS = "com.inductiveautomation.ignition.common.script.message.MessageHandlerThreadType"

#: Single event scripts understood, by setter, and where they go.
SINGLE_SCRIPTS = {"setStartupScript": "events/startup", "setShutdownScript": "events/shutdown"}
#: Collection classes whose ``add`` calls make a list, and map classes whose ``put`` calls a dict.
_LISTS = {"java.util.ArrayList", "java.util.LinkedList", "java.util.HashSet", "java.util.LinkedHashSet",
          "java.util.TreeSet", "java.util.Vector", "java.util.concurrent.CopyOnWriteArrayList"}
_MAPS = {"java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Hashtable",
         "java.util.concurrent.ConcurrentHashMap"}
#: java.awt.event.InputEvent modifier masks, for keystrokes stored as key code + modifiers.
_MODIFIERS = ((2, "ctrl"), (1, "shift"), (8, "alt"), (4, "meta"))


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
    """Read one event-script setter into native scripts; False if it is not understood."""
    if method in SINGLE_SCRIPTS:
        text = _single_string(call, objects)
        if text is None:
            return False
        if has_code(text):
            into.append(Script(SINGLE_SCRIPTS[method], text))
        return True
    if len(call.children) != 1:
        return False
    try:
        value = _value(call.children[0], objects, 0)
    except _Unsupported:
        return False
    if method == "setMenuRoot":
        return _menu(value, (), into) if value is not None else True
    kind = next((k for word, k in (("timer", "timer"), ("tagchange", "tagchange"), ("scheduled", "scheduled"),
                                   ("keystroke", "keystroke")) if word in method.lower()), None)
    if kind is None or not method.endswith("Scripts"):
        return False
    items = _script_items(value)
    if items is None:
        return False
    for n, (props, script) in enumerate(items, 1):
        settings = _SETTINGS[kind](props)
        if settings is None:
            return False
        name = props.get("name")
        name = _file_name(name) if isinstance(name, str) and name.strip() else f"{kind}{n}"
        if kind == "keystroke":
            name = _file_name(str(settings["key"]).replace(" ", "_"))
        if has_code(script):
            into.append(Script(f"events/{kind}/{name}", script, settings))
    return True


def _script_items(value: object) -> list[tuple[dict, str]] | None:
    """``(properties, script)`` per script of a map (key object -> script text) or a list of
    script objects (each with a ``script`` property); None for any other shape."""
    if value is None:
        return []
    if not isinstance(value, list):
        return None
    items = []
    for item in value:
        if isinstance(item, _Entry) and isinstance(item.value, str) and isinstance(item.key, dict):
            items.append((dict(item.key), item.value))
        elif isinstance(item, _Entry) and isinstance(item.value, dict) and isinstance(item.value.get("script"), str):
            props = dict(item.value)
            props.setdefault("name", item.key if isinstance(item.key, str) else None)
            items.append((props, props.pop("script")))
        elif isinstance(item, dict) and isinstance(item.get("script"), str):
            props = dict(item)
            items.append((props, props.pop("script")))
        else:
            return None
    return items


def _enabled(props: dict) -> bool:
    return props.get("enabled", True) is not False


def _timer_settings(props: dict) -> dict | None:
    delay = props.get("delay", 10000)
    if not isinstance(delay, int) or isinstance(delay, bool) or delay <= 0:
        return None
    return {"delay": delay, "fixedRate": props.get("fixedDelay", True) is False,
            "threading": "dedicated" if props.get("sharedThread", True) is False else "shared",
            "enabled": _enabled(props)}


def _tag_change_settings(props: dict) -> dict | None:
    tags = next((v for k, v in props.items() if "path" in k.lower() and isinstance(v, list)), [])
    settings: dict = {"tags": [t.strip() for t in tags if isinstance(t, str) and t.strip()],
                      "enabled": _enabled(props)}
    triggers = next((v for k, v in props.items() if ("trigger" in k.lower() or "changetype" in k.lower())
                     and isinstance(v, list)), None)
    if triggers is not None:
        settings["triggers"] = [t for t in TRIGGERS if any(t in str(x).lower() for x in triggers)] or ["value"]
    return settings


def _scheduled_settings(props: dict) -> dict | None:
    cron = next((v for k, v in props.items() if "cron" in k.lower() and isinstance(v, str)), None)
    return None if cron is None else {"cron": cron, "enabled": _enabled(props)}


def _keystroke_settings(props: dict) -> dict | None:
    text = next((v for k, v in props.items() if "key" in k.lower() and isinstance(v, str) and v.strip()), None)
    if text is None:
        code, mods = props.get("keyCode"), props.get("modifiers", 0)
        if not isinstance(code, int) or not isinstance(mods, int):
            return None
        words = [word for mask, word in _MODIFIERS if mods & mask]
        text = " ".join(words + [_key_text(code)])
    return {"key": text, "enabled": _enabled(props)}


def _key_text(code: int) -> str:
    """A java.awt.event.KeyEvent code as its key's name (``F1``, ``A``, ``5``)."""
    if 112 <= code <= 123:
        return f"F{code - 111}"
    if 48 <= code <= 57 or 65 <= code <= 90:
        return chr(code)
    return {10: "ENTER", 27: "ESCAPE", 32: "SPACE", 127: "DELETE", 9: "TAB", 8: "BACK_SPACE"}.get(code, f"code{code}")


_SETTINGS = {"timer": _timer_settings, "tagchange": _tag_change_settings,
             "scheduled": _scheduled_settings, "keystroke": _keystroke_settings}


def _menu(node: object, path: tuple[str, ...], into: list[Script]) -> bool:
    """A ``MenuNode`` tree: every node with a script is a menu item at its menu path."""
    if not isinstance(node, dict):
        return False
    name = node.get("name")
    here = (*path, _file_name(name)) if isinstance(name, str) and name.strip() else path
    script = node.get("script")
    if isinstance(script, str) and has_code(script) and here:
        settings = {key: node[prop] for key, prop in (("mnemonic", "mnemonic"), ("icon", "iconPath"),
                                                      ("description", "description"))
                    if isinstance(node.get(prop), str) and node[prop]}
        into.append(Script("events/menu/" + "/".join(here), script, settings or None))
    children = node.get("children") or []
    if not isinstance(children, list):
        return False
    return all(_menu(child, here, into) for child in children)


def _file_name(name: str) -> str:
    """An Ignition resource name as a native file name (characters a file or the loader would
    refuse become ``_``)."""
    cleaned = re.sub(r"[^A-Za-z0-9_\- .]", "_", name.strip()).strip(". ") or "_"
    return cleaned if HANDLER_NAME.match(cleaned) else f"_{cleaned}"


class _Entry:
    """One ``put`` of a serialized map: key and value, both decoded."""

    __slots__ = ("key", "value")

    def __init__(self, key: object, value: object) -> None:
        self.key = key
        self.value = value


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


def _properties(key: Element, objects: dict[int, Element], depth: int = 0) -> dict[str, object]:
    """A key object's setter calls as ``{"name": ..., "delay": ...}`` (unreadable ones left out)."""
    props: dict[str, object] = {}
    for call in key.children:
        call = _resolve(call, objects)
        method = call.attrs.get("m")
        if call.name != "o-c" or not isinstance(method, str) or not method.startswith("set") or len(call.children) != 1:
            continue
        try:
            value = _value(call.children[0], objects, depth)
        except _Unsupported:
            continue
        prop = method[3:]
        props[prop[:1].lower() + prop[1:]] = value
    return props


def _value(node: Node, objects: dict[int, Element], depth: int) -> object:
    """A simple serialized value: string, boolean, number, enum constant, null or a list."""
    el = _resolve(node, objects)
    if depth > 64:
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
    if el.name == "o":
        cls = str(el.attrs.get("cls", ""))
        calls = [_resolve(c, objects) for c in el.children]
        if cls in _LISTS:
            return [_value(c.children[0], objects, depth + 1) for c in calls
                    if c.name == "o-c" and c.attrs.get("m") == "add" and len(c.children) == 1]
        if cls in _MAPS:
            return [_Entry(_value(c.children[0], objects, depth + 1), _value(c.children[1], objects, depth + 1))
                    for c in calls if c.name == "o-c" and c.attrs.get("m") == "put" and len(c.children) == 2]
        return _properties(el, objects, depth + 1)
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
    return Handler(name, script, threading, enabled if isinstance(enabled, bool) else True, security_of(props))


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
