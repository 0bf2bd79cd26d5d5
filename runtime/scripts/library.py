"""Project script libraries as scripts see them: ``project.util``/``shared.tools`` (7.9) or
``util`` (8.x), loaded lazily and once per gateway, like Ignition's script modules.

Each module runs in the sandbox with its own globals (a real module object flagged as a
script library, so its private names are readable by scripts); it is registered before it runs,
so modules that import each other see the partly-initialised module as Python does.
"""
from __future__ import annotations

import threading
import types
from typing import Any

from runtime.projects.loader import Project, ProjectSet
from runtime.scripts.sandbox import compile_script, new_globals
from runtime.scripts.sandbox.proxies import Proxy, make_proxy


class Library:
    """The script library of one project on one gateway (its modules, loaded on first use)."""

    def __init__(self, projects: ProjectSet, project: Project) -> None:
        self.semantics = project.semantics
        self._project_files = _inherited_library(projects, project)
        self._shared_files = projects.shared
        self._modules: dict[str, types.ModuleType] = {}
        self._lock = threading.RLock()
        self._roots: dict[str, Any] = {}
        if self.semantics == "7.9":
            self._roots["project"] = self._package("project", "", self._project_files)
            self._roots["shared"] = self._package("shared", "", self._shared_files)
        else:
            for top in sorted({name.split(".")[0] for name in self._project_files}):
                self._roots[top] = self._node(top, top, self._project_files)
            if self._shared_files:
                self._roots["shared"] = self._package("shared", "", self._shared_files)

    def roots(self) -> dict[str, Any]:
        """Names every script of the project sees without import (``project``, ``shared`` ...)."""
        return dict(self._roots)

    def root(self, name: str) -> Any:
        """The object ``import name`` binds, or None when the library has no such root."""
        return self._roots.get(name)

    # -- building the tree ----------------------------------------------------------------

    def _node(self, label: str, dotted: str, files: dict[str, Any]) -> Any:
        """``dotted`` as a module (when it has a file) or a package (when it has children)."""
        if dotted in files:
            return self._load(label, dotted, files)
        return self._package(label, dotted, files)

    def _package(self, label: str, prefix: str, files: dict[str, Any]) -> Proxy:
        lead = prefix + "." if prefix else ""

        def child(name: str) -> Any:
            dotted = lead + name
            if dotted in files or any(f.startswith(dotted + ".") for f in files):
                return self._node(f"{label}.{name}", dotted, files)
            return None

        children = sorted({f[len(lead):].split(".")[0] for f in files if f.startswith(lead)})
        return make_proxy(label, {}, lazy=child, listing=children)  # dir(): the console completes them

    def _load(self, label: str, dotted: str, files: dict[str, Any]) -> types.ModuleType:
        key = f"{id(files)}:{dotted}"
        with self._lock:
            module = self._modules.get(key)
            if module is not None:
                return module
            path = files[dotted]
            source = path.read_text(encoding="utf-8-sig")
            compiled = compile_script(source, str(path))
            module = types.ModuleType(label)
            module.__dict__.update(new_globals(label, library=self))
            module.__dict__["__shim_library__"] = True
            module.__dict__["__file__"] = str(path)
            children = {f.split(".")[-1] for f in files if f.startswith(dotted + ".")
                        and f.count(".") == dotted.count(".") + 1}
            if children:
                module.__dict__["__getattr__"] = _child_loader(self, label, dotted, files, children)
            self._modules[key] = module
            try:
                exec(compiled.code, module.__dict__)
            except BaseException:
                del self._modules[key]
                raise
            return module


def _child_loader(library: Library, label: str, dotted: str, files: dict, children: set[str]):
    def __getattr__(name: str) -> Any:
        if name in children:
            return library._node(f"{label}.{name}", f"{dotted}.{name}", files)
        raise AttributeError(f"module '{label}' has no attribute '{name}'")
    return __getattr__


def _inherited_library(projects: ProjectSet, project: Project) -> dict[str, Any]:
    """8.x inheritance: a project sees its parents' script modules unless it overrides them."""
    chain: list[Project] = []
    seen: set[str] = set()
    current: Project | None = project
    while current is not None and current.name not in seen:
        seen.add(current.name)
        chain.append(current)
        current = projects.get(current.parent) if current.parent else None
    files: dict[str, Any] = {}
    for member in reversed(chain):
        files.update(member.library)
    return files
