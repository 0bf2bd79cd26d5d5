"""The sender's side of messages posted without a round trip (see ``runtime.netnats.views``).

One ``Lane`` per remote gateway that gave this connection a routing view: the view, how many
messages were posted and how many the gateway said have run there. At most ``WINDOW`` may be
in flight or queued: a sender faster than the receiving gateway waits for room instead of piling
messages up in NATS (whose slow-consumer limits would drop them) or in the gateway's queue
(whose gateway.json ``queueMessages`` would refuse them); a gateway that acknowledges nothing
within the reply timeout is unreachable, as it was when every message waited for its answer.
A lane unused for an expiry period is dropped (the gateway forgets silent senders), so the
next message asks again.
"""
from __future__ import annotations

import threading
import time

from runtime.netnats.views import RoutingView

#: Posts that may be on their way to one gateway before the sender waits for acknowledgements.
WINDOW = 1024


class Lane:
    """One remote gateway's view and flow count, as one connection posts to it."""

    def __init__(self, subject: str, view: RoutingView) -> None:
        self.subject = subject  # where the gateway sends this connection new views and counts
        self.view = view
        self.posted = 0
        self.acked = 0
        self.used = time.monotonic()
        self._room = threading.Condition()

    def reserve(self, timeout: float) -> bool:
        """Count one more post; wait while ``WINDOW`` are unacknowledged. False when the
        gateway acknowledged nothing for ``timeout`` s."""
        with self._room:
            if self.posted - self.acked >= WINDOW:
                deadline = time.monotonic() + timeout
                while self.posted - self.acked >= WINDOW:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0 or not self._room.wait(remaining):
                        return False
            self.posted += 1
            self.used = time.monotonic()
        return True

    def acknowledge(self, received: int) -> None:
        with self._room:
            if received > self.acked:
                self.acked = received
                self._room.notify_all()
