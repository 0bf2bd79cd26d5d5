"""One gateway's presence on the NATS Gateway Network: the calls it answers and its announcement.

A gateway answers on ``shim.gw.<name>.<sender>.*``: ``message`` (route a ``sendMessage`` locally, reply
with the result strings and this gateway's routing view, ``runtime.netnats.views``), ``post`` (route
a ``sendMessage`` whose strings the sender wrote from that view: no reply; every ``ACK_EVERY``
posts the sender is told how many have run here, which bounds what it may have in flight, queued
included), ``request`` (acknowledge a ``sendRequest``, answer it later with the
handler's return value or error) and ``ping`` (who answers as this name? the reply is the
announcement); and on
``shim.gw.<name>.<sender>.session.*``: ``open`` / ``heartbeat`` / ``close`` from client processes. As
in Ignition, a message that arrives over the network is delivered by the receiving gateway's
own routing, with the sender's filters.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable

from runtime.messaging import wire
from runtime.netnats import subjects
from runtime.netnats.approval import Approval
from runtime.netnats.directory import RUNNING
from runtime.netnats.sessions import RemoteSessions
from runtime.netnats.views import snapshot
from runtime.messaging.requests import Request, RequestTimeout

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

#: The filter parameters a remote ``sendMessage`` may carry (``Gateway.send_message`` keywords).
MESSAGE_PARAMS = ("scope", "client_session_id", "user", "has_role", "host_name")
#: ... and a remote ``sendRequest`` (``Gateway.request_local`` keywords).
REQUEST_PARAMS = ("scope", "client_session_id", "host_name")
#: A sender is told how many of its posts have run after every this many.
ACK_EVERY = 64


class Watcher:
    """A sender that writes this gateway's strings from its view: where it listens, how many
    of its posts arrived since it last asked and how many of those have run (``done``: what
    it is told, so its window counts what waits in this gateway's queues too), which view
    version it holds, when it last sent."""

    __slots__ = ("subject", "received", "done", "version", "active")

    def __init__(self, subject: str, version: int) -> None:
        self.subject, self.version, self.active = subject, version, time.monotonic()
        self.received = self.done = 0


class GatewayEndpoint:
    """Subscriptions and handlers for one joined gateway."""

    def __init__(self, network: Any, gateway: "Gateway") -> None:
        self.network = network
        self.gateway = gateway
        self.started = time.time()
        self.sessions = RemoteSessions(network, gateway)
        self.approval = Approval.of(gateway, network.note)
        self._subscriptions: list[Any] = []
        self._view_key: tuple = ()
        self._version = 0
        self._view: dict | None = None
        self._watchers: dict[str, Watcher] = {}  # inbox thread only

    def start(self) -> None:
        self._subscriptions = [self.network.bridge.subscribe(subjects.inbound(self.gateway.name), self._on_call)]

    def stop(self) -> None:
        """Stop answering: senders get UNREACHABLE from now on."""
        for subscription in self._subscriptions:
            self.network.bridge.unsubscribe(subscription, drain=True)
        self._subscriptions = []

    def announcement(self, state: str = RUNNING) -> dict:
        return {"name": self.gateway.name, "projects": sorted(self.gateway.projects.projects),
                "started": self.started, "heartbeat": self.network.settings.heartbeat, "state": state}

    # -- on the NATS loop thread: hand the work to the inbox ---------------------------------

    def _on_call(self, subject: str, data: bytes, reply: str) -> None:
        sender, operation = subjects.parse_inbound(subject)
        if operation == "ping":  # answered at once: the reply is this gateway's announcement
            self.network.respond(reply, lambda message: self.announcement(), b"{}")
        elif operation == "session.heartbeat":  # liveness is answered at once, never behind a backlog
            self.network.respond(reply, self.sessions.heartbeat, data)
        elif operation in ("session.open", "session.close"):
            handle = self.sessions.open if operation == "session.open" else self.sessions.close

            def changed(message: dict) -> dict:  # senders get the new view before the client its reply
                answer = handle(message, sender)
                self.refresh_view()
                return answer
            self.network.inbox.put(lambda: self.network.respond(reply, changed, data))
        elif operation == "post":
            if self.approval.admits(sender, self.sessions.owns_session(sender)):
                self.network.inbox.put(lambda: self._post(wire.loads(data), sender))
        elif operation in ("message", "request"):
            if not self.approval.admits(sender, self.sessions.owns_session(sender)):
                self.network.respond(reply, lambda message: self.approval.refusal(sender), b"{}")
                return
            if operation == "message":
                self.network.inbox.put(lambda: self.network.respond(reply, lambda m: self._message(m, sender), data))
            else:
                self.network.inbox.put(lambda: self.network.respond(reply, lambda m: self._request(m, sender), data))

    # -- on the inbox thread ------------------------------------------------------------------

    def refresh_view(self) -> None:
        """If the sessions or projects changed, make a new view and send it to every sender
        that holds one; forget senders silent for two expiry periods (they ask again after one)."""
        key = (self.gateway.sessions.version, id(self.gateway.projects), len(self.gateway.projects.projects))
        if key == self._view_key:
            return
        self._view_key = key
        self._version += 1
        self._view = snapshot(self.gateway, self._version)
        quiet = time.monotonic() - 2 * self.network.settings.expiry
        for subject, watcher in list(self._watchers.items()):
            if watcher.active < quiet:
                del self._watchers[subject]
            else:
                self._tell(watcher)

    def _tell(self, watcher: Watcher, acked: bool = False) -> None:
        """Send ``watcher`` the current view (None: none offered), and the count of its posts run."""
        note: dict[str, Any] = {"acked": watcher.done}
        if not acked:
            watcher.version = self._version
            note["view"] = self._view
        self.network.bridge.publish(watcher.subject, wire.dumps(note))

    def farewell(self) -> None:
        """Leaving (after the last post ran): tell every sender how many of its posts arrived,
        so it can say which did not."""
        for watcher in self._watchers.values():
            watcher.done = watcher.received
            self._tell(watcher, acked=True)
        self._watchers.clear()

    def expire(self) -> None:
        """The heartbeat's work here: time out silent client sessions; a new view if that
        (or a reload) changed anything."""
        self.sessions.expire()
        self.refresh_view()

    def guard(self, sender: str) -> Callable[[str, str], str | None]:
        """``sender``'s check of a gateway handler's security (``Gateway.send_message``'s guard):
        local if it is one of this gateway's client processes, with its users' roles."""
        return self.approval.gate.guard(self.gateway, sender, lambda: self.sessions.owns_session(sender),
                                        lambda: self.sessions.user_roles(sender))

    def _message(self, message: dict, sender: str = "") -> dict:
        self.refresh_view()
        params = _params(message, MESSAGE_PARAMS)
        lines = self.gateway.send_message(str(message["project"]), str(message["handler"]),
                                          wire.decode(message["payload"]), **params, guard=self.guard(sender))
        subject = _watch_subject(message, sender)
        if self._view is None or subject is None:
            return {"lines": lines}
        self._watchers[subject] = Watcher(subject, self._version)  # counting its posts from 0
        return {"lines": lines, "view": self._view}

    def _post(self, message: dict, sender: str) -> None:
        """A message whose strings the sender wrote from its view: route it like ``message``;
        a sender holding an old view gets the current one at once."""
        self.refresh_view()
        subject = _watch_subject(message, sender)
        watcher = self._watchers.get(subject) if subject is not None else None
        params = _params(message, MESSAGE_PARAMS)
        project = str(message["project"])
        try:
            self.gateway.send_message(project, str(message["handler"]),
                                      wire.decode(message["payload"]), **params, guard=self.guard(sender))
        finally:
            if watcher is not None:
                watcher.received += 1
                watcher.active = time.monotonic()
                if watcher.version != self._version:  # a change it was not told of yet
                    self._tell(watcher)
                elif watcher.received % ACK_EVERY == 0:
                    self._acknowledge_when_run(watcher, project)

    def _acknowledge_when_run(self, watcher: Watcher, project: str) -> None:
        """Tell ``watcher`` its posts so far have run once the project's queue here (its
        "shared" handlers, in arrival order) reaches this point: a sender faster than the
        handlers then waits for room instead of filling the queue up to gateway.json's
        ``queueMessages`` and being refused (#16). Client processes and "dedicated" handlers
        keep their own queues."""
        count = watcher.received

        def ran() -> None:  # on the inbox thread, where watchers live
            if self._watchers.get(watcher.subject) is watcher and count > watcher.done:
                watcher.done = count
                self._tell(watcher, acked=True)
        if project not in self.gateway.projects.projects:
            ran()  # nothing of it queued here
            return
        try:
            self.gateway.host(project).queue.put(lambda: self.network.inbox.put(ran))
        except RuntimeError:  # the gateway is closed
            ran()

    def _request(self, message: dict, sender: str) -> dict:
        project, handler = str(message["project"]), str(message["handler"])
        answer_to = str(message["answer"])
        if not answer_to.startswith("shim.answer."):  # answers go to answer subjects only
            raise ValueError(f"bad answer subject {answer_to!r}")
        timeout = message.get("timeout")
        proxy = Request(f"{project}/{handler}@{self.gateway.name}", _run_now,
                        float(timeout) if timeout else None)
        proxy.onSuccess(lambda value: self.network.answer(answer_to, _value(value)))
        proxy.onError(lambda error: self.network.answer(
            answer_to, {"error": str(error), "timeout": isinstance(error, RequestTimeout)}))
        self.gateway.request_local(project, handler, wire.decode(message["payload"]), proxy,
                                   **_params(message, REQUEST_PARAMS), guard=self.guard(sender))
        return {}


def _watch_subject(message: dict, sender: str) -> str | None:
    """Where ``sender`` wants views and counts: its own answer subjects only."""
    subject = message.get("watch")
    return subject if isinstance(subject, str) and subject.startswith(f"shim.answer.{sender}.") else None


def _params(message: dict, allowed: tuple[str, ...]) -> dict[str, str | None]:
    given = message.get("params") or {}
    return {key: (None if given.get(key) is None else str(given[key])) for key in allowed}


def _run_now(callback: Any) -> None:
    callback()


def _value(value: Any) -> dict:
    """A handler's return value as an answer, or the reason it cannot cross the wire."""
    try:
        return {"value": wire.encode(value, "result")}
    except TypeError as exc:
        return {"error": str(exc)}
