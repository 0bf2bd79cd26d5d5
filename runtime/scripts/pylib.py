"""The gateway's pylib: Ignition's ``user-lib/pylib``, plain Jython 2 packages every script,
handler and library module of the gateway may import.

Ignition puts ``user-lib/pylib`` on the gateway's Jython ``sys.path``: packages are folders with
``__init__.py``; ``import plant.alarms.handlers`` runs ``plant/__init__.py``, then
``plant/alarms/__init__.py``, then ``handlers.py``, each once per gateway (a Jython interpreter's
``sys.modules``), binding each child as an attribute of its parent. Inside a package, Python 2's
implicit relative imports apply (``import helpers`` in ``plant/alarms/x.py`` finds
``plant.alarms.helpers`` first), and so do explicit ones (``from . import helpers``,
``from ..util import log``). A module whose top level raises is forgotten and runs again on the
next import, as in Jython.

Modules are compiled, sandboxed and cached exactly like project scripts
(``runtime.scripts.sandbox.compile_script``); the files come from
``runtime.projects.loader.pylib_modules``.
"""
from __future__ import annotations

import threading
import weakref
from pathlib import Path
from typing import Any, Mapping

from runtime.projects.loader import ProjectSet
from runtime.scripts.modules import LibraryModule, ModuleRunner


class PyLib(ModuleRunner):
    """The pylib modules of one gateway (one projects folder as loaded)."""

    def __init__(self, files: Mapping[str, Path], projects_root: Path | None = None) -> None:
        super().__init__(projects_root)
        self.files = dict(files)
        self.tops = {name.partition(".")[0] for name in self.files}
        self.modules: dict[str, LibraryModule] = {}

    def has(self, name: str) -> bool:
        return name.partition(".")[0] in self.tops

    def find(self, name: str, globals: Mapping | None, fromlist: tuple, level: int) -> Any:
        """``__import__`` for pylib names: the module ``import`` binds, or None when the name
        is not in the pylib (a relative import that finds nothing raises ImportError)."""
        package = self._package(globals)
        if level:
            if package is None:
                raise ImportError("Attempted relative import in non-package")
            parts = package.split(".")
            if level - 1 >= len(parts):
                raise ValueError("Attempted relative import beyond toplevel package")
            base = ".".join(parts[: len(parts) - (level - 1)])
            module = self.import_module(f"{base}.{name}" if name else base)
            return self._from(module, fromlist)
        head = name.partition(".")[0]
        if package is not None and f"{package}.{head}" in self.files:  # implicit relative
            module = self.import_module(f"{package}.{name}")
            return self._from(module, fromlist) if fromlist else self.modules[f"{package}.{head}"]
        if head not in self.tops:
            return None
        module = self.import_module(name)
        return self._from(module, fromlist) if fromlist else self.modules[head]

    def _package(self, globals: Mapping | None) -> str | None:
        """The package a pylib module's relative imports start from (None outside the pylib)."""
        if not globals or globals.get("__shim_library__") is not self:
            return None
        name = globals.get("__name__")
        if not isinstance(name, str) or name not in self.files:
            return None
        if self.files[name].name == "__init__.py":
            return name
        return name.rpartition(".")[0] or None

    def import_module(self, dotted: str) -> LibraryModule:
        """Import ``dotted`` and every package above it; ImportError names the missing part."""
        parent: LibraryModule | None = None
        prefix = ""
        for part in dotted.split("."):
            prefix = f"{prefix}.{part}" if prefix else part
            module = self.modules.get(prefix)
            if module is None:
                path = self.files.get(prefix)
                if path is None:
                    raise ImportError(f"No module named {part}")
                with self._lock:
                    module = self.modules.get(prefix)
                    if module is None:
                        extra = {"__path__": [str(path.parent)]} if path.name == "__init__.py" else {}
                        module = self.new_module(prefix, path, extra)
                        self.modules[prefix] = module
            try:
                self.run(module)
            except BaseException:
                if self.modules.get(prefix) is module:
                    del self.modules[prefix]  # forgotten: the next import runs it again
                raise
            if parent is not None:
                parent.__dict__[part] = module
            parent = module
        assert parent is not None
        return parent

    def _from(self, module: LibraryModule, fromlist: tuple) -> LibraryModule:
        """``from pkg import a, b``: submodules named in the list are imported (Python's
        ``_handle_fromlist``); ``*`` imports the submodules ``__all__`` names."""
        names = list(fromlist)
        if "*" in names:
            listed = module.__dict__.get("__all__")
            names = [n for n in listed if isinstance(n, str)] if isinstance(listed, (list, tuple)) else []
        prefix = module.__name__
        for name in names:
            if name not in module.__dict__ and f"{prefix}.{name}" in self.files:
                self.import_module(f"{prefix}.{name}")
        return module

    def missing(self, module: LibraryModule, name: str) -> Any:
        raise AttributeError(f"'module' object has no attribute '{name}'")


_registries: dict[int, PyLib] = {}
_registries_lock = threading.Lock()


def pylib_for(projects: ProjectSet) -> PyLib:
    """The pylib of the gateway that runs ``projects``: one module state per loaded projects
    folder (a reload starts afresh, as a restarted gateway does)."""
    key = id(projects)
    found = _registries.get(key)
    if found is None:
        with _registries_lock:
            found = _registries.get(key)
            if found is None:
                found = _registries[key] = PyLib(getattr(projects, "pylib", {}), getattr(projects, "root", None))
                weakref.finalize(projects, _registries.pop, key, None)
    return found
