"""The NATS subjects of the Gateway Network (the whole wire protocol is listed in
``runtime.netnats``'s docstring).

Gateway names become subject tokens, so they are restricted to what a token may hold without
ambiguity: letters, digits, ``-`` and ``_`` (Ignition's own gateway names are usually of that
form, e.g. ``Ignition-Plant1`` or ``agent-8088``).
"""
from __future__ import annotations

import re

DISCOVER = "shim.discover"
#: Every gateway's announcements (``shim.announce.NAME``).
ANNOUNCEMENTS = "shim.announce.*"

_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}\Z")


def check_name(name: str, what: str = "gateway name") -> str:
    """``name`` if it can be a gateway name (or a participant's identity) on the network, else
    ValueError saying why."""
    if not isinstance(name, str) or not _NAME.match(name):
        raise ValueError(f"{what} {name!r} cannot join the Gateway Network: use 1-64 "
                         "letters, digits, '-' or '_'")
    return name


def announce(name: str) -> str:
    """Where gateway ``name`` announces itself (only ``name`` may publish there)."""
    return f"shim.announce.{name}"


def gateway(name: str, sender: str, operation: str) -> str:
    """A gateway's inbound subject for a call from ``sender``: ``message``, ``request``,
    ``ping``, ``session.open`` ... The sender's identity is a subject token so that the NATS
    server's permissions decide who may claim it."""
    return f"shim.gw.{name}.{sender}.{operation}"


def inbound(name: str) -> str:
    """Everything gateway ``name`` answers to (``operation`` may be two tokens)."""
    return f"shim.gw.{name}.>"


def parse_inbound(subject: str) -> tuple[str, str]:
    """(sender, operation) of an inbound gateway subject."""
    parts = subject.split(".", 4)
    return parts[3], parts[4]


def client(identity: str, gateway_name: str, session_id: str) -> str:
    """Where gateway ``gateway_name`` sends the client process ``identity`` its deliveries."""
    return f"shim.client.{identity}.{gateway_name}.{session_id}"


def answers(identity: str, uid: str) -> str:
    """The prefix under which one network connection receives request answers."""
    return f"shim.answer.{identity}.{uid}"


def replies(identity: str, uid: str) -> str:
    """The prefix under which one network connection receives acknowledgements."""
    return f"shim.reply.{identity}.{uid}"
