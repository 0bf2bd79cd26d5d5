"""What handlers did, run by run: a gateway's handler runs, each with the log records it wrote
and the messages it sent. The pytest plugin and ``shim record`` both look at a gateway this way.

Records and sends are matched to a run by its tag ("gateway X/h", "client 65F7A472 X/h") as they
happen, and handed to the run when it finishes. That is exact when runs of one tag do not overlap:
synchronous mode and "shared" threading, which is how tests and traces run.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from runtime.execution.hosts import LOGGERS
from runtime.execution.log import HandlerRun, LogRecord, Outbound

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

#: Records a run's status and error already say (its print lines, "could not be found", the
#: traceback of a failed handler): left out of the run's own ``logs``.
_RUN_LOGGERS = frozenset({"stdout", *LOGGERS.values()})


@dataclass
class RunDetail:
    """A finished run with what it logged (besides printing) and what it sent."""

    run: HandlerRun
    logs: list[LogRecord] = field(default_factory=list)
    sent: list[Outbound] = field(default_factory=list)


class Recorder:
    """Listens to a gateway's log from creation until ``close``."""

    def __init__(self, gateway: "Gateway") -> None:
        self.runs: list[HandlerRun] = []
        self.records: list[LogRecord] = []
        self.sent: list[Outbound] = []
        self._details: dict[int, RunDetail] = {}  # id(run) -> detail (runs are kept alive in .runs)
        self._pending: dict[str, tuple[list[LogRecord], list[Outbound]]] = {}  # tag -> so far
        self._lock = threading.Lock()
        log = gateway.log
        self._unsubscribe = [log.subscribe(self._record), log.on_send(self._send), log.on_run(self._finish)]

    def detail(self, run: HandlerRun) -> RunDetail:
        """The logs and sends of ``run`` (a run of this recorder)."""
        return self._details[id(run)]

    def close(self) -> None:
        """Stop listening."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()

    def _record(self, record: LogRecord) -> None:
        with self._lock:
            self.records.append(record)
            if record.logger not in _RUN_LOGGERS:
                self._pending.setdefault(record.tag, ([], []))[0].append(record)

    def _send(self, message: Outbound) -> None:
        with self._lock:
            self.sent.append(message)
            self._pending.setdefault(message.sender, ([], []))[1].append(message)

    def _finish(self, run: HandlerRun) -> None:
        with self._lock:
            logs, sent = self._pending.pop(run.tag, ([], []))
            self._details[id(run)] = RunDetail(run, logs, sent)
            self.runs.append(run)
