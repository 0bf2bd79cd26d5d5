"""How a process proves who it is to the NATS server, and how it trusts the server: all NATS's own.

Ignition's Gateway Network secures its connections with SSL and an approval list; here the NATS
server does the authentication and the encryption, and shim only passes what the user gave on
to nats-py:

- a token or a user and password in the URL (``nats://TOKEN@host:4222``,
  ``nats://user:pass@host:4222``): nats-py reads them from the URL itself;
- an NKey seed file (``--nkey-seed``, as ``shim network-config`` writes them) or a ``.creds``
  file of a JWT setup (``--creds``, as ``nsc`` writes them);
- TLS: a ``tls://`` URL, the CA that signed the server's certificate (``--tls-ca``), and a client
  certificate when the server asks for one (``--tls-cert`` / ``--tls-key``).

The URL is never printed with its secret: ``redact`` shows ``nats://***@host:4222``.
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class Credentials:
    """The files that go with a NATS URL (all optional; each one checked before connecting)."""

    nkey_seed: str | None = None
    creds: str | None = None
    tls_ca: str | None = None
    tls_cert: str | None = None
    tls_key: str | None = None

    def check(self) -> None:
        """ValueError naming the first file that is missing or unusable."""
        if self.nkey_seed and self.creds:
            raise ValueError("--nkey-seed and --creds are two ways to authenticate: give one of them")
        if bool(self.tls_cert) != bool(self.tls_key):
            raise ValueError("--tls-cert and --tls-key go together: the certificate and its private key")
        for flag, path in (("--nkey-seed", self.nkey_seed), ("--creds", self.creds), ("--tls-ca", self.tls_ca),
                           ("--tls-cert", self.tls_cert), ("--tls-key", self.tls_key)):
            if path and not Path(path).is_file():
                raise ValueError(f"{flag} {path}: no such file")
        if self.nkey_seed:
            _check_seed(self.nkey_seed)

    def connect_options(self, url: str) -> dict[str, Any]:
        """Keyword arguments for ``nats.connect`` (the URL's own token or user:password are
        read by nats-py from the URL)."""
        options: dict[str, Any] = {}
        if self.nkey_seed:
            options["nkeys_seed"] = self.nkey_seed
        if self.creds:
            options["user_credentials"] = self.creds
        if urlsplit(url).scheme == "tls" or self.tls_ca or self.tls_cert:
            options["tls"] = self.tls_context()
        return options

    def tls_context(self) -> ssl.SSLContext:
        """A client TLS context: the server is verified against ``tls_ca`` (else the system's
        CAs), and a client certificate is presented when given."""
        try:
            context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=self.tls_ca or None)
            if self.tls_cert:
                context.load_cert_chain(self.tls_cert, self.tls_key)
        except (ssl.SSLError, OSError) as exc:
            raise ValueError(f"cannot use the TLS files given: {exc}") from None
        return context


def _check_seed(path: str) -> None:
    import nkeys

    text = Path(path).read_bytes().strip()
    try:
        nkeys.from_seed(bytearray(text))
    except Exception:  # nkeys raises its own errors and binascii's on bad base32
        raise ValueError(f"--nkey-seed {path}: not an NKey seed (expected one line starting with 'SU')") from None


def redact(url: str) -> str:
    """``url`` without its token or password, for logs and messages."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"***@{host}"))
