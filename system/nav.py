"""``system.nav``: opening, closing and swapping Vision windows (Ignition 7.9 / 8.1 manual
signatures).

A simulated client keeps its open windows and main window on its screen (``runtime.backends.ui``): tests
assert on ``ui(session).windows``, ``.current`` and ``.records``. Returned windows have their
path, name, title and ``rootContainer``, whose components come from the window's definition
(``runtime.backends.vision``). In the Gateway and in Perspective sessions these functions do not
exist, as in Ignition (``runtime.backends.scopes``).
"""
from __future__ import annotations

from typing import Any

from runtime.backends.scopes import require_client
from runtime.backends.ui import SessionUI, ui
from runtime.backends.vision import Component, VisionEvent, Window, source_of

__all__ = [
    "centerWindow", "closeParentWindow", "closeWindow", "desktop", "getCurrentWindow", "goBack",
    "goForward", "goHome", "openWindow", "openWindowInstance", "swapTo", "swapWindow",
]


def openWindow(path, params=None) -> Window:
    """Open the window at ``path`` (or bring it to the front); ``params`` set its root
    container's properties (manual, ``system.nav.openWindow``)."""
    screen, ctx = _screen("openWindow")
    return screen.open(ctx, _path("openWindow", path), _params("openWindow", params), instance=False)


def openWindowInstance(path, params=None) -> Window:
    """Open another instance of the window even if one is open (manual, ``openWindowInstance``)."""
    screen, ctx = _screen("openWindowInstance")
    return screen.open(ctx, _path("openWindowInstance", path),
                       _params("openWindowInstance", params), instance=True)


def closeWindow(window) -> None:
    """Close a window, given its path or the window itself; nothing happens if it is not open
    (manual, ``system.nav.closeWindow``)."""
    screen, ctx = _screen("closeWindow")
    screen.close(ctx, _window_path("closeWindow", window))


def swapTo(path, params=None) -> Window:
    """Swap the main window for ``path`` (manual, ``system.nav.swapTo``)."""
    screen, ctx = _screen("swapTo")
    return screen.swap(ctx, "swapTo", None, _path("swapTo", path), _params("swapTo", params))


def swapWindow(swapFromPath, swapToPath, params=None) -> Window:
    """Close ``swapFromPath`` (a path, or an event from a component of that window) and open
    ``swapToPath`` in its place; if the first is not open this acts like ``openWindow`` (manual,
    ``system.nav.swapWindow``)."""
    screen, ctx = _screen("swapWindow")
    return screen.swap(ctx, "swapWindow", _window_path("swapWindow", swapFromPath),
                       _path("swapWindow", swapToPath), _params("swapWindow", params))


def getCurrentWindow():
    """The path of the main (maximized) window, None when there is none (manual,
    ``system.nav.getCurrentWindow``)."""
    screen, _ctx = _screen("getCurrentWindow")
    return screen.current


def centerWindow(window):
    """Center a floating window; the window, or None when it is not open (manual,
    ``system.nav.centerWindow``)."""
    screen, ctx = _screen("centerWindow")
    path = _window_path("centerWindow", window)
    screen.show(ctx, "centerWindow", path)
    return screen.window(path) if path in screen.windows else None


def closeParentWindow(event) -> None:
    """Close the window that holds the event's component (manual,
    ``system.nav.closeParentWindow``)."""
    screen, ctx = _screen("closeParentWindow")
    screen.close(ctx, source_of("closeParentWindow", event).getWindow().getPath())


def desktop(handle="primary"):
    """The ``system.nav`` of another desktop (manual, ``system.nav.desktop``): shim's clients
    have one desktop, "primary", so only that handle is known."""
    _screen("desktop")
    if handle != "primary":
        raise ValueError(f"desktop(): no desktop with handle {handle!r} (shim's clients have one: 'primary')")
    from runtime.scripts.sandbox.namespace import SYSTEM

    return SYSTEM.nav


def goBack():
    """Swap back to the previous main window (manual, ``system.nav.goBack``)."""
    screen, ctx = _screen("goBack")
    return screen.navigate(ctx, "goBack")


def goForward():
    """Swap forward again after ``goBack`` (manual, ``system.nav.goForward``)."""
    screen, ctx = _screen("goForward")
    return screen.navigate(ctx, "goForward")


def goHome():
    """Swap to the home window, the first main window shown (manual, ``system.nav.goHome``)."""
    screen, ctx = _screen("goHome")
    return screen.navigate(ctx, "goHome")


def _screen(function: str) -> tuple[SessionUI, Any]:
    ctx = require_client("nav", function)
    screen = ui(ctx.session)
    if screen.project_dir is None and ctx.project is not None:
        project = ctx.gateway.projects.get(ctx.project)
        screen.project_dir = project.path if project is not None else None
    return screen, ctx


def _path(function: str, path: Any) -> str:
    if not isinstance(path, str) or not path:
        raise TypeError(f"{function}(): the window path must be a non-empty string")
    return path


def _window_path(function: str, window: Any) -> str:
    if isinstance(window, Window):
        return window.getPath()
    if isinstance(window, (VisionEvent, Component)):
        return source_of(function, window).getWindow().getPath()
    return _path(function, window)


def _params(function: str, params: Any) -> dict | None:
    if params is not None and not isinstance(params, dict):
        raise TypeError(f"{function}(): params must be a dictionary")
    return dict(params) if params is not None else None
