"""The gateway: projects, sessions and executors in one object, and message delivery.

``Gateway`` is the Python API (tests, the CLI, the console, the pytest plugin all use it):

    gw = Gateway("projects")                      # load a projects folder
    bob = gw.open_client("X", user="bob", roles=["Operator"])
    gw.send_message("X", "testHandler", {"first": "Hello"})   # -> result strings
    gw.wait_idle()                                # handlers run asynchronously
    gw.close()

Routing is ``runtime.messaging.routing`` (pure); execution is ``runtime.execution.hosts`` + ``runtime.execution.executors``.
"""
from __future__ import annotations

import contextvars
import os
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterable

import runtime.backends.files  # noqa: F401  (the files folder for os.path and open, see there)
import runtime.backends.filesquota  # noqa: F401  (the quota open and the java.io writers claim from)
import runtime.backends.environ  # noqa: F401  (os.environ: gateway.json "environ")
import runtime.backends.identity  # noqa: F401  (the host java.net.InetAddress.getLocalHost names)
import runtime.backends.ui  # noqa: F401  (the client screen java.awt and javax.swing show on)
import runtime.execution.background  # noqa: F401  (where java.lang.Thread and threading.Thread run)
import runtime.execution.edt  # noqa: F401  (the event queue javax.swing.SwingUtilities hands work to)
from runtime.messaging import routing
from runtime.core.budget import DEFAULT_TIME_LIMIT
from runtime.core.context import ScriptContext, active
from runtime.core.errors import ProjectError
from runtime.execution.clock import Clock, Schedule, make_clock
from runtime.execution.executors import Executor
from runtime.execution.hosts import ScriptHost
from runtime.execution.log import GatewayLog, HandlerRun, Outbound
from runtime.isolation.host import ProcessHost
from runtime.isolation.settings import MODES, isolation_mode, worker_settings
from runtime.messaging.handlergate import local_refusal
from runtime.messaging.network import GatewayNetwork, LocalNetwork, UnknownServer, Unreachable, failed_line
from runtime.messaging.payloads import MAX_ITEMS, copy_payload, copy_value, payload_size
from runtime.projects.loader import ProjectSet, load_projects
from runtime.messaging.requests import DEFAULT_TIMEOUT, Request, RequestError
from runtime.backends.gatewayfiles import gateway_dir
from runtime.backends.limits import limits
from runtime.backends.scopes import DEFAULT_COMM, check_comm_mode
from runtime.messaging.sessions import Session, SessionRegistry, new_session_id


class Gateway:
    """An in-memory Ignition gateway running a projects folder."""

    def __init__(self, projects: str | Path | ProjectSet = "projects", *, name: str = "shim",
                 synchronous: bool = False, workers: int = 8,
                 time_limit: float | None = DEFAULT_TIME_LIMIT, clock: str | Clock = "real",
                 start: bool = True, isolation: str | None = None) -> None:
        """``clock``: "real", or "virtual" (timers and scheduled scripts run only when
        ``advance`` moves time on). ``start``: run the projects' startup scripts and start
        their event scripts now, before the gateway takes any message (else ``start()``).
        ``isolation``: "process" runs each project's gateway message handlers in worker
        processes (``runtime.isolation``), "none" in this process; by default gateway.json's
        ``"isolation"``, else "none"."""
        self.name = name
        #: seconds a handler may run before it is stopped (a handler's "timeLimit" overrides)
        self.time_limit = time_limit
        #: the most values a payload may hold (see runtime.messaging.payloads)
        self.max_payload_items = MAX_ITEMS
        self.projects = projects if isinstance(projects, ProjectSet) else load_projects(projects)
        self.isolation = isolation_mode(self.projects) if isolation is None else isolation
        if self.isolation not in MODES:
            raise ValueError(f"isolation must be one of {', '.join(MODES)}, not {self.isolation!r}")
        self._worker_settings = worker_settings(self) if self.isolation == "process" else None
        self.sessions = SessionRegistry()
        self.executor = Executor(synchronous=synchronous, workers=workers)
        self.log = GatewayLog()
        self.network: GatewayNetwork | None = None
        self.globals: dict = {}  # system.util.getGlobals() in gateway scope (7.9: one per gateway)
        self._hosts: dict[str, ScriptHost] = {}
        self._session_hosts: dict[str, ScriptHost] = {}
        self._services: dict[str, Any] = {}
        self._factories: dict[str, Callable[["Gateway"], Any]] = {}
        self._settings_seen = self._settings_stamps()  # RELOADED_SETTINGS as they are now
        self._lock = threading.RLock()  # a service's factory may ask for another (db -> files-quota)
        #: gateway.json "limits", read (and checked: a bad one stops the gateway here) once
        self.limits = limits(self)
        self._fanout = self.executor.queue("fan-out")
        #: client routing of recent sends (``_route``), each valid while the sessions and projects
        #: are those it was computed for
        self._routes: dict[tuple, tuple[int, ProjectSet, list[Session], list[str]]] = {}
        #: the filters of recent sends (``_filter``), each valid for the projects it was made for
        self._filters: dict[tuple, tuple[ProjectSet, routing.MessageFilter]] = {}
        self.clock = make_clock(clock)
        self.schedule = Schedule(self.clock, settle=lambda: self.wait_idle(None))
        self._started = False  # event scripts running (startup done)
        self._timers = False  # ... with timers and scheduled scripts
        self._log_load_problems()
        if start:
            self.start()

    # -- event scripts ----------------------------------------------------------------------

    def start(self, *, timers: bool = True, gateway_scripts: bool = True) -> None:
        """Start the event scripts of every enabled project: startup scripts run now, in
        project order, then tag change scripts subscribe and (``timers``) timer and
        scheduled scripts are scheduled; client sessions (open or opened later) run their
        client event scripts too. ``gateway_scripts=False``: client sessions only (a client
        process). Calling it again does nothing."""
        if self._started:
            return
        self._started, self._timers = True, timers
        if gateway_scripts:
            for project in self.projects.projects.values():
                if project.enabled:
                    self.host(project.name).events.start(timers=timers)
        for session in self.sessions.all():
            host = self._session_hosts.get(session.id)  # a remote client's host runs elsewhere
            if session.kind == "client" and (host is None or isinstance(host, ScriptHost)):
                self.session_host(session).events.start(timers=timers)

    def prepare(self) -> None:
        """Compile every enabled project's gateway message handlers now (``ScriptHost.prepare``;
        handlers run in worker processes compile there): ``shim serve`` does it before it says
        it is ready."""
        for project in self.projects.projects.values():
            if project.enabled:
                host = self.host(project.name)
                if isinstance(host, ScriptHost):
                    host.prepare()

    def stop_events(self) -> None:
        """Stop timers and tag change scripts and run the shutdown scripts (client sessions'
        first, then each project's), as a stopping gateway does; ``close`` calls it."""
        if not self._started:
            return
        self._started = False
        self.schedule.close()
        for host in list(self._session_hosts.values()) + list(self._hosts.values()):
            if isinstance(host, ScriptHost):
                host.events.stop()

    def advance(self, seconds: float) -> int:
        """Virtual clock: move time ``seconds`` on, running each timer and scheduled script due
        meanwhile at its time, to completion (with the tag change scripts and messages it
        caused) before the next; returns how many runs it started."""
        return self.schedule.advance(seconds)

    def keystroke(self, session: Session, key: str) -> HandlerRun:
        """The user of client ``session`` presses ``key`` ("F1", "ctrl S"): its keystroke
        script runs now; LookupError if the project has none for that key."""
        return self.session_host(session).events.keystroke(key)

    def menu(self, session: Session, item: str) -> HandlerRun:
        """The user of client ``session`` picks menubar ``item`` ("View/Consoles/RLA3 Console")."""
        return self.session_host(session).events.menu(item)

    def service(self, name: str, factory: Callable[["Gateway"], Any]) -> Any:
        """The gateway's one instance of a ``system.*`` back end (tag provider, datasources
        ...), created by ``factory(gateway)`` on first use."""
        found = self._services.get(name)
        if found is None:
            with self._lock:
                found = self._services.get(name)
                if found is None:
                    found = self._services[name] = factory(self)
                    self._factories[name] = factory
        return found

    # -- sessions ---------------------------------------------------------------------------

    def open_client(self, project: str, *, user: str = "", roles: Iterable[str] = (),
                    host_name: str = "", address: str = "", session_id: str | None = None) -> Session:
        """Open a simulated Vision client session of ``project`` (it receives "C" messages)."""
        return self._open("client", project, user, roles, host_name, address, session_id)

    def open_perspective(self, project: str, *, user: str = "", roles: Iterable[str] = (),
                         host_name: str = "", address: str = "", session_id: str | None = None) -> Session:
        """Open a Perspective session (8.x): it receives scope "S" messages in its session
        message handlers (``perspective/message/NAME.py``, with ``session`` and ``payload``)."""
        return self._open("perspective", project, user, roles, host_name, address, session_id)

    def open_designer(self, project: str, *, user: str = "", roles: Iterable[str] = (),
                      host_name: str = "", address: str = "", comm: str = DEFAULT_COMM) -> Session:
        """Open a Designer session: it never receives messages. ``comm`` is its communication
        mode, as in Ignition's Designer: "read-only" (the default: tag reads and SELECT queries;
        tag writes, database updates and messages are refused), "read-write" (everything,
        sendMessage/sendRequest included) or "off" (no tag or database traffic at all)."""
        check_comm_mode(comm)
        session = self._open("designer", project, user, roles, host_name, address, None)
        session.comm = comm
        return session

    def _open(self, kind: str, project: str, user: str, roles: Iterable[str], host_name: str,
              address: str, session_id: str | None) -> Session:
        self.projects.require(project)
        if isinstance(roles, str):
            roles = [r for r in roles.split(",") if r]
        with self._lock:
            sid = session_id or new_session_id(self.sessions.ids())
            session = Session(sid, kind, project, user or "", frozenset(roles), host_name or "",
                              address or "", time.time())
            self.sessions.add(session)
        if kind == "client" and self._started:
            self.session_host(session).events.start(timers=self._timers)
        return session

    def relogin(self, session: Session, user: str, roles: Iterable[str]) -> None:
        """Give an open session another user (``system.security.switchUser``/``logout``),
        re-indexed so routing by user and role sees the change at once."""
        with self._lock:
            self.sessions.remove(session)
            session.user, session.roles = user, frozenset(roles)
            self.sessions.add(session)

    def attach_session(self, session: Session, host: Any) -> None:
        """Add a session whose handlers run elsewhere (a client process on the Gateway
        Network): routing, filters, result strings and getSessionInfo treat it like a local
        one, and ``host.deliver(handler, payload, reply=None, urgent=False)`` carries its
        deliveries (see ``runtime.netnats.sessions``)."""
        self.projects.require(session.project)
        with self._lock:
            if self.sessions.get(session.id) is not None:
                raise ValueError(f"session id {session.id} is already open")
            self._session_hosts[session.id] = host
            self.sessions.add(session)

    def close_session(self, session: Session | str) -> None:
        """Close a session: it leaves routing; queued deliveries to it still finish."""
        found = self.sessions.get(session if isinstance(session, str) else session.id)
        if found is not None:
            self.sessions.remove(found)
            host = self._session_hosts.pop(found.id, None)
            if isinstance(host, ScriptHost):
                host.events.stop()  # the client's shutdown script

    # -- hosts ------------------------------------------------------------------------------

    def host(self, project: str) -> ScriptHost:
        """The gateway's script host for ``project``."""
        host = self._hosts.get(project)
        if host is None:
            with self._lock:
                host = self._hosts.get(project)
                if host is None:
                    found = self.projects.require(project)
                    host = self._hosts[project] = ScriptHost(self, found, "gateway") if self._worker_settings is None \
                        else ProcessHost(self, found, self._worker_settings)
        return host

    def session_host(self, session: Session) -> ScriptHost:
        """The script host of a client/Perspective/Designer session (created on first use)."""
        host = self._session_hosts.get(session.id)
        if host is None:
            with self._lock:
                host = self._session_hosts.get(session.id)
                if host is None:
                    host = ScriptHost(self, self.projects.require(session.project), session.kind, session)
                    self._session_hosts[session.id] = host
        return host

    def gateway_context(self, project: str | None = None) -> ScriptContext:
        """A context for code that runs "on the gateway" outside any handler (plain Python)."""
        if project is not None:
            return self.host(project).context()
        return ScriptContext("gateway", self, None, None, None, tag="gateway")

    # -- messaging --------------------------------------------------------------------------

    def send_message(self, project: str, handler: str, payload: dict | None = None,
                     scope: str | None = None, client_session_id: str | None = None,
                     user: str | None = None, has_role: str | None = None,
                     host_name: str | None = None, remote_servers: Iterable[str] | None = None, *,
                     guard: Guard | None = None) -> list[str]:
        """Deliver a message as ``system.util.sendMessage`` does; returns the result strings.

        Delivery is asynchronous (see ``wait_idle``); a missing handler is logged on the
        receiving side, never raised here. With ``remote_servers`` the message goes to those
        gateways of the Gateway Network (this one included only if named), each routing it by
        the other parameters. ``guard(project, handler)`` (a message that came over the Gateway
        Network: the handler's security for that caller; without it, for the script context
        sending now, ``handlergate.local_refusal``) says why this gateway's own handler may not
        run it; a refused handler is, like a missing one, the receiver's business: the result
        strings stay those of the routing.
        """
        project, handler = routing.plain_text(project), routing.plain_text(handler)
        payload = {} if payload is None else copy_payload(payload, self.max_payload_items)
        size = self._payload_size(payload)
        flt = self._filter(project, scope, client_session_id, user, has_role, host_name)
        servers = list(remote_servers) if remote_servers else None
        if self.log.send_listeners:
            self._record_send("message", project, handler, payload, scope=scope,
                              clientSessionId=client_session_id, user=user, hasRole=has_role,
                              hostName=host_name, remoteServers=servers)
        if servers:
            return self._send_remote(servers, project, handler, payload, flt, size)
        return self._send_local(project, handler, payload, flt, size, guard)

    def _payload_size(self, payload: dict) -> int:
        """``payload``'s bytes on the wire, ValueError past gateway.json ``payloadBytes`` (0 when
        neither it nor ``queueBytes`` is set: nothing counts the size)."""
        caps = self.limits
        if caps.payload_bytes is None and caps.queue_bytes is None:
            return 0
        return payload_size(payload, caps.payload_bytes)

    def _send_local(self, project: str, handler: str, payload: dict,
                    flt: routing.MessageFilter, size: int, guard: Guard | None = None) -> list[str]:
        """Deliver on this gateway. A receiver whose backlog is full (gateway.json
        ``queueMessages``/``queueBytes``) gets nothing and its line says ``sendStatus=ERROR``."""
        results: list[str] = []
        suffix = routing.target_suffix(project, handler, flt)
        if "G" in flt.scope and project in self.projects.projects:
            refused = None
            if (local_refusal(self, project, handler) if guard is None else guard(project, handler)) is None:
                host = self._hosts.get(project) or self.host(project)
                refused = host.deliver(handler, payload, size=size)
            results.append("type=Gateway," + (suffix if refused is None else _error_suffix(project, handler, flt)))
        if flt.scope != "G":
            receivers, lines = self._route(project, handler, flt, suffix)
            if len(receivers) > FANOUT_INLINE or self._fanout.busy:
                # a broadcast: the sender gets its list at once; a worker enqueues the
                # deliveries, in order (every later session delivery waits behind it), and a
                # session that is full then logs its refusal (its line was written as SENT)
                results.extend(lines)
                self._fanout.put(lambda: self._deliver_to(receivers, handler, payload, size))
            elif receivers:
                refused = self._deliver_to(receivers, handler, payload, size)
                if refused:
                    lines = list(lines)  # the cached list is shared
                    for index in refused:
                        lines[index] = receivers[index].line_prefix + _error_suffix(project, handler, flt)
                results.extend(lines)
        return results

    def _route(self, project: str, handler: str, flt: routing.MessageFilter,
               suffix: str) -> tuple[list[Session], list[str]]:
        """The client sessions a send reaches and their result strings, from the cache while
        no session opened, closed or logged in again (``SessionRegistry.version``) and the
        projects were not reloaded since: a broadcast repeated to 10,000 sessions re-filtered
        and re-built 10,000 strings each time, about five queue puts per session. Both lists
        are shared: callers copy, never change them."""
        key = (project, handler, flt.scope, flt.client_session_id, flt.user, flt.has_role, flt.host_name)
        version, projects = self.sessions.version, self.projects  # read before routing: a change
        cached = self._routes.get(key)                             # meanwhile invalidates the entry
        if cached is not None and cached[0] == version and cached[1] is projects:
            return cached[2], cached[3]
        receivers = routing.select(self.sessions.candidates(project, flt), project, flt)
        lines = [session.line_prefix + suffix for session in receivers]
        if len(self._routes) >= _ROUTES_KEPT:
            self._routes.clear()
        self._routes[key] = (version, projects, receivers, lines)
        return receivers, lines

    def _deliver_to(self, receivers: list[Session], handler: str, payload: dict, size: int) -> list[int]:
        """Deliver to each session; the indexes of those that refused it (their backlog is
        full: ``ScriptHost.admit`` logged why). A host in another process copies the payload
        itself, by sending it (once per send), and counts its own backlog."""
        hosts = self._session_hosts
        refused = []
        for index, session in enumerate(receivers):
            host = hosts.get(session.id) or self.session_host(session)
            if not isinstance(host, ScriptHost):
                host.deliver(handler, payload, size=size)
            elif host.admit(handler, size) is None:
                host.enqueue(handler, clone_payload(payload), size=size)
            else:
                refused.append(index)
        return refused

    def _filter(self, project: str, scope: str | None, client_session_id: str | None,
                user: str | None, has_role: str | None, host_name: str | None) -> routing.MessageFilter:
        """The send's filter with its effective scope (the project's semantics decide the
        default), from ``_filters`` when every parameter is an exact ``str`` or None (a script's
        ``str`` subclass could claim to equal another send's key) and the projects were not
        reloaded since."""
        key = (project, scope, client_session_id, user, has_role, host_name)
        plain = _PLAIN_KEYS.issuperset(map(type, key))
        if plain:
            cached = self._filters.get(key)
            if cached is not None and cached[0] is self.projects:
                return cached[1]
        flt = self._new_filter(project, scope, client_session_id, user, has_role, host_name)
        if plain:
            if len(self._filters) >= _ROUTES_KEPT:
                self._filters.clear()
            self._filters[key] = (self.projects, flt)
        return flt

    def _new_filter(self, project: str, scope: str | None, client_session_id: str | None,
                    user: str | None, has_role: str | None, host_name: str | None) -> routing.MessageFilter:
        found = self.projects.get(project)
        semantics = found.semantics if found is not None else "7.9"
        return routing.MessageFilter(
            routing.effective_scope(scope, user=user, has_role=has_role, host_name=host_name,
                                    semantics=semantics),
            client_session_id or None, user or None, has_role or None, host_name or None)

    def _send_remote(self, servers: list[str], project: str, handler: str, payload: dict,
                     flt: routing.MessageFilter, size: int) -> list[str]:
        params = {"scope": flt.scope, "client_session_id": flt.client_session_id, "user": flt.user,
                  "has_role": flt.has_role, "host_name": flt.host_name}
        results: list[str] = []
        for server in servers:
            if server == self.name:
                results.extend(self._send_local(project, handler, payload, flt, size))
                continue
            try:
                if self.network is None:
                    raise UnknownServer(server)
                results.extend(self.network.deliver_message(server, project, handler, payload, params, sender=self.name))
            except UnknownServer:
                results.append(failed_line(server, project, handler, flt, "UNKNOWN_SERVER"))
            except Unreachable:
                results.append(failed_line(server, project, handler, flt, "UNREACHABLE"))
        return results

    def send_request(self, project: str, handler: str, payload: dict | None = None, *,
                     host_name: str | None = None, remote_server: str | None = None,
                     timeout: float | None = DEFAULT_TIMEOUT, scope: str | None = None,
                     client_session_id: str | None = None,
                     dispatch: Callable[[Callable[[], None]], None] | None = None) -> Request:
        """Start a request (``sendRequest``/``sendRequestAsync``): exactly one handler answers.

        The default target is the gateway ("G"); with ``clientSessionId`` or ``hostName`` and no
        scope, the first matching client. ``dispatch`` runs the Request's callbacks (the
        caller's UI thread for a client); by default they run on a worker.
        """
        payload = {} if payload is None else copy_payload(payload, self.max_payload_items)
        size = self._payload_size(payload)
        if self.log.send_listeners:
            self._record_send("request", project, handler, payload, hostName=host_name,
                              remoteServer=remote_server, scope=scope, clientSessionId=client_session_id)
        label = f"{project}/{handler}" + (f"@{remote_server}" if remote_server else "")
        request = Request(label, dispatch or self._run_callback, timeout)
        params = {"scope": scope, "client_session_id": client_session_id, "host_name": host_name}
        if remote_server and remote_server != self.name:
            try:
                if self.network is None:
                    raise UnknownServer(remote_server)
                self.network.deliver_request(remote_server, project, handler, payload, params, request, sender=self.name)
            except (UnknownServer, Unreachable) as exc:
                why = "is not on the Gateway Network" if isinstance(exc, UnknownServer) else "is unreachable"
                request._fail(RequestError(f"remote gateway '{remote_server}' {why}"))
        else:
            self.request_local(project, handler, payload, request, **params, size=size)
        return request

    def request_local(self, project: str, handler: str, payload: dict, request: Request, *,
                      scope: str | None = None, client_session_id: str | None = None,
                      host_name: str | None = None, guard: Guard | None = None, size: int | None = None) -> None:
        """Deliver a request on this gateway; the answering handler completes ``request``
        (``guard``: see ``send_message``; a refused gateway handler fails the request, naming why;
        so does a payload over gateway.json ``payloadBytes`` or a receiver that is full).
        ``size``: the payload's bytes on the wire when the sender measured them already."""
        if size is None:
            try:
                size = self._payload_size(payload)
            except (TypeError, ValueError) as exc:
                request._fail(RequestError(f"message handler {project}/{handler} on gateway '{self.name}' "
                                           f"refused the request: {exc}"))
                return
        if project not in self.projects.projects:
            request._fail(RequestError(f"project '{project}' not found on gateway '{self.name}'"))
            return
        if scope is None:
            scope = "C" if (client_session_id or host_name) else "G"
        flt = self._filter(project, scope, client_session_id, None, None, host_name)
        if "G" in flt.scope:
            why = local_refusal(self, project, handler) if guard is None else guard(project, handler)
            if why is not None:
                request._fail(RequestError(f"message handler {project}/{handler} on gateway '{self.name}' "
                                           f"refused the request: {why}"))
                return
            target = self.host(project)
        else:
            receivers = routing.select(self.sessions.candidates(project, flt), project, flt)
            if not receivers:
                request._fail(RequestError(f"no client session of project '{project}' matches the request"))
                return
            target = self.session_host(receivers[0])
            payload = clone_payload(payload)
        target.deliver(handler, payload, reply=lambda run: _answer(request, run), urgent=True, size=size)

    def _record_send(self, kind: str, project: str, handler: str, payload: dict, **params: Any) -> None:
        """Tell the log's send listeners what a script of this gateway sent (tests, traces)."""
        ctx = active()
        if ctx is None or ctx.gateway is not self:
            return  # plain Python, or a delivery arriving over the Gateway Network
        given = {key: value for key, value in params.items() if value is not None}
        self.log.sent(Outbound(kind, ctx.tag, project, handler, clone_payload(payload), given))

    def _run_callback(self, callback: Callable[[], None]) -> None:
        context = contextvars.copy_context()
        self.executor.run_dedicated(lambda: context.run(callback))

    # -- reload ---------------------------------------------------------------------------

    def reload_settings(self) -> list[str]:
        """Re-read the gateway files of ``RELOADED_SETTINGS`` (``_gateway/users.json``) that
        changed since they were read: the services built from them are built again, so a
        user's new roles or password count from the next check on (handler security,
        ``system.security``, ``system.user``; edits ``system.user`` made in memory are replaced
        by the file). A file that no longer loads is logged and the old settings stay.
        Returns the files re-read. ``reload`` and ``watch`` call it."""
        now = self._settings_stamps()
        reloaded = []
        for name, services in RELOADED_SETTINGS.items():
            if now[name] == self._settings_seen.get(name):
                continue
            self._settings_seen[name] = now[name]
            factories = [(service, self._factories[service]) for service in services if service in self._factories]
            try:  # built outside the lock: a factory may ask for another service
                fresh = {service: factory(self) for service, factory in factories}
            except ProjectError as exc:
                self.log.write("ERROR", "gateway", f"{name} not reloaded, keeping the previous settings: {exc}",
                               "gateway")
                continue
            with self._lock:
                self._services.update(fresh)
            reloaded.append(name)
            self.log.write("INFO", "gateway", f"{name} reloaded", "gateway")
        return reloaded

    def _settings_stamps(self) -> dict[str, tuple[int, int] | None]:
        stamps: dict[str, tuple[int, int] | None] = {}
        for name in RELOADED_SETTINGS:
            try:
                stat = (gateway_dir(self) / name).stat()
                stamps[name] = (stat.st_mtime_ns, stat.st_size)
            except OSError:
                stamps[name] = None
        return stamps

    def reload(self) -> None:
        """Re-read the projects folder (and ``reload_settings``). Messages already queued are kept and run the new code;
        a folder that no longer loads raises ``ProjectError`` and the old projects stay; a project
        whose edit broke it keeps running its previous version (the problem is logged)."""
        fresh = load_projects(self.projects.root)
        for name in list(fresh.broken):
            previous = self.projects.get(name)
            if previous is not None:
                fresh.projects[name] = previous
                fresh.broken[name] += "; its previous version keeps running"
        with self._lock:
            self.projects = fresh
            hosts = list(self._hosts.items()) + [(h.project.name, h) for h in self._session_hosts.values()]
        for name, host in hosts:
            project = fresh.get(name)
            if project is not None:
                # Ignition restarts a saved project's event scripts: shutdown, then startup
                running = self._started and host.events.started
                if running:
                    host.events.stop()
                host.reset(project)
                if running:
                    host.events.start(timers=self._timers)
        self.log.write("INFO", "gateway", f"projects reloaded from {fresh.root}", "gateway")
        self._log_load_problems()
        self.reload_settings()

    def _log_load_problems(self) -> None:
        """Each project that did not load (an error) and each handler file left out or disabled
        (a warning), in the gateway log: Ignition logs what fails to load and runs the rest."""
        for name, problem in self.projects.broken.items():
            self.log.write("ERROR", "gateway.ProjectManager", f"project '{name}' not loaded: {problem}", "gateway")
        for project in self.projects.projects.values():
            for problem in project.problems:
                self.log.write("WARN", "gateway.ProjectManager", problem, "gateway")

    def watch(self, interval: float = 1.0) -> None:
        """Reload whenever a file under the projects folder changes (polled every ``interval``
        seconds until the gateway closes); a folder that fails to load is logged, not fatal.
        A change is reloaded once the folder has held still for one poll, so a file an editor
        or a checkout is still writing is never loaded half-written (and reloaded twice).
        A change only under ``_gateway/`` re-reads the gateway's settings (``reload_settings``)
        and leaves the projects and their event scripts running, as Ignition restarts only a
        saved project."""
        def loop() -> None:
            seen = _snapshot(self.projects.root)
            while not self.executor.closed:
                time.sleep(interval)
                now = _snapshot(self.projects.root)
                if now != seen:
                    while not self.executor.closed:
                        time.sleep(interval)
                        settled = _snapshot(self.projects.root)
                        if settled == now:
                            break
                        now = settled
                    changed = {path for path in now.keys() | seen.keys() if now.get(path) != seen.get(path)}
                    seen = now
                    settings = str(gateway_dir(self))
                    if all(path.startswith(settings + os.sep) for path in changed):
                        self.reload_settings()
                        continue
                    try:
                        self.reload()
                    except ProjectError as exc:
                        self.log.write("ERROR", "gateway", f"reload failed, keeping the old projects: {exc}", "gateway")
        threading.Thread(target=loop, name="shim-watch", daemon=True).start()

    # -- lifecycle --------------------------------------------------------------------------

    def wait_idle(self, timeout: float | None = 30.0) -> bool:
        """Wait until every queued handler has run; False if ``timeout`` passed first."""
        return self.executor.wait_idle(timeout)

    def close(self, *, wait: bool | float = True) -> list[str]:
        """Stop the gateway: let queued deliveries finish (``wait``: True, or at most that many
        seconds) or drop them. Handlers still blocked on dedicated threads are reported in the
        log and returned; they never keep the process from exiting."""
        if self.network is not None:
            self.network.leave(self)
        self.stop_events()
        blocked = self.executor.close(wait=wait)
        for host in list(self._hosts.values()):
            if isinstance(host, ProcessHost):
                host.close()  # its workers stop; a run still going is killed
        if blocked:
            self.log.write("WARN", "gateway", f"{len(blocked)} handler thread(s) still running at shutdown: "
                           + ", ".join(blocked), "gateway")
        return blocked

    def __enter__(self) -> "Gateway":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


_default: Gateway | None = None
_default_lock = threading.Lock()


#: ``guard(project, handler)``: why this gateway's handler may not run a call that came over
#: the Gateway Network (its NAME.json "security"), or None (a local call: ``local_refusal``).
Guard = Callable[[str, str], "str | None"]

#: The gateway files ``Gateway.reload_settings`` re-reads when they change, and the services
#: (``Gateway.service`` names) built from them, in the order they are rebuilt.
RELOADED_SETTINGS = {"users.json": ("identity", "users")}

#: Sends to more sessions than this hand their deliveries to a worker (see send_message).
FANOUT_INLINE = 32

#: routings ``Gateway._route`` keeps (distinct project, handler and filter combinations)
_ROUTES_KEPT = 256

#: the types of a send's parameters that may key a cache (``Gateway._filter``)
_PLAIN_KEYS = frozenset({str, type(None)})


def _error_suffix(project: str, handler: str, flt: routing.MessageFilter) -> str:
    """The result string's end for a receiver that refused the message (its backlog is full)."""
    return routing.target_suffix(project, handler, flt, "ERROR")


def clone_payload(payload: dict) -> dict:
    """Each receiver gets its own payload, as each Ignition client deserialises its own copy
    (``payload`` was already checked and copied at the sender)."""
    return copy_payload(payload)


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    files = {}
    for path in root.rglob("*"):
        try:
            stat = path.stat()
        except OSError:
            continue
        files[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return files


def _answer(request: Request, run: HandlerRun) -> None:
    """Complete a request from the run of the handler that answered it."""
    if run.status == "ok":
        try:
            result = copy_value(run.result, "result")
        except (TypeError, ValueError) as exc:
            request._fail(RequestError(f"message handler {run.project}/{run.handler} returned what "
                                       f"cannot be sent back: {exc}"))
            return
        request._succeed(result)
    elif run.status in ("missing", "refused"):
        request._fail(RequestError(run.error))
    else:
        detail = run.error.splitlines()[-1] if run.error else "error"
        error = RequestError(f"Error executing message handler {run.project}/{run.handler}: {detail}")
        error.__cause__ = run.exception
        request._fail(error)


def network(*gateways: Gateway) -> LocalNetwork:
    """Join ``gateways`` in one in-process Gateway Network (by their names)."""
    joined = LocalNetwork()
    for gateway in gateways:
        joined.join(gateway)
    return joined


def default_gateway() -> Gateway:
    """The gateway plain Python talks to outside any script context: ``$SHIM_PROJECTS`` or
    ``./projects`` when it exists, else an empty one."""
    global _default
    with _default_lock:
        if _default is None:
            folder = Path(os.environ.get("SHIM_PROJECTS", "projects"))
            projects = folder if folder.is_dir() else ProjectSet(folder, {}, {})
            _default = Gateway(projects)
        return _default
