"""``shim run``: a script file, run as ``shim console`` would run it: the same context options,
the same sandbox, one namespace. What it prints goes to stdout; what handlers print or log goes
to stderr, tagged, as with ``shim send``.

Exit status: 0 the script and every handler it triggered ran, 1 the script raised (its
traceback on stderr) or a handler failed, 2 bad input.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable

import click

from runtime.tools.commands._common import BadInput, handle_user_errors, projects_option, start_events, startup_option
from runtime.backends.scopes import COMM_MODES
from runtime.core.context import KINDS
from runtime.tools.logview import LogView, log_options


def target_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Where scripts run: ``--project``, ``--context``, ``--user``, ``--roles``, ``--projects``."""
    for option in reversed([
        click.option("--project", help="The project whose scope and script library scripts use "
                                       "(default: the only project of the folder)."),
        click.option("--context", type=click.Choice(KINDS), default="gateway", show_default=True,
                     help="Run in the gateway scope, or in a new client, Designer or Perspective session."),
        click.option("--user", default="", help="The session's user (client, designer, perspective)."),
        click.option("--roles", default="", metavar="R1,R2", help="The session user's roles."),
        click.option("--comm", type=click.Choice(COMM_MODES), default=None,
                     help="A Designer's communication mode (default read-only, as in Ignition): "
                          "read-write allows tag writes, database updates and messages."),
        projects_option,
        startup_option,
    ]):
        command = option(command)
    return command


def session_login(context: str, user: str, roles: str, comm: str | None = None) -> dict[str, Any]:
    """``--user``/``--roles``/``--comm`` checked against ``--context``: the session's
    keywords for ``open_interpreter``."""
    if (user or roles) and context == "gateway":
        raise BadInput("--user and --roles need --context client, designer or perspective")
    if comm is not None and context != "designer":
        raise BadInput("--comm needs --context designer (only a Designer has a communication mode)")
    return {"user": user, "roles": [role.strip() for role in roles.split(",") if role.strip()], "comm": comm}


def execute(source: str, filename: str, *, projects: Path, project: str | None, context: str,
            user: str, roles: str, timeout: float, comm: str | None = None, startup: bool = True,
            log: LogView = LogView()) -> int:
    """Run ``source`` as a whole script, wait for the handlers it triggered; the exit status."""
    from runtime.gateway import Gateway
    from runtime.tools.interpreter import open_interpreter
    from runtime.projects.loader import open_projects

    login = session_login(context, user, roles, comm)
    gateway = Gateway(open_projects(projects), start=False)
    log.attach(gateway)
    start_events(gateway, startup)
    failures: list[str] = []
    gateway.log.on_run(lambda run: failures.append(run.tag) if run.status != "ok" else None)
    try:
        interpreter = open_interpreter(gateway, context=context, project=project, **login, out=click.echo,
                                       err=lambda text: click.echo(text, err=True))
        ok = interpreter.run_script(source, filename)
        sys.stdout.flush()
        finished = gateway.wait_idle(timeout)
    finally:
        gateway.close(wait=False)
    if not finished:
        click.echo(f"shim: handlers still running after {timeout:g} s", err=True)
        return 1
    return 0 if ok and not failures else 1


@click.command()
@click.argument("script", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@target_options
@click.option("--timeout", default=60.0, show_default=True, help="Seconds to wait for the handlers.")
@log_options
@handle_user_errors
def run(script: Path, project: str | None, context: str, user: str, roles: str, comm: str | None,
        projects: Path, startup: bool, timeout: float, log: LogView) -> None:
    """Run SCRIPT (Jython 2 or Python 3) as the console would, then wait for its handlers."""
    data = script.read_bytes()
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        source = data.decode("latin-1")  # Jython 2 scripts predate UTF-8 everywhere
    sys.exit(execute(source, str(script), projects=projects, project=project, context=context,
                     user=user, roles=roles, timeout=timeout, comm=comm, startup=startup, log=log))
