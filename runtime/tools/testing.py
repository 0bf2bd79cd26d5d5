"""Helpers for testing scripts directly, without a projects folder.

``run_legacy_script`` runs one Jython 2 script in the sandbox and returns what it printed, in
the form the differential tests compare with real Jython's output.
"""
from __future__ import annotations

import io
from typing import Any

from runtime.core.context import ScriptContext, activate, deactivate
from runtime.scripts.legacy.exceptions import exception_line
from runtime.scripts.sandbox import compile_script, new_globals


def run_legacy_script(source: str, filename: str = "<script>", *, gateway: Any = None,
                      name: str = "__main__", project: str | None = None) -> str:
    """Run ``source`` as a module script under the sandbox; return everything it printed.
    With ``gateway`` and ``project``, it runs in that project's gateway scope: its script
    library and the gateway's pylib are importable, as in a gateway script.

    An uncaught exception (or a script the sandbox refuses to compile) is appended as the last
    line of its traceback, ``TypeName: message`` (the class name without its module, the
    message in Jython's words: ``runtime.scripts.legacy.exceptions.exception_line``), as a Jython run
    records it.
    """
    out = io.StringIO()
    library = gateway.host(project).library if project is not None else None
    ctx = ScriptContext("gateway", gateway, project, None, None, out, tag="script")
    token = activate(ctx)
    try:
        compiled = compile_script(source, filename)
        exec(compiled.code, new_globals(name, library=library))
    except BaseException as exc:  # noqa: B036 - the script's own failure (SystemExit too) is its output
        text = out.getvalue()
        if text and not text.endswith("\n"):
            out.write("\n")
        out.write(exception_line(exc) + "\n")
    finally:
        deactivate(token)
    return out.getvalue()
