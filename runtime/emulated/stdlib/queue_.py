"""``Queue`` (Python 2's name): FIFO, LIFO and priority queues between a script's threads
(``system.util.invokeAsynchronous``). Blocking ``get``/``put`` wait in short slices so that the
script's time budget can still stop a script blocked on an empty queue."""
from __future__ import annotations

import queue as _queue
import time as _time
from typing import Any

from runtime.core.budget import tick as _tick

Empty = _queue.Empty
Full = _queue.Full

_SLICE = 0.05


class _Budgeted:
    def get(self, block: bool = True, timeout: float | None = None) -> Any:
        if not block:
            return super().get(False)  # type: ignore[misc]
        deadline = None if timeout is None else _time.monotonic() + timeout
        while True:
            _tick()
            left = _SLICE if deadline is None else min(_SLICE, deadline - _time.monotonic())
            try:
                return super().get(True, max(left, 0))  # type: ignore[misc]
            except _queue.Empty:
                if deadline is not None and _time.monotonic() >= deadline:
                    raise

    def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None:
        if not block:
            return super().put(item, False)  # type: ignore[misc]
        deadline = None if timeout is None else _time.monotonic() + timeout
        while True:
            _tick()
            left = _SLICE if deadline is None else min(_SLICE, deadline - _time.monotonic())
            try:
                return super().put(item, True, max(left, 0))  # type: ignore[misc]
            except _queue.Full:
                if deadline is not None and _time.monotonic() >= deadline:
                    raise


class Queue(_Budgeted, _queue.Queue):
    __module__ = "Queue"


class LifoQueue(_Budgeted, _queue.LifoQueue):
    __module__ = "Queue"


class PriorityQueue(_Budgeted, _queue.PriorityQueue):
    __module__ = "Queue"
