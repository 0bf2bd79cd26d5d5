"""``system.security``: the logged-in user and role checks (Ignition 7.9 / 8.1 manual signatures).

``getUsername``/``getRoles``/``isScreenLocked``/``lockScreen``/``unlockScreen`` are Vision-client
functions: the simulated session's user and roles (``--client X,user=bob,roles=A|B``); they do not
exist in the Gateway or Perspective, as in Ignition. ``getUserRoles``/``validateUser`` work
everywhere, against the users of ``_gateway/users.json`` (``runtime.backends.identity``).
"""
from __future__ import annotations

from typing import Any

from runtime.core.context import current
from runtime.backends.identity import identity
from runtime.backends.scopes import require_client
from runtime.backends.ui import ui

__all__ = [
    "getRoles", "getUserRoles", "getUsername", "isScreenLocked", "lockScreen", "logout", "switchUser",
    "unlockScreen", "validateUser",
]


def getUsername() -> str:
    """The logged-in user's name (manual, ``system.security.getUsername``; Vision client)."""
    return require_client("security", "getUsername").session.user


def getRoles() -> tuple:
    """The logged-in user's roles, a tuple of strings (manual, ``getRoles``; Vision client)."""
    return tuple(sorted(require_client("security", "getRoles").session.roles))


def getUserRoles(username, password, authProfile="", timeout=60000):
    """The roles of a user whose credentials authenticate, else None (manual, ``getUserRoles``)."""
    user = _check("getUserRoles", username, password, authProfile, timeout)
    return None if user is None else tuple(user.roles)


def validateUser(username, password, authProfile="", timeout=60000) -> bool:
    """True if the credentials authenticate (manual, ``system.security.validateUser``)."""
    return _check("validateUser", username, password, authProfile, timeout) is not None


def isScreenLocked() -> bool:
    """True while the client's screen is locked (manual, ``isScreenLocked``; Vision client)."""
    return ui(require_client("security", "isScreenLocked").session).locked


def lockScreen(obscure=False) -> None:
    """Lock the client's screen until the user logs back in (manual, ``lockScreen``)."""
    ctx = require_client("security", "lockScreen")
    screen = ui(ctx.session)
    screen.show(ctx, "lockScreen", bool(obscure))
    screen.locked = True


def unlockScreen() -> None:
    """Unlock the client's screen (manual, ``system.security.unlockScreen``)."""
    ctx = require_client("security", "unlockScreen")
    screen = ui(ctx.session)
    screen.show(ctx, "unlockScreen")
    screen.locked = False


def logout() -> None:
    """Log the client's user out, back to the login screen (manual, ``system.security.logout``):
    recorded as ``("logout",)``; the session has no user until ``switchUser``."""
    ctx = require_client("security", "logout")
    ui(ctx.session).show(ctx, "logout")
    ctx.gateway.relogin(ctx.session, "", ())


def switchUser(username, password, event, hideError=False) -> bool:
    """Switch the client's user without closing its windows (manual, ``switchUser``): True when
    the credentials authenticate (the session then has that user and roles, for routing too);
    False otherwise, after an error box unless ``hideError``."""
    ctx = require_client("security", "switchUser")
    user = _check("switchUser", username, password, "", 60000)
    screen = ui(ctx.session)
    if user is None:
        if not hideError:
            screen.show(ctx, "errorBox", "Invalid username or password.", "Error")
        return False
    screen.show(ctx, "switchUser", username)
    ctx.gateway.relogin(ctx.session, user.name, user.roles)
    return True


def _check(function: str, username: Any, password: Any, profile: Any, timeout: Any):
    for name, value in (("username", username), ("password", password), ("authProfile", profile)):
        if not isinstance(value, str):
            raise TypeError(f"{function}(): {name} must be a string, not {type(value).__name__}")
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"{function}(): timeout must be a number of milliseconds")
    return identity(current().gateway).check(username, password, profile)
