"""When event scripts are due: the real clock, or a virtual one that tests move by hand.

A ``Schedule`` holds jobs (timer and scheduled scripts) by due time. On the real clock a thread
hands each due job to its executor; on a virtual clock nothing moves until
``advance(seconds)``, which runs every job due in that span, in due order, each to completion
(with whatever it caused: tag change scripts, messages) before the next, so a test of timer
logic is deterministic and takes no wall time.
"""
from __future__ import annotations

import heapq
import itertools
import threading
import time
from datetime import datetime, timedelta
from typing import Callable, Protocol


class Job(Protocol):
    """Something due at a time; ``fire()`` dispatches its run (and reschedules it after)."""

    cancelled: bool

    def fire(self) -> None: ...


class RealClock:
    """Wall time; ``monotonic`` measures delays (immune to clock changes)."""

    virtual = False

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now()


class VirtualClock:
    """Time that moves only when told to: ``monotonic`` starts at 0, ``wall`` at ``start``
    (default: now, to the whole minute, so cron schedules line up)."""

    virtual = True

    def __init__(self, start: datetime | None = None) -> None:
        self.start = start or datetime.now().replace(second=0, microsecond=0)
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return self.start + timedelta(seconds=self.now)


Clock = RealClock | VirtualClock


def make_clock(clock: str | Clock) -> Clock:
    """``"real"``, ``"virtual"`` or a clock object."""
    if isinstance(clock, (RealClock, VirtualClock)):
        return clock
    if clock == "real":
        return RealClock()
    if clock == "virtual":
        return VirtualClock()
    raise ValueError(f'clock must be "real" or "virtual", not {clock!r}')


class Schedule:
    """Jobs by due time (clock.monotonic seconds) on one clock."""

    def __init__(self, clock: Clock, settle: Callable[[], None]) -> None:
        self.clock = clock
        self._settle = settle  # virtual clock: wait until what a job started has finished
        self._heap: list[tuple[float, int, Job]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False

    def add(self, due: float, job: Job) -> None:
        """Make ``job`` due at ``due``; a job is on the schedule at most once at a time (a
        timer puts itself back only when its run has finished: runs never pile up)."""
        with self._wake:
            if self._closed:
                return
            heapq.heappush(self._heap, (due, next(self._order), job))
            if not self.clock.virtual and self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="shim-events", daemon=True)
                self._thread.start()
            self._wake.notify()

    def close(self) -> None:
        """Drop every job; nothing fires after this."""
        with self._wake:
            self._closed = True
            for _, _, job in self._heap:
                job.cancelled = True
            self._heap.clear()
            self._wake.notify()

    def advance(self, seconds: float) -> int:
        """Virtual clock: move ``seconds`` on, firing each job due meanwhile at its own time and
        letting it finish; returns how many fired."""
        if not self.clock.virtual:
            raise ValueError('advance() needs a gateway made with clock="virtual"')
        if not seconds >= 0 or seconds == float("inf"):
            raise ValueError(f"advance() takes a finite number of seconds >= 0, not {seconds!r}")
        clock = self.clock
        target = clock.now + seconds
        fired = 0
        while True:
            with self._wake:
                while self._heap and self._heap[0][2].cancelled:
                    heapq.heappop(self._heap)
                if not self._heap or self._heap[0][0] > target:
                    break
                due, _, job = heapq.heappop(self._heap)
            clock.now = max(clock.now, due)
            job.fire()
            self._settle()
            fired += 1
        clock.now = target
        return fired

    def _loop(self) -> None:
        while True:
            with self._wake:
                while not self._closed and (not self._heap or self._heap[0][0] > self.clock.monotonic()):
                    wait = None if not self._heap else self._heap[0][0] - self.clock.monotonic()
                    self._wake.wait(None if wait is None else min(wait, threading.TIMEOUT_MAX))
                if self._closed:
                    return
                _, _, job = heapq.heappop(self._heap)
            if not job.cancelled:
                try:
                    job.fire()
                except Exception:  # a job that cannot be dispatched (gateway closing) is dropped
                    pass
