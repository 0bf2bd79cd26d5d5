"""shim's runtime: everything that makes Ignition scripts run outside Ignition.

The public Python API is ``Gateway`` (see ``runtime.gateway``). The messaging core sits at the
top: ``projects`` (load a projects folder), ``routing`` (pure scope/filter logic),
``sessions``, ``gateway``, ``hosts`` (running scripts), ``executors``, ``library``,
``requests``, ``network``/``wire``; the packages are ``legacy`` (Jython 2 -> Python 3),
``sandbox`` (the RestrictedPython policy), ``importers`` (Ignition exports), ``java`` (emulated
Java), ``backends`` (what ``system.*`` talks to), ``netnats`` (the network on NATS), ``tools``
(console, pytest helper, migration testing) and ``commands`` (the ``shim`` command line).
"""
from __future__ import annotations

from typing import Any

__all__ = ["Gateway"]


def __getattr__(name: str) -> Any:
    # lazy: ``import runtime`` (done by ``system``) should not load the whole runtime
    if name == "Gateway":
        from runtime.gateway import Gateway

        return Gateway
    raise AttributeError(f"module 'runtime' has no attribute {name!r}")
