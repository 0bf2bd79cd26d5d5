"""The physical limit of the Gateway Network's transport: raw nats-py on the same NATS server.

shim's cross-process figures mean little alone on a shared 2-core machine; beside them, the
same server moving bare messages between two nats-py connections (no shim, no handlers) says
how far shim is from what NATS itself does here, in the same run.
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

#: About the size of one shim post (project, handler, small payload, params, watch subject).
SIZE = 240


@dataclass
class Anchor:
    """Raw nats-py rates: messages/s published by one connection and received by another, and
    sequential request/reply round trips/s."""

    pubsub_per_s: float
    requests_per_s: float


async def _measure(url: str, messages: int, requests: int) -> Anchor:
    import nats

    sender, receiver = await nats.connect(url), await nats.connect(url)
    try:
        got = 0
        done = asyncio.Event()

        async def count(msg: object) -> None:
            nonlocal got
            got += 1
            if got == messages:
                done.set()
        await receiver.subscribe("anchor.pubsub", cb=count, pending_msgs_limit=messages + 1)

        async def respond(msg) -> None:
            await msg.respond(msg.data)
        await receiver.subscribe("anchor.request", cb=respond)
        await receiver.flush()
        data = b"x" * SIZE
        began = time.perf_counter()
        for _ in range(messages):
            await sender.publish("anchor.pubsub", data)
        await sender.flush()
        await asyncio.wait_for(done.wait(), 60)
        pubsub = messages / (time.perf_counter() - began)
        began = time.perf_counter()
        for _ in range(requests):
            await sender.request("anchor.request", data, timeout=10)
        return Anchor(pubsub, requests / (time.perf_counter() - began))
    finally:
        await sender.close()
        await receiver.close()


def measure(url: str, messages: int = 100_000, requests: int = 2_000) -> Anchor:
    """Raw rates on the NATS server at ``url`` (it must be reachable without credentials)."""
    return asyncio.run(_measure(url, messages, requests))
