"""Script callbacks that Ignition runs later, on another thread (``system.tag.readAsync`` ...).

The callback runs after the calling script has moved on, under the caller's script context (its
output is the caller's, tagged the same), on the gateway's executor: in a synchronous test
gateway right after the current handler returns, else on a thread of its own. A callback that
raises is logged, as Ignition logs an error thrown by an async callback, and never reaches the
caller.
"""
from __future__ import annotations

from typing import Any, Callable

from runtime.core.context import ScriptContext, activate, deactivate
from runtime.scripts.tracebacks import format_script_error


def call_later(ctx: ScriptContext, callback: Callable[..., Any], *args: Any) -> None:
    """Run ``callback(*args)`` later, in ``ctx``."""
    def task() -> None:
        token = activate(ctx)
        try:
            callback(*args)
        except Exception as exc:  # a failing callback is the script's error, logged
            ctx.gateway.log.write("ERROR", "shim.callback",
                                  f"Error running callback\n{format_script_error(exc)}", ctx.tag)
        finally:
            ctx.out.flush()
            deactivate(token)

    ctx.gateway.executor.run_dedicated(task)
