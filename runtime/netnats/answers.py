"""Requests waiting for an answer from another process, by who owes the answer.

A ``sendRequest`` across the network is acknowledged at once and answered when the remote
handler returns. If the remote gateway or client process goes away in between, waiting for
the request's own timeout (60 s by default) would be a silent hang; so every waiting request
is filed under its owner (a gateway name, or ``session:<id>``) and fails as soon as that owner
is known to be gone.
"""
from __future__ import annotations

import itertools
import threading
from typing import Callable

OnAnswer = Callable[[dict], None]
OnLost = Callable[[str], None]


class Answers:
    """Waiting requests: token -> (owner, what to do with the answer, what to do if lost)."""

    def __init__(self) -> None:
        self._waiting: dict[str, tuple[str, OnAnswer, OnLost]] = {}
        self._tokens = itertools.count()
        self._lock = threading.Lock()

    def expect(self, owner: str, on_answer: OnAnswer, on_lost: OnLost) -> str:
        """File a request; the token goes out with it and comes back with its answer."""
        token = str(next(self._tokens))
        with self._lock:
            self._waiting[token] = (owner, on_answer, on_lost)
        return token

    def answer(self, token: str, message: dict) -> None:
        with self._lock:
            found = self._waiting.pop(token, None)
        if found is not None:
            found[1](message)

    def lose(self, token: str, why: str) -> None:
        """One request will get no answer (its delivery was not acknowledged)."""
        with self._lock:
            found = self._waiting.pop(token, None)
        if found is not None:
            found[2](why)

    def lose_owner(self, owner: str, why: str) -> int:
        """Everything ``owner`` still owes will never come; returns how many requests failed."""
        with self._lock:
            lost = [token for token, (who, _, _) in self._waiting.items() if who == owner]
            failed = [self._waiting.pop(token) for token in lost]
        for _, _, on_lost in failed:
            on_lost(why)
        return len(failed)

    def __len__(self) -> int:
        return len(self._waiting)
