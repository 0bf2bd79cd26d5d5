"""The NATS subjects of the Gateway Network (the whole wire protocol is listed in
``runtime.netnats``'s docstring).

Gateway names become subject tokens, so they are restricted to what a token may hold without
ambiguity: letters, digits, ``-`` and ``_`` (Ignition's own gateway names are usually of that
form, e.g. ``Ignition-Plant1`` or ``agent-8088``).
"""
from __future__ import annotations

import re

ANNOUNCE = "shim.announce"
DISCOVER = "shim.discover"

_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}\Z")


def check_name(name: str) -> str:
    """``name`` if it can be a gateway name on the network, else ValueError saying why."""
    if not isinstance(name, str) or not _NAME.match(name):
        raise ValueError(f"gateway name {name!r} cannot join the Gateway Network: use 1-64 "
                         "letters, digits, '-' or '_'")
    return name


def gateway(name: str, operation: str) -> str:
    """A gateway's inbound subject: ``message``, ``request``, ``ping``, ``session.open`` ..."""
    return f"shim.gw.{name}.{operation}"


def client(gateway_name: str, session_id: str) -> str:
    """Where a gateway sends a client process its deliveries."""
    return f"shim.gw.{gateway_name}.client.{session_id}"


def answers(uid: str) -> str:
    """The prefix under which one network connection receives request answers."""
    return f"shim.answer.{uid}"


def replies(uid: str) -> str:
    """The prefix under which one network connection receives acknowledgements."""
    return f"shim.reply.{uid}"
