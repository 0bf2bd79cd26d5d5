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


# -- the Designer's communication mode -------------------------------------------------------

#: A Designer's communication modes (7.9/8.1 manual, "Communication Modes"), as shim spells them.
COMM_MODES = ("off", "read-only", "read-write")
#: Ignition's default: "The Designer starts up in Comm Read-Only mode as a safety mechanism".
DEFAULT_COMM = "read-only"
_COMM_LABELS = {"off": "Comm Off", "read-only": "Comm Read-Only", "read-write": "Comm Read/Write"}


class CommModeRefused(Exception):
    """Something a Designer's communication mode does not allow (a tag write or database update
    in Read-Only, any tag or database traffic in Off, a message that is not Read/Write)."""


def check_comm_mode(mode: object) -> str:
    """``mode`` if it is one of ``COMM_MODES``, else ValueError listing them."""
    if mode not in COMM_MODES:
        raise ValueError(f"comm must be one of {', '.join(COMM_MODES)}, not {mode!r}")
    return mode  # type: ignore[return-value]


#: A Vision client's connection modes (manual, ``system.util.setConnectionMode``: 1
#: disconnected, 2 read-only, 3 read/write) as the comm modes they behave like.
CONNECTION_MODES = {1: "off", 2: "read-only", 3: "read-write"}


def require_comm(ctx: ScriptContext, need: str, what: str) -> None:
    """Refuse ``what`` when the script runs in a Designer whose mode does not allow it. ``need``
    is "read" (tag reads, SELECT queries: Read-Only or Read/Write), "write" (tag writes,
    UPDATE/INSERT/DELETE: Read/Write only) or "message" (sendMessage/sendRequest: Read/Write
    only in a Designer), as the manual's Communication Modes page says.

    A Vision client whose script set ``system.util.setConnectionMode(2)`` (read-only) or ``(1)``
    (disconnected) is held to the same rules for tags and queries: "Tag writes and INSERT /
    UPDATE / DELETE queries will not function" (manual, ``system.util.setConnectionMode``);
    messages are not affected. Other scopes are never affected."""
    if ctx.session is None or ctx.kind not in ("designer", "client"):
        return
    mode = getattr(ctx.session, "comm", DEFAULT_COMM)
    if need == "message":
        if ctx.kind == "client":
            return
        need = "write"
    if mode == "read-write" or (need == "read" and mode == "read-only"):
        return
    if ctx.kind == "client":
        number = next(n for n, m in CONNECTION_MODES.items() if m == mode)
        raise CommModeRefused(f"{what} refused: this client is in connection mode {number} ({mode}, set by "
                              "system.util.setConnectionMode); it needs mode 3 (read/write)"
                              + ("" if need == "write" else " or 2 (read-only)"))
    needed = "Comm Read/Write" if need == "write" else "Comm Read-Only or Comm Read/Write"
    raise CommModeRefused(f"{what} refused: this Designer is in {_COMM_LABELS[mode]} mode and it needs "
                          f"{needed} (in shim: open_designer(..., comm=\"read-write\") or --comm read-write)")
