"""``system.perspective`` (Ignition 8.1 manual signatures): what scripts ask of a Perspective
session's browser, and the session messaging.

A simulated session has one page: each call is recorded on it as ``(function, {argument:
value})`` in ``runtime.backends.pages.page(session).records``, and changes the state a test reads
there (``popups``, ``docks``, ``url``, ``theme``, ``downloads``, ``console`` ...). Calls target the
script's own session; from the gateway scope (or a message handler on behalf of another
session) pass ``sessionId``, as in Ignition, where leaving it out outside a session fails.
These functions are new in Ignition 8: a 7.9 project does not have them.
"""
from __future__ import annotations

import re
import time
from typing import Any

from runtime.backends.pages import SessionPage, page
from runtime.backends.scopes import require_8x, require_comm
from runtime.core.context import ScriptContext
from runtime.scripts.sandbox.proxies import make_proxy

__all__ = [
    "alterDock", "alterLogging", "authenticationChallenge", "closeDock", "closePage", "closePopup",
    "closeSession", "download", "getProjectInfo", "getSessionInfo", "isAuthorized", "login", "logout",
    "navigate", "navigateBack", "navigateForward", "openDock", "openPopup", "print", "refresh",
    "sendMessage", "setTheme", "toggleDock", "togglePopup", "vibrateDevice", "workstation",
]

_SCOPES = ("page", "session", "view")
_DESTINATIONS = ("client", "gateway", "all")
_LEVELS = ("trace", "debug", "info", "warn", "error")


def _session(function: str, sessionId: Any, pageId: Any = None) -> tuple[ScriptContext, Any, SessionPage]:
    """The targeted session (the script's own when ``sessionId`` is None) and its page."""
    ctx = require_8x("perspective", function)
    if sessionId is None:
        if ctx.kind != "perspective" or ctx.session is None:
            raise ValueError(f"{function}(): sessionId is required outside a Perspective session")
        session = ctx.session
    else:
        session = ctx.gateway.sessions.get(sessionId) if isinstance(sessionId, str) else None
        if session is None or session.kind != "perspective":
            raise ValueError(f"{function}(): no Perspective session with id {sessionId!r}")
    screen = page(session)
    if pageId is not None and pageId != screen.page_id:
        raise ValueError(f"{function}(): session {session.id} has no page with id {pageId!r}")
    return ctx, session, screen


def _text(function: str, name: str, value: Any, empty: bool = True) -> str:
    if not isinstance(value, str) or (not empty and not value):
        raise TypeError(f"{function}(): {name} must be a {'' if empty else 'non-empty '}string")
    return value


def _dict(function: str, name: str, value: Any) -> dict | None:
    if value is not None and not isinstance(value, dict):
        raise TypeError(f"{function}(): {name} must be a dictionary, not {type(value).__name__}")
    return None if value is None else dict(value)


# -- popups and docks (manual: openPopup, closePopup, togglePopup, openDock ...) -------------------

def openPopup(id, view, params=None, title="", position=None, showCloseIcon=True, draggable=True,
              resizable=False, modal=False, overlayDismiss=False, sessionId=None, pageId=None,
              viewPortBound=False) -> None:
    """Open the ``view`` as a popup named ``id`` (manual, ``system.perspective.openPopup``);
    opening an id that is open replaces it."""
    ctx, _session_, screen = _session("openPopup", sessionId, pageId)
    spec = _popup("openPopup", id, view, params, title, position, showCloseIcon, draggable, resizable,
                  modal, overlayDismiss, viewPortBound)
    screen.record(ctx, "openPopup", {"id": id, **spec})
    screen.open_popup(id, spec)


def togglePopup(id, view, params=None, title="", position=None, showCloseIcon=True, draggable=True,
                resizable=False, modal=False, overlayDismiss=False, sessionId=None, pageId=None,
                viewPortBound=False) -> None:
    """Open the popup if it is closed, close it if open (manual, ``togglePopup``)."""
    ctx, _session_, screen = _session("togglePopup", sessionId, pageId)
    spec = _popup("togglePopup", id, view, params, title, position, showCloseIcon, draggable, resizable,
                  modal, overlayDismiss, viewPortBound)
    screen.record(ctx, "togglePopup", {"id": id, **spec})
    screen.toggle_popup(id, spec)


def closePopup(id, sessionId=None, pageId=None) -> None:
    """Close the popup ``id``; an empty id closes the most recently opened one (manual,
    ``system.perspective.closePopup``). Closing one that is not open does nothing."""
    ctx, _session_, screen = _session("closePopup", sessionId, pageId)
    _text("closePopup", "id", id)
    screen.record(ctx, "closePopup", {"id": id})
    screen.close_popup(id)


def _popup(function: str, popup_id: Any, view: Any, params: Any, title: Any, position: Any,
           show_close: Any, draggable: Any, resizable: Any, modal: Any, dismiss: Any, bound: Any) -> dict:
    _text(function, "id", popup_id, empty=False)
    _text(function, "view", view, empty=False)
    _text(function, "title", title)
    return {"view": view, "params": _dict(function, "params", params), "title": title,
            "position": _dict(function, "position", position), "showCloseIcon": bool(show_close),
            "draggable": bool(draggable), "resizable": bool(resizable), "modal": bool(modal),
            "overlayDismiss": bool(dismiss), "viewPortBound": bool(bound)}


def openDock(id, sessionId=None, pageId=None, params=None) -> None:
    """Open the docked view ``id`` (manual, ``system.perspective.openDock``)."""
    _dock("openDock", id, sessionId, pageId, True, params=_dict("openDock", "params", params))


def closeDock(id, sessionId=None, pageId=None) -> None:
    """Close the docked view ``id`` (manual, ``system.perspective.closeDock``)."""
    _dock("closeDock", id, sessionId, pageId, False)


def toggleDock(id, sessionId=None, pageId=None, params=None) -> None:
    """Open the dock if closed, close it if open (manual, ``system.perspective.toggleDock``)."""
    _dock("toggleDock", id, sessionId, pageId, None, params=_dict("toggleDock", "params", params))


def alterDock(dockId, config=None, sessionId=None, pageId=None) -> None:
    """Change a dock's configuration (``display``, ``anchor``, ``size`` ...) (manual,
    ``system.perspective.alterDock``); the dock stays as open as it was."""
    ctx, _session_, screen = _session("alterDock", sessionId, pageId)
    _text("alterDock", "dockId", dockId, empty=False)
    config = _dict("alterDock", "config", config) or {}
    screen.record(ctx, "alterDock", {"dockId": dockId, "config": config})
    dock = screen.docks.get(dockId, {"open": False})
    screen.set_dock(dockId, dock["open"], config={**(dock.get("config") or {}), **config})


def _dock(function: str, dock_id: Any, session_id: Any, page_id: Any, opened: bool | None, **changes: Any) -> None:
    ctx, _session_, screen = _session(function, session_id, page_id)
    _text(function, "id", dock_id, empty=False)
    screen.record(ctx, function, {"id": dock_id, **changes})
    screen.set_dock(dock_id, opened, **changes)


# -- the page -------------------------------------------------------------------------------

def navigate(page=None, url=None, view=None, params=None, sessionId=None, pageId=None, newTab=False) -> None:
    """Go to a page of the project (``page="/line/3"``), an outside ``url``, or a ``view``
    with ``params`` (manual, ``system.perspective.navigate``); give one of the three."""
    ctx, _session_, screen = _session("navigate", sessionId, pageId)
    targets = [(name, value) for name, value in (("page", page), ("url", url), ("view", view)) if value is not None]
    if len(targets) != 1:
        raise ValueError("navigate(): give exactly one of page, url or view")
    name, target = targets[0]
    _text("navigate", name, target, empty=False)
    arguments = {name: target, "params": _dict("navigate", "params", params), "newTab": bool(newTab)}
    screen.record(ctx, "navigate", arguments)
    if not newTab:
        screen.navigate(target)


def navigateBack(sessionId=None, pageId=None) -> None:
    """Go back in the page's history (manual, ``system.perspective.navigateBack``)."""
    ctx, _session_, screen = _session("navigateBack", sessionId, pageId)
    screen.record(ctx, "navigateBack", {})
    screen.step(back=True)


def navigateForward(sessionId=None, pageId=None) -> None:
    """Go forward again (manual, ``system.perspective.navigateForward``)."""
    ctx, _session_, screen = _session("navigateForward", sessionId, pageId)
    screen.record(ctx, "navigateForward", {})
    screen.step(back=False)


def refresh(sessionId=None, pageId=None) -> None:
    """Reload the page in the browser (manual, ``system.perspective.refresh``)."""
    ctx, _session_, screen = _session("refresh", sessionId, pageId)
    screen.record(ctx, "refresh", {})
    screen.refreshed += 1


def closePage(message=None, sessionId=None, pageId=None) -> None:
    """Close the page, showing ``message`` (manual, ``system.perspective.closePage``)."""
    ctx, _session_, screen = _session("closePage", sessionId, pageId)
    screen.record(ctx, "closePage", {"message": message})
    screen.closed = True


def closeSession(message=None, sessionId=None) -> None:
    """End the session, showing ``message`` (manual, ``system.perspective.closeSession``)."""
    ctx, _session_, screen = _session("closeSession", sessionId)
    screen.record(ctx, "closeSession", {"message": message})
    screen.closed = True


def setTheme(name, sessionId=None, pageId=None) -> None:
    """Switch the session's theme (manual, ``system.perspective.setTheme``)."""
    ctx, _session_, screen = _session("setTheme", sessionId, pageId)
    _text("setTheme", "name", name, empty=False)
    screen.record(ctx, "setTheme", {"name": name})
    screen.theme = name


def download(filename, data, contentType=None, sessionId=None, pageId=None) -> None:
    """Send ``data`` (text or bytes) to the browser as a file download (manual,
    ``system.perspective.download``); kept in ``page(session).downloads``."""
    ctx, _session_, screen = _session("download", sessionId, pageId)
    _text("download", "filename", filename, empty=False)
    if isinstance(data, str):
        blob = data.encode("utf-8")
    elif isinstance(data, (bytes, bytearray)):
        blob = bytes(data)
    elif isinstance(data, (list, tuple)) and all(isinstance(b, int) for b in data):
        blob = bytes(b & 0xFF for b in data)
    else:
        raise TypeError(f"download(): data must be a string or bytes, not {type(data).__name__}")
    if contentType is not None:
        _text("download", "contentType", contentType)
    screen.record(ctx, "download", {"filename": filename, "size": len(blob), "contentType": contentType})
    screen.downloads.append((filename, blob, contentType))


def print(message, sessionId=None, pageId=None, destination="client") -> None:
    """Print to the browser's console ("client"), the gateway log ("gateway") or both ("all")
    (manual, ``system.perspective.print``)."""
    ctx, session, screen = _session("print", sessionId, pageId)
    if destination not in _DESTINATIONS:
        raise ValueError(f"print(): destination must be one of client, gateway, all, not {destination!r}")
    text = "None" if message is None else str(message)
    screen.record(ctx, "print", {"message": text, "destination": destination})
    if destination in ("client", "all"):
        screen.console.append(text)
    if destination in ("gateway", "all"):
        ctx.gateway.log.write("INFO", "perspective.script.print", text, f"perspective {session.id}")


def vibrateDevice(duration, sessionId=None) -> None:
    """Vibrate the mobile device for ``duration`` ms (manual, ``vibrateDevice``)."""
    ctx, _session_, screen = _session("vibrateDevice", sessionId)
    if isinstance(duration, bool) or not isinstance(duration, int) or duration < 0:
        raise TypeError("vibrateDevice(): duration must be a non-negative number of milliseconds")
    screen.record(ctx, "vibrateDevice", {"duration": duration})


def alterLogging(remoteLoggingEnabled=False, level="info", remoteLoggingLevel="warn", sessionId=None,
                 pageId=None) -> None:
    """Set the browser's logging levels (manual, ``system.perspective.alterLogging``)."""
    ctx, _session_, screen = _session("alterLogging", sessionId, pageId)
    for name, value in (("level", level), ("remoteLoggingLevel", remoteLoggingLevel)):
        if not isinstance(value, str) or value.lower() not in _LEVELS:
            raise ValueError(f"alterLogging(): {name} must be one of {', '.join(_LEVELS)}, not {value!r}")
    settings = {"remoteLoggingEnabled": bool(remoteLoggingEnabled), "level": level.lower(),
                "remoteLoggingLevel": remoteLoggingLevel.lower()}
    screen.record(ctx, "alterLogging", settings)
    screen.logging = settings


# -- authentication ------------------------------------------------------------------------

def login(sessionId=None, pageId=None, forceAuth=False) -> None:
    """Send the session to its identity provider's login (manual, ``login``): shim has none, so
    the request is recorded and the session's user stays as it is."""
    ctx, _session_, screen = _session("login", sessionId, pageId)
    screen.record(ctx, "login", {"forceAuth": bool(forceAuth)})
    screen.authenticated = True


def logout(sessionId=None, pageId=None, message=None) -> None:
    """Log the session's user out (manual, ``system.perspective.logout``)."""
    ctx, _session_, screen = _session("logout", sessionId, pageId)
    screen.record(ctx, "logout", {"message": message})
    screen.authenticated = False


def authenticationChallenge(sessionId=None, pageId=None, idp=None, forceAuth=False, timeout=1,
                            payload=None, framing="self") -> None:
    """Ask the user to re-authenticate (manual, ``authenticationChallenge``): recorded."""
    ctx, _session_, screen = _session("authenticationChallenge", sessionId, pageId)
    if framing not in ("self", "popup", "new-tab"):
        raise ValueError(f"authenticationChallenge(): framing must be self, popup or new-tab, not {framing!r}")
    screen.record(ctx, "authenticationChallenge", {"idp": idp, "forceAuth": bool(forceAuth), "timeout": timeout,
                                                   "payload": _dict("authenticationChallenge", "payload", payload),
                                                   "framing": framing})


def isAuthorized(isAllOf, securityLevels, sessionId=None) -> bool:
    """True when the session's user holds all (``isAllOf``) or any of ``securityLevels``
    ("Authenticated", "Authenticated/Roles/Operator", "Public") (manual, ``isAuthorized``)."""
    _ctx, session, screen = _session("isAuthorized", sessionId)
    if isinstance(securityLevels, str) or not isinstance(securityLevels, (list, tuple)):
        raise TypeError("isAuthorized(): securityLevels must be a list of security level paths")
    user = session.user if screen.authenticated else ""

    def holds(level: str) -> bool:
        parts = [p for p in str(level).split("/") if p]
        if parts == ["Public"] or not parts:
            return True
        if parts[0] != "Authenticated" or not user:
            return False
        if len(parts) == 1:
            return True
        return len(parts) == 3 and parts[1] == "Roles" and parts[2] in session.roles

    found = [holds(level) for level in securityLevels]
    return all(found) if isAllOf else any(found)


# -- information ------------------------------------------------------------------------------

def getSessionInfo(usernameFilter=None, projectFilter=None) -> list:
    """The open Perspective sessions, one dictionary each with the manual's keys (``id``,
    ``username``, ``project``, ``userAgent``, ``uptime``, ``clientAddress``, ``sessionScope``,
    ``pageIds`` ...); filters are regular expressions (manual, ``getSessionInfo``)."""
    ctx = require_8x("perspective", "getSessionInfo")
    for name, value in (("usernameFilter", usernameFilter), ("projectFilter", projectFilter)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"getSessionInfo(): {name} must be a regular expression string, not {type(value).__name__}")
    now = time.time()
    found = []
    for session in ctx.gateway.sessions.all():
        if session.kind != "perspective":
            continue
        screen = page(session)
        username = session.user if session.user and screen.authenticated else "Unauthenticated"
        if usernameFilter and not re.match(str(usernameFilter) + r"\Z", username):
            continue
        if projectFilter and not re.match(str(projectFilter) + r"\Z", session.project):
            continue
        uptime = int((now - session.created) * 1000)
        found.append({
            "userAgent": "shim", "id": session.id, "username": username, "project": session.project,
            "uptime": uptime, "clientAddress": session.address or session.host_name, "lastComm": 0,
            "sessionScope": "browser", "activePages": 0 if screen.closed else 1, "recentBytesSent": 0,
            "totalBytesSent": 0, "pageIds": [] if screen.closed else [screen.page_id],
            "authorized": bool(session.user) and screen.authenticated,
        })
    return found


def getProjectInfo() -> dict:
    """The running project's name, title, description and (shim has none) views and page
    configurations (manual, ``system.perspective.getProjectInfo``)."""
    ctx = require_8x("perspective", "getProjectInfo")
    project = ctx.gateway.projects.get(ctx.project) if ctx.project else None
    if project is None:
        raise ValueError("getProjectInfo(): the script does not run in a project")
    return {"name": project.name, "title": project.title, "description": project.description,
            "lastModified": None, "lastModifiedBy": "", "views": [], "pageConfigs": []}


# -- system.perspective.workstation (Perspective Workstation's window) -------------------------

def _workstation(name: str, doc: str) -> Any:
    def call() -> None:
        ctx, _session_, screen = _session(f"workstation.{name}", None)
        screen.record(ctx, f"workstation.{name}", {})
        screen.window_mode = {"exit": "closed", "toKiosk": "kiosk", "toWindowed": "windowed"}[name]
    call.__name__, call.__qualname__, call.__doc__ = name, name, doc
    return call


#: ``system.perspective.workstation.exit()/toKiosk()/toWindowed()`` (manual, 8.1): they act on
#: Perspective Workstation's window; shim records them on the session's page (``window_mode``).
workstation = make_proxy("system.perspective.workstation", {
    "exit": _workstation("exit", "Close Perspective Workstation (manual, ``workstation.exit``)."),
    "toKiosk": _workstation("toKiosk", "Switch Workstation to kiosk mode (manual, ``workstation.toKiosk``)."),
    "toWindowed": _workstation("toWindowed", "Switch Workstation to windowed mode (manual, ``toWindowed``)."),
})


# -- messages (perspective/message/NAME.py) ---------------------------------------------------

def sendMessage(messageType, payload=None, scope="page", sessionId=None, pageId=None) -> None:
    """Send a message to Perspective message handlers (manual, ``sendMessage``).

    ``scope="session"`` reaches the session's own message handlers
    (``perspective/message/<messageType>.py``, with ``session`` and ``payload``). shim has no
    views, so "page" and "view" messages reach no handler (a WARN line says so).
    """
    if not isinstance(messageType, str) or not messageType:
        raise TypeError("sendMessage(): messageType must be a non-empty string")
    if payload is not None and not isinstance(payload, dict):
        raise TypeError(f"sendMessage(): payload must be a dictionary, not {type(payload).__name__}")
    if scope not in _SCOPES:
        raise ValueError(f"sendMessage(): scope must be one of page, session, view, not {scope!r}")
    ctx, session, screen = _session("sendMessage", sessionId, pageId)
    require_comm(ctx, "message", "system.perspective.sendMessage")
    gateway = ctx.gateway
    screen.record(ctx, "sendMessage", {"messageType": messageType, "payload": dict(payload or {}), "scope": scope})
    if scope != "session":
        gateway.log.write("WARN", "perspective.MessageHandler",
                          f"{scope} message '{messageType}' not delivered: shim has no pages or views",
                          ctx.tag or "gateway")
        return None
    gateway.session_host(session).deliver(messageType, dict(payload or {}))
    return None
