"""E-mail for ``system.net.sendEmail``: a real SMTP client (the stdlib's ``smtplib``) to a server
the gateway configures in ``_gateway/gateway.json``:

    {"smtp": {"profiles": {"Default": {"host": "mail.plant.local", "port": 25, "tls": false,
                                       "startTls": true, "username": "...", "password": "..."}},
              "allow": ["mail.plant.local:25"]}}

``smtpProfile="Default"`` sends through that profile (Ignition's gateway SMTP profiles);
``smtp="host[:port[:tls]]"`` must name a profile's server or an ``"allow"`` entry ("host" or
"host:port"). Any other server is refused with a ``MailRefused`` naming it and the setting, so a
legacy script never mails the world from a test run. A server that fails or refuses the message
raises an IOError with javax.mail's wording (``javax.mail.MessagingException: ...``).
"""
from __future__ import annotations

import mimetypes
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import TYPE_CHECKING, Any

from runtime.backends.gatewayfiles import allow_list
from runtime.core.errors import ProjectError
from runtime.scripts.sandbox.errors import SandboxError

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

_HTML = re.compile(r"^\s*(<!doctype html|<html)", re.IGNORECASE)


class MailRefused(SandboxError, OSError):
    """An SMTP server or profile the gateway does not configure."""


@dataclass(frozen=True)
class Server:
    host: str
    port: int = 25
    tls: bool = False  # SSL from the first byte (smtps)
    start_tls: bool = False
    username: str | None = None
    password: str | None = None


@dataclass(frozen=True)
class MailConfig:
    profiles: dict[str, Server]
    allow: frozenset[str]
    source: str

    def server(self, smtp: Any, profile: Any) -> Server:
        if profile is not None:
            if not isinstance(profile, str):
                raise TypeError("sendEmail(): smtpProfile must be a string")
            found = self.profiles.get(profile)
            if found is None:
                known = ", ".join(sorted(self.profiles)) or "none"
                raise MailRefused(f"sendEmail(): SMTP profile '{profile}' not found (profiles in "
                                  f"\"smtp\" of {self.source}: {known})")
            return found
        if not isinstance(smtp, str) or not smtp:
            raise TypeError("sendEmail(): give smtp (\"host[:port[:tls]]\") or smtpProfile")
        host, _, rest = smtp.partition(":")
        port_text, _, mode = rest.partition(":")
        try:
            port = int(port_text) if port_text else 25
        except ValueError:
            raise ValueError(f"sendEmail(): bad SMTP address {smtp!r} (expected host[:port[:tls]])") from None
        host = host.lower()
        for server in self.profiles.values():
            if (server.host.lower(), server.port) == (host, port):
                return Server(host, port, tls=mode.lower() == "tls" or server.tls, start_tls=server.start_tls)
        if host in self.allow or f"{host}:{port}" in self.allow:
            return Server(host, port, tls=mode.lower() == "tls")
        raise MailRefused(f"sendEmail(): SMTP server '{host}:{port}' is not allowed: add it to "
                          f"\"smtp\": {{\"allow\": [...]}} (or a profile) in {self.source}")


def mail_config(gateway: "Gateway") -> MailConfig:
    """The gateway's SMTP profiles and allowed servers (read once)."""
    return gateway.service("smtp", _load)


def _load(gateway: "Gateway") -> MailConfig:
    section, allow, source = allow_list(gateway, "smtp")
    profiles = {}
    for name, spec in (section.get("profiles") or {}).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("host"), str):
            raise ProjectError(f"{source}: SMTP profile '{name}' needs a \"host\"")
        try:
            profiles[name] = Server(spec["host"], int(spec.get("port", 25)), bool(spec.get("tls", False)),
                                    bool(spec.get("startTls", False)), spec.get("username"), spec.get("password"))
        except (TypeError, ValueError):
            raise ProjectError(f"{source}: SMTP profile '{name}': \"port\" must be a number") from None
    return MailConfig(profiles, allow, source)


def _addresses(name: str, value: Any, required: bool = False) -> list[str]:
    if value is None:
        if required:
            raise TypeError(f"sendEmail(): {name} is required (a list of e-mail addresses)")
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"sendEmail(): {name} must be a list of e-mail addresses")
    return list(value)


def _attachment_bytes(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (list, tuple)) and all(isinstance(b, int) for b in value):
        return bytes(b & 0xFF for b in value)  # a Java byte[] (signed bytes)
    raise TypeError(f"sendEmail(): attachment data must be bytes, not {type(value).__name__}")


def send_email(gateway: "Gateway", *, smtp: Any, fromAddr: Any, subject: Any, body: Any, html: Any,
               to: Any, attachmentNames: Any, attachmentData: Any, timeout: Any, username: Any,
               password: Any, priority: Any, smtpProfile: Any, cc: Any, bcc: Any, retries: Any,
               replyTo: Any) -> None:
    """Build the message as Ignition does and hand it to the configured server."""
    server = mail_config(gateway).server(smtp, smtpProfile)
    if not isinstance(fromAddr, str) or not fromAddr:
        raise TypeError("sendEmail(): fromAddr must be an e-mail address")
    to_list, cc_list, bcc_list = _addresses("to", to, True), _addresses("cc", cc), _addresses("bcc", bcc)
    reply = _addresses("replyTo", replyTo)
    names, data = attachmentNames or [], attachmentData or []
    if len(names) != len(data):
        raise ValueError(f"sendEmail(): {len(names)} attachment names but {len(data)} attachments")
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise TypeError("sendEmail(): timeout must be a positive number of milliseconds")
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise TypeError("sendEmail(): retries must be a non-negative integer")
    if str(priority) not in ("1", "2", "3", "4", "5"):
        raise ValueError(f"sendEmail(): priority must be \"1\" to \"5\", not {priority!r}")
    text = "" if body is None else str(body)
    message = EmailMessage()
    message["From"] = fromAddr
    message["To"] = ", ".join(to_list)
    if cc_list:
        message["Cc"] = ", ".join(cc_list)
    if reply:
        message["Reply-To"] = ", ".join(reply)
    message["Subject"] = "" if subject is None else str(subject)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid()
    message["X-Priority"] = str(priority)
    is_html = bool(_HTML.match(text)) if html is None else bool(html)
    message.set_content(text, subtype="html" if is_html else "plain")
    for name, blob in zip(names, data):
        if not isinstance(name, str):
            raise TypeError("sendEmail(): attachment names must be strings")
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        maintype, _, subtype = kind.partition("/")
        message.add_attachment(_attachment_bytes(blob), maintype=maintype, subtype=subtype, filename=name)
    user = server.username if smtpProfile is not None else username
    secret = server.password if smtpProfile is not None else password
    recipients = to_list + cc_list + bcc_list
    for attempt in range(retries + 1):
        try:
            _deliver(server, timeout / 1000.0, user, secret, fromAddr, recipients, message)
            return
        except (smtplib.SMTPException, OSError) as exc:
            if attempt == retries:
                raise OSError(f"sendEmail(): javax.mail.MessagingException: could not send through "
                              f"{server.host}:{server.port}: {exc}") from None


def _deliver(server: Server, timeout: float, user: Any, secret: Any, sender: str, recipients: list[str],
             message: EmailMessage) -> None:
    kind = smtplib.SMTP_SSL if server.tls else smtplib.SMTP
    with kind(server.host, server.port, timeout=timeout) as client:
        if server.start_tls:
            client.starttls(context=ssl.create_default_context())
        if user:
            client.login(str(user), "" if secret is None else str(secret))
        client.send_message(message, from_addr=sender, to_addrs=recipients)
