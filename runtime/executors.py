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

    def _submit(self, pool: ThreadPoolExecutor | None, task: Task, urgent: bool = False) -> None:
        if self.closed:
            raise RuntimeError("the gateway is closed")
        self._started()
        if pool is None:
            if urgent:  # a request's answer is awaited by the caller: run it now, nested
                self._run_now(task)
            else:
                self._run_inline(task)
            return
        def run() -> None:
            try:
                task()
            finally:
                self._finished()
        pool.submit(run)

    def _run_now(self, task: Task) -> None:
        try:
            task()
        finally:
            self._finished()

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

    def later(self, delay: float, task: Task) -> None:
        """Run ``task`` (which queues the real work) after ``delay`` seconds; counts as
        outstanding meanwhile, so ``wait_idle`` waits for it."""
        self._started()

        def fire() -> None:
            try:
                task()
            finally:
                self._finished()
        SCHEDULER.call_later(delay, fire)

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


_running = threading.local()  # .queue: the SerialQueue whose task this thread is running


class SerialQueue:
    """FIFO: tasks run one at a time, in order, on the executor's worker pool."""

    __slots__ = ("_executor", "name", "_tasks", "_lock", "_running")

    def __init__(self, executor: Executor, name: str) -> None:
        self._executor = executor
        self.name = name
        self._tasks: deque[Task] = deque()
        self._lock = threading.Lock()
        self._running = False

    def put(self, task: Task, urgent: bool = False) -> None:
        """Queue ``task``. ``urgent`` (a request whose caller waits for the answer) runs it at
        once when waiting would deadlock: in synchronous mode, or when the caller is this very
        queue's running task."""
        executor = self._executor
        if executor._pool is None:
            executor._submit(None, task, urgent)
            return
        if urgent and getattr(_running, "queue", None) is self:
            executor._started()
            executor._run_now(task)
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
        _running.queue = self
        try:
            self._drain_some(executor)
        finally:
            _running.queue = None

    def _drain_some(self, executor: Executor) -> None:
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


class Scheduler:
    """Runs callbacks after a delay on one shared timer thread (request timeouts,
    ``invokeLater(fn, delay)``): no thread per timer, so thousands of pending requests are cheap."""

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        import heapq
        import itertools
        import time

        self._heapq = heapq
        self._clock = clock or time.monotonic
        self._heap: list = []
        self._counter = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def call_later(self, delay: float, callback: Task) -> "Timer":
        timer = Timer(callback)
        with self._wake:
            self._heapq.heappush(self._heap, (self._clock() + max(0.0, delay), next(self._counter), timer))
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="shim-scheduler", daemon=True)
                self._thread.start()
            self._wake.notify()
        return timer

    def _loop(self) -> None:
        while True:
            with self._wake:
                while not self._heap or self._heap[0][0] > self._clock():
                    self._wake.wait(None if not self._heap else self._heap[0][0] - self._clock())
                _, _, timer = self._heapq.heappop(self._heap)
            timer.fire()


class Timer:
    """A scheduled callback; ``cancel()`` before it fires and it never runs."""

    __slots__ = ("_callback",)

    def __init__(self, callback: Task) -> None:
        self._callback: Task | None = callback

    def cancel(self) -> None:
        self._callback = None

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            try:
                callback()
            except Exception:  # a timer callback must never kill the scheduler thread
                pass


#: The process-wide scheduler.
SCHEDULER = Scheduler()
