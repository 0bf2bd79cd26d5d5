"""What one receiver holds: its messages queued or running, and their payload bytes, capped.

Ignition queues a project's messages without bound; shim runs untrusted code beside other
projects, so one project's flood (or forty 100 MB payloads) must not take the gateway's memory
from the others. Each receiver (a project's gateway scripting, a client or Perspective session)
counts what it holds from the moment a message is accepted until its handler run ends, under
gateway.json's ``"limits"``: ``queueMessages`` and ``queueBytes`` (``runtime.backends.limits``).
A message that does not fit is refused at the sender (``sendStatus=ERROR``, a failed
``sendRequest``) and never queued; another receiver's room is untouched.

A flood is refused thousands of times a second, so the refusals are logged once a second per
receiver, with the count refused since the last line.
"""
from __future__ import annotations

import threading
import time
from typing import Callable

#: Seconds between two refusal lines of one receiver.
LOG_EVERY = 1.0


class Backlog:
    """Counts of one receiver's accepted, unfinished messages (None: no cap)."""

    __slots__ = ("max_messages", "max_bytes", "messages", "bytes", "_lock", "_quiet_until", "_unlogged")

    def __init__(self, max_messages: int | None, max_bytes: int | None) -> None:
        self.max_messages = max_messages
        self.max_bytes = max_bytes
        self.messages = 0
        self.bytes = 0
        self._lock = threading.Lock()
        self._quiet_until = 0.0
        self._unlogged = 0

    def take(self, size: int) -> str | None:
        """Room for one more message of ``size`` payload bytes: None when taken, else why not."""
        with self._lock:
            if self.max_messages is not None and self.messages >= self.max_messages:
                return (f"its queue holds {self.messages:,} messages, the limit "
                        f"(gateway.json limits.queueMessages {self.max_messages:,})")
            if self.max_bytes is not None and self.bytes + size > self.max_bytes:
                return (f"its queue holds {self.bytes:,} payload bytes and this message has {size:,}: over the "
                        f"limit (gateway.json limits.queueBytes {self.max_bytes:,})")
            self.messages += 1
            self.bytes += size
            return None

    def give(self, size: int) -> None:
        """A message taken with ``take(size)`` has finished (or was never queued after all)."""
        with self._lock:
            self.messages -= 1
            self.bytes -= size

    def refused(self, log: Callable[[str], None], text: str) -> None:
        """Log ``text`` (a refusal) unless one was logged less than ``LOG_EVERY`` s ago; the
        next line says how many were refused meanwhile."""
        now = time.monotonic()
        with self._lock:
            if now < self._quiet_until:
                self._unlogged += 1
                return
            self._quiet_until = now + LOG_EVERY
            unlogged, self._unlogged = self._unlogged, 0
        log(text + (f" ({unlogged:,} more refused since the last such line)" if unlogged else ""))
