"""A gateway's routing view: what a sender needs to write that gateway's result strings itself.

``sendMessage(remoteServers=[...])`` returns the remote gateway's own result strings: one for
its gateway handler if it has the project, one per client session its routing selects. Asking
the remote gateway for them on every message costs a network round trip per message, which
caps a sender at a few hundred messages a second. Ignition's own Gateway Network queues a
remote message and returns; so here the remote gateway hands each sender it admitted a *view*
of what its routing depends on (its projects with their semantics, its client sessions with
id, user, roles, host and address); the sender computes the strings from the view with the
same routing functions (``runtime.messaging.routing``) and publishes the message without
waiting. The receiving gateway still routes the message by its own live state, so delivery is
always the receiver's; only the sender's strings come from the view. A view carries a version:
the receiver sends a new one to its senders whenever its sessions or projects change, and at
once to a sender whose message named an older version.

A gateway with more than ``LIMIT`` sessions offers no view (it would be large and change
often); its senders keep the round trip.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from runtime.messaging import routing
from runtime.messaging.sessions import Session

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

#: The most sessions a view lists; above it, senders ask for every message's strings.
LIMIT = 2000


def snapshot(gateway: "Gateway", version: int) -> dict | None:
    """``gateway``'s routing view as it goes on the wire, or None above ``LIMIT`` sessions."""
    sessions = gateway.sessions.all()
    if len(sessions) > LIMIT:
        return None
    return {"version": version,
            "projects": {name: project.semantics for name, project in gateway.projects.projects.items()},
            "sessions": [[s.id, s.kind, s.project, s.user, sorted(s.roles), s.host_name, s.address]
                         for s in sessions]}


class RoutingView:
    """A remote gateway's view, decoded: it writes the strings that gateway's ``send_message``
    would return (``Gateway._send_local`` with ``Gateway._filter``)."""

    def __init__(self, message: dict) -> None:
        self.version = int(message["version"])
        self.projects: dict[str, str] = {str(k): str(v) for k, v in message["projects"].items()}
        self.sessions = [Session(str(sid), str(kind), str(project), str(user), frozenset(map(str, roles)),
                                 str(host), str(address), 0.0)
                         for sid, kind, project, user, roles, host, address in message["sessions"]]

    def lines(self, project: str, handler: str, params: dict[str, Any]) -> list[str]:
        """The result strings of ``send_message(project, handler, **params)`` at the remote
        gateway; ValueError/TypeError as it would raise them (a scope its project's semantics
        do not know)."""
        user, has_role, host = params.get("user"), params.get("has_role"), params.get("host_name")
        flt = routing.MessageFilter(
            routing.effective_scope(params.get("scope"), user=user, has_role=has_role, host_name=host,
                                    semantics=self.projects.get(project, "7.9")),
            params.get("client_session_id") or None, user or None, has_role or None, host or None)
        suffix = routing.target_suffix(project, handler, flt)
        found = ["type=Gateway," + suffix] if "G" in flt.scope and project in self.projects else []
        if flt.scope != "G":
            found += [session.line_prefix + suffix for session in routing.select(self.sessions, project, flt)]
        return found
