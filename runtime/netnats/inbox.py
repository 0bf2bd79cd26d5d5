"""One thread that runs what arrives from the network, one item at a time, in arrival order.

nats-py calls back on its event-loop thread, where nothing may block; handing each message
to a pool would lose the order Ignition keeps per sender (a project's "shared" handlers run
messages in arrival order). So the work a message causes (decode, route, queue on the
gateway's executor) runs here instead; the handlers themselves run on the executor, so one
thread keeps up.
"""
from __future__ import annotations

import queue
import threading
import traceback
from typing import Callable

Task = Callable[[], None]


class Inbox:
    """A FIFO of tasks and the one thread that runs them."""

    def __init__(self, name: str, on_error: Callable[[str], None]) -> None:
        self._queue: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        self._on_error = on_error
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.thread.start()

    def put(self, task: Task) -> None:
        self._queue.put(task)

    def flush(self, timeout: float) -> bool:
        """Wait until everything put so far has run; False if ``timeout`` passed first."""
        if threading.current_thread() is self.thread:
            return True  # called by a task: what came before it has run
        done = threading.Event()
        self._queue.put(done.set)
        return done.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Run what is queued, then end the thread."""
        self._queue.put(None)
        if threading.current_thread() is not self.thread:
            self.thread.join(timeout)

    def _run(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            try:
                task()
            except Exception:  # one bad message must not stop the network
                self._on_error("network inbox: " + traceback.format_exc().rstrip())
