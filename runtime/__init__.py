"""shim's runtime: everything that makes Ignition scripts run outside Ignition.

The public Python API is ``Gateway`` (see ``runtime.gateway``); the package's modules are:
``projects`` (load a projects folder), ``legacy`` (Jython 2 -> Python 3), ``sandbox`` (the
RestrictedPython policy), ``routing`` (pure scope/filter logic), ``sessions``, ``executors``,
``hosts`` (running scripts), ``gateway``, ``importers`` (Ignition exports), ``cli``.
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
