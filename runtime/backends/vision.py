"""Vision windows and components as scripts hold them: a window's ``rootContainer``, components
found by name with ``getComponent``, properties that scripts and tests read and set, events whose
``source`` is a component, and ``java.awt.Color`` values (``system.gui.color``).

A simulated window has the components its definition gives it. A definition is a dict (or a
project file ``<project>/client/windows/<window path>.json``), each component a dict of its
properties with its children under ``"components"``:

    {"title": "Overview",
     "root": {"lineNo": 1,
              "components": {"Tank": {"value": 50.0},
                             "Header": {"components": {"Title": {"text": "Line 1"}}}}}}

``ui(session).define(path, definition)`` sets one from a test. Opening the window builds fresh
components from it; ``openWindow`` params are set on the root container, as Vision does.
"""
from __future__ import annotations

import copy
import re
from typing import Any, Iterator

from runtime.scripts.sandbox.namespace import NotEmulated
from runtime.emulated.java.awt import Color  # noqa: F401  (system.gui.color and colour properties)

#: The root container's name, as Vision names it.
ROOT_NAME = "Root Container"


class Component:
    """A Vision component (or container): its properties and its children, by name."""

    __slots__ = ("_name", "_props", "_children", "_parent", "_window")
    __shim_writable__ = True  # scripts set component properties (it refuses private names itself)

    def __init__(self, name: str, spec: dict | None, parent: "Component | None", window: "Window") -> None:
        spec = dict(spec or {})
        children = spec.pop("components", {}) or {}
        if not isinstance(children, dict):
            raise ValueError(f"window {window.getPath()}: component {name!r}: \"components\" must be an object")
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_props", copy.deepcopy(spec))
        object.__setattr__(self, "_parent", parent)
        object.__setattr__(self, "_window", window)
        object.__setattr__(self, "_children", {})
        for child, child_spec in children.items():
            if not isinstance(child_spec, dict):
                raise ValueError(f"window {window.getPath()}: component {child!r} must be an object of properties")
            self._children[child] = Component(child, child_spec, self, window)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        raise TypeError("Vision components cannot be subclassed")

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._props[name]
        except KeyError:
            raise AttributeError(f"'{self._name}' component has no property '{name}'") from None

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_") or name in _READ_ONLY:
            raise AttributeError(f"cannot set '{name}' of component '{self._name}'")
        self._props[name] = value

    # -- the component API scripts use -------------------------------------------------------

    def getName(self) -> str:
        return self._name

    def getParent(self) -> "Component | None":
        return self._parent

    def getComponent(self, name: Any) -> "Component | None":
        """The child named ``name``, or None (Vision's ``Container.getComponent(name)``); an
        index gives the n-th child, as ``Container.getComponent(int)`` does."""
        if isinstance(name, int) and not isinstance(name, bool):
            children = list(self._children.values())
            if not 0 <= name < len(children):
                raise IndexError(f"getComponent(): index {name} out of range ({len(children)} components)")
            return children[name]
        return self._children.get(name)

    def getComponents(self) -> tuple:
        return tuple(self._children.values())

    def getComponentCount(self) -> int:
        return len(self._children)

    def getPropertyValue(self, name: str) -> Any:
        """A (custom) property by name; raises like Vision for an unknown one."""
        return self.__getattr__(name)

    def setPropertyValue(self, name: str, value: Any) -> None:
        self.__setattr__(name, value)

    def getWindow(self) -> "Window":
        return self._window

    name = property(getName)
    parent = property(getParent)
    components = property(getComponents)

    def path(self) -> str:
        """Where the component is in its window: "Root Container.Header.Title"."""
        names, node = [], self
        while node is not None:
            names.append(node._name)
            node = node._parent
        return ".".join(reversed(names))

    def walk(self) -> Iterator["Component"]:
        yield self
        for child in self._children.values():
            yield from child.walk()

    def __repr__(self) -> str:
        return f"<Component {self.path()} of {self._window.getPath()}>"


_READ_ONLY = frozenset({"name", "parent", "components"})


class Window:
    """A Vision window as ``system.nav``/``system.gui`` return it (``FPMIWindow``): its path,
    name, title and root container."""

    __slots__ = ("_path", "_root", "_title", "_size")

    def __init__(self, path: str, definition: dict | None = None, params: dict | None = None) -> None:
        definition = dict(definition or {})
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_title", str(definition.get("title", path.rpartition("/")[2])))
        # the window's size in pixels (its root container's, unless that sets its own)
        object.__setattr__(self, "_size", {k: definition[k] for k in ("width", "height") if k in definition})
        root = dict(definition.get("root") or {})
        object.__setattr__(self, "_root", Component(ROOT_NAME, root, None, self))
        for key, value in (params or {}).items():
            self._root._props[key] = value

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot set FPMIWindow.{name}: set properties on its components")

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        raise NotEmulated(f"FPMIWindow.{name} is not emulated by shim (windows are simulated: path, name, "
                          "title and rootContainer are known)")

    def getPath(self) -> str:
        return self._path

    def getName(self) -> str:
        return self._path.rpartition("/")[2]

    def getTitle(self) -> str:
        return self._title

    def getRootContainer(self) -> Component:
        return self._root

    path = property(getPath)
    name = property(getName)
    title = property(getTitle)
    rootContainer = property(getRootContainer)

    def component(self, dotted: str) -> Component:
        """The component at "Header/Title" (or "Header.Title") below the root container."""
        node = self._root
        for part in (p for p in re.split(r"[./]", dotted) if p and p != ROOT_NAME):
            found = node.getComponent(part)
            if found is None:
                raise KeyError(f"window {self._path} has no component {dotted!r}")
            node = found
        return node

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Window) and other._path == self._path

    def __hash__(self) -> int:
        return hash(self._path)

    def __str__(self) -> str:
        return self._path

    __repr__ = __str__


class VisionEvent:
    """An event (``ActionEvent``, ``PropertyChangeEvent`` ...) whose ``source`` is a component:
    what ``system.gui.getParentWindow(event)`` and friends take."""

    __slots__ = ("_source", "_name")

    def __init__(self, source: Component, name: str = "actionPerformed") -> None:
        object.__setattr__(self, "_source", source)
        object.__setattr__(self, "_name", name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("events are read-only")

    def getSource(self) -> Component:
        return self._source

    source = property(getSource)

    def __repr__(self) -> str:
        return f"<{self._name} event from {self._source.path()}>"


def source_of(function: str, event: Any) -> Component:
    """The component an event came from (or the component itself), or TypeError."""
    if isinstance(event, VisionEvent):
        return event.getSource()
    if isinstance(event, Component):
        return event
    raise TypeError(f"{function}(): expected an event from a component, not {type(event).__name__}")


# -- java.awt.Color ------------------------------------------------------------------------------

#: Color names ``system.gui.color`` knows: Java's ``Color`` constants and the HTML basic colors.
COLOR_NAMES: dict[str, tuple[int, int, int]] = {
    "black": (0, 0, 0), "white": (255, 255, 255), "red": (255, 0, 0), "green": (0, 255, 0),
    "blue": (0, 0, 255), "yellow": (255, 255, 0), "cyan": (0, 255, 255), "magenta": (255, 0, 255),
    "orange": (255, 200, 0), "pink": (255, 175, 175), "gray": (128, 128, 128), "grey": (128, 128, 128),
    "darkgray": (64, 64, 64), "lightgray": (192, 192, 192), "maroon": (128, 0, 0), "navy": (0, 0, 128),
    "olive": (128, 128, 0), "purple": (128, 0, 128), "teal": (0, 128, 128), "silver": (192, 192, 192),
    "lime": (0, 255, 0), "aqua": (0, 255, 255), "fuchsia": (255, 0, 255), "brown": (165, 42, 42),
    "transparent": (0, 0, 0),
}


def parse_color(function: str, args: tuple) -> Color:
    """``color(r, g, b[, a])`` or ``color("name" | "#RRGGBB" | "#RRGGBBAA" | "r,g,b[,a]")``."""
    if len(args) in (3, 4):
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in args):
            raise TypeError(f"{function}(): red, green, blue (and alpha) must be integers")
        if not all(0 <= v <= 255 for v in args):
            raise ValueError("Color parameter outside of expected range: Red Green Blue Alpha (0-255)")
        return Color(*args)
    if len(args) != 1 or not isinstance(args[0], str):
        raise TypeError(f"{function}(): takes a color name or code, or red, green, blue[, alpha]")
    text = args[0].strip()
    name = text.lower().replace(" ", "")
    if name in COLOR_NAMES:
        return Color(*COLOR_NAMES[name], 0 if name == "transparent" else 255)
    match = re.fullmatch(r"#?([0-9a-fA-F]{6})([0-9a-fA-F]{2})?", text)
    if match:
        rgb = match.group(1)
        alpha = int(match.group(2), 16) if match.group(2) else 255
        return Color(int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16), alpha)
    parts = [p.strip() for p in text.split(",")]
    if len(parts) in (3, 4) and all(p.isdigit() for p in parts):
        return Color(*(int(p) for p in parts))
    raise ValueError(f"{function}(): '{args[0]}' is not a color name, #RRGGBB code or r,g,b")
