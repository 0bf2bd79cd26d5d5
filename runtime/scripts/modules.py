"""Script modules as objects: what project libraries and the gateway's pylib share.

A ``LibraryModule`` is a real module object whose globals are its own (its names are the
script's: private ones readable, writes allowed). ``ModuleRunner`` creates them and runs their
code once, on first use; when the top level raises, the module goes back to "not loaded" and
runs again next time, as Jython retries a failed import.
"""
from __future__ import annotations

import threading
import types
from pathlib import Path
from typing import Any, Mapping

from runtime.emulated.stdlib.scriptpath import shown
from runtime.scripts.sandbox import compile_script, new_globals


class LibraryModule(types.ModuleType):
    """A script library or pylib module: its names are the script's own. A missing name asks
    the library that owns the module (to run its code on first use, or to find a child)."""

    def __getattr__(self, name: str) -> Any:
        owner = self.__dict__.get("__shim_library__")
        if owner is None or (name.startswith("__") and name.endswith("__")):
            raise AttributeError(f"'module' object has no attribute '{name}'")
        return owner.missing(self, name)

    def __dir__(self) -> list[str]:  # the console completes a library's modules before they load
        owner = self.__dict__.get("__shim_library__")
        if owner is not None and not owner.loaded(self):
            owner.run(self)  # its names are its code's: run it, as a first use would
        names = {key for key in self.__dict__ if not (key.startswith("__") and key.endswith("__"))}
        return sorted(names | set(getattr(owner, "children", lambda m: ())(self)))


class ModuleRunner:
    """What project libraries and the pylib share: creating module objects and running their
    code once, with Jython's retry after a failure."""

    def __init__(self, projects_root: Path | None = None) -> None:
        self._projects_root = projects_root  # modules' ``__file__`` is relative to it
        self._lock = threading.RLock()
        self._state: dict[int, str] = {}  # id(module) -> "running" | "loaded"
        self._paths: dict[int, Path] = {}
        self._extra: dict[int, dict[str, Any]] = {}

    def roots(self) -> dict[str, Any]:
        """Names every module of this library sees without import."""
        return {}

    def new_module(self, label: str, path: Path | None, extra: Mapping[str, Any] | None = None) -> LibraryModule:
        module = LibraryModule(label)
        key = id(module)
        self._extra[key] = dict(extra or {})
        if path is None:
            self._state[key] = "loaded"  # a package folder: nothing to run
        else:
            self._paths[key] = path
        self._reset(module, label)
        return module

    def _reset(self, module: LibraryModule, label: str) -> None:
        namespace = module.__dict__
        namespace.clear()
        path = self._paths.get(id(module))
        namespace.update(new_globals(label, runs_code=path is not None))
        namespace["__doc__"] = None
        namespace["__shim_library__"] = self
        if path is not None:
            namespace["__file__"] = shown(path, self._projects_root)  # never the host's path
        namespace.update(self._extra[id(module)])

    def loaded(self, module: types.ModuleType) -> bool:
        return self._state.get(id(module)) is not None

    def run(self, module: LibraryModule) -> LibraryModule:
        """Run ``module``'s code now unless it ran (or is running: a circular import sees the
        partly initialised module). A failure leaves it not loaded, to run again next time."""
        key = id(module)
        if self._state.get(key) is not None:
            return module
        with self._lock:
            if self._state.get(key) is not None:
                return module
            path = self._paths[key]
            label = module.__name__
            namespace = module.__dict__
            for name, value in self.roots().items():
                namespace.setdefault(name, value)
            self._state[key] = "running"
            try:
                source = path.read_bytes().decode("utf-8-sig", errors="replace")
                compiled = compile_script(source, str(path))
                exec(compiled.code, namespace)
            except BaseException:
                del self._state[key]
                self._reset(module, label)
                raise
            self._state[key] = "loaded"
        return module
