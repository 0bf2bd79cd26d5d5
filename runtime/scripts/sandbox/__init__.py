"""The sandbox: RestrictedPython under shim's policy (``policy.py`` says what is allowed).

The names below load on first use (PEP 562): ``shim check`` served from the disk cache needs the
compiler only, not the scripts' namespace (the Jython builtins, ~40 ms of imports a run)."""
from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "CompiledScript": "compiler", "ScriptSyntaxError": "compiler", "compile_script": "compiler",
    "AttributeRefused": "errors", "ImportRefused": "errors", "SandboxError": "errors",
    "SANDBOX_BUILTINS": "namespace", "NotEmulated": "namespace", "new_globals": "namespace",
    "preload_system": "namespace",
}

__all__ = [
    "AttributeRefused", "CompiledScript", "ImportRefused", "NotEmulated", "SANDBOX_BUILTINS",
    "SandboxError", "ScriptSyntaxError", "compile_script", "new_globals",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
