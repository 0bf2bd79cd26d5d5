"""Running scripts the way the Designer's script console does: one namespace, kept between
entries, in one context of a gateway (its gateway scope, or a client/Designer/Perspective session).

The console, ``shim run`` and the pytest plugin's ``run_script`` share this engine, so a file run
with ``shim run`` behaves exactly as if typed into ``shim console``. Scripts run in the same
sandbox as handlers (``compile_script``, ``new_globals`` with the project library); what they print
and the errors they raise go to the two line writers the caller gives (``out`` and ``err``).
"""
from __future__ import annotations

import ast
from types import CodeType
from typing import TYPE_CHECKING, Callable

from runtime.core.context import KINDS, LineSink, ScriptContext, activate, deactivate
from runtime.core.errors import UserError
from runtime.scripts.legacy import translate
from runtime.scripts.sandbox import ScriptSyntaxError, compile_script, new_globals
from runtime.scripts.tracebacks import format_script_error
from runtime.tools.display import echo_text

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway
    from runtime.execution.hosts import ScriptHost

#: Writes one line (no newline) to wherever the caller shows output.
Writer = Callable[[str], None]


class Interpreter:
    """A script namespace in one context; ``run_entry`` for console entries, ``run_script`` for
    whole files."""

    def __init__(self, gateway: "Gateway", host: "ScriptHost | None", out: Writer, err: Writer) -> None:
        self.gateway = gateway
        self.host = host
        self.out = out
        self.err = err
        extra = {"session": host.facade} if host is not None and host.kind == "perspective" else None
        self.namespace = new_globals("__main__", library=host.library if host else None, extra=extra)
        if host is None:
            self.context = ScriptContext("gateway", gateway, None, None, None, LineSink(out), "gateway")
        else:
            self.context = ScriptContext(host.kind, gateway, host.project.name, host.session, None,
                                         LineSink(out), host.tag)
        self._entries = 0

    @property
    def modules(self) -> list[str]:
        """What scripts here may import from the project library (8.x) and the pylib."""
        return self.host.library.module_names() if self.host is not None else []

    @property
    def where(self) -> str:
        """Where scripts run, for the console's banner: "client 65F7A472 of project X (Ignition 7.9)"."""
        if self.host is None:
            return "the gateway (no project)"
        project = self.host.project
        place = self.host.kind if self.host.session is None else f"{self.host.kind} {self.host.session.id}"
        comm = f", comm {self.host.session.comm}" if self.host.kind == "designer" else ""
        return f"{place} of project {project.name} (Ignition {project.semantics}{comm})"

    def run_entry(self, source: str) -> bool:
        """Run one console entry; a lone expression's value is echoed with Jython's ``repr`` (a
        dataset as a table; see ``runtime.tools.display``) and kept in ``_``, as Jython's console does. Errors are written, never raised; False on error."""
        if not source.strip():
            return True
        self._entries += 1
        filename = f"<input {self._entries}>"
        try:
            expression = _expression_code(source, filename)
            # compiled last so the traceback registry holds the entry as typed, not the wrapper
            statements = compile_script(source, filename).code
            if expression is None:
                self._exec(statements)
                return True
            previous = self.namespace.get("_")
            self._exec(expression)
        except BaseException as exc:  # noqa: B036 - Ctrl-C and Java throwables too: the console goes on
            self.err(format_script_error(exc))
            return False
        value = self.namespace["_"]
        if value is None:
            self.namespace["_"] = previous
        else:
            self.out(echo_text(value))
        return True

    def run_script(self, source: str, filename: str) -> bool:
        """Run a whole script (a file); errors are written, never raised; False on error."""
        try:
            self._exec(compile_script(source, filename).code)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: B036 - Java throwables are not Exceptions
            self.err(format_script_error(exc))
            return False
        return True

    def _exec(self, code: CodeType) -> None:
        token = activate(self.context)
        try:
            exec(code, self.namespace)
        finally:
            self.context.out.flush()
            deactivate(token)


def _expression_code(source: str, filename: str) -> CodeType | None:
    """The code of ``_ = (<source>)`` when the entry is one expression (print statements and
    other Jython statements are not), else None. Line numbers are unchanged."""
    try:
        tree = ast.parse(translate(source, filename))
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    try:
        return compile_script(f"_ = ({source}\n)", filename).code
    except ScriptSyntaxError:  # ``print (x)``: a statement in Jython, an expression in Python 3
        return None


def open_interpreter(gateway: "Gateway", *, context: str = "gateway", project: str | None = None,
                     user: str = "", roles: tuple[str, ...] | list[str] = (), comm: str | None = None,
                     out: Writer, err: Writer) -> Interpreter:
    """An interpreter in ``context`` of ``project``: the gateway's scope, or a new client,
    Designer (in communication mode ``comm``) or Perspective session (logged in as ``user``
    with ``roles``). Without ``project``,
    the only project of the folder; with several, the gateway scope outside any project."""
    if context not in KINDS:
        raise UserError(f"context must be one of {', '.join(KINDS)}, not {context!r}")
    name = project or _only_project(gateway)
    if name is None:
        if context != "gateway":
            known = ", ".join(sorted(gateway.projects.projects)) or "none"
            raise UserError(f"a {context} session needs a project (projects: {known})")
        return Interpreter(gateway, None, out, err)
    gateway.projects.require(name)
    if context == "gateway":
        return Interpreter(gateway, gateway.host(name), out, err)
    opener = {"client": gateway.open_client, "designer": gateway.open_designer,
              "perspective": gateway.open_perspective}[context]
    session = opener(name, user=user, roles=roles, **({"comm": comm} if comm is not None else {}))
    return Interpreter(gateway, gateway.session_host(session), out, err)


def _only_project(gateway: "Gateway") -> str | None:
    names = list(gateway.projects.projects)
    return names[0] if len(names) == 1 else None
