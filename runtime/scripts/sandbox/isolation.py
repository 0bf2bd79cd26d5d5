"""State that Python keeps per process but scripts must not share: the ``random`` module's
generator. ``random.seed(42)`` in one handler must not decide what another project's handler
draws next, so each script run (one ``ScriptContext``) gets a generator of its own: Jython's
(``runtime.scripts.legacy.py2random``), so a seeded script draws what it draws in Ignition."""
from __future__ import annotations

from typing import Any, Callable

from runtime.core.context import active
from runtime.scripts.legacy.py2random import Random

_OUTSIDE = Random()  # for code that runs outside any script context


def generator() -> Random:
    """The running script's own generator (created on first use)."""
    ctx = active()
    if ctx is None:
        return _OUTSIDE
    found = ctx.random
    if found is None:
        found = ctx.random = Random()
    return found


def per_run_random(name: str) -> Callable[..., Any]:
    """``random.<name>`` for scripts: the same function, on the run's own generator."""
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(generator(), name)(*args, **kwargs)

    call.__name__ = name
    call.__doc__ = getattr(Random, name).__doc__
    return call
