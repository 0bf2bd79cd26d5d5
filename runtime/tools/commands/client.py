"""``shim client``: a Vision client process attached to a gateway on the Gateway Network.

It opens a client session (id, user, roles, host name, address) on ``--gateway`` (logging in:
a gateway with users checks ``--user``'s password, from ``--password-file`` or ``$SHIM_PASSWORD``,
and refuses the session, exit 2, when it is wrong), which then
routes the "C" messages matching it here; the project's client handlers run in this process
(so it needs the same projects folder), their output is logged on stderr, and what their
scripts send goes through the gateway. It heartbeats;
on SIGINT/SIGTERM it closes its session and exits 0. A client killed outright is dropped by
the gateway after ``--missed`` heartbeats.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from runtime.tools.commands._common import BadInput, handle_user_errors, projects_option
from runtime.tools.commands._network import (closed_on_failure, connect, network_option, stop_signals,
                                       timing_options)
from runtime.tools.logview import LogView, log_options


@click.command("client")
@click.option("--gateway", "gateway_name", required=True, help="The gateway to attach to.")
@click.option("--project", required=True, help="The client's project.")
@click.option("--user", default="", help="The logged-in user.")
@click.option("--roles", default="", help="The user's roles, comma-separated (a gateway with users gives "
                                           "the logged-in user's roles instead).")
@click.option("--password-file", type=click.Path(path_type=Path, dir_okay=False), envvar="SHIM_PASSWORD_FILE",
              help="A file holding --user's password, checked by the gateway against its users.json "
                   "($SHIM_PASSWORD_FILE; or the password itself in $SHIM_PASSWORD).")
@click.option("--host-name", default="", help="The client's host name.")
@click.option("--address", default="", help="The client's address.")
@click.option("--session-id", default=None, help="The session id (8 uppercase hex digits; default: random).")
@click.option("--wait", type=float, default=10.0, show_default=True,
              help="Seconds to wait for the gateway at start-up.")
@projects_option
@network_option
@timing_options
@log_options
@handle_user_errors
def client_cmd(gateway_name: str, project: str, user: str, roles: str, password_file: Path | None,
               host_name: str, address: str, session_id: str | None, wait: float, projects: Path, network: str | None,
               heartbeat: float, missed: int, reply_timeout: float, log: LogView) -> None:
    """Run a Vision client session of PROJECT on GATEWAY until SIGINT/SIGTERM."""
    from runtime.netnats import subjects
    from runtime.netnats.client import ClientProcess
    from runtime.projects.loader import open_projects

    if not network:
        raise BadInput("--network is required: the client reaches its gateway over NATS")
    if session_id is not None and not (len(session_id) == 8 and all(c in "0123456789ABCDEF" for c in session_id)):
        raise BadInput("--session-id must be 8 uppercase hex digits, like 65F7A472")
    try:
        subjects.check_name(gateway_name)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    password = _password(password_file)
    folder = open_projects(projects)
    folder.require(project)
    joined = connect(network, heartbeat, missed, reply_timeout)
    client = ClientProcess(joined, gateway_name, folder, project, user=user,
                           roles=[r for r in roles.split(",") if r], host_name=host_name,
                           address=address, session_id=session_id, password=password)
    log.attach(client.local)
    with closed_on_failure(joined):
        client.start(wait)
    wait_for_stop = stop_signals()
    click.echo(f"client {client.session_id} of {project} ready on gateway {gateway_name}")
    sys.stdout.flush()
    signal_name = wait_for_stop()
    dropped = client.stop()
    joined.close()
    click.echo(f"client {client.session_id} stopped ({signal_name}): session closed, "
               f"{dropped} deliveries dropped", err=True)


def _password(path: Path | None) -> str:
    """``--password-file``'s first line (a trailing newline is not part of it), else
    ``$SHIM_PASSWORD``, else none; an unreadable file is bad input."""
    if path is None:
        return os.environ.get("SHIM_PASSWORD", "")
    try:
        return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
    except OSError as exc:
        raise BadInput(f"--password-file {path}: {exc.strerror or exc}") from None
