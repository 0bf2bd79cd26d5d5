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

#: ``--network`` and the credentials that go with it, each also from the environment.
_CREDENTIAL_OPTIONS = (
    ("--nkey-seed", "nkey_seed", "SHIM_NKEY_SEED", "An NKey seed file (as shim network-config writes them)."),
    ("--creds", "creds", "SHIM_NATS_CREDS", "A NATS .creds file (JWT + NKey seed, as nsc writes them)."),
    ("--tls-ca", "tls_ca", "SHIM_TLS_CA", "The CA certificate that signed the NATS server's certificate."),
    ("--tls-cert", "tls_cert", "SHIM_TLS_CERT", "A client certificate, when the NATS server asks for one."),
    ("--tls-key", "tls_key", "SHIM_TLS_KEY", "The client certificate's private key."),
    ("--identity", "identity", "SHIM_IDENTITY",
     "Who this process is on the network (the name its credentials were made for); "
     "shim serve is always its --name."),
)


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    ctx.meta.setdefault("shim.network", {})[param.name] = value
    return value


def network_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--network URL`` (``$SHIM_NETWORK``) and the credential options; the credentials are
    kept in the click context, where ``connect`` finds them."""
    for flag, name, envvar, text in reversed(_CREDENTIAL_OPTIONS):
        command = click.option(flag, name, envvar=envvar, metavar="NAME" if name == "identity" else "FILE",
                               expose_value=False, callback=_remember, help=f"{text} (${envvar})")(command)
    return click.option(
        "--network", metavar="URL", envvar="SHIM_NETWORK",
        help="The Gateway Network: a NATS server URL such as nats://127.0.0.1:4222, nats://TOKEN@host:4222, "
             "nats://user:password@host:4222 or tls://host:4222 ($SHIM_NETWORK).")(command)


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


def connect(url: str, heartbeat: float = 1.0, missed: int = 3, reply_timeout: float = 2.0, *,
            identity: str | None = None) -> "NatsNetwork":
    """A connection to the Gateway Network at ``url`` with the command's credentials, network
    events shown on stderr. Bad timings or credential files, and a connection the NATS server
    refuses (bad token, untrusted certificate, expired credentials) are bad input (exit 2, one
    line naming the refusal); an unreachable NATS server exits 1."""
    from runtime.netnats.bridge import Refused
    from runtime.netnats.credentials import Credentials
    from runtime.netnats.network import NatsNetwork
    from runtime.netnats.settings import NatsSettings

    given = dict(click.get_current_context().meta.get("shim.network", {}))
    identity = identity or given.pop("identity", None)
    given.pop("identity", None)
    try:
        settings = NatsSettings(heartbeat=heartbeat, missed=missed, reply_timeout=reply_timeout)
        credentials = Credentials(**given)
        credentials.check()
        return NatsNetwork(url, settings, events=lambda text: click.echo(f"[network] {text}", err=True),
                           credentials=credentials, identity=identity)
    except (ValueError, Refused) as exc:
        raise BadInput(str(exc)) from None
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
