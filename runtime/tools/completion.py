"""Completion for the script console: ``system.*`` namespaces and functions, the session's own
names, the project library (``project.``/``shared.`` in 7.9, module names in 8.1) and its
functions, and attributes of what those names hold, each with a one-line help text (a function's
signature and the first sentence of its docstring), as the Designer's console shows them. After
``import`` and ``from``, module names complete: the gateway's pylib packages, the 8.x project
library, the emulated standard library and Java packages; after ``from X import``, X's names.

Pure functions of a namespace and the text before the cursor, so they are tested without a
terminal; ``runtime.tools.console`` adapts them to prompt_toolkit.
"""
from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
import types
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from runtime.scripts.sandbox import SANDBOX_BUILTINS
from runtime.scripts.sandbox.policy import EMULATED_STDLIB, IGNITION_NAMESPACES, SAFE_MODULES
from runtime.scripts.sandbox.proxies import Proxy

#: The dotted name being typed at the end of the text, e.g. "system.util.sen".
_DOTTED = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.\w*)*$")

#: ``import a.b``, ``import x, a.b``, ``from a.b`` being typed (the module name is group 1).
_IMPORTING = re.compile(r"^\s*(?:import\s+(?:[\w.]+\s*(?:as\s+\w+\s*)?,\s*)*|from\s+)([\w.]*)$")

#: ``from a.b import x, y`` being typed: the module (group 1) and the name (group 2).
_FROM_IMPORT = re.compile(r"^\s*from\s+([\w.]+)\s+import\s+(?:\(?\s*)?(?:\w+\s*(?:as\s+\w+\s*)?,\s*)*(\w*)$")


@dataclass(frozen=True)
class Candidate:
    """One completion: the name to insert and its help text."""

    name: str
    help: str


def complete(namespace: Mapping[str, Any], text: str,
             modules: Iterable[str] = ()) -> tuple[str, list[Candidate]]:
    """The word being completed at the end of ``text`` (the part after the last dot) and the
    candidates that start with it, sorted by name. ``modules``: the dotted names scripts may
    import besides the standard library and ``java`` (pylib, 8.x library)."""
    line = text.rsplit("\n", 1)[-1]
    importing = _IMPORTING.match(line)
    if importing:
        return _complete_module(importing.group(1), modules)
    from_import = _FROM_IMPORT.match(line)
    if from_import:
        return _complete_from(namespace, from_import.group(1), from_import.group(2), modules)
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


def importable(modules: Iterable[str] = ()) -> list[str]:
    """Every dotted module name a script may import: ``modules`` (pylib, library), ``system``
    and its namespaces, the allowed and emulated standard library, the emulated Java packages."""
    from runtime.emulated import java

    names = set(modules) | set(SAFE_MODULES) | set(EMULATED_STDLIB) | {"system", "java"}
    names.update(f"system.{n}" for n in IGNITION_NAMESPACES if importlib.util.find_spec(f"system.{n}"))
    names.update(f"java.{info.name}" for info in pkgutil.iter_modules(java.__path__) if not info.name.startswith("_"))
    return sorted(names)


def _complete_module(typed: str, modules: Iterable[str]) -> tuple[str, list[Candidate]]:
    head, dot, word = typed.rpartition(".")
    lead = head + dot
    found = {name[len(lead):].split(".")[0] for name in importable(modules)
             if name.startswith(lead + word) and name != head}
    return word, [Candidate(name, "module") for name in sorted(found)]


def _complete_from(namespace: Mapping[str, Any], module: str, word: str,
                   modules: Iterable[str]) -> tuple[str, list[Candidate]]:
    """``from module import word``: its child modules, and the names of what the dotted name
    already stands for in the namespace (a library module, a proxy), without running anything."""
    lead = module + "."
    found = {name[len(lead):].split(".")[0]: Candidate(name[len(lead):].split(".")[0], "module")
             for name in importable(modules) if name.startswith(lead + word)}
    owner = _resolve(namespace, module.split("."))
    if owner is not None:
        for candidate in complete(namespace, f"{module}.{word}")[1]:
            found.setdefault(candidate.name, candidate)
    return word, sorted(found.values(), key=lambda c: c.name)


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
