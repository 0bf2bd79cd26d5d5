"""Several posts to one subject in one NATS message: the hot path's per-message cost, shared.

A burst of ``sendMessage`` posts to one gateway, or of a gateway's deliveries to one client
process, would cost one NATS message each: a protocol line and a write at the sender, a
parse, a callback and a task switch at the receiver. The bridge's outbox packs what is queued
for one subject while the loop is busy (``pack``) into one message marked with the ``HEADER``
(its value: how many), and the receiving bridge hands each one on in order (``unpack``), so
the layers above still see one call per message. Only messages published as ``bulk`` (posts
and deliveries, which no reply follows) are packed; any other publish leaves after every bulk
message queued before it, so the order of everything else is as published.
"""
from __future__ import annotations

from typing import Iterator

#: The header that marks a packed message (its value is the count of messages in it).
HEADER = "Shim-Batch"
#: A packed message holds at most this many bytes of messages (NATS's default limit is 1 MB) ...
MAX_BYTES = 256 * 1024
#: ... and at most this many messages.
MAX_COUNT = 512

_LENGTH = 4  # each message is preceded by its length, 4 bytes big-endian


def chunks(messages: list[bytes]) -> Iterator[list[bytes]]:
    """``messages`` (one subject's, in order) cut into runs that fit one packed message; a
    message too big to share one goes alone."""
    run: list[bytes] = []
    size = 0
    for data in messages:
        if run and (size + len(data) > MAX_BYTES or len(run) >= MAX_COUNT):
            yield run
            run, size = [], 0
        run.append(data)
        size += len(data) + _LENGTH
    if run:
        yield run


def pack(messages: list[bytes]) -> bytes:
    """The body of one packed message."""
    return b"".join(len(data).to_bytes(_LENGTH, "big") + data for data in messages)


def unpack(body: bytes, count: str) -> list[bytes]:
    """The messages of a packed ``body`` whose header said ``count``; ValueError if the body
    does not hold exactly that many (nothing of a malformed batch is delivered)."""
    found: list[bytes] = []
    at = 0
    while at < len(body):
        end = at + _LENGTH + int.from_bytes(body[at:at + _LENGTH], "big")
        if at + _LENGTH > len(body) or end > len(body):
            raise ValueError("a packed message ends inside one of its messages")
        found.append(body[at + _LENGTH:end])
        at = end
    if str(len(found)) != count:
        raise ValueError(f"a packed message holds {len(found)} messages, its header says {count!r}")
    return found
