"""Framed messages over a pair of pipes: the only link between the gateway and a worker.

Each frame is a 4-byte big-endian length and a JSON object written with ``runtime.messaging.wire``
(payloads and results inside it are ``wire.encode`` trees, exactly what crosses the Gateway
Network). Nothing else is shared: no pickles, no file descriptors, no objects. A frame longer than
``max_frame`` or one that is not a JSON object is a ``ProtocolError``; the gateway treats a worker
that sends one as compromised and kills it.
"""
from __future__ import annotations

import os
import struct
import threading
from typing import Any

from runtime.core.budget import ScriptTimeout
from runtime.emulated.java._throwables import Throwable
from runtime.emulated.java.lang import (Exception as JavaException, IllegalArgumentException,
                                        IllegalStateException, NullPointerException, RuntimeException)
from runtime.messaging import wire
from runtime.messaging.requests import CancellationException, RequestError, RequestTimeout

#: The largest frame either side reads (a payload is bounded by the payload rules long before).
MAX_FRAME = 256 << 20

_HEADER = struct.Struct(">I")


#: Errors a call may raise on the other side, by name (anything else arrives as RuntimeError).
ERRORS: dict[str, type[BaseException]] = {
    cls.__name__: cls for cls in (TypeError, ValueError, RequestError, RequestTimeout, CancellationException,
                                  ScriptTimeout)}
ERRORS.update({cls.getName(): cls for cls in (JavaException, RuntimeException, IllegalArgumentException,
                                               IllegalStateException, NullPointerException)})


def error_name(error: BaseException) -> str:
    """The name an error crosses as (its nearest class in ``ERRORS``; a Java one by its Java name)."""
    for cls in type(error).__mro__:
        name = cls.getName() if isinstance(error, Throwable) and issubclass(cls, Throwable) else cls.__name__
        if name in ERRORS and (issubclass(ERRORS[name], Throwable) == isinstance(error, Throwable)):
            return name
    return "RuntimeError"


def error_pair(error: BaseException, depth: int = 4) -> list:
    """``[name, message]``: how an error crosses (a Java one without its name prefix), with a
    Java one's cause as a third item (``system.db``'s "Error executing ..." carries the driver's
    message as its cause, which scripts read: ``e.cause.getMessage()``)."""
    text = error.getMessage() if isinstance(error, Throwable) else str(error)
    pair = [error_name(error), "" if text is None else str(text)]
    cause = error.getCause() if isinstance(error, Throwable) else None
    if isinstance(cause, Throwable) and depth > 0:
        pair.append(error_pair(cause, depth - 1))
    return pair


def error_from(pair: object) -> BaseException:
    """The error a ``[name, message]`` (or ``[name, message, cause]``) pair stands for."""
    if isinstance(pair, list) and len(pair) in (2, 3):
        name, text, *cause = pair
    else:
        name, text, cause = "RuntimeError", repr(pair), []
    cls = ERRORS.get(str(name), RuntimeError)
    if cause and issubclass(cls, Throwable):
        return cls(str(text), error_from(cause[0]))
    return cls(str(text))


class ProtocolError(Exception):
    """The other side sent something that is not a frame of this protocol."""


class Channel:
    """One direction in, one direction out; ``send`` may be called from any thread."""

    def __init__(self, read_fd: int, write_fd: int, max_frame: int = MAX_FRAME) -> None:
        self._in = os.fdopen(read_fd, "rb")
        self._out = os.fdopen(write_fd, "wb")
        self._lock = threading.Lock()
        self.max_frame = max_frame

    def send(self, message: dict) -> None:
        """Write one frame; ``OSError``/``ValueError`` when the other side is gone."""
        body = wire.dumps(message)
        with self._lock:
            self._out.write(_HEADER.pack(len(body)) + body)
            self._out.flush()

    def receive(self) -> dict | None:
        """The next frame, or None at the end of the stream (the other side exited)."""
        header = self._in.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return None
        (length,) = _HEADER.unpack(header)
        if length > self.max_frame:
            raise ProtocolError(f"a frame of {length:,} bytes is over the limit of {self.max_frame:,}")
        body = self._in.read(length)
        if len(body) < length:
            return None
        try:
            message: Any = wire.loads(body)
        except ValueError as exc:
            raise ProtocolError(f"a frame that is not JSON ({exc})") from None
        if not isinstance(message, dict):
            raise ProtocolError(f"a frame holding a {type(message).__name__}, not an object")
        return message

    def close(self) -> None:
        for stream in (self._out, self._in):
            try:
                stream.close()
            except (OSError, ValueError):
                pass
