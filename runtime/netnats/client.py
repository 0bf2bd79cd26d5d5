"""A Vision client in a process of its own, attached to a gateway over the NATS Gateway Network.

An Ignition Vision client logs in to its gateway (session id, user, roles, host, address),
keeps its session alive with heartbeats, and runs the project's *client* message handlers in
its own JVM when the gateway routes a "C" message to it; their output goes to the client's
console, and what its scripts send goes through the gateway. ``ClientProcess`` does that: it
opens the session on the gateway (which then routes to it like to any session), runs
deliveries on a local client session with the handlers' own threading (shared / dedicated /
edt), answers ``sendRequest``s, forwards its scripts' sends (``AttachedGateway``), and
heartbeats. If the
gateway forgets the session (it restarted, or timed the session out while NATS was down), the
next heartbeat says so and the client opens it again with the same id.
"""
from __future__ import annotations

import threading
import time
from typing import Any, Iterable

from runtime.messaging import wire
from runtime.gateway import Gateway
from runtime.execution.log import HandlerRun
from runtime.netnats import subjects
from runtime.netnats.bridge import NoAnswer
from runtime.netnats.network import NatsNetwork
from runtime.projects.loader import ProjectSet
from runtime.messaging.requests import Request
from runtime.messaging.sessions import Session, new_session_id


class ClientProcess:
    """One client session of ``project`` on gateway ``gateway_name``, run in this process."""

    def __init__(self, network: NatsNetwork, gateway_name: str, projects: ProjectSet, project: str, *,
                 user: str = "", roles: Iterable[str] = (), host_name: str = "", address: str = "",
                 session_id: str | None = None, password: str = "") -> None:
        """``password``: ``user``'s, which the gateway checks when it has users (``users.json``);
        the session then has the roles the gateway gives that user."""
        self.network = network
        self._password = password
        self.gateway_name = subjects.check_name(gateway_name)
        self.session_id = session_id or new_session_id()
        #: this process's own scripting runtime, where the client's handlers run
        self.local = AttachedGateway(projects, name=f"client-{self.session_id}", attached_to=self.gateway_name)
        self.session: Session = self.local.open_client(project, user=user, roles=roles, host_name=host_name,
                                                       address=address, session_id=self.session_id)
        self._host = self.local.session_host(self.session)
        self._subscription: Any = None
        self._stop = threading.Event()
        self._heartbeats = threading.Thread(target=self._heartbeat, name="shim-client-heartbeat", daemon=True)
        self._gateway_lost = False

    def start(self, wait: float) -> Session:
        """Subscribe to deliveries, then open the session on the gateway, waiting up to
        ``wait`` s for the gateway to answer. ValueError if it refuses (unknown project, id
        taken); ConnectionError if it never answers."""
        self._host.prepare()  # its handlers compiled first: the first delivery waits for nothing
        self._subscription = self.network.bridge.subscribe(
            subjects.client(self.network.identity, self.gateway_name, self.session_id), self._on_delivery)
        deadline = time.monotonic() + wait
        while True:
            try:
                reply = self._call("session.open", self._open_message())
                break
            except NoAnswer:
                if time.monotonic() >= deadline:
                    raise ConnectionError(f"gateway '{self.gateway_name}' did not answer within {wait:g} s") from None
                time.sleep(min(0.2, self.network.settings.heartbeat))
        if "error" in reply:  # nothing of this client stays behind
            self.network.bridge.unsubscribe(self._subscription)
            self._subscription = None
            self.local.close(wait=False)
            raise ValueError(f"gateway '{self.gateway_name}' refused the session: {reply['error']}")
        self._adopt_roles(reply)
        self.network.join(self.local, listen=False)  # client scripts may use remoteServers
        self._heartbeats.start()
        return self.session

    def stop(self, drain_timeout: float = 5.0) -> int:
        """Close the session on the gateway, finish the deliveries already received (within
        ``drain_timeout`` s) and stop; returns how many were dropped."""
        self._stop.set()
        if self._heartbeats.is_alive():
            self._heartbeats.join(self.network.settings.reply_timeout + 1.0)
        try:
            self._call("session.close", {"session_id": self.session_id})
        except NoAnswer:
            pass  # the gateway is gone already; it forgets the session by itself
        if self._subscription is not None:
            self.network.bridge.unsubscribe(self._subscription)
        self.network.inbox.flush(drain_timeout)
        self.local.wait_idle(drain_timeout)
        dropped = self.local.executor.outstanding
        self.local.close(wait=False)
        return dropped

    # -- the gateway's side of the conversation -----------------------------------------------

    def _call(self, operation: str, message: dict) -> dict:
        data = self.network.bridge.request(self.network.call(self.gateway_name, operation),
                                           wire.dumps(message), self.network.settings.reply_timeout)
        return wire.loads(data)

    def _open_message(self) -> dict:
        s = self.session
        message = {"session_id": s.id, "project": s.project, "user": s.user, "roles": sorted(s.roles),
                   "host_name": s.host_name, "address": s.address,
                   "heartbeat": self.network.settings.heartbeat}
        if s.user and self._password:
            message["password"] = self._password
        return message

    def _adopt_roles(self, reply: dict) -> None:
        """The roles the gateway gave the logged-in user are this client's too (its scripts'
        ``system.security.getRoles``), as a Vision client's come from the user source."""
        roles = reply.get("roles")
        if isinstance(roles, list) and frozenset(roles) != self.session.roles:
            self.local.relogin(self.session, self.session.user, [str(r) for r in roles])

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.network.settings.heartbeat):
            try:
                known = self._call("session.heartbeat", {"session_id": self.session_id}).get("known")
                if not known:
                    reply = self._call("session.open", self._open_message())
                    if "error" not in reply:
                        self._adopt_roles(reply)
                    self.network.note(f"session {self.session_id} re-opened on gateway {self.gateway_name}"
                                      if "error" not in reply else
                                      f"gateway {self.gateway_name} refused the session again: {reply['error']}")
            except NoAnswer:
                if not self._gateway_lost:
                    self.network.note(f"gateway {self.gateway_name} is not answering; retrying")
                self._gateway_lost = True
                continue
            if self._gateway_lost:
                self.network.note(f"gateway {self.gateway_name} answers again")
                self._gateway_lost = False

    def _on_delivery(self, subject: str, data: bytes, reply: str) -> None:
        self.network.inbox.put(lambda: self._deliver(wire.loads(data), reply))

    def _deliver(self, message: dict, reply: str) -> None:
        handler, payload = str(message["handler"]), wire.decode(message["payload"])
        answer_to = message.get("answer")
        if answer_to is None:
            self._host.deliver(handler, payload)
            return
        if reply:
            self.network.bridge.publish(reply, b"{}")  # received: the answer follows
        self._host.deliver(handler, payload, reply=lambda run: self.network.answer(answer_to, _run_answer(run)),
                           urgent=True)


class AttachedGateway(Gateway):
    """The client process's scripting runtime. What its scripts send goes through the gateway
    it is attached to, as a Vision client's ``sendMessage``/``sendRequest`` do: that gateway
    routes it (back to this client too, when it matches) and its result strings come back as
    the gateway's own, without a ``remoteServer=`` mark. Explicit ``remoteServers`` /
    ``remoteServer`` go where they say."""

    def __init__(self, projects: ProjectSet, *, name: str, attached_to: str) -> None:
        super().__init__(projects, name=name, start=False)
        self.attached_to = attached_to
        self.start(gateway_scripts=False)  # its client session runs the client event scripts

    def send_message(self, project: str, handler: str, payload: dict | None = None,
                     scope: str | None = None, client_session_id: str | None = None,
                     user: str | None = None, has_role: str | None = None,
                     host_name: str | None = None, remote_servers: Iterable[str] | None = None) -> list[str]:
        if remote_servers:
            return super().send_message(project, handler, payload, scope, client_session_id, user,
                                        has_role, host_name, remote_servers)
        lines = super().send_message(project, handler, payload, scope, client_session_id, user,
                                     has_role, host_name, [self.attached_to])
        mark = f",remoteServer={self.attached_to},"
        return [line.replace(mark, ",", 1) for line in lines]

    def send_request(self, project: str, handler: str, payload: dict | None = None, *,
                     remote_server: str | None = None, **options: Any) -> Request:
        return super().send_request(project, handler, payload, remote_server=remote_server or self.attached_to,
                                    **options)


def _run_answer(run: HandlerRun) -> dict:
    """What the gateway needs to complete a request from this run (``RemoteClientHost._run``)."""
    answer: dict[str, Any] = {"status": run.status, "error": run.error, "output": run.output}
    if run.status == "ok":
        try:
            answer["result"] = wire.encode(run.result, "result")
        except TypeError as exc:
            answer.update(status="error", error=f"TypeError: {exc}")
    return answer
