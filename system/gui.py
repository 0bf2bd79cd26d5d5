"""``system.gui``: dialogs, windows and components of a Vision client (Ignition 7.9 / 8.1 manual
signatures).

In a simulated client (or Designer) each call is recorded on the session's screen
(``runtime.backends.ui.ui(session).records``) and dialogs answer from its queue of answers (see
``runtime.backends.ui`` for the defaults). Windows are ``runtime.backends.vision.Window`` objects
with a ``rootContainer`` of components; events come from those components. In the Gateway and in
Perspective sessions these functions do not exist, as in Ignition (``runtime.backends.scopes``).
"""
from __future__ import annotations

from typing import Any

from runtime.backends.scopes import require_client
from runtime.backends.ui import SessionUI, ui
from runtime.backends.vision import Color, Component, Window, parse_color, source_of

__all__ = [
    "chooseColor", "closeDesktop", "color", "confirm", "convertPointToScreen", "createPopupMenu",
    "desktop", "errorBox", "findWindow", "getCurrentDesktop", "getDesktopHandles", "getOpenedWindowNames",
    "getOpenedWindows", "getParentWindow", "getQuality", "getScreenIndex", "getScreens", "getSibling",
    "getWindow", "getWindowNames", "inputBox", "isTouchscreenModeEnabled", "messageBox", "openDesktop",
    "openDiagnostics", "passwordBox", "setScreenIndex", "setTouchscreenModeEnabled", "showNumericKeypad",
    "showTouchscreenKeyboard", "transform", "warningBox",
]


def messageBox(message, title="Information") -> None:
    """Show an informational message box (manual, ``system.gui.messageBox``)."""
    _show("messageBox", message, title)


def warningBox(message, title="Warning") -> None:
    """Show a warning message box (manual, ``system.gui.warningBox``)."""
    _show("warningBox", message, title)


def errorBox(message, title="Error") -> None:
    """Show an error message box (manual, ``system.gui.errorBox``)."""
    _show("errorBox", message, title)


def confirm(message, title="Confirm", allowCancel=False):
    """Ask Yes/No (and Cancel with ``allowCancel``): True, False, or None for Cancel
    (manual, ``system.gui.confirm``)."""
    screen, ctx = _screen("confirm")
    _text("confirm", "message", message)
    _text("confirm", "title", title)
    return screen.ask(ctx, "confirm", (message, title), True)


def inputBox(message, defaultText=""):
    """Ask for a line of text: what was typed, or None for Cancel (manual, ``inputBox``)."""
    screen, ctx = _screen("inputBox")
    _text("inputBox", "message", message)
    _text("inputBox", "defaultText", defaultText)
    return screen.ask(ctx, "inputBox", (message, defaultText), defaultText)


def passwordBox(message, title="Password", echoChar="*"):
    """Ask for a password: what was typed, or None for Cancel (manual, ``passwordBox``)."""
    screen, ctx = _screen("passwordBox")
    for name, value in (("message", message), ("title", title), ("echoChar", echoChar)):
        _text("passwordBox", name, value)
    return screen.ask(ctx, "passwordBox", (message, title), "")


def getOpenedWindowNames() -> tuple:
    """The paths of the open windows (manual, ``system.gui.getOpenedWindowNames``)."""
    screen, _ctx = _screen("getOpenedWindowNames")
    return tuple(screen.windows)


def getOpenedWindows() -> tuple:
    """The open windows, as window objects (manual, ``system.gui.getOpenedWindows``)."""
    screen, _ctx = _screen("getOpenedWindows")
    return tuple(screen.opened)


def getWindow(name) -> Window:
    """The open window at path ``name``; ValueError when it is not open (manual,
    ``system.gui.getWindow``)."""
    screen, _ctx = _screen("getWindow")
    _text("getWindow", "name", name)
    try:
        return screen.window(name)
    except KeyError:
        raise ValueError(f"Window {name} is not open.") from None


def findWindow(path) -> list:
    """Every open instance of the window at ``path`` (manual, ``system.gui.findWindow``)."""
    screen, _ctx = _screen("findWindow")
    _text("findWindow", "path", path)
    return [window for window in screen.opened if window.getPath() == path]


def getParentWindow(event) -> Window:
    """The window holding the event's component (manual, ``system.gui.getParentWindow``)."""
    _screen("getParentWindow")
    return source_of("getParentWindow", event).getWindow()


def getSibling(event, name):
    """The component named ``name`` in the same container as the event's component, or None
    (manual, ``system.gui.getSibling``)."""
    _screen("getSibling")
    parent = source_of("getSibling", event).getParent()
    return None if parent is None else parent.getComponent(name)


def getWindowNames() -> tuple:
    """The paths of every window of the project: those defined for the session and the
    project's ``client/windows/**.json`` files (manual, ``system.gui.getWindowNames``)."""
    screen, ctx = _screen("getWindowNames")
    names = set(screen.definitions)
    project = ctx.gateway.projects.get(ctx.project) if ctx.project else None
    folder = project.path / "client" / "windows" if project is not None else None
    if folder is not None and folder.is_dir():
        names.update(str(p.relative_to(folder).with_suffix("")).replace("\\", "/") for p in folder.rglob("*.json"))
    return tuple(sorted(names))


def color(*args) -> Color:
    """A ``java.awt.Color`` from red, green, blue[, alpha] or from a name, "#RRGGBB" or
    "r,g,b" (manual, ``system.gui.color``)."""
    return parse_color("color", args)


def chooseColor(initialColor, dialogTitle="Choose Color"):
    """A color chooser dialog: the chosen color, or None for Cancel (manual, ``chooseColor``);
    with nothing queued the user presses OK on ``initialColor``."""
    screen, ctx = _screen("chooseColor")
    if not isinstance(initialColor, Color):
        raise TypeError("chooseColor(): initialColor must be a color (system.gui.color)")
    _text("chooseColor", "dialogTitle", dialogTitle)
    return screen.ask(ctx, "chooseColor", (initialColor, dialogTitle), initialColor)


def showNumericKeypad(initialValue, fontSize=None, usePasswordMode=False):
    """The touchscreen numeric keypad: the number entered (manual, ``showNumericKeypad``);
    with nothing queued, ``initialValue``."""
    screen, ctx = _screen("showNumericKeypad")
    if isinstance(initialValue, bool) or not isinstance(initialValue, (int, float)):
        raise TypeError("showNumericKeypad(): initialValue must be a number")
    return screen.ask(ctx, "showNumericKeypad", (initialValue, fontSize, bool(usePasswordMode)), initialValue)


def showTouchscreenKeyboard(initialText, fontSize=None, passwordMode=False):
    """The touchscreen keyboard: the text entered (manual, ``showTouchscreenKeyboard``); with
    nothing queued, ``initialText``."""
    screen, ctx = _screen("showTouchscreenKeyboard")
    _text("showTouchscreenKeyboard", "initialText", initialText)
    return screen.ask(ctx, "showTouchscreenKeyboard", (initialText, fontSize, bool(passwordMode)), initialText)


def isTouchscreenModeEnabled() -> bool:
    """True when the client is in touchscreen mode (manual, ``isTouchscreenModeEnabled``)."""
    screen, _ctx = _screen("isTouchscreenModeEnabled")
    return screen.touchscreen


def setTouchscreenModeEnabled(enabled) -> None:
    """Turn touchscreen mode on or off (manual, ``setTouchscreenModeEnabled``)."""
    screen, ctx = _screen("setTouchscreenModeEnabled")
    screen.show(ctx, "setTouchscreenModeEnabled", bool(enabled))
    screen.touchscreen = bool(enabled)


def getScreens() -> tuple:
    """The client machine's screens: ``(index, width, height)`` each (manual, ``getScreens``);
    ``ui(session).screens`` sets them (one 1920x1080 screen by default)."""
    screen, _ctx = _screen("getScreens")
    return tuple((index, width, height) for index, (width, height) in enumerate(screen.screens))


def getScreenIndex() -> int:
    """The screen the client's window is on (manual, ``system.gui.getScreenIndex``)."""
    screen, _ctx = _screen("getScreenIndex")
    return screen.screen_index


def setScreenIndex(index) -> None:
    """Move the client's window to screen ``index`` (manual, ``system.gui.setScreenIndex``)."""
    screen, ctx = _screen("setScreenIndex")
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(screen.screens):
        raise ValueError(f"setScreenIndex(): no screen {index!r} (the client has {len(screen.screens)})")
    screen.show(ctx, "setScreenIndex", index)
    screen.screen_index = index


def openDesktop(screen=0, handle=None, title=None, width=None, height=None, x=0, y=0, windows=None) -> None:
    """Open another desktop (a frame) on ``screen`` (manual, ``system.gui.openDesktop``):
    recorded; its handle is listed by ``getDesktopHandles``. shim's windows all live on the
    primary desktop."""
    display, ctx = _screen("openDesktop")
    if isinstance(screen, bool) or not isinstance(screen, int):
        raise TypeError(f"openDesktop(): screen must be the screen's index, not {type(screen).__name__}")
    if handle is not None:
        _text("openDesktop", "handle", handle)
    name = handle or f"desktop{len(display.desktops) + 1}"
    if name in display.desktops or name == "primary":
        raise ValueError(f"openDesktop(): a desktop with handle {name!r} is already open")
    display.show(ctx, "openDesktop", name, screen, list(windows or []))
    display.desktops.append(name)


def closeDesktop(handle="primary") -> None:
    """Close the desktop ``handle`` (manual, ``system.gui.closeDesktop``)."""
    screen, ctx = _screen("closeDesktop")
    screen.show(ctx, "closeDesktop", handle)
    if handle in screen.desktops:
        screen.desktops.remove(handle)


def getCurrentDesktop() -> str:
    """The handle of the desktop the script runs in: "primary" (manual, ``getCurrentDesktop``)."""
    _screen("getCurrentDesktop")
    return "primary"


def getDesktopHandles() -> tuple:
    """The handles of the open secondary desktops (manual, ``getDesktopHandles``)."""
    screen, _ctx = _screen("getDesktopHandles")
    return tuple(screen.desktops)


def desktop(handle="primary"):
    """The ``system.gui`` of another desktop (manual, ``system.gui.desktop``): only "primary"
    has windows in shim."""
    _screen("desktop")
    if handle != "primary":
        raise ValueError(f"desktop(): no desktop with handle {handle!r} (shim's clients have one: 'primary')")
    from runtime.scripts.sandbox.namespace import SYSTEM

    return SYSTEM.gui


def openDiagnostics() -> None:
    """Open the client's diagnostics window (manual, ``openDiagnostics``): recorded."""
    screen, ctx = _screen("openDiagnostics")
    screen.show(ctx, "openDiagnostics")


def transform(component, newX=None, newY=None, newWidth=None, newHeight=None, duration=0, callback=None,
              framesPerSecond=60, acceleration=None, coordSpace=None):
    """Move and resize a component (manual, ``system.gui.transform``): its ``x``, ``y``,
    ``width``, ``height`` properties take the new values at once (shim does not animate) and
    ``callback`` is called, as at the end of the animation."""
    screen, ctx = _screen("transform")
    if not isinstance(component, Component):
        raise TypeError("transform(): component must be a component")
    for name, value in (("x", newX), ("y", newY), ("width", newWidth), ("height", newHeight)):
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"transform(): the new {name} must be a number")
            component.setPropertyValue(name, value)
    screen.show(ctx, "transform", component.path(), newX, newY, newWidth, newHeight, duration)
    if callback is not None:
        callback()
    return None


def getQuality(component, propertyName):
    """The quality of a component property's binding (manual, ``system.gui.getQuality``):
    shim's properties are plain values, so "Good"."""
    _screen("getQuality")
    if not isinstance(component, Component):
        raise TypeError("getQuality(): component must be a component")
    component.getPropertyValue(propertyName)  # raises like Vision for an unknown property
    from runtime.emulated.ignition.qualified import Quality

    return Quality("Good")


def convertPointToScreen(x, y, event):
    """Screen coordinates of a point of the event's component (manual,
    ``convertPointToScreen``): the component's and its containers' ``x``/``y`` added up."""
    _screen("convertPointToScreen")
    node = source_of("convertPointToScreen", event)
    total_x, total_y = x, y
    while node is not None:
        total_x += node._props.get("x", 0)
        total_y += node._props.get("y", 0)
        node = node.getParent()
    return (total_x, total_y)


def createPopupMenu(itemNames, itemFunctions) -> "PopupMenu":
    """A popup (right-click) menu; ``menu.show(event)`` records it and, when a test queued
    an item name as the answer, calls that item's function with the event (manual,
    ``system.gui.createPopupMenu``)."""
    screen, ctx = _screen("createPopupMenu")
    if isinstance(itemNames, str) or not isinstance(itemNames, (list, tuple)):
        raise TypeError("createPopupMenu(): itemNames must be a list of strings")
    if not isinstance(itemFunctions, (list, tuple)) or len(itemFunctions) != len(itemNames):
        raise ValueError("createPopupMenu(): itemFunctions must be a list as long as itemNames")
    return PopupMenu(screen, ctx, list(itemNames), list(itemFunctions))


class PopupMenu:
    """What ``createPopupMenu`` returns (a ``JPopupMenu``)."""

    __slots__ = ("_screen", "_ctx", "_names", "_functions")

    def __init__(self, screen: SessionUI, ctx: Any, names: list, functions: list) -> None:
        self._screen, self._ctx, self._names, self._functions = screen, ctx, names, functions

    def show(self, event, x=None, y=None) -> None:
        choice = self._screen.ask(self._ctx, "popupMenu", (tuple(self._names),), None)
        if choice is None:
            return
        if choice not in self._names:
            raise ValueError(f"popup menu: no item {choice!r} (items: {', '.join(map(str, self._names))})")
        function = self._functions[self._names.index(choice)]
        if function is not None:
            function(event)

    def __repr__(self) -> str:
        return f"<JPopupMenu {self._names}>"


def _show(function: str, message: Any, title: Any) -> None:
    screen, ctx = _screen(function)
    _text(function, "message", message)
    _text(function, "title", title)
    screen.show(ctx, function, message, title)


def _screen(function: str) -> tuple[SessionUI, Any]:
    ctx = require_client("gui", function)
    return ui(ctx.session), ctx



def _text(function: str, name: str, value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{function}(): {name} must be a string, not {type(value).__name__}")
