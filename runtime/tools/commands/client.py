"""``shim client``: a Vision client process attached to a gateway on the Gateway Network.

It opens a client session (id, user, roles, host name, address) on ``--gateway``, which then
routes the "C" messages matching it here; the project's client handlers run in this process
(so it needs the same projects folder), their output is logged on stderr, and what their
scripts send goes through the gateway. It heartbeats;
on SIGINT/SIGTERM it closes its session and exits 0. A client killed outright is dropped by
the gateway after ``--missed`` heartbeats.
"""
from __future__ import annotations

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
@click.option("--roles", default="", help="The user's roles, comma-separated.")
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
def client_cmd(gateway_name: str, project: str, user: str, roles: str, host_name: str, address: str,
               session_id: str | None, wait: float, projects: Path, network: str | None,
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
    folder = open_projects(projects)
    folder.require(project)
    joined = connect(network, heartbeat, missed, reply_timeout)
    client = ClientProcess(joined, gateway_name, folder, project, user=user,
                           roles=[r for r in roles.split(",") if r], host_name=host_name,
                           address=address, session_id=session_id)
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
