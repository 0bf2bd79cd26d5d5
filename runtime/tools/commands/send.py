"""``shim send``: system.util.sendMessage from the command line.

Prints the result strings on stdout, waits for the handlers, shows what they printed or
logged on stderr (tagged with context, project and handler). With ``--network`` it joins the
Gateway Network briefly, as an anonymous sender, so ``--remote-server`` reaches gateways of
other processes (``shim serve``). Exit status: 0 all handlers ran, 1 a handler failed or was
missing (or a remote server was unknown or unreachable), 2 bad input.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from runtime.tools.commands._common import (PAYLOAD_HELP, BadInput, handle_user_errors, parse_payload, projects_option,
                                           start_events, startup_option)
from runtime.tools.commands._network import join_as_sender, network_option
from runtime.tools.logview import LogView, log_options


def parse_client_spec(spec: str) -> dict:
    """``PROJECT[,user=U][,roles=R1|R2][,hostName=H][,address=A][,sessionId=ID]``."""
    project, *options = [part.strip() for part in spec.split(",")]
    if not project:
        raise BadInput(f"--client {spec!r}: the project name comes first, e.g. --client X,user=bob")
    keys = {"user": "user", "roles": "roles", "hostName": "host_name", "address": "address",
            "sessionId": "session_id"}
    opened: dict = {"project": project}
    for option in options:
        key, sep, value = option.partition("=")
        if not sep or key not in keys:
            raise BadInput(f"--client {spec!r}: unknown option {option!r} "
                           f"(expected user=, roles=, hostName=, address=, sessionId=)")
        opened[keys[key]] = [r for r in value.split("|") if r] if key == "roles" else value
    session_id = opened.get("session_id")
    if session_id is not None and not (len(session_id) == 8 and all(c in "0123456789ABCDEF" for c in session_id)):
        raise BadInput(f"--client {spec!r}: sessionId must be 8 uppercase hex digits, like 65F7A472")
    return opened


def open_gateway(projects: Path, clients: tuple[str, ...], perspectives: tuple[str, ...] = (),
                 log: LogView = LogView()):
    """A gateway on ``projects`` (folder or export) with the requested sessions open and its
    log shown on stderr as ``log`` says."""
    from runtime.gateway import Gateway
    from runtime.projects.loader import open_projects

    specs = [("client", parse_client_spec(s)) for s in clients]
    specs += [("perspective", parse_client_spec(s)) for s in perspectives]
    gateway = Gateway(open_projects(projects), start=False)
    log.attach(gateway)
    for kind, spec in specs:
        try:
            (gateway.open_client if kind == "client" else gateway.open_perspective)(**spec)
        except ValueError as exc:
            raise BadInput(f"--{kind}: {exc}") from None
    return gateway


@click.command()
@click.argument("project")
@click.argument("handler")
@click.option("--payload", help=PAYLOAD_HELP)
@click.option("--scope", help='"C", "G" or "CG" (8.1 projects: also "S").')
@click.option("--client-session-id", help="Deliver only to this client session.")
@click.option("--user", help="Deliver only to clients logged in as this user.")
@click.option("--has-role", help="Deliver only to clients whose user has this role.")
@click.option("--host-name", help="Deliver only to clients on this host.")
@click.option("--remote-server", "remote_servers", multiple=True, help="Send over the Gateway Network to this gateway.")
@click.option("--client", "clients", multiple=True, metavar="SPEC",
              help="Open a client session first: PROJECT[,user=U][,roles=R1|R2][,hostName=H][,address=A][,sessionId=ID].")
@click.option("--perspective", "perspectives", multiple=True, metavar="SPEC",
              help="Open a Perspective session first (8.1 projects), same SPEC as --client.")
@click.option("--timeout", default=60.0, show_default=True, help="Seconds to wait for the handlers.")
@projects_option
@network_option
@startup_option
@log_options
@handle_user_errors
def send(project: str, handler: str, payload: str | None, scope: str | None,
         client_session_id: str | None, user: str | None, has_role: str | None,
         host_name: str | None, remote_servers: tuple[str, ...], clients: tuple[str, ...],
         perspectives: tuple[str, ...], timeout: float, projects: Path, network: str | None,
         startup: bool, log: LogView) -> None:
    """Send a message to PROJECT's HANDLER, as system.util.sendMessage does."""
    from runtime.messaging import routing

    data = parse_payload(payload)
    if not 0 < timeout < float("inf"):
        raise BadInput("--timeout must be a positive, finite number of seconds")
    gateway = open_gateway(projects, clients, perspectives, log)
    joined = join_as_sender(gateway, network)
    start_events(gateway, startup)  # startup scripts (unless --no-startup), then the work
    target = gateway.projects.require(project)
    try:
        routing.effective_scope(scope, user=user, has_role=has_role, host_name=host_name,
                                semantics=target.semantics)
    except ValueError as exc:
        raise BadInput(f"--scope: {exc}") from None
    failures: list[str] = []
    gateway.log.on_run(lambda run: failures.append(run.tag) if run.status != "ok" else None)
    try:
        results = gateway.send_message(project, handler, data, scope, client_session_id, user,
                                       has_role, host_name, list(remote_servers) or None)
        for line in results:
            click.echo(line)
        sys.stdout.flush()
        finished = gateway.wait_idle(timeout)
    finally:
        gateway.close(wait=False)
        if joined is not None:
            joined.close()
    if not finished:
        click.echo(f"shim: handlers still running after {timeout:g} s", err=True)
        sys.exit(1)
    if failures or any(not line.endswith("sendStatus=SENT") for line in results):
        sys.exit(1)
