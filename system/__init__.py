"""Ignition's scripting API (``system.*``) as scripts see it.

Each namespace is a module (``system.util``, ``system.dataset`` ...) whose ``__all__`` lists what
scripts may call. The functions are thin: they check their arguments as Ignition does, then ask
the *current script context* (``runtime.context.current()``) to do the work. Plain Python can
``import system`` too; outside a script it talks to the default local gateway.
"""
from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    if name.startswith("_"):
        raise AttributeError(name)
    try:
        module = importlib.import_module(f"system.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"system.{name}":
            raise
        from runtime.sandbox.namespace import NotEmulated

        raise NotEmulated(f"system.{name} is not emulated by shim") from None
    globals()[name] = module
    return module
