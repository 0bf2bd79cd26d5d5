"""Vision clients in other processes, as their gateway sees them.

An Ignition Vision client is a separate JVM that logs in to its gateway (session id, user,
roles, host name, address), keeps the session alive with heartbeats, and receives the "C"
messages the gateway routes to it; a client that stops answering is timed out and drops off
the session list. Here a ``shim client`` process does the same over NATS: it opens a session
on its gateway, and the gateway puts an ordinary ``Session`` into its registry, so routing,
filters, result strings and ``system.util.getSessionInfo()`` are exactly those of a local
session. Only delivery differs: the session's host is a ``RemoteClientHost``, which publishes
to the client process instead of running a script.

The user is authenticated, as a Vision client's login is: when the gateway's ``users.json``
defines users, a client process that names a user opens its session only with that user's
password (checked here, at the gateway), and the session has the roles users.json gives the
user, whatever roles the process announced. A gateway without users takes the user as a name.
"""
from __future__ import annotations

import re
import threading
import time
from typing import TYPE_CHECKING, Any, Callable

from runtime.backends.identity import identity as identity_of
from runtime.messaging import wire
from runtime.core.errors import UserError
from runtime.execution.log import HandlerRun
from runtime.netnats import subjects
from runtime.messaging.sessions import Session

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway
    from runtime.projects.loader import Project

_SESSION_ID = re.compile(r"[0-9A-F]{8}\Z")


def owner(session_id: str) -> str:
    """Who owes the answers to requests sent to a client session (see ``Answers``)."""
    return f"session:{session_id}"


class RemoteClientHost:
    """Stands where a ScriptHost stands for a local session: ``deliver`` sends the handler
    call to the client process (messages are published in order; a request waits for the
    process's acknowledgement, then for its answer)."""

    #: the gateway hands it the send's own payload, not a copy: it goes over the wire anyway
    copies_payload = True

    def __init__(self, network: Any, gateway: "Gateway", session: Session, identity: str) -> None:
        self.network = network
        self.session = session
        self.identity = identity  # the client process's identity on the network
        self.project: "Project" = gateway.projects.require(session.project)
        self.subject = subjects.client(identity, gateway.name, session.id)

    def reset(self, project: "Project") -> None:
        """``Gateway.reload`` hands every session host the reloaded project; the client
        process runs its own copy of the scripts, so there is nothing to recompile here."""
        self.project = project

    def deliver(self, handler: str, payload: Any, reply: Callable[[HandlerRun], None] | None = None,
                urgent: bool = False, size: int = 0) -> None:
        """Send ``handler(payload)`` to the client process; ``reply`` (a request) gets the
        run it reports. ``urgent`` is the client process's business: it runs every request
        at once when waiting would deadlock, as a local host does, and so is ``size``: it counts
        its own backlog under its own limits (a refused request is answered "refused"). A payload
        that cannot cross the wire raises TypeError here, at the sender."""
        if reply is None:
            self.network.bridge.publish(self.subject, _delivery(handler, payload), bulk=True)
            return
        tree = wire.encode(payload)
        sid = self.session.id
        token = self.network.answers.expect(
            owner(sid), lambda answer: reply(self._run(handler, payload, answer)),
            lambda why: reply(self._run(handler, payload, {"status": "error", "error": f"client session {sid} {why}"})))
        self.network.send_request(self.subject, {"handler": handler, "payload": tree}, token)

    def _run(self, handler: str, payload: Any, answer: dict) -> HandlerRun:
        """The HandlerRun the client process reported (what ``_answer`` turns into the
        request's result or error)."""
        run = HandlerRun("client", self.session.project, handler, self.session.id, payload)
        run.status = answer.get("status", "error")
        run.output = list(answer.get("output", []))
        run.error = answer.get("error")
        if run.status == "ok":
            run.result = wire.decode(answer.get("result"))
        return run


#: (payload, handler, bytes) of the last delivery encoded: one send to many client processes
#: encodes its payload once (the gateway hands every session host the same payload object)
_last: tuple[Any, str, bytes] = (None, "", b"")


def _delivery(handler: str, payload: Any) -> bytes:
    global _last
    last = _last
    if last[0] is payload and last[1] == handler:
        return last[2]
    data = wire.dumps({"handler": handler, "payload": wire.encode(payload)})
    _last = (payload, handler, data)
    return data


class RemoteSessions:
    """The client processes attached to one gateway, and their heartbeats."""

    def __init__(self, network: Any, gateway: "Gateway") -> None:
        self.network = network
        self.gateway = gateway
        self._last_seen: dict[str, float] = {}  # session id -> monotonic time of last sign of life
        self._expiry: dict[str, float] = {}  # session id -> seconds of silence allowed
        self._owners: dict[str, str] = {}  # session id -> identity of the client process
        self._lock = threading.Lock()

    def user_roles(self, identity: str) -> frozenset[str]:
        """The roles ``_gateway/users.json`` gives the users of client process ``identity``'s
        sessions (what handler security trusts; the roles it announced are for routing only)."""
        users = identity_of(self.gateway).users
        with self._lock:
            sids = [sid for sid, owner in self._owners.items() if owner == identity]
        found: set[str] = set()
        for sid in sids:
            session = self.gateway.sessions.get(sid)
            user = users.get(session.user) if session is not None and session.user else None
            if user is not None:
                found.update(user.roles)
        return frozenset(found)

    def owns_session(self, identity: str) -> bool:
        """Is ``identity`` one of this gateway's attached client processes?"""
        with self._lock:
            return identity in self._owners.values()

    def open(self, message: dict, sender: str) -> dict:
        """``session.open`` from client process ``sender``: register its session; the reply
        names its id."""
        sid = str(message.get("session_id", ""))
        if not _SESSION_ID.match(sid):
            return {"error": f"session id {sid!r} is not 8 uppercase hex digits"}
        with self._lock:
            owner_now = self._owners.get(sid)
            if owner_now is not None and owner_now != sender:
                return {"error": f"session {sid} belongs to another client process"}
            if sid in self._last_seen and self.gateway.sessions.get(sid) is not None:
                self._last_seen[sid] = time.monotonic()  # the same client again (a retry)
                return {"session_id": sid}
        heartbeat = float(message.get("heartbeat", self.network.settings.heartbeat))
        if heartbeat <= 0:
            return {"error": f"heartbeat must be a positive number of seconds, not {heartbeat!r}"}
        user = str(message.get("user", ""))
        roles = frozenset(str(r) for r in message.get("roles", []))
        users = identity_of(self.gateway)
        if user and users.users:  # the gateway has users: a client names one only by logging in
            found = users.check(user, str(message.get("password", "")), "")
            if found is None:
                self.network.note(f"client process '{sender}' failed to log in as '{user}' "
                                  "(wrong user name or password): session refused")
                return {"error": f"login failed for user '{user}': wrong user name or password "
                                 "(give the password of a user of the gateway's users.json)"}
            roles = frozenset(found.roles)  # as a Vision client's: the user source's roles
        session = Session(sid, "client", str(message["project"]), user, roles, str(message.get("host_name", "")),
                          str(message.get("address", "")), time.time())
        try:
            self.gateway.attach_session(session, RemoteClientHost(self.network, self.gateway, session, sender))
        except (ValueError, UserError) as exc:  # id already open, unknown project
            return {"error": str(exc)}
        with self._lock:
            self._last_seen[sid] = time.monotonic()
            self._expiry[sid] = heartbeat * self.network.settings.missed
            self._owners[sid] = sender
        self.network.note(f"client session {sid} of {session.project} opened "
                          f"(user={session.user or '-'}, host={session.host_name or '-'})")
        return {"session_id": sid, "roles": sorted(session.roles)}

    def heartbeat(self, message: dict) -> dict:
        """``session.heartbeat``: ``known`` False tells the client to open its session again
        (this gateway restarted, or timed the session out)."""
        sid = str(message.get("session_id", ""))
        with self._lock:
            known = sid in self._last_seen and self.gateway.sessions.get(sid) is not None
            if known:
                self._last_seen[sid] = time.monotonic()
        return {"known": known}

    def close(self, message: dict, sender: str) -> dict:
        """``session.close``: the client process is exiting (only its own session)."""
        sid = str(message.get("session_id", ""))
        with self._lock:
            mine = self._owners.get(sid) == sender
        if mine:
            self.drop(sid, "closed")
        return {}

    def drop(self, sid: str, why: str) -> None:
        """Take a session off the gateway; requests it still owed fail with ``why``."""
        with self._lock:
            known = self._last_seen.pop(sid, None) is not None
            self._expiry.pop(sid, None)
            self._owners.pop(sid, None)
        if not known:
            return
        self.gateway.close_session(sid)
        self.network.answers.lose_owner(owner(sid), why)
        self.network.note(f"client session {sid} {why}")

    def expire(self) -> list[str]:
        """Drop the sessions whose client stopped sending heartbeats; their ids."""
        now = time.monotonic()
        with self._lock:
            silent = [sid for sid, seen in self._last_seen.items() if now - seen > self._expiry[sid]]
        for sid in silent:
            self.drop(sid, "timed out (no heartbeat)")
        return silent

    def drop_all(self, why: str) -> None:
        with self._lock:
            sids = list(self._last_seen)
        for sid in sids:
            self.drop(sid, why)
