"""What a simulated Vision client shows: dialogs asked for, windows opened, answers given.

A real client pops up a dialog and waits for its user; a simulated one records what it was asked
(``("messageBox", "Tank T1 at 80%", "Information")``) and answers from a queue the test fills
(``ui(session).answer(False)``). With nothing queued, the simulated user presses the default
button with what is already filled in: ``confirm`` -> Yes (True), ``inputBox`` -> OK with the
default text, ``passwordBox`` -> OK with an empty password, file choosers -> Cancel (None).

Windows follow Vision's typical navigation strategy: ``swapTo`` replaces the current main window
(and is remembered for ``goBack``/``goForward``), ``openWindow`` opens one (the first window
opened becomes the main window and the home), ``closeWindow`` closes one. Each open window is a
``runtime.backends.vision.Window`` built from its definition (``define``, or the project's
``client/windows/<path>.json``): a root container whose components hold properties, found by
name with ``getComponent``; ``event(path, "Header/Button")`` makes an event from one of them.
"""
from __future__ import annotations

import threading
from collections import deque
from pathlib import Path
from typing import Any

from runtime.backends.gatewayfiles import read_json
from runtime.backends.vision import VisionEvent, Window
from runtime.backends.persession import PerSession
from runtime.backends.scopes import CLIENT_KINDS
from runtime.core.context import ScriptContext
from runtime.emulated.stdlib import _host


class SessionUI:
    """One client's screen: its record of UI calls, queued answers and open windows."""

    def __init__(self) -> None:
        self.records: list[tuple] = []
        self.answers: deque = deque()
        self.windows: list[str] = []  # open windows, oldest first (instances repeat)
        self.opened: list[Window] = []  # the window objects of ``windows``, in the same order
        self.definitions: dict[str, dict] = {}  # window path -> definition (see runtime.backends.vision)
        self.screens: list[tuple[int, int]] = [(1920, 1080)]  # getScreens: (width, height) per screen
        self.screen_index = 0
        self.touchscreen = False
        self.desktops: list[str] = []  # handles of the desktops openDesktop opened
        self.printers: list[str] = ["Default Printer"]  # system.print: the first is the default
        self.project_dir: Path | None = None  # where client/windows/<path>.json definitions live
        self.current: str | None = None  # the main (maximized) window
        self.home: str | None = None
        self.locked = False  # system.security.lockScreen
        self.timeouts = {"connect": 10000, "read": 60000}  # system.util get/setConnectTimeout, ReadTimeout
        self.overlays = True  # system.tag.isOverlaysEnabled / setOverlaysEnabled
        self.last_input: float | None = None  # time.time() of the user's last input (getInactivitySeconds)
        self.clipboard: str | None = None  # text copied with java.awt.datatransfer
        self._back: list[str] = []
        self._forward: list[str] = []
        self._lock = threading.RLock()

    def touch(self) -> None:
        """The simulated user moves the mouse now (``system.util.getInactivitySeconds`` restarts)."""
        import time

        self.last_input = time.time()

    def answer(self, *values: Any) -> None:
        """Queue answers for the next dialogs, in order."""
        self.answers.extend(values)

    def ask(self, ctx: ScriptContext, call: str, args: tuple, default: Any) -> Any:
        """Record a dialog and return the queued answer (or the default button's)."""
        with self._lock:
            value = self.answers.popleft() if self.answers else default
            self._record(ctx, (call,) + args + (value,))
        return value

    def show(self, ctx: ScriptContext, call: str, *args: Any) -> None:
        """Record a call that shows something and returns nothing (a message box)."""
        with self._lock:
            self._record(ctx, (call,) + args)

    def _record(self, ctx: ScriptContext, entry: tuple) -> None:
        self.records.append(entry)
        if ctx.gateway is not None:
            ctx.gateway.log.write("INFO", "shim.ui", f"{entry[0]}{entry[1:]!r}", ctx.tag)

    # -- windows -----------------------------------------------------------------------------

    def define(self, path: str, definition: dict) -> None:
        """Give the window at ``path`` its components (used the next time it opens)."""
        self.definitions[path] = definition

    def event(self, path: str, component: str = "", name: str = "actionPerformed") -> VisionEvent:
        """An event from the component at ``component`` ("Header/Button") of the open window
        ``path``, for scripts that take ``event`` (``system.gui.getParentWindow(event)``)."""
        return VisionEvent(self.window(path).component(component), name)

    def window(self, path: str) -> Window:
        """The open window at ``path`` (the latest instance); KeyError when it is not open."""
        with self._lock:
            for window in reversed(self.opened):
                if window.getPath() == path:
                    return window
        raise KeyError(f"window {path!r} is not open")

    def _build(self, path: str, params: dict | None) -> Window:
        definition = self.definitions.get(path)
        if definition is None and self.project_dir is not None:
            definition = read_json(self.project_dir / "client" / "windows" / f"{path}.json")
        return Window(path, definition, params)

    def open(self, ctx: ScriptContext, path: str, params: dict | None, instance: bool) -> Window:
        with self._lock:
            self._record(ctx, ("openWindowInstance" if instance else "openWindow", path, params))
            if instance or path not in self.windows:
                window = self._build(path, params)
                self.windows.append(path)
                self.opened.append(window)
            else:
                window = self.window(path)
                for key, value in (params or {}).items():
                    window.getRootContainer().setPropertyValue(key, value)
            if self.current is None:
                self.current = path
                self.home = self.home or path
        return window

    def close(self, ctx: ScriptContext, path: str) -> None:
        with self._lock:
            self._record(ctx, ("closeWindow", path))
            if path in self.windows:
                index = len(self.windows) - 1 - self.windows[::-1].index(path)
                del self.windows[index]
                del self.opened[index]
                if self.current == path and path not in self.windows:
                    self.current = None

    def swap(self, ctx: ScriptContext, call: str, source: str | None, target: str,
             params: dict | None) -> Window:
        """Replace ``source`` (the main window when None) by ``target``."""
        with self._lock:
            self._record(ctx, (call, target, params) if source is None else (call, source, target, params))
            return self._replace(self.current if source is None else source, target, remember=True,
                                 window=self._build(target, params))

    def navigate(self, ctx: ScriptContext, call: str) -> Window | None:
        """``goBack``/``goForward``/``goHome``: swap the main window along the history."""
        with self._lock:
            self._record(ctx, (call,))
            if call == "goHome":
                target = self.home
                if target is None or target == self.current:
                    return self.window(target) if target else None
                return self._replace(self.current, target, remember=True, window=self._build(target, None))
            stack, other = (self._back, self._forward) if call == "goBack" else (self._forward, self._back)
            if not stack:
                return None
            target = stack.pop()
            if self.current is not None:
                other.append(self.current)
            return self._replace(self.current, target, remember=False, window=self._build(target, None))

    def _replace(self, source: str | None, target: str, remember: bool, window: Window) -> Window:
        if source is not None and source in self.windows:
            index = self.windows.index(source)
            self.windows[index], self.opened[index] = target, window
        elif target not in self.windows:
            self.windows.append(target)
            self.opened.append(window)
        else:
            window = self.window(target)
        if source is None or source == self.current:
            if remember and self.current is not None and self.current != target:
                self._back.append(self.current)
                self._forward.clear()
            self.current = target
            self.home = self.home or target
        return window


#: The screen of a client (or Designer) session, created on first use.
ui: PerSession[SessionUI] = PerSession(SessionUI)


def client_screen(ctx: ScriptContext) -> SessionUI | None:
    """The screen of a Vision client's (or the Designer's) script, None elsewhere (headless):
    what java.awt and javax.swing's JOptionPane show on."""
    return ui(ctx.session) if ctx.kind in CLIENT_KINDS and ctx.session is not None else None


_host.install(screen=client_screen)
