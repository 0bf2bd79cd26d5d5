"""Ignition's scripting API (``system.*``) as scripts see it.

Each namespace is a module (``system.util``, ``system.dataset`` ...) whose ``__all__`` lists what
scripts may call. The functions are thin: they check their arguments as Ignition does, then ask
the *current script context* (``runtime.core.context.current()``) to do the work. Plain Python can
``import system`` too; outside a script it talks to the default local gateway.
"""
from __future__ import annotations

import importlib
from typing import Any

from runtime.core.context import ScriptContext, set_outside_context


def _default_context() -> ScriptContext:
    """Outside any script, ``system.*`` talks to the default local gateway."""
    from runtime.gateway import default_gateway  # lazy: ``import system`` stays light

    return default_gateway().gateway_context()


set_outside_context(_default_context)


def __getattr__(name: str) -> Any:
    if name.startswith("_"):
        raise AttributeError(name)
    try:
        module = importlib.import_module(f"system.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"system.{name}":
            raise
        from runtime.scripts.sandbox.namespace import NotEmulated

        raise NotEmulated(f"system.{name} is not emulated by shim") from None
    globals()[name] = module
    return module
