"""Where handlers run: per-receiver FIFO queues on a shared worker pool, dedicated threads,
or inline (synchronous mode for tests and benchmarks).

Ignition runs a project's "shared" gateway handlers one at a time on one background thread,
in arrival order; a "dedicated" handler gets a thread of its own; a Vision client runs its
handlers in its own JVM. Here every receiver (the gateway's project, each client session) owns
a ``SerialQueue``: FIFO, one task at a time, but drained by a small pool of worker threads, so
10,000 idle sessions cost no threads at all.
"""
from __future__ import annotations

import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

Task = Callable[[], None]

#: Tasks a queue runs before it yields its worker thread to other queues (keeps a flooded
#: project from starving the others while staying FIFO within itself).
_FAIR_SHARE = 256


class Executor:
    """Runs tasks; tracks how many are outstanding so ``wait_idle`` can wait for them."""

    def __init__(self, *, synchronous: bool = False, workers: int = 8) -> None:
        self.synchronous = synchronous
        self._pool = None if synchronous else ThreadPoolExecutor(workers, thread_name_prefix="shim-worker")
        self._dedicated = None if synchronous else ThreadPoolExecutor(64, thread_name_prefix="shim-dedicated")
        self._outstanding = 0
        self._idle = threading.Condition()
        self._inline = threading.local()
        self.closed = False

    def queue(self, name: str) -> "SerialQueue":
        """A new FIFO queue whose tasks run one at a time on this executor."""
        return SerialQueue(self, name)

    def _started(self) -> None:
        with self._idle:
            self._outstanding += 1

    def _finished(self) -> None:
        with self._idle:
            self._outstanding -= 1
            if self._outstanding == 0:
                self._idle.notify_all()

    def run_dedicated(self, task: Task) -> None:
        """Run ``task`` on a thread of its own (Ignition's "dedicated" threading)."""
        self._submit(self._dedicated, task)

    def _submit(self, pool: ThreadPoolExecutor | None, task: Task) -> None:
        if self.closed:
            raise RuntimeError("the gateway is closed")
        self._started()
        if pool is None:
            self._run_inline(task)
            return
        def run() -> None:
            try:
                task()
            finally:
                self._finished()
        pool.submit(run)

    def _run_inline(self, task: Task) -> None:
        """Synchronous mode: run now, but never nested: a handler that sends a message has its
        deliveries run after it returns, in order, as a FIFO queue would."""
        pending = getattr(self._inline, "pending", None)
        if pending is not None:
            pending.append(task)
            return
        self._inline.pending = pending = deque([task])
        try:
            while pending:
                try:
                    pending.popleft()()
                finally:
                    self._finished()
        finally:
            self._inline.pending = None

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no task is queued or running; False if ``timeout`` passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._outstanding == 0, timeout)

    @property
    def outstanding(self) -> int:
        return self._outstanding

    def close(self, wait: bool = True) -> None:
        self.closed = True
        for pool in (self._pool, self._dedicated):
            if pool is not None:
                pool.shutdown(wait=wait, cancel_futures=not wait)


class SerialQueue:
    """FIFO: tasks run one at a time, in order, on the executor's worker pool."""

    __slots__ = ("_executor", "name", "_tasks", "_lock", "_running")

    def __init__(self, executor: Executor, name: str) -> None:
        self._executor = executor
        self.name = name
        self._tasks: deque[Task] = deque()
        self._lock = threading.Lock()
        self._running = False

    def put(self, task: Task) -> None:
        executor = self._executor
        if executor._pool is None:
            executor._submit(None, task)
            return
        if executor.closed:
            raise RuntimeError("the gateway is closed")
        executor._started()
        with self._lock:
            self._tasks.append(task)
            if self._running:
                return
            self._running = True
        executor._pool.submit(self._drain)

    def _drain(self) -> None:
        executor = self._executor
        for _ in range(_FAIR_SHARE):
            with self._lock:
                if not self._tasks:
                    self._running = False
                    return
                task = self._tasks.popleft()
            try:
                task()
            finally:
                executor._finished()
        executor._pool.submit(self._drain)  # still busy: yield the worker to other queues
