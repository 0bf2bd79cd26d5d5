"""What the commands that join the Gateway Network share: ``--network`` and its timing knobs.

NATS is imported only when a command really joins a network, so ``shim send`` without
``--network`` never pays for it.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from typing import TYPE_CHECKING, Any, Callable, Iterator

import click

from runtime.tools.commands._common import BadInput

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway
    from runtime.netnats.network import NatsNetwork

network_option = click.option(
    "--network", metavar="URL", envvar="SHIM_NETWORK",
    help="The Gateway Network: a NATS server URL such as nats://127.0.0.1:4222 ($SHIM_NETWORK).")


def timing_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--heartbeat``, ``--missed`` and ``--reply-timeout`` (see NatsSettings)."""
    for option in reversed([
        click.option("--heartbeat", type=float, default=1.0, show_default=True,
                     help="Seconds between announcements / session heartbeats."),
        click.option("--missed", type=int, default=3, show_default=True,
                     help="Heartbeats a peer may miss before it is dropped."),
        click.option("--reply-timeout", type=float, default=2.0, show_default=True,
                     help="Seconds a remote gateway has to acknowledge (then UNREACHABLE)."),
    ]):
        command = option(command)
    return command


def connect(url: str, heartbeat: float = 1.0, missed: int = 3, reply_timeout: float = 2.0) -> "NatsNetwork":
    """A connection to the Gateway Network at ``url``, network events shown on stderr.
    Bad timings are bad input (exit 2); an unreachable NATS server exits 1."""
    from runtime.netnats.network import NatsNetwork
    from runtime.netnats.settings import NatsSettings

    try:
        settings = NatsSettings(heartbeat=heartbeat, missed=missed, reply_timeout=reply_timeout)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    try:
        return NatsNetwork(url, settings, events=lambda text: click.echo(f"[network] {text}", err=True))
    except ConnectionError as exc:
        raise click.ClickException(str(exc)) from None


@contextlib.contextmanager
def closed_on_failure(joined: "NatsNetwork") -> Iterator[None]:
    """Around joining a gateway or starting a client session on ``joined``: a failure closes the
    connection. A refusal (ValueError: the gateway name is taken or cannot be a subject token, the
    gateway refused the session) is bad input (exit 2); a ConnectionError exits 1."""
    try:
        yield
    except ValueError as exc:
        joined.close()
        raise BadInput(str(exc)) from None
    except ConnectionError as exc:
        joined.close()
        raise click.ClickException(str(exc)) from None


def join_as_sender(gateway: "Gateway", url: str | None) -> "NatsNetwork | None":
    """``shim send/request --network``: join ``gateway`` as an anonymous sender (never
    announced, receives nothing) so ``--remote-server`` reaches other processes."""
    if not url:
        return None
    joined = connect(url)
    joined.join(gateway, listen=False)
    return joined


def stop_signals() -> Callable[[], str]:
    """Catch SIGINT and SIGTERM from now on (so a stop that comes right after "ready" still
    shuts down cleanly); the returned function blocks until one came and names it."""
    stop = threading.Event()
    received: list[str] = []

    def on_signal(number: int, frame: Any) -> None:
        received.append(signal.Signals(number).name)
        stop.set()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)

    def wait() -> str:
        while not stop.wait(0.5):
            pass
        return received[0]
    return wait
