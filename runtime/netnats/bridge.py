"""One NATS connection on an asyncio loop thread of its own, usable from ordinary threads.

The Gateway API is synchronous and threaded (a handler on a worker thread calls
``sendMessage`` and gets its result strings back), while nats-py is asyncio. The bridge runs
the client on its own event loop and gives threads three calls:

- ``publish`` never blocks, and every message leaves in the order it was published, across
  all threads (one outbox drained by one task), so per-sender FIFO survives the hop; ``bulk``
  messages (posts, deliveries) queued for one subject while the loop was busy leave packed in
  one NATS message (``runtime.netnats.batches``), still in order on that subject and before
  anything published after them that is not bulk;
- ``request`` / ``request_async``: a publish whose acknowledgement comes back within a bounded
  time; a subject nobody listens on fails at once (the server's no-responders status), a silent
  one after the timeout, never a hang (Ignition's Gateway Network fails a call to a faulted
  connection the same way);
- ``subscribe``: a callback on the loop thread, which must only hand the message on.

The connection reconnects forever (nats-py buffers what is published meanwhile), reports
``disconnected`` / ``reconnected`` through ``events`` and calls ``on_reconnected`` (on the loop
thread) once it is back.
"""
from __future__ import annotations

import asyncio
import itertools
import secrets
import ssl
import threading
from collections import deque
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Callable, Coroutine

import nats
from nats.errors import AuthorizationError, Error as NatsError

from runtime.netnats import batches, subjects
from runtime.netnats.credentials import Credentials, redact
from runtime.netnats.settings import NatsSettings

#: A reply callback: ``(data, None)`` for an answer, ``(None, why)`` when there was none.
Reply = Callable[[bytes | None, str | None], None]

#: ``on_message(subject, data, reply_subject)``
OnMessage = Callable[[str, bytes, str], None]


NO_RESPONDERS, TIMED_OUT = "no responders", "timed out"


class NoAnswer(Exception):
    """A request got no reply: nobody listens on the subject (``NO_RESPONDERS``), or the
    timeout passed (``TIMED_OUT``)."""

    @property
    def why(self) -> str:
        return self.args[0]


class Refused(ConnectionError):
    """The NATS server refused this process: bad or expired credentials, an untrusted or
    missing certificate. Retrying cannot help (the command line exits 2)."""


_REFUSALS = ("authorization violation", "authentication expired", "authentication revoked",
             "account authentication expired", "user authentication", "tls required")


def refusal(error: BaseException) -> bool:
    """Is ``error`` the server (or TLS) saying no, rather than the network failing?"""
    if isinstance(error, (ssl.SSLError, AuthorizationError)):
        return True
    return any(text in str(error).lower() for text in _REFUSALS)


def describe(error: BaseException) -> str:
    """One line naming a NATS or TLS error as the user can act on it."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return (f"TLS: the server's certificate is not trusted ({error.verify_message}); "
                "give the CA that signed it with --tls-ca")
    if isinstance(error, ssl.SSLError):
        return f"TLS: {error.reason or error}"
    text = str(error).strip() or type(error).__name__
    text = (text[len("nats: "):] if text.startswith("nats: ") else text).strip("'")
    if isinstance(error, AuthorizationError) or text.lower() == "authorization violation":
        return "Authorization Violation (wrong or unknown credentials)"
    return text


async def _abandon() -> None:
    """A connection attempt failed: end what nats-py left running on this loop, so nothing is
    reported (or destroyed pending) after the one line that says why."""
    current = asyncio.current_task()
    others = [task for task in asyncio.all_tasks() if task is not current]
    for task in others:
        task.cancel()
    await asyncio.wait(others, timeout=1.0) if others else None


class NatsBridge:
    """A nats-py client on a loop thread, with thread-safe publish/request/subscribe."""

    def __init__(self, url: str, settings: NatsSettings, *, name: str = "shim",
                 events: Callable[[str], None] | None = None,
                 on_reconnected: Callable[[], None] | None = None,
                 credentials: Credentials | None = None, identity: str = "anonymous") -> None:
        self.url = url
        self.shown_url = redact(url)
        self.identity = identity
        self.uid = secrets.token_hex(8)  # this connection's private reply/answer subjects
        self._credentials = credentials or Credentials()
        self.dropped = 0  # publishes lost because the connection was closed or its buffer full
        self._settings = settings
        self._events = events or (lambda text: None)
        self._on_reconnected_cb = on_reconnected or (lambda: None)
        self._outbox: deque[tuple[str, bytes, str, bool]] = deque()
        self._outbox_lock = threading.Lock()
        self._draining = False
        self._closing = False
        self._refused = False  # the server refuses our credentials since the last reconnection
        self._waiting: dict[str, Reply] = {}
        self._waiting_lock = threading.Lock()
        self._tokens = itertools.count()
        self._reply_prefix = subjects.replies(identity, self.uid)
        self._nc: Any = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="shim-nats", daemon=True)
        self._thread.start()
        try:
            try:
                # the attempt ends itself after connect_timeout; the margin covers its clean-up
                self._call(self._connect(name), settings.connect_timeout + 3.0)
            except NoAnswer:
                raise ConnectionError(f"cannot reach the NATS server at {self.shown_url} (timed out)") from None
        except BaseException:
            self._stop_loop()
            raise

    @property
    def connected(self) -> bool:
        return self._nc is not None and self._nc.is_connected

    # -- connecting -------------------------------------------------------------------------

    async def _connect(self, name: str) -> None:
        """Connect, or fail fast: nats-py would retry a refused connection forever, so the first
        refusal it reports (bad credentials, an untrusted certificate) ends the attempt."""
        settings = self._settings
        refused: asyncio.Future = self._loop.create_future()
        denied: asyncio.Future = self._loop.create_future()  # set once the first subscription stands

        async def on_error(error: Exception) -> None:
            if self._nc is None:  # still connecting: the outcome says it all, in one line
                if not refused.done() and refusal(error):
                    refused.set_result(error)
                return
            if not denied.done() and "permissions violation" in str(error).lower():
                denied.set_result(error)  # our own reply subject: these credentials are not this identity's
                return
            await self._on_error(error)
        attempt = asyncio.ensure_future(nats.connect(
            self.url, name=name, allow_reconnect=True, max_reconnect_attempts=-1,
            reconnect_time_wait=settings.reconnect_wait, connect_timeout=settings.connect_timeout,
            ping_interval=max(1, round(settings.expiry)), max_outstanding_pings=2,
            error_cb=on_error, disconnected_cb=self._on_disconnected, closed_cb=self._on_closed,
            reconnected_cb=self._on_reconnected, **self._credentials.connect_options(self.url)))
        done, _ = await asyncio.wait({attempt, refused}, timeout=settings.connect_timeout,
                                     return_when=asyncio.FIRST_COMPLETED)
        if attempt not in done:
            await _abandon()
            if refused in done:
                raise Refused(f"the NATS server at {self.shown_url} refused the connection: "
                              f"{describe(refused.result())}")
            raise ConnectionError(f"cannot reach the NATS server at {self.shown_url} (timed out)")
        try:
            self._nc = attempt.result()
        except (OSError, NatsError) as exc:
            await _abandon()
            if refusal(exc):
                raise Refused(f"the NATS server at {self.shown_url} refused the connection: {describe(exc)}") from None
            raise ConnectionError(f"cannot reach the NATS server at {self.shown_url} ({exc or 'failed'})") from None
        await self._nc.subscribe(self._reply_prefix + ".*", cb=self._on_reply)
        try:
            # the server answers the SUB before the PONG of a PING sent after it; nats-py writes a
            # PING at once but the SUB through its flusher task, so only the second PING is surely
            # behind the SUB (the flusher ran while the first one was out)
            for _ in range(2):
                await self._nc.flush(settings.connect_timeout)
        except (NatsError, asyncio.TimeoutError):
            pass
        if denied.done():
            self._closing = True  # quietly: the one line is the refusal
            await self._nc.close()
            await _abandon()
            raise Refused(f"the NATS server at {self.shown_url} refused this process as '{self.identity}': "
                          f"{describe(denied.result())} (credentials of another participant? give its own "
                          "--identity)")
        denied.set_result(None)

    async def _on_error(self, error: Exception) -> None:
        if refusal(error):  # credentials revoked or expired under a running process: say it once
            if not self._refused:
                self._refused = True
                self._events(f"the NATS server at {self.shown_url} refuses this process now ({describe(error)}): "
                             "credentials revoked or expired? off the Gateway Network; local work goes on; "
                             "retrying")
            return
        self._events(f"NATS error: {describe(error)}")

    async def _on_closed(self) -> None:
        """nats-py gives up on a connection the server refused for good (credentials revoked or
        expired while running): say so once; the process keeps its local work."""
        if not self._closing and self._nc is not None:
            why = describe(self._nc.last_error) if self._nc.last_error else "closed"
            self._events(f"the NATS server at {self.shown_url} closed the connection for good ({why}): "
                         "off the Gateway Network from now on; local work goes on")

    async def _on_disconnected(self) -> None:
        if not self._closing:
            self._events(f"disconnected from {self.shown_url}; reconnecting")

    async def _on_reconnected(self) -> None:
        self._refused = False
        self._events(f"reconnected to {self.shown_url}")
        self._on_reconnected_cb()

    # -- calls from ordinary threads --------------------------------------------------------

    def _call(self, coroutine: Coroutine[Any, Any, Any], timeout: float) -> Any:
        """Run ``coroutine`` on the loop and wait for it (never from the loop thread itself)."""
        if threading.current_thread() is self._thread:
            coroutine.close()
            raise RuntimeError("a blocking NATS call on the NATS loop thread would deadlock")
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except FutureTimeout:
            future.cancel()
            raise NoAnswer(TIMED_OUT) from None

    def subscribe(self, subject: str, on_message: OnMessage) -> Any:
        """Call ``on_message(subject, data, reply)`` on the loop thread for every message on
        ``subject`` (in arrival order); returns the subscription, for ``unsubscribe``. The
        server has the subscription when this returns."""
        async def deliver(msg: Any) -> None:
            count = msg.headers.get(batches.HEADER) if msg.headers else None
            if count is None:
                on_message(msg.subject, msg.data, msg.reply)
                return
            try:
                packed = batches.unpack(msg.data, count)
            except ValueError as exc:
                self._events(f"dropped a malformed packed message on {msg.subject}: {exc}")
                return
            for data in packed:
                on_message(msg.subject, data, msg.reply)

        async def subscribe() -> Any:
            subscription = await self._nc.subscribe(subject, cb=deliver)
            await self._nc.flush(self._settings.reply_timeout)
            return subscription
        return self._call(subscribe(), self._settings.reply_timeout + 1.0)

    def unsubscribe(self, subscription: Any, drain: bool = False) -> None:
        """Stop a subscription (quietly, if the connection is already gone); ``drain``: first
        hand on what the server sent it already (a gateway leaving keeps what was posted to it)."""
        async def unsubscribe() -> None:
            try:
                if drain:
                    await subscription.drain()
                    await self._nc.flush(self._settings.reply_timeout)
                    return
                await subscription.unsubscribe()
                await self._nc.flush(self._settings.reply_timeout)
            except (NatsError, asyncio.TimeoutError):
                pass
        try:
            self._call(unsubscribe(), self._settings.reply_timeout + 1.0)
        except NoAnswer:
            pass

    def publish(self, subject: str, data: bytes, reply: str = "", bulk: bool = False) -> None:
        """Send ``data`` on ``subject``; returns at once. Messages leave in publish order;
        ``bulk`` ones (no reply) may share one NATS message with the next ones to ``subject``."""
        with self._outbox_lock:
            self._outbox.append((subject, data, reply, bulk and not reply))
            if self._draining:
                return
            self._draining = True
        self._loop.call_soon_threadsafe(self._start_drain)

    def request_async(self, subject: str, data: bytes, timeout: float, on_reply: Reply) -> None:
        """Publish ``data`` and call ``on_reply`` (on the loop thread) with the reply, or with
        why there was none: "no responders" at once, "timed out" after ``timeout`` s."""
        token = str(next(self._tokens))
        with self._waiting_lock:
            self._waiting[token] = on_reply
        self.publish(subject, data, f"{self._reply_prefix}.{token}")
        self._loop.call_soon_threadsafe(self._loop.call_later, timeout, self._expire, token)

    def request(self, subject: str, data: bytes, timeout: float) -> bytes:
        """Publish ``data`` and block for the reply; ``NoAnswer`` when there is none in time."""
        if threading.current_thread() is self._thread:
            raise RuntimeError("a blocking NATS request on the NATS loop thread would deadlock")
        done = threading.Event()
        outcome: list[tuple[bytes | None, str | None]] = []

        def on_reply(answer: bytes | None, why: str | None) -> None:
            outcome.append((answer, why))
            done.set()
        self.request_async(subject, data, timeout, on_reply)
        if not done.wait(timeout + 1.0):  # the loop itself is stuck: still never hang
            raise NoAnswer(TIMED_OUT)
        answer, why = outcome[0]
        if why is not None:
            raise NoAnswer(why)
        return answer  # type: ignore[return-value]

    def flush(self) -> None:
        """Block until everything published so far has reached the NATS server."""
        async def flush() -> None:
            while self._draining:
                await asyncio.sleep(0.001)
            await self._nc.flush(self._settings.reply_timeout)
        try:
            self._call(flush(), self._settings.reply_timeout + 1.0)
        except (NatsError, asyncio.TimeoutError):
            raise NoAnswer(TIMED_OUT) from None

    def close(self, timeout: float = 2.0) -> None:
        """Send what is queued (within ``timeout``), close the connection, stop the loop."""
        self._closing = True
        async def shutdown() -> None:
            while self._draining:
                await asyncio.sleep(0.005)
            try:
                if self._nc.is_connected:
                    await self._nc.flush(timeout)
                await self._nc.close()
            except (NatsError, OSError, asyncio.TimeoutError):
                pass  # the connection is gone already (the server closed it, or refuses us)
        try:
            self._call(asyncio.wait_for(shutdown(), timeout), timeout + 1.0)
        except (NoAnswer, asyncio.TimeoutError, NatsError, OSError):
            pass
        self._stop_loop()

    def _stop_loop(self) -> None:
        """End every task still on the loop (nats-py's readers and retries), then the loop."""
        try:
            asyncio.run_coroutine_threadsafe(_abandon(), self._loop).result(2.0)
        except (FutureTimeout, RuntimeError):
            pass
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5.0)
        if not self._thread.is_alive():
            # closed here, not by the loop's __del__ at interpreter exit, when its self-pipe
            # may be gone already ("Exception ignored ... Invalid file descriptor: -1" on stderr)
            self._loop.close()

    # -- the loop thread's side -------------------------------------------------------------

    def _start_drain(self) -> None:
        self._loop.create_task(self._drain())

    async def _drain(self) -> None:
        while True:
            with self._outbox_lock:
                if not self._outbox:
                    self._draining = False
                    return
                batch, self._outbox = self._outbox, deque()
            bulk: dict[str, list[bytes]] = {}  # subject -> its bulk messages not sent yet
            for subject, data, reply, packable in batch:
                if packable:
                    bulk.setdefault(subject, []).append(data)
                    continue
                await self._send_bulk(bulk)
                await self._send(subject, [data], reply)
            await self._send_bulk(bulk)

    async def _send_bulk(self, bulk: dict[str, list[bytes]]) -> None:
        """Send the bulk messages gathered (subjects in order of their first message), packed."""
        for subject, messages in bulk.items():
            for run in batches.chunks(messages):
                await self._send(subject, run)
        bulk.clear()

    async def _send(self, subject: str, run: list[bytes], reply: str = "") -> None:
        """Publish one message, or a run of them packed into one."""
        try:
            if len(run) == 1:
                await self._nc.publish(subject, run[0], reply=reply)
            else:
                await self._nc.publish(subject, batches.pack(run), headers={batches.HEADER: str(len(run))})
        except NatsError as exc:
            self.dropped += len(run)
            if self.dropped == len(run) or self.dropped // 1000 != (self.dropped - len(run)) // 1000:
                self._events(f"could not publish on {subject}: {type(exc).__name__} "
                             f"({self.dropped} dropped so far)")

    async def _on_reply(self, msg: Any) -> None:
        token = msg.subject.rpartition(".")[2]
        with self._waiting_lock:
            on_reply = self._waiting.pop(token, None)
        if on_reply is None:
            return  # already timed out
        if msg.headers and msg.headers.get("Status") == "503":
            on_reply(None, NO_RESPONDERS)
        else:
            on_reply(msg.data, None)

    def _expire(self, token: str) -> None:
        with self._waiting_lock:
            on_reply = self._waiting.pop(token, None)
        if on_reply is not None:
            on_reply(None, TIMED_OUT)
