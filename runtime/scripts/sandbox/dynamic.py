"""``exec``, ``eval``, ``compile``, ``globals()``, ``locals()``, ``vars()`` and ``from m import
*`` for scripts: the dynamic parts of Python, under the same translation and policy.

* A string given to ``exec``/``eval``/``compile`` is Jython 2 source: it is translated and
  compiled exactly like a script file (``compile_script``), so it cannot do what a file could
  not. ``compile`` returns a ``ScriptCode`` (never a real code object); flags are refused (one
  would make ``compile`` return an AST, or turn off the policy's assumptions).
* Code runs with the sandbox's builtins, always: a globals dict the script built itself is
  copied into a fresh namespace (the script's ``__builtins__`` or ``_getattr_`` keys, even ones
  another thread adds meanwhile, never reach the code) and the results are copied back.
* ``globals()`` and a library module's ``__dict__`` are a ``NamespaceView``: the module's names,
  never its ``__builtins__`` or shim's marks (a listing shows the module's own names, not its
  dunders). ``globals()`` (and module-level ``locals()``/``vars()``) can define and delete globals
  as in Jython, any name an assignment could bind; another module's ``__dict__`` is read-only.
  ``locals()`` in a function is a snapshot, as in Python.
"""
from __future__ import annotations

import sys
from collections.abc import MutableMapping
from functools import lru_cache
from types import CodeType, ModuleType
from typing import Any, Iterator, Mapping

from runtime.core.ownership import is_script_object
from runtime.scripts.sandbox.errors import AttributeRefused, SandboxError
from runtime.scripts.sandbox.policy import RESERVED_NAME, script_may_bind


#: The sandbox's builtins and import, registered by ``namespace`` (which imports this module).
HOOKS: dict[str, Any] = {}


def _hidden(key: Any) -> bool:
    return not isinstance(key, str) or key == "__builtins__" or key.startswith("__shim")


class NamespaceView(MutableMapping):
    """A module's globals as a script may see them (see the module docstring). ``globals()``
    is ``writable``: ``globals()['x'] = v`` defines the global ``x``, as in Jython, for every
    name the script could assign itself (``script_may_bind``)."""

    __slots__ = ("_namespace", "_writable")

    def __init__(self, namespace: dict, writable: bool = False) -> None:
        self._namespace = namespace
        self._writable = writable

    def __getitem__(self, key: Any) -> Any:
        if _hidden(key):
            raise KeyError(key)
        return self._namespace[key]

    def _check_write(self, key: Any) -> None:
        if not self._writable:
            raise TypeError("a module's namespace is read-only in shim's sandbox (assign the global instead)")
        if not isinstance(key, str):
            raise TypeError("globals() keys must be strings in shim's sandbox")
        if not script_may_bind(key):
            raise SandboxError(f'"{key}" is a reserved name in shim\'s sandbox')

    def __setitem__(self, key: Any, value: Any) -> None:
        self._check_write(key)
        self._namespace[key] = value

    def __delitem__(self, key: Any) -> None:
        self._check_write(key)
        del self._namespace[key]

    def __iter__(self) -> Iterator[str]:  # the module's own names, as a listing shows them
        return iter([key for key in self._namespace if not _hidden(key)
                     and not (key.startswith("__") and key.endswith("__"))])

    def __len__(self) -> int:
        return len(list(iter(self)))

    def __contains__(self, key: Any) -> bool:
        return not _hidden(key) and key in self._namespace

    def __repr__(self) -> str:
        return repr(dict(self.items()))

    def keys(self) -> list:  # Python 2's dict methods give lists
        return list(self)

    def values(self) -> list:
        return [self._namespace[key] for key in self]

    def items(self) -> list:
        return [(key, self._namespace[key]) for key in self]

    def copy(self) -> dict:
        return dict(self.items())

    def has_key(self, key: Any) -> bool:
        return key in self


class ScriptCode:
    """What ``compile()`` gives a script: translated, sandboxed code to ``exec``/``eval``."""

    __slots__ = ("_code", "_mode", "co_filename", "co_name")

    def __init__(self, code: CodeType, mode: str, filename: str) -> None:
        self._code = code
        self._mode = mode
        self.co_filename = filename
        self.co_name = "<module>"

    def __repr__(self) -> str:
        return f'<code object <module> at {id(self):#x}, file "{self.co_filename}", line 1>'


@lru_cache(maxsize=512)  # scripts that exec generated strings in a loop must not grow memory
def _compiled(source: str, filename: str, mode: str) -> CodeType:
    from runtime.scripts.sandbox.compiler import compile_dynamic
    return compile_dynamic(source, filename, mode)


def _code(source: Any, mode: str, function: str) -> tuple[CodeType, str]:
    if isinstance(source, ScriptCode):
        return source._code, source._mode
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    if not isinstance(source, str):
        raise TypeError(f"{function}() arg 1 must be a string or code object")
    if mode == "eval":
        source = source.strip()
    return _compiled(source, "<string>", mode), mode


def safe_compile(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: Any = 0) -> ScriptCode:
    """``compile()`` for scripts (see the module docstring)."""
    if flags:
        raise SandboxError("compile(): flags are not supported in shim's sandbox")
    if mode not in ("exec", "eval", "single"):
        raise ValueError("compile() arg 3 must be 'exec', 'eval' or 'single'")
    if isinstance(source, ScriptCode):
        return source
    if not isinstance(source, (str, bytes)):
        raise TypeError("compile() expected string without null bytes")
    text = source.decode("latin-1") if isinstance(source, bytes) else source
    kind = "eval" if mode == "eval" else "exec"
    name = str(filename)
    return ScriptCode(_compiled(text.strip() if kind == "eval" else text, name, kind), kind, name)


def _run(code: CodeType, globals: Any, locals: Any, caller: Any) -> Any:
    if globals is None:
        namespace = caller.f_globals
        scope = caller.f_locals if locals is None else locals
        if isinstance(scope, NamespaceView):
            scope = scope._namespace
        return eval(code, namespace, scope)
    if isinstance(globals, NamespaceView):
        return eval(code, globals._namespace, globals._namespace if locals is None else _plain(locals))
    if type(globals) is not dict:
        raise TypeError("exec: arg 2 must be a dictionary or None")
    fresh = {key: value for key, value in list(globals.items()) if not _hidden(key)
             and not RESERVED_NAME.match(key)}
    fresh["__builtins__"] = HOOKS["builtins"]
    fresh.setdefault("__name__", "__builtin__")
    scope = fresh if locals is None or locals is globals else _plain(locals)
    try:
        return eval(code, fresh, scope)
    finally:
        for key, value in fresh.items():
            if not _hidden(key) and not RESERVED_NAME.match(key):
                globals[key] = value
        if scope is not fresh and isinstance(locals, MutableMapping):
            for key, value in scope.items():
                if not _hidden(key) and not RESERVED_NAME.match(key):
                    locals[key] = value


def _plain(mapping: Any) -> dict:
    if isinstance(mapping, NamespaceView):
        return mapping._namespace
    if not isinstance(mapping, Mapping):
        raise TypeError("locals must be a mapping")
    return {key: value for key, value in mapping.items() if not _hidden(key)
            and not RESERVED_NAME.match(key)}


def safe_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec`` (statement or function) for scripts."""
    code, _ = _code(source, "exec", "exec")
    _run(code, globals, locals, sys._getframe(1))


def safe_eval(source: Any, globals: Any = None, locals: Any = None) -> Any:
    """``eval`` for scripts."""
    code, _ = _code(source, "eval", "eval")
    return _run(code, globals, locals, sys._getframe(1))


def safe_globals() -> NamespaceView:
    """``globals()``: the calling script's module globals, as a ``NamespaceView``."""
    return NamespaceView(sys._getframe(1).f_globals, writable=True)


def safe_locals() -> Any:
    """``locals()``: a snapshot in a function; the globals' view at module level."""
    frame = sys._getframe(1)
    if frame.f_locals is frame.f_globals:
        return NamespaceView(frame.f_globals, writable=True)
    return {key: value for key, value in frame.f_locals.items() if not _hidden(key)}


def safe_dir(*args: Any) -> list:
    """``dir()``: the names of the calling scope, without shim's own (``__shim*`` marks, the
    ``_x_`` helpers and hoisted constants of the translation, which scripts cannot name);
    ``dir(obj)`` is Python's."""
    if args:
        return dir(*args)
    names = sys._getframe(1).f_locals
    return sorted(key for key in names if isinstance(key, str) and not key.startswith("__shim")
                  and not (RESERVED_NAME.match(key) and not (key.startswith("__") and key.endswith("__"))))


def safe_vars(*args: Any) -> Any:
    """``vars()`` / ``vars(obj)``: the script's own objects' namespaces only."""
    if not args:
        frame = sys._getframe(1)
        if frame.f_locals is frame.f_globals:
            return NamespaceView(frame.f_globals, writable=True)
        return {key: value for key, value in frame.f_locals.items() if not _hidden(key)}
    (obj,) = args
    if isinstance(obj, ModuleType):
        if not is_script_object(obj):
            raise AttributeRefused("vars() of host modules is not allowed")
        owner = obj.__dict__.get("__shim_library__")
        if hasattr(owner, "run"):
            owner.run(obj)
        return NamespaceView(obj.__dict__)
    if not is_script_object(obj):
        raise AttributeRefused(f"vars() of {type(obj).__name__} objects is not allowed")
    try:
        return obj.__dict__
    except AttributeError:
        raise TypeError("vars() argument must have __dict__ attribute") from None


def import_star(module: str, level: int = 0) -> None:
    """``from module import *``: binds the module's ``__all__`` names, or its public ones,
    in the importing script's globals; never a private, hidden or helper name."""
    frame = sys._getframe(1)
    target = frame.f_globals
    found = HOOKS["import"](module, target, None, ("*",), level)
    if isinstance(found, ModuleType):
        listed = found.__dict__.get("__all__")
        names = list(listed) if isinstance(listed, (list, tuple)) else \
            [key for key in found.__dict__ if isinstance(key, str) and not key.startswith("_")]
        source = found.__dict__
    else:  # a proxy: exactly its allowed names
        names = [name for name in dir(found) if not name.startswith("_")]
        source = None
    for name in names:
        if _hidden(name) or RESERVED_NAME.match(name) or (name.startswith("__") and name.endswith("__")):
            continue
        if source is not None:
            if name not in source:
                if isinstance(found, ModuleType):
                    HOOKS["getattr"](found, name)  # a submodule listed in __all__, or AttributeError
                    if name not in source:
                        continue
            target[name] = source[name]
        else:
            target[name] = HOOKS["getattr"](found, name)
