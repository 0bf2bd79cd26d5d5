"""``ShimTester``: a gateway under test, with what its handlers did and assertions about it.

The pytest plugin hands one to each test as the ``shim`` fixture; it works without pytest too.
Every helper that sends waits for the handlers and raises ``HandlerError`` when one of them
failed or was missing, with the handler's own traceback (its file, line and source line), so a
broken handler fails the test where the message was sent. A handler error no helper reported
(a send through ``gateway`` directly, a timer) fails the test at its end; ``pop_errors`` takes
the errors a test expects.
"""
from __future__ import annotations

import difflib
import textwrap
from typing import Any, Iterable

from runtime.backends.scopes import DEFAULT_COMM
from runtime.gateway import Gateway
from runtime.tools.interpreter import Interpreter
from runtime.execution.log import HandlerRun, LogRecord, Outbound
from runtime.tools.recorder import Recorder
from runtime.messaging.requests import RequestError
from runtime.messaging.sessions import Session

_ANY: Any = object()


class HandlerError(AssertionError):
    """Handlers failed (or were missing) under test; the message holds their own tracebacks."""

    def __init__(self, runs: list[HandlerRun], heading: str = "") -> None:
        self.runs = runs
        parts = [heading] if heading else []
        parts += [f"{run.tag} failed:\n{textwrap.indent(run.error or run.status, '    ')}" for run in runs]
        super().__init__("\n".join(parts))


class ShimTester:
    """A gateway and everything its handlers did since the tester was made."""

    def __init__(self, gateway: Gateway, *, timeout: float = 30.0) -> None:
        self.gateway = gateway
        self.timeout = timeout  # seconds helpers wait for handlers (asynchronous mode)
        self._recorder = Recorder(gateway)
        self._reported: set[int] = set()  # ids of failed runs a helper raised or a test took

    # -- what happened ----------------------------------------------------------------------

    @property
    def runs(self) -> list[HandlerRun]:
        """Every handler run, in the order they finished."""
        return self._recorder.runs

    @property
    def records(self) -> list[LogRecord]:
        """Every log record: printed lines (logger "stdout"), logger calls, handler errors."""
        return self._recorder.records

    @property
    def sent(self) -> list[Outbound]:
        """Every message and request the scripts sent (``sendMessage``, ``sendRequest`` ...)."""
        return self._recorder.sent

    @property
    def errors(self) -> list[HandlerRun]:
        """The runs that failed or whose handler was missing."""
        return [run for run in self.runs if run.status != "ok"]

    def find(self, handler: str | None = None, *, project: str | None = None,
             context: str | None = None, session: Session | None = None) -> list[HandlerRun]:
        """The runs of ``handler`` (any when None), narrowed by project, context ("gateway",
        "client", "perspective") or session."""
        return [run for run in self.runs
                if (handler is None or run.handler == handler) and (project is None or run.project == project)
                and (context is None or run.context == context)
                and (session is None or run.session_id == session.id)]

    def output(self, handler: str | None = None, **where: Any) -> list[str]:
        """The lines the matching runs printed, in order (``where`` as in ``find``)."""
        return [line for run in self.find(handler, **where) for line in run.output]

    def logs(self, handler: str | None = None, **where: Any) -> list[LogRecord]:
        """What the matching runs logged besides printing (``system.util.getLogger`` ...)."""
        return [record for run in self.find(handler, **where) for record in self._recorder.detail(run).logs]

    # -- sessions ---------------------------------------------------------------------------

    def client(self, project: str, *, user: str = "", roles: Iterable[str] = (), host_name: str = "",
               address: str = "", session_id: str | None = None) -> Session:
        """Open a Vision client session (it receives scope "C" messages)."""
        return self.gateway.open_client(project, user=user, roles=roles, host_name=host_name,
                                        address=address, session_id=session_id)

    def perspective(self, project: str, *, user: str = "", roles: Iterable[str] = (), host_name: str = "",
                    address: str = "", session_id: str | None = None) -> Session:
        """Open a Perspective session (8.1: it receives scope "S" messages)."""
        return self.gateway.open_perspective(project, user=user, roles=roles, host_name=host_name,
                                             address=address, session_id=session_id)

    def designer(self, project: str, *, user: str = "", roles: Iterable[str] = (),
                 comm: str = DEFAULT_COMM) -> Session:
        """Open a Designer session (it never receives) in communication mode ``comm``
        ("read-only" by default, as in Ignition; "read-write" to write tags and send messages)."""
        return self.gateway.open_designer(project, user=user, roles=roles, comm=comm)

    # -- acting -----------------------------------------------------------------------------

    def send(self, project: str, handler: str, payload: dict | None = None, *, scope: str | None = None,
             client_session_id: str | Session | None = None, user: str | None = None,
             has_role: str | None = None, host_name: str | None = None, check: bool = True) -> list[str]:
        """``system.util.sendMessage`` from outside any script; waits for the handlers and
        returns the result strings. Raises ``HandlerError`` if a handler failed or was missing
        (``check=False``: the test looks at ``errors`` itself)."""
        __tracebackhide__ = True
        start = len(self.runs)
        if isinstance(client_session_id, Session):
            client_session_id = client_session_id.id
        results = self.gateway.send_message(project, handler, payload, scope, client_session_id,
                                            user, has_role, host_name)
        self.wait()
        self._check(self.runs[start:], raise_errors=check)
        return results

    def request(self, project: str, handler: str, payload: dict | None = None, *,
                scope: str | None = None, client_session_id: str | Session | None = None,
                host_name: str | None = None, timeout: float | None = None) -> Any:
        """``system.util.sendRequest``: the handler's return value. Raises ``HandlerError``
        (with the handler's traceback) when it fails, is missing or times out."""
        __tracebackhide__ = True
        start = len(self.runs)
        if isinstance(client_session_id, Session):
            client_session_id = client_session_id.id
        request = self.gateway.send_request(project, handler, payload, scope=scope, host_name=host_name,
                                            client_session_id=client_session_id,
                                            timeout=timeout or self.timeout)
        try:
            value = request.get()
        except RequestError as exc:
            self.wait()
            failed = [run for run in self.runs[start:] if run.status != "ok"]
            self._reported.update(map(id, failed))
            raise HandlerError(failed, f"request {project}/{handler}: {exc}") from None
        self.wait()
        self._check(self.runs[start:], raise_errors=True)
        return value

    def run_script(self, source: str, *, project: str | None = None, session: Session | None = None) -> list[str]:
        """Run a script as ``shim console`` would, in ``session`` or the gateway scope of
        ``project`` (default: the only project); waits for the handlers it triggered and
        returns what the script printed. Raises ``HandlerError`` if it or a handler failed."""
        __tracebackhide__ = True
        lines: list[str] = []
        errors: list[str] = []
        if session is not None:
            host = self.gateway.session_host(session)
        elif project is not None or len(self.gateway.projects.projects) == 1:
            host = self.gateway.host(project or next(iter(self.gateway.projects.projects)))
        else:
            host = None
        start = len(self.runs)
        ok = Interpreter(self.gateway, host, lines.append, errors.append).run_script(source, "<script>")
        self.wait()
        if not ok:
            raise HandlerError([], "the script failed:\n" + textwrap.indent("\n".join(errors), "    "))
        self._check(self.runs[start:], raise_errors=True)
        return lines

    def advance(self, seconds: float, *, check: bool = True) -> list[HandlerRun]:
        """Move the gateway's virtual clock ``seconds`` on: the timer and scheduled scripts due
        meanwhile run, in time order, each with what it caused (tag change scripts, messages).
        Returns the runs; raises ``HandlerError`` if one failed (``check=False``: the test
        looks at ``errors`` itself)."""
        __tracebackhide__ = True
        start = len(self.runs)
        self.gateway.advance(seconds)
        self.wait()
        self._check(self.runs[start:], raise_errors=check)
        return self.runs[start:]

    def keystroke(self, session: Session, key: str) -> HandlerRun:
        """The user of client ``session`` presses ``key`` ("F1", "ctrl S"): its keystroke
        script runs; raises ``HandlerError`` if it failed."""
        __tracebackhide__ = True
        return self._user_action(lambda: self.gateway.keystroke(session, key))

    def menu(self, session: Session, item: str) -> HandlerRun:
        """The user of client ``session`` picks menubar ``item`` ("Command/Logout")."""
        __tracebackhide__ = True
        return self._user_action(lambda: self.gateway.menu(session, item))

    def close_client(self, session: Session) -> None:
        """Close a client session: its shutdown script runs."""
        __tracebackhide__ = True
        self._user_action(lambda: self.gateway.close_session(session))

    def _user_action(self, action: Any) -> Any:
        __tracebackhide__ = True
        start = len(self.runs)
        result = action()
        self.wait()
        self._check(self.runs[start:], raise_errors=True)
        return result

    def wait(self, timeout: float | None = None) -> None:
        """Wait until every queued handler has run (asynchronous mode; instant when synchronous)."""
        __tracebackhide__ = True
        limit = self.timeout if timeout is None else timeout
        if not self.gateway.wait_idle(limit):
            raise AssertionError(f"handlers still running after {limit:g} s")

    # -- asserting --------------------------------------------------------------------------

    def assert_ran(self, handler: str, *, output: list[str] | None = None, result: Any = _ANY,
                   times: int | None = None, **where: Any) -> HandlerRun:
        """The last run of ``handler`` (``where`` as in ``find``), which must have succeeded,
        printed ``output`` (all matching runs' lines, in order) and returned ``result``."""
        __tracebackhide__ = True
        runs = self.find(handler, **where)
        if not runs:
            ran = ", ".join(run.tag for run in self.runs) or "none"
            raise AssertionError(f"{handler} did not run{_where(where)} (runs: {ran})")
        failed = [run for run in runs if run.status != "ok"]
        if failed:
            self._reported.update(map(id, failed))
            raise HandlerError(failed)
        if times is not None and len(runs) != times:
            raise AssertionError(f"{handler} ran {len(runs)} time(s){_where(where)}, expected {times}")
        if output is not None:
            printed = [line for run in runs for line in run.output]
            if printed != list(output):
                diff = "\n".join(line.rstrip("\n") for line in difflib.ndiff(list(output), printed))
                raise AssertionError(f"{handler}{_where(where)} printed other lines "
                                     f"(- expected, + printed):\n{diff}")
        last = runs[-1]
        if result is not _ANY and last.result != result:
            raise AssertionError(f"{last.tag} returned {last.result!r}, expected {result!r}")
        return last

    def assert_sent(self, project: str, handler: str, payload: Any = _ANY, **params: Any) -> Outbound:
        """A script sent a message or request to ``project``/``handler`` (with ``payload`` and
        the given parameters, spelled as in ``sendMessage``: scope, clientSessionId ...)."""
        __tracebackhide__ = True
        for message in self.sent:
            if (message.project, message.handler) == (project, handler) \
                    and (payload is _ANY or message.payload == payload) \
                    and all(message.params.get(key) == value for key, value in params.items()):
                return message
        sent = "\n".join(f"    {m.sender} -> {m.project}/{m.handler} {m.payload!r} {m.params}" for m in self.sent)
        raise AssertionError(f"nothing sent to {project}/{handler} matching; sent:\n{sent or '    nothing'}")

    def assert_no_errors(self) -> None:
        """No handler has failed or been missing (not yet reported)."""
        __tracebackhide__ = True
        self._check(self.runs, raise_errors=True)

    def pop_errors(self) -> list[HandlerRun]:
        """The failed runs no helper has reported yet; the test takes them (they no longer
        fail it)."""
        taken = self.unreported_errors()
        self._reported.update(map(id, taken))
        return taken

    def unreported_errors(self) -> list[HandlerRun]:
        """Failed runs that neither a helper raised nor the test took."""
        return [run for run in self.errors if id(run) not in self._reported]

    def close(self) -> None:
        """Stop listening and close the gateway."""
        self._recorder.close()
        self.gateway.close(wait=False)

    def _check(self, runs: list[HandlerRun], *, raise_errors: bool) -> None:
        __tracebackhide__ = True
        failed = [run for run in runs if run.status != "ok" and id(run) not in self._reported]
        self._reported.update(map(id, failed))
        if failed and raise_errors:
            raise HandlerError(failed)


def _where(where: dict[str, Any]) -> str:
    shown = {key: (value.id if isinstance(value, Session) else value) for key, value in where.items()}
    return "".join(f" {key}={value}" for key, value in shown.items())
