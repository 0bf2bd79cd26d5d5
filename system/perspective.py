"""``system.perspective`` (Ignition 8.x): the messaging part, for session message handlers."""
from __future__ import annotations

from runtime.core.context import current

__all__ = ["sendMessage"]

_SCOPES = ("page", "session", "view")


def sendMessage(messageType, payload=None, scope="page", sessionId=None, pageId=None) -> None:
    """Send a message to Perspective message handlers.

    ``scope="session"`` reaches the session's own message handlers
    (``perspective/message/<messageType>.py``, with ``session`` and ``payload``). shim has no
    pages or views, so "page" and "view" messages reach no handler (a WARN line says so).
    From the gateway scope, ``sessionId`` is required, as in Ignition.
    """
    if not isinstance(messageType, str) or not messageType:
        raise TypeError("sendMessage(): messageType must be a non-empty string")
    if payload is not None and not isinstance(payload, dict):
        raise TypeError(f"sendMessage(): payload must be a dictionary, not {type(payload).__name__}")
    if scope not in _SCOPES:
        raise ValueError(f"sendMessage(): scope must be one of page, session, view, not {scope!r}")
    ctx = current()
    gateway = ctx.gateway
    if sessionId is None:
        if ctx.kind != "perspective" or ctx.session is None:
            raise ValueError("sendMessage(): sessionId is required outside a Perspective session")
        session = ctx.session
    else:
        session = gateway.sessions.get(sessionId)
        if session is None or session.kind != "perspective":
            raise ValueError(f"sendMessage(): no Perspective session with id {sessionId!r}")
    if scope != "session":
        gateway.log.write("WARN", "perspective.MessageHandler",
                          f"{scope} message '{messageType}' not delivered: shim has no pages or views",
                          ctx.tag or "gateway")
        return None
    gateway.session_host(session).deliver(messageType, dict(payload or {}))
    return None
