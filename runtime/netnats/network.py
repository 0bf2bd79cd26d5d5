"""``NatsNetwork``: the Gateway Network across processes, over NATS.

It implements ``runtime.messaging.network.GatewayNetwork`` exactly as ``LocalNetwork`` does, so a
``Gateway`` never knows which one it talks to and the result strings are the same:
``sendMessage(remoteServers=[...])`` returns each remote gateway's own strings marked
``remoteServer=NAME``; a server nobody announced gets ``sendStatus=UNKNOWN_SERVER`` at once; a
known one that does not acknowledge within ``reply_timeout`` gets ``UNREACHABLE``. The first
message to a gateway waits for its strings, and for its routing view (``runtime.netnats.views``);
later ones are posted without waiting, their strings written from the view, at most
``lanes.WINDOW`` unacknowledged at a time (``runtime.netnats.lanes``). The
directory of announcements is a cache: a name it does not know is asked directly (one round
trip; the NATS server says at once when nobody listens), so a gateway that joined a moment ago
is never reported unknown.
``sendRequest(remoteServer=...)`` completes the caller's Request with the remote handler's
return value or error text, and fails it as soon as the remote gateway is known to be gone.

Threads: nats-py runs on the bridge's loop thread; liveness (announcements, session
heartbeats) is handled right there, so a busy gateway is never mistaken for a dead one; every
other inbound call runs on one inbox thread, in arrival order; a ticker thread announces the
joined gateways and expires silent peers and client sessions every ``heartbeat`` seconds.
"""
from __future__ import annotations

import secrets
import threading
import time
from typing import TYPE_CHECKING, Any, Callable

from runtime.messaging import wire
from runtime.netnats import subjects
from runtime.netnats.answers import Answers
from runtime.netnats.approval import REFUSED
from runtime.netnats.bridge import NO_RESPONDERS, NatsBridge, NoAnswer
from runtime.netnats.credentials import Credentials
from runtime.netnats.directory import LEFT, Directory
from runtime.netnats.endpoint import GatewayEndpoint
from runtime.netnats.inbox import Inbox
from runtime.netnats.lanes import Lane
from runtime.netnats.settings import NatsSettings
from runtime.netnats.views import RoutingView
from runtime.messaging.network import UnknownServer, Unreachable, remote_lines
from runtime.messaging.requests import RequestError, RequestTimeout

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway
    from runtime.messaging.requests import Request

DEFAULT_URL = "nats://127.0.0.1:4222"

#: Exceptions a remote ``send_message`` may raise that the sender re-raises as themselves.
_REMOTE_ERRORS: dict[str, type[Exception]] = {"ValueError": ValueError, "TypeError": TypeError}


class NatsNetwork:
    """A connection to the Gateway Network; any number of gateways of this process join it."""

    def __init__(self, url: str = DEFAULT_URL, settings: NatsSettings | None = None, *,
                 events: Callable[[str], None] | None = None, name: str = "shim",
                 credentials: Credentials | None = None, identity: str | None = None) -> None:
        self.url = url
        self.settings = settings or NatsSettings()
        #: who this connection speaks as: a token of every subject it sends on, which the NATS
        #: server's permissions can bind to its credentials (``shim network-config``)
        self.identity = subjects.check_name(identity or f"anon-{secrets.token_hex(4)}", "identity")
        self._events = events or (lambda text: None)
        self.inbox = Inbox("shim-network", self.note)
        self.directory = Directory(self.settings.missed)
        self.answers = Answers()
        self._endpoints: dict[str, GatewayEndpoint] = {}
        self._lanes: dict[str, Lane] = {}  # remote gateway -> its view and flow count
        self._lock = threading.Lock()
        self._closed = threading.Event()
        try:
            self.bridge = NatsBridge(url, self.settings, name=name, events=self.note,
                                     on_reconnected=self._rediscover, credentials=credentials,
                                     identity=self.identity)
        except BaseException:
            self.inbox.stop()
            raise
        self._answer_prefix = subjects.answers(self.identity, self.bridge.uid)
        try:
            self.bridge.subscribe(subjects.ANNOUNCEMENTS, self._on_announce)
            self.bridge.subscribe(subjects.DISCOVER, lambda *_: self._announce_all())
            self.bridge.subscribe(self._answer_prefix + ".*", self._on_answer)
            self.bridge.subscribe(self._answer_prefix + ".view.*", self._on_view)
        except NoAnswer:
            self.bridge.close()
            self.inbox.stop()
            raise ConnectionError(f"the NATS server at {self.bridge.shown_url} did not confirm subscriptions") from None
        self._discovered_by = time.monotonic() + self.settings.discovery
        self.bridge.publish(subjects.DISCOVER, b"")
        self._ticker = threading.Thread(target=self._tick, name="shim-network-heartbeat", daemon=True)
        self._ticker.start()

    def note(self, text: str) -> None:
        """Report a network event (connection lost, a peer gone ...) to ``events``."""
        self._events(text)

    # -- GatewayNetwork -----------------------------------------------------------------------

    def join(self, gateway: "Gateway", *, listen: bool = True) -> None:
        """Put ``gateway`` on the network. ``listen=False`` joins a sender only (``shim send``):
        it is never announced and receives nothing, but can send and request."""
        name = subjects.check_name(gateway.name)
        if gateway.executor.synchronous:
            raise ValueError("a synchronous gateway cannot join a NATS Gateway Network: its handlers "
                             "would run on the network's inbox thread")
        if listen:
            if not self.bridge.connected:
                raise ConnectionError(f"not connected to the NATS server at {self.bridge.shown_url}: cannot check the "
                                      f"name '{name}'")
            with self._lock:
                taken = name in self._endpoints
            try:
                taken = taken or self._ping(name) is not None
            except NoAnswer:
                taken = True  # something listens under that name, silently
            if taken:
                raise ValueError(f"a gateway named '{name}' is already on the Gateway Network")
            endpoint = GatewayEndpoint(self, gateway)
            endpoint.start()
            with self._lock:
                self._endpoints[name] = endpoint
            announcement = endpoint.announcement()
            self.directory.announce(announcement)
            self.bridge.publish(subjects.announce(name), wire.dumps(announcement))
            self._flush()  # joined means announced: peers hear of it before we say ready
        gateway.network = self

    def leave(self, gateway: "Gateway") -> None:
        """Stop answering for ``gateway``, finish routing what it accepted, drop its client
        sessions and say goodbye (peers list it as not running at once)."""
        with self._lock:
            endpoint = self._endpoints.get(gateway.name)
            if endpoint is None or endpoint.gateway is not gateway:
                return
            del self._endpoints[gateway.name]
        endpoint.stop()
        self.inbox.flush(self.settings.reply_timeout)
        endpoint.farewell()  # nothing more arrives for it: its subscription is drained
        endpoint.sessions.drop_all("closed: its gateway left the Gateway Network")
        self.directory.leave(gateway.name)
        self.bridge.publish(subjects.announce(gateway.name), wire.dumps(endpoint.announcement(LEFT)))
        self._flush()  # left means announced: peers hear of it before we return

    def servers(self, running_only: bool = True) -> list[str]:
        """Gateways on the network (those of this process included), by name."""
        remaining = self._discovered_by - time.monotonic()
        if remaining > 0:
            time.sleep(remaining)
        return self.directory.running() if running_only else self.directory.known()

    def deliver_message(self, server: str, project: str, handler: str, payload: dict,
                        params: dict[str, Any], sender: str = "") -> list[str]:
        """(``sender`` is not sent: the receiver knows the sender by this connection's identity.)"""
        self._require(server)
        message = {"project": project, "handler": handler, "payload": wire.encode(payload),
                   "params": params, "watch": f"{self._answer_prefix}.view.{server}"}
        lane = self._lane(server)
        if lane is not None:
            if not self.bridge.connected:  # posted now, it would wait in nats-py's buffer, unseen
                raise Unreachable(server)
            lines = lane.view.lines(project, handler, params)
            if not lane.reserve(self.settings.reply_timeout):
                self._drop_lane(server)
                raise Unreachable(server)
            self.bridge.publish(self.call(server, "post"), wire.dumps(message), bulk=True)
            return remote_lines(server, lines)
        try:
            data = self.bridge.request(self.call(server, "message"), wire.dumps(message),
                                       self.settings.reply_timeout)
        except NoAnswer:
            raise Unreachable(server) from None
        reply = wire.loads(data)
        if REFUSED in reply:  # not approved there: as an unapproved connection, not available
            raise UnknownServer(server)
        if "error" in reply:
            raise _REMOTE_ERRORS.get(reply.get("type", ""), RuntimeError)(reply["error"])
        if reply.get("view") is not None:
            with self._lock:
                self._lanes[server] = Lane(message["watch"], RoutingView(reply["view"]))
        return remote_lines(server, reply["lines"])

    def deliver_request(self, server: str, project: str, handler: str, payload: dict,
                        params: dict[str, Any], request: "Request", sender: str = "") -> None:
        self._require(server)
        tree = wire.encode(payload)
        token = self.answers.expect(server, lambda answer: _complete(request, answer),
                                    lambda why: request._fail(RequestError(f"remote gateway '{server}' {why}")))
        self.send_request(self.call(server, "request"),
                          {"project": project, "handler": handler, "payload": tree, "params": params,
                           "timeout": request.timeout}, token)

    def call(self, server: str, operation: str) -> str:
        """The subject of a call to gateway ``server`` from this connection's identity."""
        return subjects.gateway(server, self.identity, operation)

    # -- requests and answers ----------------------------------------------------------------

    def send_request(self, subject: str, message: dict, token: str) -> None:
        """Send a request whose answer comes back under ``token`` (see ``Answers``); if its
        delivery is not acknowledged in time, the waiting request fails as unreachable."""
        message["answer"] = f"{self._answer_prefix}.{token}"

        def acknowledged(data: bytes | None, why: str | None) -> None:
            if why is not None:
                self.inbox.put(lambda: self.answers.lose(token, f"is unreachable ({why})"))
                return
            acknowledgement = wire.loads(data)  # type: ignore[arg-type]
            refused = acknowledgement.get("error") or acknowledgement.get(REFUSED)
            if refused is not None:
                self.inbox.put(lambda: self.answers.lose(token, f"refused the request: {refused}"))
        self.bridge.request_async(subject, wire.dumps(message), self.settings.reply_timeout, acknowledged)

    def answer(self, subject: str, message: dict) -> None:
        """Send a request's answer to whoever asked."""
        self.bridge.publish(subject, wire.dumps(message))

    def respond(self, reply: str, handle: Callable[[dict], dict], data: bytes) -> None:
        """Run ``handle`` on a decoded call and reply with its result, or with the error."""
        try:
            answer = handle(wire.loads(data))
        except Exception as exc:  # a bad call is answered, never fatal
            answer = {"error": str(exc), "type": type(exc).__name__}
        if reply:
            self.bridge.publish(reply, wire.dumps(answer))

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        """Leave with every gateway of this process, send what is queued, disconnect."""
        with self._lock:
            gateways = [endpoint.gateway for endpoint in self._endpoints.values()]
        for gateway in gateways:
            self.leave(gateway)
        self._closed.set()
        self.inbox.stop()
        self.bridge.close()

    def __enter__(self) -> "NatsNetwork":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------------------

    def _lane(self, server: str) -> Lane | None:
        """The lane to post to ``server`` on, if its view is current: none while NATS is down
        (the round trip says UNREACHABLE) or after an expiry period unused."""
        lane = self._lanes.get(server)
        if lane is None or not self.bridge.connected:
            return None
        if time.monotonic() - lane.used > self.settings.expiry:
            self._drop_lane(server)
            return None
        return lane

    def _drop_lane(self, server: str) -> None:
        with self._lock:
            self._lanes.pop(server, None)

    def _farewell(self, server: str) -> None:
        """``server`` left, after telling us how many of our posts it took: say how many it did not."""
        with self._lock:
            lane = self._lanes.pop(server, None)
        lost = lane.posted - lane.acked if lane is not None else 0
        if lost > 0:
            self.note(f"{lost} message(s) posted to gateway {server} reached it after it left the Gateway "
                      "Network: not delivered")

    def _on_view(self, subject: str, data: bytes, reply: str) -> None:
        """A gateway's new view and/or count of our posts (on the loop thread)."""
        lane = self._lanes.get(subject.rpartition(".")[2])
        if lane is None:
            return
        try:
            note = wire.loads(data)
            if "view" in note:
                if note["view"] is None:  # it offers no view any more: back to the round trip
                    self._drop_lane(subject.rpartition(".")[2])
                    return
                lane.view = RoutingView(note["view"])
            lane.acknowledge(int(note["acked"]))
        except (ValueError, KeyError, TypeError) as exc:
            self.note(f"ignored a malformed routing view: {exc}")

    def _require(self, server: str) -> None:
        """Return if ``server`` is on the network. The directory is a cache: on a miss (an
        announcement still in flight, a gateway back after a restart) the gateway itself is
        asked, and its reply is its announcement. Nobody listening: UnknownServer, in one
        round trip; listening but silent: Unreachable."""
        if self.directory.is_running(server):
            return
        try:
            announcement = self._ping(server)
        except NoAnswer:
            raise Unreachable(server) from None
        if announcement is None:
            raise UnknownServer(server)
        self.directory.announce(announcement)

    def _ping(self, name: str) -> dict | None:
        """The announcement of the gateway answering as ``name``, None if nobody does;
        NoAnswer if something listens but does not answer in time."""
        try:
            data = self.bridge.request(self.call(name, "ping"), b"{}", self.settings.reply_timeout)
        except NoAnswer as exc:
            if exc.why == NO_RESPONDERS:
                return None
            raise
        return wire.loads(data)

    def _flush(self) -> None:
        """Wait until what was published reached the NATS server; if NATS is down, peers learn
        from the next announcement, or from the silence."""
        try:
            self.bridge.flush()
        except NoAnswer:
            pass

    def _announce_all(self) -> None:
        with self._lock:
            endpoints = list(self._endpoints.values())
        for endpoint in endpoints:
            self.bridge.publish(subjects.announce(endpoint.gateway.name), wire.dumps(endpoint.announcement()))

    def _rediscover(self) -> None:
        """Back on NATS after an outage: say who we are and ask who is there; views may be
        stale, so the next message to each gateway asks again."""
        with self._lock:
            self._lanes.clear()
        self._announce_all()
        self.bridge.publish(subjects.DISCOVER, b"")

    def _on_announce(self, subject: str, data: bytes, reply: str) -> None:
        try:
            message = wire.loads(data)
            name = str(message["name"])
            if subject != subjects.announce(name):
                raise ValueError(f"{subject} speaks for {name!r}")
            if message.get("state") == LEFT:
                self._farewell(name)
                self.directory.leave(name)
                self.inbox.put(lambda: self.answers.lose_owner(name, "left the Gateway Network"))
            elif self.directory.announce(message):
                self._drop_lane(name)
                self.inbox.put(lambda: self.answers.lose_owner(name, "restarted"))
        except (ValueError, KeyError, TypeError) as exc:
            self.note(f"ignored a malformed announcement: {exc}")

    def _on_answer(self, subject: str, data: bytes, reply: str) -> None:
        token = subject.rpartition(".")[2]
        self.inbox.put(lambda: self.answers.answer(token, wire.loads(data)))

    def _tick(self) -> None:
        while not self._closed.wait(self.settings.heartbeat):
            self._announce_all()
            for name in self.directory.expire():
                self._drop_lane(name)
                self.note(f"gateway {name} lost: no announcement for {self.settings.expiry:g} s")
                self.inbox.put(lambda name=name: self.answers.lose_owner(
                    name, "left the Gateway Network (no heartbeat)"))
            with self._lock:
                endpoints = list(self._endpoints.values())
            for endpoint in endpoints:
                self.inbox.put(endpoint.expire)


def _complete(request: "Request", answer: dict) -> None:
    """Complete a request from the answer a remote gateway or client process sent."""
    if "value" in answer:
        request._succeed(wire.decode(answer["value"]))
    else:
        kind = RequestTimeout if answer.get("timeout") else RequestError
        request._fail(kind(answer["error"]))
