"""A worker process: one project's message handlers, run for its gateway (see ``runtime.isolation``).

``python -m runtime.worker`` is started by ``runtime.isolation.supervisor`` and speaks
``Channel`` frames on the pipes it was given as stdin and stdout (which it then points at
/dev/null, so nothing a script or a C library prints can corrupt the stream). Its first frame
holds its settings; it applies its memory limit (RLIMIT_AS) before it imports the runtime or
loads any script, and a CPU limit (RLIMIT_CPU) before each run, so even C code that holds the
interpreter is stopped by the kernel.

It runs a ``WorkerGateway``: an ordinary in-process gateway over the same projects folder (the
project's library, pylib, compile cache, files folder and gateway.json, read from disk as the
gateway reads them), except for what lives in the gateway's memory: ``sendMessage``,
``sendRequest``, ``sendRequestAsync``, tag reads and writes and database statements go to the
gateway over the channel (``runtime.isolation.remote``), and the rest of the gateway's in-memory
back ends (users, alarms, SFCs ...) are refused with a clear error rather than silently replaced
by a private copy.
"""
from __future__ import annotations

import itertools
import os
import queue
import sys
import threading
from typing import Any, Callable

from runtime.isolation.channel import Channel, error_from
from runtime.isolation.globals import WorkerGlobals
from runtime.isolation.remote import REMOTE, RemoteNetwork, RemoteSessions, refused

#: Gateway back ends a worker may run itself: they read the gateway's files, or reach out
#: (mail, HTTP) under the gateway's own allow-lists; none holds state other scripts see.
LOCAL_SERVICES = frozenset({"files", "files-quota", "http", "smtp", "identity", "translations", "logging-levels",
                            "limits"})


class Link:
    """The worker's end of the channel: calls into the gateway, and the jobs it sends."""

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self.jobs: queue.SimpleQueue[dict | None] = queue.SimpleQueue()
        self._numbers = itertools.count(1)
        self._replies: dict[int, list] = {}  # call id -> [event, reply frame]
        self._answers: dict[int, Any] = {}  # request id -> the local Request it completes
        self._lock = threading.Lock()
        self._gone = False

    def call(self, name: str, args: dict, number: int | None = None) -> Any:
        """Call the gateway and wait (in budget-aware slices) for its reply."""
        from runtime.core.budget import tick
        from runtime.messaging import wire

        number = number if number is not None else next(self._numbers)
        slot = [threading.Event(), None]
        with self._lock:
            if self._gone:
                raise RuntimeError("the gateway is gone")
            self._replies[number] = slot
        self.channel.send({"call": name, "id": number, "args": args})
        while not slot[0].wait(0.05):
            tick()
        reply = slot[1]
        if "ok" not in reply:
            raise error_from(reply.get("error"))
        return wire.decode(reply["ok"])

    def expect(self, request: Any) -> int:
        """A number for a request whose answer the gateway sends later."""
        number = next(self._numbers)
        with self._lock:
            self._answers[number] = request
        return number

    def read(self) -> None:
        """The reader thread: jobs to the main loop, replies and answers to their waiters."""
        from runtime.messaging import wire

        while True:
            try:
                message = self.channel.receive()
            except Exception:  # the gateway never sends a bad frame; treat one as the end
                message = None
            if message is None or "exit" in message:
                break
            if "job" in message:
                self.jobs.put(message["job"])
            elif "reply" in message:
                with self._lock:
                    slot = self._replies.pop(message["reply"], None)
                if slot is not None:
                    slot[1] = message
                    slot[0].set()
            elif "answer" in message:
                with self._lock:
                    request = self._answers.pop(message["answer"], None)
                if request is not None:
                    if "ok" in message:
                        request._succeed(wire.decode(message["ok"]))
                    else:
                        request._fail(error_from(message.get("error")))
        with self._lock:
            self._gone = True
            waiting = list(self._replies.values())
        for slot in waiting:
            slot[1] = {"error": ["RuntimeError", "the gateway is gone"]}
            slot[0].set()
        self.jobs.put(None)


def _gateway_class() -> type:
    """``WorkerGateway``, defined once the memory limit is in place (it imports the runtime)."""
    from runtime.gateway import Gateway
    from runtime.messaging import wire
    from runtime.messaging.payloads import copy_payload
    from runtime.messaging.requests import DEFAULT_TIMEOUT, Request

    class WorkerGateway(Gateway):
        """An in-process gateway whose messages and requests go to the real gateway."""

        link: Link

        def attach(self, link: Link) -> None:
            """Use ``link``: the gateway's sessions and network are seen through it from now on."""
            self.link = link
            self.sessions = RemoteSessions(link)  # type: ignore[assignment]
            self.network = RemoteNetwork(link)  # type: ignore[assignment]

        def send_message(self, project: str, handler: str, payload: dict | None = None,
                         scope: str | None = None, client_session_id: str | None = None,
                         user: str | None = None, has_role: str | None = None,
                         host_name: str | None = None, remote_servers: Any = None) -> list[str]:
            payload = {} if payload is None else copy_payload(payload, self.max_payload_items)
            self._payload_size(payload)  # over payloadBytes: refused here, before it is framed (and there again)
            return self.link.call("send_message", {
                "project": project, "handler": handler, "payload": wire.encode(payload), "scope": scope,
                "client_session_id": client_session_id, "user": user, "has_role": has_role,
                "host_name": host_name, "remote_servers": None if remote_servers is None else list(remote_servers)})

        def send_request(self, project: str, handler: str, payload: dict | None = None, *,
                         host_name: str | None = None, remote_server: str | None = None,
                         timeout: float | None = DEFAULT_TIMEOUT, scope: str | None = None,
                         client_session_id: str | None = None,
                         dispatch: Callable[[Callable[[], None]], None] | None = None) -> Request:
            payload = {} if payload is None else copy_payload(payload, self.max_payload_items)
            self._payload_size(payload)
            label = f"{project}/{handler}" + (f"@{remote_server}" if remote_server else "")
            request = Request(label, dispatch or self._run_callback, None)  # the gateway times it out
            number = self.link.expect(request)
            self.link.call("send_request", {
                "project": project, "handler": handler, "payload": wire.encode(payload), "host_name": host_name,
                "remote_server": remote_server, "timeout": timeout, "scope": scope,
                "client_session_id": client_session_id}, number)
            return request

        def service(self, name: str, factory: Callable[[Any], Any]) -> Any:
            remote = REMOTE.get(name)
            if remote is not None:
                return super().service(name, lambda _gateway: remote(self.link))
            if name not in LOCAL_SERVICES:
                raise refused(f"the gateway's {name!r} back end")
            return super().service(name, factory)

    return WorkerGateway


def _limit(which: int, value: int | None) -> None:
    import resource

    soft, hard = resource.getrlimit(which)
    wanted = hard if value is None else value if hard == resource.RLIM_INFINITY else min(value, hard)
    resource.setrlimit(which, (wanted, hard))


def _cpu_limit(seconds: int | None) -> None:
    """Give the next run ``seconds`` of CPU from now (SIGXCPU past them ends the process)."""
    import resource

    if seconds is None:
        _limit(resource.RLIMIT_CPU, None)
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _limit(resource.RLIMIT_CPU, int(usage.ru_utime + usage.ru_stime) + 1 + int(seconds))


def _run_event(host: Any, job: dict) -> Any:
    """Run the gateway event script ``job`` names (``ProcessHost.run_event``) as in-process."""
    from runtime.execution.events import tag_change_variables
    from runtime.execution.log import HandlerRun
    from runtime.isolation.values import qualified_from
    from runtime.messaging import wire

    kind, name = str(job["event"]), str(job["name"])
    spec = next((s for s in host.project.event_scripts("gateway", kind) if s.name == name), None)
    if spec is None:  # the gateway's projects were reloaded meanwhile: this worker is an old one
        run = HandlerRun("gateway", host.project.name, name, None, None)
        run.status, run.error = "missing", f"no {kind} script {name!r} in this worker's copy of the project"
        return run
    variables: dict = {}
    if job.get("tag") is not None:
        tag = wire.decode(job["tag"])
        variables = tag_change_variables(str(tag["path"]), qualified_from(tag["before"]),
                                         qualified_from(tag["after"]), bool(tag["initial"]), int(tag["count"]))
    return host.events.run_here(spec, variables)


def main() -> int:
    read_fd, write_fd = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    channel = Channel(read_fd, write_fd)
    first = channel.receive()
    if not first or not isinstance(first.get("init"), dict):
        return 2
    settings = first["init"]
    import resource

    _limit(resource.RLIMIT_AS, int(settings["memory"]))

    from runtime.messaging import wire
    from runtime.messaging.payloads import copy_value
    from runtime.projects.loader import load_projects

    projects = load_projects(settings["root"])
    project = settings["project"]
    if project in projects.projects:
        projects.projects[project].semantics = settings["semantics"]
    gateway = _gateway_class()(projects, name=settings["name"], time_limit=settings["time_limit"],
                               workers=2, start=False, isolation="none")
    link = Link(channel)
    gateway.attach(link)

    def relay(record: Any) -> None:
        try:
            channel.send({"log": [record.level, record.logger, record.message, record.tag]})
        except (OSError, ValueError):
            pass
    gateway.log.subscribe(relay)
    threading.Thread(target=link.read, name="shim-worker-link", daemon=True).start()
    channel.send({"ready": os.getpid()})
    host = gateway.host(project)
    mirror = WorkerGlobals(gateway.globals, lambda text: gateway.log.write("WARN", "gateway.Globals", text, host.tag))
    while True:
        job = link.jobs.get()
        if job is None:
            break
        channel.send({"started": True})  # from here on the run counts: never sent again elsewhere
        mirror.load(job.get("globals"))
        _cpu_limit(job.get("cpu"))
        if "event" in job:
            run = _run_event(host, job)
        else:
            run = host.run_handler(job["handler"], wire.decode(job["payload"]))
        done: dict = {"status": run.status, "error": run.error, "output": run.output,
                      "memory": isinstance(run.exception, MemoryError), "globals": mirror.changes()}
        if job.get("answer") and run.status == "ok":
            try:
                done["result"] = wire.encode(copy_value(run.result, "result"), "result")
            except (TypeError, ValueError) as exc:
                done["unsendable"] = str(exc)
        channel.send({"done": done})
    sys.stdout.flush()
    os._exit(0)  # handler threads still running die with the process


if __name__ == "__main__":
    sys.exit(main())
