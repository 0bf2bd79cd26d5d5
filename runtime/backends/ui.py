"""What a simulated Vision client shows: dialogs asked for, windows opened, answers given.

A real client pops up a dialog and waits for its user; a simulated one records what it was asked
(``("messageBox", "Tank T1 at 80%", "Information")``) and answers from a queue the test fills
(``ui(session).answer(False)``). With nothing queued, the simulated user presses the default
button with what is already filled in: ``confirm`` -> Yes (True), ``inputBox`` -> OK with the
default text, ``passwordBox`` -> OK with an empty password, file choosers -> Cancel (None).

Windows follow Vision's typical navigation strategy: ``swapTo`` replaces the current main window
(and is remembered for ``goBack``/``goForward``), ``openWindow`` opens one (the first window
opened becomes the main window and the home), ``closeWindow`` closes one. Window objects handed to
scripts know their path and name; anything else about a window (its root container, components)
is not emulated.
"""
from __future__ import annotations

import threading
import weakref
from collections import deque
from typing import TYPE_CHECKING, Any

from runtime.core.context import ScriptContext

if TYPE_CHECKING:  # pragma: no cover
    from runtime.messaging.sessions import Session


class Window:
    """A Vision window as ``system.nav`` returns it (``FPMIWindow``): path and name only."""

    __slots__ = ("_path",)

    def __init__(self, path: str) -> None:
        object.__setattr__(self, "_path", path)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot set FPMIWindow.{name}: simulated windows are read-only")

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        raise AttributeError(f"FPMIWindow.{name} is not emulated by shim (windows are simulated: "
                             "only path and name are known)")

    def getPath(self) -> str:
        return self._path

    def getName(self) -> str:
        return self._path.rpartition("/")[2]

    path = property(getPath)
    name = property(getName)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Window) and other._path == self._path

    def __hash__(self) -> int:
        return hash(self._path)

    def __str__(self) -> str:
        return self._path

    __repr__ = __str__


class SessionUI:
    """One client's screen: its record of UI calls, queued answers and open windows."""

    def __init__(self) -> None:
        self.records: list[tuple] = []
        self.answers: deque = deque()
        self.windows: list[str] = []  # open windows, oldest first (instances repeat)
        self.current: str | None = None  # the main (maximized) window
        self.home: str | None = None
        self.locked = False  # system.security.lockScreen
        self._back: list[str] = []
        self._forward: list[str] = []
        self._lock = threading.RLock()

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

    def open(self, ctx: ScriptContext, path: str, params: dict | None, instance: bool) -> Window:
        with self._lock:
            self._record(ctx, ("openWindowInstance" if instance else "openWindow", path, params))
            if instance or path not in self.windows:
                self.windows.append(path)
            if self.current is None:
                self.current = path
                self.home = self.home or path
        return Window(path)

    def close(self, ctx: ScriptContext, path: str) -> None:
        with self._lock:
            self._record(ctx, ("closeWindow", path))
            if path in self.windows:
                del self.windows[len(self.windows) - 1 - self.windows[::-1].index(path)]
                if self.current == path and path not in self.windows:
                    self.current = None

    def swap(self, ctx: ScriptContext, call: str, source: str | None, target: str,
             params: dict | None) -> Window:
        """Replace ``source`` (the main window when None) by ``target``."""
        with self._lock:
            self._record(ctx, (call, target, params) if source is None else (call, source, target, params))
            self._replace(self.current if source is None else source, target, remember=True)
        return Window(target)

    def navigate(self, ctx: ScriptContext, call: str) -> Window | None:
        """``goBack``/``goForward``/``goHome``: swap the main window along the history."""
        with self._lock:
            self._record(ctx, (call,))
            if call == "goHome":
                target = self.home
                if target is None or target == self.current:
                    return Window(target) if target else None
                self._replace(self.current, target, remember=True)
                return Window(target)
            stack, other = (self._back, self._forward) if call == "goBack" else (self._forward, self._back)
            if not stack:
                return None
            target = stack.pop()
            if self.current is not None:
                other.append(self.current)
            self._replace(self.current, target, remember=False)
            return Window(target)

    def _replace(self, source: str | None, target: str, remember: bool) -> None:
        if source is not None and source in self.windows:
            self.windows[self.windows.index(source)] = target
        elif target not in self.windows:
            self.windows.append(target)
        if source is None or source == self.current:
            if remember and self.current is not None and self.current != target:
                self._back.append(self.current)
                self._forward.clear()
            self.current = target
            self.home = self.home or target


_SESSIONS: "weakref.WeakKeyDictionary[Session, SessionUI]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def ui(session: "Session") -> SessionUI:
    """The screen of a client (or Designer) session, created on first use."""
    with _lock:
        found = _SESSIONS.get(session)
        if found is None:
            found = _SESSIONS[session] = SessionUI()
        return found
