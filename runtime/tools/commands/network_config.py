"""``shim network-config``: a NATS server configuration with one identity per participant.

Writes ``OUT/nats-server.conf`` (one NKey user per gateway and per client process, each allowed
to publish only as itself and to subscribe only to what it is owed; see
``runtime.netnats.identities``) and ``OUT/NAME.nk``, the seed each participant connects with;
with ``--creds`` the same identities as JWT ``OUT/NAME.creds`` files and a server in operator
mode (``runtime.netnats.creds``). ``--revoke NAME`` takes one participant out of a folder written
so (its NKey user leaves the configuration, or the account JWT revokes its user JWT) (its seed or
creds file is then worthless); the running server applies it when it re-reads its configuration.
"""
from __future__ import annotations

from pathlib import Path

import click

from runtime.tools.commands._common import BadInput


@click.command("network-config")
@click.option("--gateways", metavar="A,B,C", help="The gateway names, comma-separated.")
@click.option("--clients", type=int, default=0, show_default=True,
              help="How many client processes (identities client-1 .. client-N).")
@click.option("--out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="The folder to write the configuration and the seed files to.")
@click.option("--listen", default="127.0.0.1:4222", show_default=True, help="Where the NATS server listens.")
@click.option("--creds", "as_creds", is_flag=True,
              help="Write NAME.creds files (JWT + seed, the server in operator mode) instead of NKey seeds.")
@click.option("--revoke", metavar="NAME", default=None,
              help="Revoke participant NAME of the configuration in --out (then reload the server).")
def network_config(gateways: str | None, clients: int, out: Path, listen: str, as_creds: bool,
                   revoke: str | None) -> None:
    """Write a nats-server configuration and one NKey seed (or .creds) file per participant,
    or (--revoke NAME) revoke one participant of a configuration written so."""
    from runtime.netnats.identities import revoke as revoke_participant, write_config

    if revoke is not None:
        if gateways is not None:
            raise BadInput("--revoke changes the configuration in --out; give it without --gateways")
        try:
            config = revoke_participant(out, revoke)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        except OSError as exc:
            raise BadInput(f"cannot rewrite {out}: {exc.strerror or exc}") from None
        click.echo(f"revoked {revoke} in {config}; the NATS server applies it when it re-reads its configuration "
                   f"(nats-server --signal reload, or SIGHUP): {revoke}'s connection is closed and refused from then on")
        return
    if gateways is None:
        raise BadInput("--gateways is required (or --revoke NAME)")

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
