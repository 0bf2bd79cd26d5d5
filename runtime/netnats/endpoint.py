"""One gateway's presence on the NATS Gateway Network: the calls it answers and its announcement.

A gateway answers on ``shim.gw.<name>.<sender>.*``: ``message`` (route a ``sendMessage`` locally, reply
with the result strings), ``request`` (acknowledge a ``sendRequest``, answer it later with the
handler's return value or error) and ``ping`` (who answers as this name? the reply is the
announcement); and on
``shim.gw.<name>.<sender>.session.*``: ``open`` / ``heartbeat`` / ``close`` from client processes. As
in Ignition, a message that arrives over the network is delivered by the receiving gateway's
own routing, with the sender's filters.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from runtime.messaging import wire
from runtime.netnats import subjects
from runtime.netnats.approval import Approval
from runtime.netnats.directory import RUNNING
from runtime.netnats.sessions import RemoteSessions
from runtime.messaging.requests import Request, RequestTimeout

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

#: The filter parameters a remote ``sendMessage`` may carry (``Gateway.send_message`` keywords).
MESSAGE_PARAMS = ("scope", "client_session_id", "user", "has_role", "host_name")
#: ... and a remote ``sendRequest`` (``Gateway.request_local`` keywords).
REQUEST_PARAMS = ("scope", "client_session_id", "host_name")


class GatewayEndpoint:
    """Subscriptions and handlers for one joined gateway."""

    def __init__(self, network: Any, gateway: "Gateway") -> None:
        self.network = network
        self.gateway = gateway
        self.started = time.time()
        self.sessions = RemoteSessions(network, gateway)
        self.approval = Approval.of(gateway, network.note)
        self._subscriptions: list[Any] = []

    def start(self) -> None:
        self._subscriptions = [self.network.bridge.subscribe(subjects.inbound(self.gateway.name), self._on_call)]

    def stop(self) -> None:
        """Stop answering: senders get UNREACHABLE from now on."""
        for subscription in self._subscriptions:
            self.network.bridge.unsubscribe(subscription)
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
            self.network.inbox.put(lambda: self.network.respond(reply, lambda m: handle(m, sender), data))
        elif operation in ("message", "request"):
            if not self.approval.admits(sender, self.sessions.owns_session(sender)):
                self.network.respond(reply, lambda message: self.approval.refusal(sender), b"{}")
                return
            handle = self._message if operation == "message" else self._request
            self.network.inbox.put(lambda: self.network.respond(reply, handle, data))

    # -- on the inbox thread ------------------------------------------------------------------

    def _message(self, message: dict) -> dict:
        params = _params(message, MESSAGE_PARAMS)
        lines = self.gateway.send_message(str(message["project"]), str(message["handler"]),
                                          wire.decode(message["payload"]), **params)
        return {"lines": lines}

    def _request(self, message: dict) -> dict:
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
                                   **_params(message, REQUEST_PARAMS))
        return {}


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
