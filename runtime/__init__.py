"""shim's runtime: everything that makes Ignition scripts run outside Ignition.

The public Python API is ``Gateway`` (``runtime.gateway``). The packages follow the data, and
imports point down this list, never up (``tests/test_architecture.py`` checks it):

``core``        errors, the current script context, budgets: shared by every layer
``emulated``    modules scripts import besides shim's own: ``java.*`` ...
``scripts``     how a script becomes runnable: legacy translation, sandbox, libraries, tracebacks
``projects``    where projects come from: the projects folder, Ignition exports
``backends``    what ``system.*`` talks to: tags, databases, datasets, files, the client's screen
``execution``   where scripts run: hosts, executors, the gateway log
``messaging``   how messages move: routing, sessions, requests, payloads, the network interface, wire
``gateway``     the ``Gateway`` that ties them together
``netnats``     the Gateway Network across processes, on NATS
``tools``       the ways people use shim: commands, console, pytest plugin, record/diff, bench
``cli``         the ``shim`` command
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
