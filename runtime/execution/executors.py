"""Where handlers run: per-receiver FIFO queues drained by a few worker threads, dedicated
threads, or inline (synchronous mode for tests and benchmarks).

Ignition runs a project's "shared" gateway handlers one at a time on one background thread,
in arrival order; a "dedicated" handler gets a thread of its own; a Vision client runs its
handlers in its own JVM. Here every receiver (the gateway's project, each client session) owns
a ``SerialQueue``: FIFO, one task at a time. A queue that has work puts *itself* on the
executor's ready queue, which a few worker threads drain, so 10,000 idle sessions cost no
threads at all and a delivery costs a deque append plus, at most, one ready-queue put.
"""
from __future__ import annotations

import heapq
import itertools
import queue
import threading
import time
from collections import deque
from contextlib import contextmanager
from typing import Callable, Iterator

from runtime.core.budget import WATCHDOG

Task = Callable[[], None]

#: Tasks a queue runs before it yields its worker thread to other queues (keeps a flooded
#: project from starving the others while staying FIFO within itself).
_FAIR_SHARE = 256

class _Running(threading.local):
    """Per thread: ``queue``, the SerialQueue it is draining; ``executor``, whose worker it is;
    ``ticket``, the Ticket of the task it runs now. The class's None defaults make a read on
    any other thread cheap (no AttributeError behind a ``getattr`` default)."""

    queue: "SerialQueue | None" = None
    executor: "Executor | None" = None
    ticket: "Ticket | None" = None


_running = _Running()


class Executor:
    """Runs tasks; tracks how many are outstanding so ``wait_idle`` can wait for them."""

    def __init__(self, *, synchronous: bool = False, workers: int = 8) -> None:
        self.synchronous = synchronous
        self.closed = False
        self._outstanding = 0
        self._waiters = 0
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending: deque[Task] | None = None  # synchronous mode: tasks deferred by nesting
        self._inline_thread: int | None = None
        self._ready: queue.SimpleQueue[SerialQueue | None] = queue.SimpleQueue()
        self._workers: list[threading.Thread] = []
        self._dedicated_count = itertools.count(1)
        #: threads running "dedicated" tasks now (daemon threads: a blocked handler never keeps
        #: the process from exiting; ``close`` reports them)
        self.dedicated: set[threading.Thread] = set()
        self._worker_count = itertools.count(workers)
        if not synchronous:
            for number in range(workers):
                worker = threading.Thread(target=self._work, name=f"shim-worker-{number}", daemon=True)
                worker.start()
                self._workers.append(worker)

    def queue(self, name: str) -> "SerialQueue":
        """A new FIFO queue whose tasks run one at a time on this executor."""
        return SerialQueue(self, name)

    # -- accounting -------------------------------------------------------------------------

    def _started(self) -> None:
        with self._lock:
            self._outstanding += 1

    def _finished(self) -> None:
        with self._lock:
            self._outstanding -= 1
            if self._outstanding == 0 and self._waiters:
                self._idle.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no task is queued or running; False if ``timeout`` passed first."""
        with self._lock:
            self._waiters += 1
            try:
                return self._idle.wait_for(lambda: self._outstanding == 0, timeout)
            finally:
                self._waiters -= 1

    @property
    def outstanding(self) -> int:
        return self._outstanding

    # -- running ----------------------------------------------------------------------------

    def _work(self) -> None:
        _running.executor = self
        ready = self._ready
        while True:
            serial = ready.get()
            if serial is None or not serial._drain():
                return

    def _replace_worker(self, stuck: int) -> None:
        """The worker thread of ident ``stuck`` was written off (``Ticket.abandon``): a fresh one
        takes its place (a spare one, see ``blocking``, needs no successor)."""
        with self._lock:
            found = [worker for worker in self._workers if worker.ident == stuck]
            if not found:
                return
            self._workers.remove(found[0])
            number = next(self._worker_count)
        worker = threading.Thread(target=self._work, name=f"shim-worker-{number}", daemon=True)
        worker.start()
        with self._lock:
            self._workers.append(worker)

    def _work_until(self, stop: threading.Event) -> None:
        """A spare worker: drains ready queues until ``stop`` is set (see ``blocking``)."""
        _running.executor = self
        while not stop.is_set():
            try:
                serial = self._ready.get(timeout=0.05)
            except queue.Empty:
                continue
            if serial is None:
                self._ready.put(None)  # leave the shutdown signal for a regular worker
                return
            if not serial._drain():
                return

    def run_dedicated(self, task: Task) -> None:
        """Run ``task`` on a thread of its own (Ignition's "dedicated" threading)."""
        if self.closed:
            raise RuntimeError("the gateway is closed")
        self._started()
        if self.synchronous:
            self._run_inline(task, counted=True)
            return

        def run() -> None:
            ticket = _running.ticket = Ticket(None, self)
            try:
                task()
            finally:
                WATCHDOG.stop(threading.get_ident())  # see SerialQueue._drain
                self.dedicated.discard(thread)
                if ticket.settle():  # else written off: counted as finished already
                    self._finished()
        thread = threading.Thread(target=run, name=f"shim-dedicated-{next(self._dedicated_count)}", daemon=True)
        self.dedicated.add(thread)
        thread.start()

    def _run_inline(self, task: Task, urgent: bool = False, counted: bool = False) -> None:
        """Synchronous mode: run now, but never nested: a handler that sends a message has its
        deliveries run after it returns, in order, as a FIFO queue would. ``urgent`` (a request
        whose caller waits for the answer) runs at once, nested."""
        if urgent or self._inline_thread is not None and self._inline_thread != threading.get_ident():
            self._run_counted(task, counted)
            return
        if self._pending is not None:
            if counted:
                self._pending.append(lambda: self._run_counted(task, True))
            else:
                self._pending.append(task)
            return
        self._pending = pending = deque([lambda: self._run_counted(task, counted)])
        self._inline_thread = threading.get_ident()
        try:
            while pending:
                pending.popleft()()
        finally:
            self._pending = None
            self._inline_thread = None

    def _run_counted(self, task: Task, counted: bool) -> None:
        try:
            task()
        finally:
            if counted:
                self._finished()

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

    def close(self, wait: bool | float = True) -> list[str]:
        """Stop. ``wait`` (True, or a number of seconds) lets queued tasks finish first;
        otherwise they are dropped. Returns the names of threads still busy (blocked
        handlers), which are left to die with the process: they never block its exit."""
        if not self.closed and wait:
            self.wait_idle(None if wait is True else float(wait))
        self.closed = True
        with self._lock:
            workers = len(self._workers)
        for _ in range(workers):
            self._ready.put(None)
        return sorted(thread.name for thread in self.dedicated)


@contextmanager
def blocking() -> Iterator[None]:
    """Wrap a wait (``sendRequest`` blocking for its answer) in a worker thread: a spare worker
    runs meanwhile, so handlers that wait on each other can never take every worker and leave
    the queue they wait for without one."""
    executor = _running.executor
    if executor is None or executor.closed:
        yield
        return
    stop = threading.Event()
    threading.Thread(target=executor._work_until, args=(stop,), name="shim-worker-spare", daemon=True).start()
    try:
        yield
    finally:
        stop.set()


class SerialQueue:
    """FIFO: tasks run one at a time, in order, on the executor's workers."""

    __slots__ = ("_executor", "name", "_tasks", "_lock", "_running")

    def __init__(self, executor: Executor, name: str) -> None:
        self._executor = executor
        self.name = name
        self._tasks: deque[Task] | None = None  # made on the first put: 10,000 idle sessions
        self._lock = threading.Lock()          # with three queues each hold no deque blocks
        self._running = False

    def put(self, task: Task, urgent: bool = False) -> None:
        """Queue ``task``. ``urgent`` (a request whose caller waits for the answer) runs it at
        once when waiting would deadlock: in synchronous mode, or when the caller is this very
        queue's running task."""
        executor = self._executor
        if executor.closed:
            raise RuntimeError("the gateway is closed")
        if executor.synchronous:
            executor._run_inline(task, urgent)
            return
        if urgent and _running.queue is self:
            executor._started()
            executor._run_counted(task, True)
            return
        executor._started()
        with self._lock:
            tasks = self._tasks
            if tasks is None:
                tasks = self._tasks = deque()
            tasks.append(task)
            if self._running:
                return
            self._running = True
        executor._ready.put(self)

    @property
    def busy(self) -> bool:
        """True while tasks are queued or running."""
        return self._running

    def _drain(self) -> bool:
        """Run queued tasks (at most ``_FAIR_SHARE``, then yield the worker to other queues);
        False when a task of this thread was written off (``Ticket.abandon``): the queue went on
        on a fresh worker thread, and this one must stop."""
        executor = self._executor
        ident = threading.get_ident()
        _running.queue = self
        try:
            for _ in range(_FAIR_SHARE):
                with self._lock:
                    if not self._tasks:
                        self._running = False
                        return True
                    task = self._tasks.popleft()
                ticket = _running.ticket = Ticket(self, executor)
                try:
                    task()
                except BaseException:  # tasks log their own errors; a worker never dies
                    pass
                finally:
                    _running.ticket = None
                    # a time budget whose stop a late ScriptTimeout skipped must not follow
                    # this worker into the next task
                    WATCHDOG.stop(ident)
                if not ticket.settle():
                    return False  # written off: accounted for, and the queue is another thread's now
                executor._finished()
            executor._ready.put(self)  # still busy: yield the worker to other queues
            return True
        finally:
            _running.queue = None


class Ticket:
    """The task a worker thread is running from a ``SerialQueue`` (or a dedicated thread's
    task: ``serial`` None). If the task blocks past its time budget where the budget cannot
    reach it (a C call, a wait that ignores it), ``abandon`` writes it off: the task counts as
    finished (``wait_idle`` stops waiting for it), a fresh worker thread takes the queue's next
    task, and the stuck thread, should it ever return, stops without touching the queue. In
    process isolation a stuck worker process is killed instead (``runtime.isolation.host``)."""

    __slots__ = ("_serial", "_executor", "_thread", "_state", "_bound")

    #: one lock for every ticket's one change of state (made per task, a ticket stays cheap)
    _lock = threading.Lock()

    def __init__(self, serial: SerialQueue | None, executor: Executor) -> None:
        self._serial = serial
        self._executor = executor
        self._thread = threading.get_ident()
        self._state = "running"  # -> "done" | "abandoned", once
        self._bound = False

    def settle(self) -> bool:
        """The task is ending: True, unless it was written off first."""
        with self._lock:
            if self._state == "running":
                self._state = "done"
            return self._state == "done"

    def abandon(self, report: Task) -> bool:
        """Write the task off (from another thread): ``report()`` says so, then the queue moves
        on; False (nothing done) if the task has ended meanwhile."""
        with self._lock:
            if self._state != "running":
                return False
            self._state = "abandoned"
        report()  # before wait_idle can see the task finished
        serial, executor = self._serial, self._executor
        executor._finished()
        if serial is None or executor.closed:
            return True
        executor._replace_worker(self._thread)
        with serial._lock:
            if serial._tasks:
                executor._ready.put(serial)  # still "running": the fresh worker drains it
            else:
                serial._running = False
        return True


def current_ticket() -> Ticket | None:
    """The ticket of the task this worker or dedicated thread runs, for the first caller only (a
    nested run, such as a request the task answers on its own thread, shares its task and gets
    None); None elsewhere (synchronous mode: the caller itself is stuck)."""
    ticket = _running.ticket
    if ticket is None or ticket._bound:
        return None
    ticket._bound = True
    return ticket


class Scheduler:
    """Runs callbacks after a delay on one shared timer thread (request timeouts,
    ``invokeLater(fn, delay)``): no thread per timer, so thousands of pending requests are cheap."""

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        self._clock = clock or time.monotonic
        self._heap: list = []
        self._counter = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def call_later(self, delay: float, callback: Task) -> "Timer":
        """Run ``callback`` once, ``delay`` seconds from now (at most ``threading.TIMEOUT_MAX``)."""
        if delay != delay:  # NaN would never compare as due
            raise ValueError("delay must be a number of seconds, not NaN")
        timer = Timer(callback)
        delay = min(max(0.0, delay), threading.TIMEOUT_MAX)
        with self._wake:
            heapq.heappush(self._heap, (self._clock() + delay, next(self._counter), timer))
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="shim-scheduler", daemon=True)
                self._thread.start()
            self._wake.notify()
        return timer

    def _loop(self) -> None:
        while True:
            with self._wake:
                while not self._heap or self._heap[0][0] > self._clock():
                    wait = None if not self._heap else self._heap[0][0] - self._clock()
                    self._wake.wait(None if wait is None else min(wait, threading.TIMEOUT_MAX))
                _, _, timer = heapq.heappop(self._heap)
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
