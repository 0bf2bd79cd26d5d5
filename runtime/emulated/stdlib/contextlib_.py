"""``contextlib`` as Jython 2.7 has it: ``contextmanager`` (a generator function as a ``with``
manager), ``closing`` and Python 2's ``nested`` (several managers in one ``with``, entering
them in order and leaving them in reverse). CPython's ``ExitStack``, ``redirect_stdout`` ... are
Python 3 names Jython lacks, and would reach the host's streams: they are not offered."""
from __future__ import annotations

import contextlib as _contextlib
from typing import Any, Iterator

contextmanager = _contextlib.contextmanager
closing = _contextlib.closing


@_contextlib.contextmanager
def nested(*managers: Any) -> Iterator[list]:
    """Python 2.7's ``contextlib.nested``: the managers' values as a list, exits in reverse
    order, an exception a manager's ``__exit__`` suppresses stays suppressed."""
    with _contextlib.ExitStack() as stack:
        yield [stack.enter_context(manager) for manager in managers]
