"""Script libraries as scripts see them, loaded like Ignition loads them.

* the project library: ``project.util``/``shared.tools`` (7.9) or ``util`` (8.x), one set of
  modules per script host (a client session runs its own copy, as each Vision client's JVM does);
* the gateway's pylib (Ignition's ``user-lib/pylib``, ``runtime.scripts.pylib``): plain Jython
  packages, one set of modules per gateway, like a Jython interpreter's ``sys.modules``.

A library module is a real module object (``LibraryModule``) whose globals are its own. Its code
runs on first use, never when a context opens: the first read of one of its names (8.x
``util.f()``), or ``import``. An exception at its top level propagates from that first use, so
the user's traceback shows the importing line and then the module's own line; the module goes
back to "not loaded" and runs again on the next use, as Jython retries a failed import. A
module is registered before it runs, so modules that import each other see the partly
initialised module, as Python does.

Import order for a name (``import x`` / ``x`` in 8.x): ``system`` and ``java.*``; the allowed
standard library; the project library (its parents' modules under 8.x inheritance); then the
gateway's pylib. Project libraries shadow pylib names, as Ignition's script modules do.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from runtime.projects.loader import Project, ProjectSet
from runtime.scripts.modules import LibraryModule, ModuleRunner
from runtime.scripts.pylib import pylib_for
from runtime.scripts.sandbox.guards import safe_getattr


class Library(ModuleRunner):
    """The script library of one project on one script host, and the gateway's pylib."""

    def __init__(self, projects: ProjectSet, project: Project) -> None:
        super().__init__(projects.root)
        self.semantics = project.semantics
        self.pylib = pylib_for(projects)
        self._modules: dict[str, LibraryModule] = {}
        self._files: dict[str, tuple[str, dict[str, Path]]] = {}  # label -> (dotted, files)
        self._roots: dict[str, Any] = {}
        project_files = self._project_files = _inherited_library(projects, project)
        if self.semantics == "7.9":
            self._roots["project"] = self._node("project", "", project_files)
            self._roots["shared"] = self._node("shared", "", projects.shared)
        else:
            for top in sorted({name.split(".")[0] for name in project_files}):
                self._roots[top] = self._node(top, top, project_files)
            if projects.shared:
                self._roots["shared"] = self._node("shared", "", projects.shared)

    def roots(self) -> dict[str, Any]:
        """Names every script of the project sees without import (``project``, ``shared`` ...)."""
        return dict(self._roots)

    def module_names(self) -> list[str]:
        """The dotted names a script of this project can ``import``: the 8.x library's modules
        and packages (7.9 reaches its library as ``project.x``, not by import) and the pylib's."""
        names = set(self.pylib.files) | (set() if self.semantics == "7.9" else set(self._project_files))
        parents = {name.rsplit(".", depth)[0] for name in names for depth in range(1, name.count(".") + 1)}
        return sorted(names | parents)

    def root(self, name: str) -> Any:
        """The object ``import name`` binds, or None when the library has no such root."""
        return self._roots.get(name)

    def find(self, name: str, globals: Mapping | None, fromlist: tuple, level: int) -> Any:
        """``import`` of a library or pylib name from one of this project's scripts, or None
        when neither has it (the import machinery then says what it is)."""
        head, _, rest = name.partition(".")
        top = self._roots.get(head) if not level else None
        if top is None:
            return self.pylib.find(name, globals, fromlist, level)
        node = top
        for part in rest.split(".") if rest else ():
            node = safe_getattr(node, part)
        if isinstance(node, LibraryModule):
            self.run(node)
        return node if fromlist else top

    # -- the tree -------------------------------------------------------------------------

    def _node(self, label: str, dotted: str, files: dict[str, Path]) -> LibraryModule:
        """The module of ``dotted`` (its code runs on first use), or a package folder."""
        module = self._modules.get(label)
        if module is None:
            module = self.new_module(label, files.get(dotted) if dotted else None)
            self._modules[label] = module
            self._files[label] = (dotted, files)
        return module

    def children(self, module: LibraryModule) -> list[str]:
        """The names of ``module``'s child modules and packages."""
        dotted, files = self._files[module.__name__]
        lead = dotted + "." if dotted else ""
        return sorted({f[len(lead):].split(".")[0] for f in files if f.startswith(lead) and f != dotted})

    def missing(self, module: LibraryModule, name: str) -> Any:
        """A name ``module`` does not have (yet): run its code, or give its child module."""
        label = module.__name__
        dotted, files = self._files[label]
        if not self.loaded(module):
            self.run(module)
            if name in module.__dict__:
                return module.__dict__[name]
        child = f"{dotted}.{name}" if dotted else name
        if child in files or any(f.startswith(child + ".") for f in files):
            node = self._node(f"{label}.{name}", child, files)
            module.__dict__.setdefault(name, node)
            return node
        raise AttributeError(f"'module' object has no attribute '{name}'")


def _inherited_library(projects: ProjectSet, project: Project) -> dict[str, Path]:
    """8.x inheritance: a project sees its parents' script modules unless it overrides them."""
    chain: list[Project] = []
    seen: set[str] = set()
    current: Project | None = project
    while current is not None and current.name not in seen:
        seen.add(current.name)
        chain.append(current)
        current = projects.get(current.parent) if current.parent else None
    files: dict[str, Path] = {}
    for member in reversed(chain):
        files.update(member.library)
    return files

