"""``shim request``: system.util.sendRequest from the command line; prints the return value.
With ``--network`` and ``--remote-server`` the answering gateway may be another process.

Exit status: 0 the handler answered, 1 it failed, was missing or timed out, 2 bad input.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from runtime.tools.commands._common import (PAYLOAD_HELP, BadInput, handle_user_errors, parse_payload, projects_option,
                                           start_events, startup_option)
from runtime.tools.commands._network import join_as_sender, network_option
from runtime.tools.commands.send import open_gateway


@click.command()
@click.argument("project")
@click.argument("handler")
@click.option("--payload", help=PAYLOAD_HELP)
@click.option("--timeout", default=60.0, show_default=True, help="Seconds to wait for the answer (timeoutSec).")
@click.option("--scope", help='"G" (default) or "C" for a client (8.1: "S" for a session).')
@click.option("--client-session-id", help="The client session that answers.")
@click.option("--host-name", help="The client host that answers.")
@click.option("--remote-server", help="The gateway (on the Gateway Network) that answers.")
@click.option("--client", "clients", multiple=True, metavar="SPEC", help="Open a client session first (see shim send).")
@click.option("--perspective", "perspectives", multiple=True, metavar="SPEC", help="Open a Perspective session first.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the value as JSON whatever it is (a dataset as a list of row objects).")
@projects_option
@network_option
@startup_option
@handle_user_errors
def request(project: str, handler: str, payload: str | None, timeout: float, scope: str | None,
            client_session_id: str | None, host_name: str | None, remote_server: str | None,
            clients: tuple[str, ...], perspectives: tuple[str, ...], as_json: bool, projects: Path,
            network: str | None, startup: bool) -> None:
    """Send a request to PROJECT's HANDLER and print what it returns (as JSON when it can, a
    dataset as a table; --json: JSON always)."""
    from runtime.messaging.requests import RequestError

    data = parse_payload(payload)
    if not 0 < timeout < float("inf"):
        raise BadInput("--timeout must be a positive, finite number of seconds")
    gateway = open_gateway(projects, clients, perspectives)
    joined = join_as_sender(gateway, network)
    start_events(gateway, startup)  # startup scripts (unless --no-startup), then the work
    gateway.projects.require(project)
    try:
        value = gateway.send_request(project, handler, data, host_name=host_name, remote_server=remote_server,
                                     timeout=timeout, scope=scope, client_session_id=client_session_id).get()
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    except RequestError as exc:
        click.echo(f"shim: {exc}", err=True)
        sys.exit(1)
    finally:
        gateway.close(wait=False)
        if joined is not None:
            joined.close()
    click.echo(answer_text(value, as_json))


def answer_text(value: object, as_json: bool) -> str:
    """The handler's return value: JSON when it can be (``--json``: always, datasets as a list of
    row objects), else as Jython shows it, a dataset as a table."""
    from runtime.tools.display import dataset_rows, echo_text, is_dataset

    def convert(item: object) -> object:
        return dataset_rows(item) if is_dataset(item) else str(item)

    if as_json:
        return json.dumps(value, default=convert, ensure_ascii=False)
    if is_dataset(value):
        return echo_text(value)
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return echo_text(value)
