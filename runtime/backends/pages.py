"""What a simulated Perspective session shows: its page, popups, docks, theme, downloads, prints.

A real session is a browser; a simulated one records what scripts asked it to do
(``system.perspective.openPopup``, ``navigate``, ``download`` ...) as ``(function, {argument:
value})`` entries in ``page(session).records``, and keeps the state a test asserts on: the open
``popups`` (id -> view, params, title ...), ``docks`` (id -> open, params, config), the current
``url`` and navigation history, ``theme``, ``downloads`` (filename, bytes, content type),
``console`` (``print`` to the browser console), ``logging``, ``authenticated``, ``closed``.
The session has one page, whose id (``page_id``) scripts see as ``pageId``.
"""
from __future__ import annotations

import secrets
import threading
from typing import Any

from runtime.backends.persession import PerSession
from runtime.core.context import ScriptContext


class SessionPage:
    """One Perspective session's page and what scripts did to it."""

    def __init__(self) -> None:
        self.page_id = secrets.token_hex(4)
        self.records: list[tuple[str, dict]] = []
        self.popups: dict[str, dict] = {}  # open popups, oldest first
        self.docks: dict[str, dict] = {}
        self.url: str | None = None  # the current page URL ("/", "/line/3") or view
        self.theme = "light"
        self.downloads: list[tuple[str, bytes, str | None]] = []
        self.console: list[str] = []
        self.logging = {"remoteLoggingEnabled": False, "level": "info", "remoteLoggingLevel": "warn"}
        self.authenticated = True
        self.closed = False
        self.refreshed = 0
        self.window_mode = "windowed"  # Perspective Workstation: windowed, kiosk, closed
        self._back: list[str] = []
        self._forward: list[str] = []
        self._lock = threading.RLock()

    def record(self, ctx: ScriptContext, function: str, arguments: dict) -> None:
        with self._lock:
            self.records.append((function, arguments))
        if ctx.gateway is not None:
            ctx.gateway.log.write("INFO", "shim.perspective", f"{function}{arguments!r}", ctx.tag)

    # -- popups and docks ------------------------------------------------------------------------

    def open_popup(self, popup_id: str, spec: dict) -> None:
        with self._lock:
            self.popups.pop(popup_id, None)
            self.popups[popup_id] = spec

    def close_popup(self, popup_id: str) -> None:
        with self._lock:
            if popup_id == "" and self.popups:
                popup_id = list(self.popups)[-1]  # "" closes the most recently opened one
            self.popups.pop(popup_id, None)

    def toggle_popup(self, popup_id: str, spec: dict) -> None:
        with self._lock:
            if popup_id in self.popups:
                del self.popups[popup_id]
            else:
                self.popups[popup_id] = spec

    def set_dock(self, dock_id: str, opened: bool | None, **changes: Any) -> None:
        """Open (True), close (False) or toggle (None) a dock; ``changes`` update its entry."""
        with self._lock:
            dock = self.docks.setdefault(dock_id, {"open": False, "params": None, "config": None})
            dock["open"] = (not dock["open"]) if opened is None else opened
            dock.update({k: v for k, v in changes.items() if v is not None})

    # -- navigation ------------------------------------------------------------------------

    def navigate(self, target: str) -> None:
        with self._lock:
            if self.url is not None and self.url != target:
                self._back.append(self.url)
                self._forward.clear()
            self.url = target

    def step(self, back: bool) -> None:
        with self._lock:
            stack, other = (self._back, self._forward) if back else (self._forward, self._back)
            if stack:
                if self.url is not None:
                    other.append(self.url)
                self.url = stack.pop()


#: The page of a Perspective session, created on first use.
page: PerSession[SessionPage] = PerSession(SessionPage)
