"""``system.gui``: popup dialogs of a Vision client (Ignition 7.9 / 8.1 manual signatures).

In a simulated client (or Designer) each call is recorded on the session's screen
(``runtime.backends.ui.ui(session).records``) and dialogs answer from its queue of answers (see
``runtime.backends.ui`` for the defaults). In the Gateway and in Perspective sessions these functions do
not exist, as in Ignition (``runtime.backends.scopes``).
"""
from __future__ import annotations

from typing import Any

from runtime.backends.scopes import require_client
from runtime.backends.ui import SessionUI, ui

__all__ = [
    "confirm", "errorBox", "getOpenedWindowNames", "inputBox", "messageBox", "passwordBox",
    "warningBox",
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
