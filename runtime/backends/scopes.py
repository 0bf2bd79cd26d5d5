"""Which scope a ``system.*`` function exists in, and how Ignition fails elsewhere.

Ignition builds ``system`` per scope: Vision-only functions (``system.gui.messageBox``,
``system.nav.openWindow``, ``system.security.getUsername`` ...) are simply not registered in the
Gateway or in Perspective sessions, and 8.x functions (``system.tag.readBlocking``) do not exist in
7.9. A script calling one there fails with Jython's attribute error on the script package:

    AttributeError: 'com.inductiveautomation.ignition.common.script.ScriptPackage' object has no attribute 'messageBox'

shim's namespaces are shared read-only proxies, so the check happens when the function is called
(not when the name is read); the error is the same plain ``AttributeError``, with a note saying
why.
"""
from __future__ import annotations

from runtime.core.context import ScriptContext, current

#: Script contexts that are Vision clients (the Designer runs Vision scripts too).
CLIENT_KINDS = frozenset({"client", "designer"})

_PACKAGE = "com.inductiveautomation.ignition.common.script.ScriptPackage"


def _missing(name: str, why: str) -> AttributeError:
    return AttributeError(f"'{_PACKAGE}' object has no attribute '{name}' ({why})")


def require_client(namespace: str, name: str) -> ScriptContext:
    """The current context, which must be a Vision client (or Designer)."""
    ctx = current()
    if ctx.kind not in CLIENT_KINDS:
        raise _missing(name, f"system.{namespace}.{name} exists only in Vision clients; "
                             f"this script runs in the {ctx.kind} scope")
    return ctx


def semantics(ctx: ScriptContext) -> str | None:
    """The running project's Ignition semantics ("7.9" or "8.1"), None outside a project."""
    if ctx.project is None or ctx.gateway is None:
        return None
    project = ctx.gateway.projects.get(ctx.project)
    return project.semantics if project is not None else None


def require_8x(namespace: str, name: str) -> ScriptContext:
    """The current context, whose project must not run under 7.9 semantics."""
    ctx = current()
    if semantics(ctx) == "7.9":
        raise _missing(name, f"system.{namespace}.{name} is new in Ignition 8; project "
                             f"{ctx.project} runs under 7.9 semantics")
    return ctx
