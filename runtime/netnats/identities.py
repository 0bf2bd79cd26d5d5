"""One NKey identity per participant, and the NATS permissions that make it unforgeable.

Every subject of the Gateway Network carries its sender's identity as a token (see
``runtime.netnats.subjects``): a call from B to C is ``shim.gw.C.B.message``, B's announcements
are ``shim.announce.B``, C's deliveries to its client process ``client-1`` are
``shim.client.client-1.C.<session>``. So the NATS server can enforce, per user, that a
participant

- publishes only as itself: ``shim.gw.*.B.>``, ``shim.announce.B``, ``shim.client.*.B.>``;
- subscribes only to what it is owed: its own inbound calls ``shim.gw.B.>``, its deliveries
  ``shim.client.B.>``, its acknowledgements and answers ``shim.reply.B.>`` /
  ``shim.answer.B.>``, and everyone's announcements;
- answers a call only through the reply subject of a call it received (``allow_responses``).

A process holding B's credentials therefore cannot deliver a message claiming to come from A
(the server refuses the publish: "Permissions Violation"), nor read what is sent to A.
``write_config`` writes the nats-server configuration (``authorization { users = [...] }`` with
one ``nkey`` user each) and one seed file per participant (``NAME.nk``); the NKeys come from the
``nkeys`` package (nats-py's own).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from runtime.netnats import subjects


@dataclass(frozen=True)
class Participant:
    """A gateway (``shim serve --name NAME``) or a client/sender process (``--identity NAME``)."""

    name: str
    gateway: bool

    def permissions(self) -> dict:
        me = self.name
        publish = [f"shim.gw.*.{me}.>", "shim.answer.>", subjects.DISCOVER]
        subscribe = [subjects.ANNOUNCEMENTS, subjects.DISCOVER, f"shim.reply.{me}.>", f"shim.answer.{me}.>"]
        if self.gateway:
            publish += [subjects.announce(me), f"shim.client.*.{me}.>"]
            subscribe += [subjects.inbound(me)]
        else:
            subscribe += [f"shim.client.{me}.>"]
        return {"publish": {"allow": publish}, "subscribe": {"allow": subscribe}, "allow_responses": True}


def participants(gateways: list[str], clients: int) -> list[Participant]:
    """The gateways by name and ``client-1`` .. ``client-N``; ValueError on a bad or repeated name."""
    found = [Participant(subjects.check_name(name.strip()), True) for name in gateways if name.strip()]
    if not found:
        raise ValueError("--gateways needs at least one gateway name, e.g. --gateways A,B,C")
    if clients < 0:
        raise ValueError("--clients must not be negative")
    found += [Participant(f"client-{number}", False) for number in range(1, clients + 1)]
    names = [p.name for p in found]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"participant names must be unique: {', '.join(repeated)}")
    return found


def new_seed() -> bytes:
    """A fresh user NKey seed (``SU...``)."""
    import nkeys

    return nkeys.encode_seed(os.urandom(32), nkeys.PREFIX_BYTE_USER)


def public_key(seed: bytes) -> str:
    import nkeys

    return nkeys.from_seed(bytearray(seed)).public_key.decode()


def write_config(out: Path, gateways: list[str], clients: int, listen: str = "127.0.0.1:4222",
                 creds: bool = False) -> Path:
    """Write ``out/nats-server.conf`` and ``out/NAME.nk`` for every participant (``creds``: the
    server in operator mode and ``out/NAME.creds``, see ``runtime.netnats.creds``); the config's
    path. Seed and creds files are private to their owner (mode 0600); an existing folder's files
    are replaced."""
    everyone = participants(gateways, clients)
    out.mkdir(parents=True, exist_ok=True)
    if creds:
        from runtime.netnats.creds import write_creds_config

        return write_creds_config(out, everyone, listen)
    users = []
    for participant in everyone:
        seed = new_seed()
        path = out / f"{participant.name}.nk"
        path.write_bytes(seed + b"\n")
        path.chmod(0o600)
        users.append((participant.name, f"{{nkey: {public_key(seed)}, permissions: {json.dumps(participant.permissions())}}}"))
    config = out / "nats-server.conf"
    _write_nkey_config(config, listen, users)
    return config


def _write_nkey_config(config: Path, listen: str, users: list[tuple[str, str]]) -> None:
    """The NKey-mode server configuration: ``users`` are (participant name, user entry)."""
    entries = ",\n".join(f"    # {name}\n    {entry}" for name, entry in users)
    config.write_text(
        "# The Gateway Network's NATS server: one NKey user per participant (written by shim network-config).\n"
        "# Each may publish only as itself and subscribe only to what it is owed; its seed is NAME.nk.\n"
        f"listen: {json.dumps(listen)}\n"
        "authorization {\n  users = [\n" + entries + "\n  ]\n}\n", encoding="utf-8")


#: One participant's user in an NKey-mode configuration ``_write_nkey_config`` wrote.
_NKEY_USER = re.compile(r"^    # (\S+)\n    (\{nkey: .*\}),?$", re.MULTILINE)


def revoke(out: Path, name: str) -> Path:
    """Revoke participant ``name`` of the configuration ``write_config`` wrote in ``out``:
    its user leaves ``nats-server.conf`` (NKey mode), or the account JWT revokes its user JWT
    (operator mode, ``runtime.netnats.creds``); its seed or creds file stays, now worthless. Once the
    server re-reads the file (``nats-server --signal reload``, or SIGHUP) it closes that
    participant's connection and refuses it from then on; nobody else is touched. ValueError
    when ``out`` holds no such configuration or no such participant. The configuration's path."""
    config = out / "nats-server.conf"
    try:
        text = config.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"{config}: {exc.strerror or exc} (write it with shim network-config first)") from None
    if "\noperator: " in text:
        from runtime.netnats.creds import revoke_creds

        return revoke_creds(out, name)
    listen = re.search(r'^listen: (".*")$', text, re.MULTILINE)
    users = _NKEY_USER.findall(text)
    if listen is None or not users:
        raise ValueError(f"{config} was not written by shim network-config")
    if name not in [user for user, _ in users]:
        raise ValueError(f"{config} has no participant '{name}' (revoked already?); it has "
                         + ", ".join(user for user, _ in users))
    _write_nkey_config(config, json.loads(listen.group(1)), [(user, entry) for user, entry in users if user != name])
    return config
