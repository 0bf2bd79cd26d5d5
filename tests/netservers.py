"""Real servers on loopback for the system.net tests: an HTTP server (the stdlib's, answering
like httpbin.org, which the manual's examples call) and an SMTP server (aiosmtpd)."""
from __future__ import annotations

import base64
import json
import socket
import threading
import time
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class _Handler(BaseHTTPRequestHandler):
    """``/get``, ``/post``, ``/anything``: httpbin-style echoes; ``/status/N``; ``/redirect?to=URL``;
    ``/basic-auth/U/P``; ``/slow`` (1 s); ``/latin1``; ``/html``; ``[/main]/StatusPing`` (a gateway's
``{"state": "RUNNING"}``)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _reply(self, status: int, body: bytes, content_type: str = "application/json",
               headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Shim-Test", "yes")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _handle(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else b""
        self.server.requests.append((self.command, self.path, dict(self.headers), data))
        parts = url.path.strip("/").split("/")
        if parts[0] == "status":
            code = int(parts[1])
            return self._reply(code, f"error {code}".encode(), "text/plain")
        if parts[0] == "redirect":
            target = parse_qs(url.query)["to"][0]
            return self._reply(302, b"", "text/plain", {"Location": target})
        if parts[0] == "basic-auth":
            expected = "Basic " + base64.b64encode(f"{parts[1]}:{parts[2]}".encode()).decode()
            if self.headers.get("Authorization") != expected:
                return self._reply(401, b"unauthorized", "text/plain",
                                   {"WWW-Authenticate": 'Basic realm="shim"'})
            return self._reply(200, json.dumps({"authenticated": True, "user": parts[1]}).encode())
        if parts[-1] == "StatusPing":
            return self._reply(200, b'{"state":"RUNNING"}')
        if parts[0] == "slow":
            time.sleep(1.0)
            return self._reply(200, b"late", "text/plain")
        if parts[0] == "latin1":
            return self._reply(200, "caf\xe9".encode("latin-1"), "text/plain; charset=ISO-8859-1")
        if parts[0] == "html":
            return self._reply(200, b"<html><body>Hello</body></html>", "text/html")
        args = {k: v[0] if len(v) == 1 else v for k, v in parse_qs(url.query).items()}
        form = {k: v[0] for k, v in parse_qs(data.decode("latin-1")).items()} \
            if "form-urlencoded" in (self.headers.get("Content-Type") or "") else {}
        try:
            parsed = json.loads(data) if data else None
        except ValueError:
            parsed = None
        echo = {"args": args, "data": data.decode("utf-8", "replace"), "form": form, "json": parsed,
                "headers": dict(self.headers), "method": self.command,
                "url": f"http://{self.headers.get('Host')}{self.path}"}
        self._reply(200, json.dumps(echo).encode())

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = _handle


class HttpServer:
    """A threaded HTTP server on 127.0.0.1 and a free port; ``requests`` lists what it got."""

    def __init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.requests = []
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    @property
    def requests(self) -> list:
        return self.server.requests

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SmtpServer:
    """aiosmtpd on 127.0.0.1: every message it accepts, parsed, in ``messages``."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list = []
        outer = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                message = message_from_bytes(envelope.content, policy=policy.default)
                outer.messages.append((envelope.mail_from, list(envelope.rcpt_tos), message))
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def close(self) -> None:
        self.controller.stop()
