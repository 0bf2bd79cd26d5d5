"""Completion for the script console: ``system.*`` namespaces and functions, the session's own
names, the project library (``project.``/``shared.`` in 7.9, module names in 8.1) and its
functions, and attributes of what those names hold, each with a one-line help text (a function's
signature and the first sentence of its docstring), as the Designer's console shows them.

Pure functions of a namespace and the text before the cursor, so they are tested without a
terminal; ``runtime.tools.console`` adapts them to prompt_toolkit.
"""
from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
import types
from dataclasses import dataclass
from typing import Any, Mapping

from runtime.scripts.sandbox import SANDBOX_BUILTINS
from runtime.scripts.sandbox.policy import IGNITION_NAMESPACES
from runtime.scripts.sandbox.proxies import Proxy

#: The dotted name being typed at the end of the text, e.g. "system.util.sen".
_DOTTED = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.\w*)*$")


@dataclass(frozen=True)
class Candidate:
    """One completion: the name to insert and its help text."""

    name: str
    help: str


def complete(namespace: Mapping[str, Any], text: str) -> tuple[str, list[Candidate]]:
    """The word being completed at the end of ``text`` (the part after the last dot) and the
    candidates that start with it, sorted by name."""
    match = _DOTTED.search(text)
    if match is None:
        return "", []
    head, dot, word = match.group().rpartition(".")
    if not dot:
        names = {**{n: v for n, v in SANDBOX_BUILTINS.items() if not n.startswith("_")},
                 **{n: v for n, v in namespace.items() if not n.startswith("_")}}
        found = [Candidate(n, describe(n, v)) for n, v in names.items() if n.startswith(word)]
        return word, sorted(found, key=lambda c: c.name)
    owner = _resolve(namespace, head.split("."))
    if owner is None:
        return word, []
    if head == "system":
        return word, [c for c in system_namespaces() if c.name.startswith(word)]
    library = isinstance(owner, types.ModuleType) and getattr(owner, "__shim_library__", False)
    found = []
    for name in sorted(dir(owner)):
        if name.startswith(word) and not name.startswith("_"):
            try:
                value = getattr(owner, name)
            except Exception:  # a lazy member that fails to load: offer nothing for it
                continue
            if library and isinstance(value, (types.ModuleType, Proxy)) and (
                    name == "system" or name in getattr(owner.__shim_library__, "roots", dict)()):
                continue  # system, project, shared: every library module has them, not its own
            found.append(Candidate(name, describe(name, value)))
    return word, found


def system_namespaces() -> list[Candidate]:
    """The ``system`` namespaces shim emulates (those with a module), with their summaries."""
    found = []
    for name in IGNITION_NAMESPACES:
        if importlib.util.find_spec(f"system.{name}") is None:
            continue
        text = summary(importlib.import_module(f"system.{name}").__doc__)
        found.append(Candidate(name, text.partition(": ")[2] if text.startswith("system.") else text))
    return found


def describe(name: str, value: Any) -> str:
    """Help text: ``name(signature) — first sentence of the docstring`` for a callable, a
    module's summary, else the value's type."""
    if isinstance(value, (types.ModuleType, Proxy)):
        return summary(getattr(value, "__doc__", None)) or "module"
    if callable(value):
        try:
            signature = inspect.signature(value).replace(return_annotation=inspect.Signature.empty)
        except (TypeError, ValueError):
            signature = "(...)"
        text = summary(value.__doc__)
        return f"{name}{signature}" + (f" — {text}" if text else "")
    return type(value).__name__


def summary(doc: str | None) -> str:
    """The first sentence of a docstring's first paragraph, without reST markup."""
    paragraph = inspect.cleandoc(doc or "").split("\n\n")[0].replace("\n", " ")
    return paragraph.split(". ")[0].rstrip(".").replace("``", "")


def _resolve(namespace: Mapping[str, Any], parts: list[str]) -> Any:
    """The object a dotted name stands for, or None."""
    if parts[0] not in namespace and parts[0] not in SANDBOX_BUILTINS:
        return None
    value = namespace.get(parts[0], SANDBOX_BUILTINS.get(parts[0]))
    for part in parts[1:]:
        if not part or part.startswith("_"):
            return None
        try:
            value = getattr(value, part)
        except Exception:  # not there (or refused): nothing to offer
            return None
    return value
