"""The gateway log: what handlers printed and logged, and what went wrong, tagged by where.

Ignition writes handler output and errors to the receiving side's log (the gateway's
wrapper.log, or the client's console). Here every gateway keeps the recent records in memory
and passes each to its listeners (the CLI prints them on stderr, the pytest plugin collects them).
"""
from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable

from runtime.emulated.ignition.logger import LEVELS, logging_levels  # noqa: F401  (Ignition's levels; FATAL: 7.9's log4j)

#: The logger name of what scripts ``print`` (wrapper.log takes their stdout as bare lines).
PRINT_LOGGER = "stdout"


@dataclass(frozen=True)
class LogRecord:
    """One line of the log."""

    level: str  # one of LEVELS
    logger: str  # Ignition-style logger name; PRINT_LOGGER for printed lines
    message: str
    tag: str  # where it happened, e.g. "gateway X/testHandler" or "client 65F7A472 X/testHandler"
    time: float = field(default_factory=time.time)

    def __str__(self) -> str:
        """As Ignition's log viewer shows a record (time, level, logger name, message), after
        where the script ran: ``[gateway X/h] 2026-12-07 05:55:07.123 INFO  MyLogger: text``.
        A printed line stays bare, as in wrapper.log: ``[gateway X/h] text``."""
        if self.logger == PRINT_LOGGER:
            return f"[{self.tag}] {self.message}"
        return f"[{self.tag}] {local_time(self.time)} {self.level:<5} {self.logger}: {self.message}"


def local_time(seconds: float) -> str:
    """Local time with milliseconds, as the log viewer shows it."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds)) + f".{millis(seconds):03d}"


def millis(seconds: float) -> int:
    """The milliseconds part of a time in seconds."""
    return min(int((seconds % 1) * 1000), 999)


class HandlerRun:
    """What one handler run did: inputs, output, result or error (for tests and traces)."""

    __slots__ = ("context", "project", "handler", "session_id", "payload", "status", "output",
                 "result", "error", "exception")

    def __init__(self, context: str, project: str, handler: str, session_id: str | None,
                 payload: Any) -> None:
        self.context = context  # "gateway" | "client" | "perspective"
        self.project = project
        self.handler = handler
        self.session_id = session_id
        self.payload = payload
        self.status = "ok"  # "ok" | "error" | "missing" | "refused" (never queued: the receiver was full)
        self.output: list[str] = []
        self.result: Any = None
        self.error: str | None = None
        self.exception: BaseException | None = None

    @property
    def tag(self) -> str:
        where = self.context if self.session_id is None else f"{self.context} {self.session_id}"
        return f"{where} {self.project}/{self.handler}"

    def __repr__(self) -> str:
        return f"<HandlerRun {self.tag} {self.status}>"


@dataclass(frozen=True)
class Outbound:
    """A message or request a script sent (``sendMessage``, ``sendRequest(Async)``), as sent:
    tests and traces check what a handler sent, not only what it printed."""

    kind: str  # "message" | "request"
    sender: str  # the sending script's tag, e.g. "gateway X/testHandler" (a HandlerRun's tag)
    project: str
    handler: str
    payload: Any
    params: dict[str, Any]  # the delivery parameters given (scope, user, hostName ...), None left out


class GatewayLog:
    """Recent records (bounded) plus listeners for log records and handler runs."""

    def __init__(self, keep: int = 10_000) -> None:
        self.records: deque[LogRecord] = deque(maxlen=keep)
        self._listeners: list[Callable[[LogRecord], None]] = []
        self._run_listeners: list[Callable[[HandlerRun], None]] = []
        self.send_listeners: list[Callable[[Outbound], None]] = []
        self._lock = threading.Lock()

    def emit(self, record: LogRecord) -> None:
        self.records.append(record)
        for listener in tuple(self._listeners):
            listener(record)

    def write(self, level: str, logger: str, message: str, tag: str) -> None:
        self.emit(LogRecord(level, logger, message, tag))

    def finished(self, run: HandlerRun) -> None:
        for listener in tuple(self._run_listeners):
            listener(run)

    def sent(self, message: Outbound) -> None:
        for listener in tuple(self.send_listeners):
            listener(message)

    def subscribe(self, listener: Callable[[LogRecord], None]) -> Callable[[], None]:
        """Call ``listener`` with every new record; returns a function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)
        return lambda: self._remove(self._listeners, listener)

    def on_run(self, listener: Callable[[HandlerRun], None]) -> Callable[[], None]:
        """Call ``listener`` after every handler run; returns a function that unsubscribes."""
        with self._lock:
            self._run_listeners.append(listener)
        return lambda: self._remove(self._run_listeners, listener)

    def on_send(self, listener: Callable[[Outbound], None]) -> Callable[[], None]:
        """Call ``listener`` with every message or request a script of this gateway sends;
        returns a function that unsubscribes."""
        with self._lock:
            self.send_listeners.append(listener)
        return lambda: self._remove(self.send_listeners, listener)

    def _remove(self, listeners: list, listener: Callable) -> None:
        with self._lock:
            if listener in listeners:
                listeners.remove(listener)
