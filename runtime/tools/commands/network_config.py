"""``shim network-config``: a NATS server configuration with one identity per participant.

Writes ``OUT/nats-server.conf`` (one NKey user per gateway and per client process, each allowed
to publish only as itself and to subscribe only to what it is owed; see
``runtime.netnats.identities``) and ``OUT/NAME.nk``, the seed each participant connects with;
with ``--creds`` the same identities as JWT ``OUT/NAME.creds`` files and a server in operator
mode (``runtime.netnats.creds``).
"""
from __future__ import annotations

from pathlib import Path

import click

from runtime.tools.commands._common import BadInput


@click.command("network-config")
@click.option("--gateways", required=True, metavar="A,B,C", help="The gateway names, comma-separated.")
@click.option("--clients", type=int, default=0, show_default=True,
              help="How many client processes (identities client-1 .. client-N).")
@click.option("--out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="The folder to write the configuration and the seed files to.")
@click.option("--listen", default="127.0.0.1:4222", show_default=True, help="Where the NATS server listens.")
@click.option("--creds", "as_creds", is_flag=True,
              help="Write NAME.creds files (JWT + seed, the server in operator mode) instead of NKey seeds.")
def network_config(gateways: str, clients: int, out: Path, listen: str, as_creds: bool) -> None:
    """Write a nats-server configuration and one NKey seed (or .creds) file per participant."""
    from runtime.netnats.identities import write_config

    try:
        config = write_config(out, gateways.split(","), clients, listen, creds=as_creds)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    except OSError as exc:
        raise BadInput(f"cannot write to {out}: {exc.strerror or exc}") from None
    first = gateways.split(",")[0].strip()
    flag, suffix = ("--creds", ".creds") if as_creds else ("--nkey-seed", ".nk")
    click.echo(f"wrote {config} and the {'creds' if as_creds else 'seed'} files beside it; for example:")
    click.echo(f"  nats-server -c {config}")
    click.echo(f"  shim serve --name {first} --network nats://{listen} {flag} {out / (first + suffix)}")
    if clients:
        click.echo(f"  shim client --gateway {first} --project X --identity client-1 --network nats://{listen} "
                   f"{flag} {out / ('client-1' + suffix)}")
