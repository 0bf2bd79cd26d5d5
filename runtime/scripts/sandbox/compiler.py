"""Compile a script: Jython 2 source -> Python 3 (fissix) -> RestrictedPython policy -> code.

Compiled code is cached by a hash of everything that shapes it (source, file name, how it is
wrapped, shim's version): in memory, and on disk as marshal data so a second process loading a
500-module library skips translation entirely (``SHIM_CACHE_DIR``, default
``~/.cache/shim``; ``SHIM_CACHE_DIR=off`` disables the disk cache).
"""
from __future__ import annotations

import ast
import functools
import hashlib
import hmac
import marshal
import os
import sys
import tempfile
import threading
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import CodeType

from runtime.core.cache import cache_root, signing_key
from runtime.scripts.legacy.translate import TranslationError, restore_keyword_names, translate
from runtime.scripts.legacy.py3only import explain_print, python3_only
from runtime.scripts.sources import SOURCES
from runtime.scripts.sandbox.ticks import insert_ticks

#: Bump when translation or the policy changes: invalidates every cached compilation.
POLICY_VERSION = "29"
_CACHE_TAG = f"shim-{POLICY_VERSION}-{sys.implementation.cache_tag}"


class ScriptSyntaxError(SyntaxError):
    """A script that does not translate or that the sandbox refuses at compile time.

    ``filename``/``lineno``/``text`` point at the user's own file and original source line.
    """


@dataclass(frozen=True)
class CompiledScript:
    """A compiled script: its code, and the original source for error reports."""

    code: CodeType
    filename: str
    source: str
    function: str | None  # handler mode: the name of the function the code defines


def compile_script(source: str, filename: str, *, function: str | None = None,
                   params: tuple[str, ...] = ("payload",)) -> CompiledScript:
    """Compile ``source`` for the sandbox.

    With ``function`` (handler mode), the source is either a whole ``def <function>(...)``
    definition or a body; a body is wrapped in ``def <function>(<params>):`` with its line
    numbers unchanged, as Ignition shows it under its fixed signature.
    """
    key = _key(source, filename, function, params)
    cached = _memory.get(key)
    if cached is None:
        code = _disk_load(key)
        if code is None:
            code = _compile(source, filename, function, params)
            _disk_store(key, code)
            STATS["compiled"] += 1
        else:
            STATS["disk"] += 1
        cached = CompiledScript(code, filename, source, function)
        with _lock:
            _memory[key] = cached
    SOURCES[filename] = source
    return cached


def is_cached(source: str, filename: str, *, function: str | None = None,
              params: tuple[str, ...] = ("payload",)) -> bool:
    """Whether ``compile_script`` of these would be served from memory or the disk cache
    without translating (a look for the entry; its signature is checked when it is loaded)."""
    key = _key(source, filename, function, params)
    if key in _memory:
        return True
    folder = _cache_folder()
    return folder is not None and _signing_key() is not None and os.path.isfile(os.path.join(folder, key[:2], key))


_lock = threading.Lock()
_memory: dict[str, CompiledScript] = {}

#: How compilations were served: "compiled" (translated now) or "disk" (from the disk cache);
#: "refused": disk entries whose signature was not this installation's.
STATS: Counter[str] = Counter()

def _key(source: str, filename: str, function: str | None, params: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for part in (_CACHE_TAG, filename, function or "", ",".join(params), source):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def compile_dynamic(source: str, filename: str, mode: str) -> CodeType:
    """Compile a string for ``exec`` (``mode="exec"``) or ``eval`` (``"eval"``: one
    expression) under the same translation and policy as a file; not cached here (the caller
    bounds its own cache). Raises ``ScriptSyntaxError``."""
    code = _compile(source, filename, None, (), mode)
    SOURCES[filename] = source  # tracebacks of exec'd code show its lines ("<string>")
    return code


def _compile(source: str, filename: str, function: str | None, params: tuple[str, ...],
             mode: str = "exec") -> CodeType:
    try:
        py3 = translate(source, filename)
        tree = ast.parse(py3, filename)
    except (TranslationError, SyntaxError) as exc:
        message = explain_print(source, exc.lineno or 0) or exc.msg
        raise _syntax_error(message, filename, exc.lineno or 0, source) from None
    except (ValueError, LookupError, RecursionError) as exc:  # what fissix's tokenizer raises on odd input
        raise _syntax_error(f"cannot translate this script ({type(exc).__name__}: {exc})", filename, 0, source) from None
    refused = python3_only(tree)
    if refused is not None:  # Jython refuses the whole script, so must we
        raise _syntax_error(refused[1], filename, refused[0], source)
    if function is not None and not _defines(tree, function):
        body = tree.body or [ast.Pass()]
        wrapper = ast.FunctionDef(
            name=function,
            args=ast.arguments(posonlyargs=[], args=[ast.arg(p) for p in params], kwonlyargs=[],
                               kw_defaults=[], defaults=[]),
            body=body, decorator_list=[], returns=None, type_params=[],
        )
        first = body[0]
        ast.copy_location(wrapper, first) if hasattr(first, "lineno") else None
        tree = ast.Module(body=[wrapper], type_ignores=[])
        ast.fix_missing_locations(tree)
    from runtime.scripts.sandbox.transformer import ShimTransformer  # (RestrictedPython: not for cached loads)

    transformer = ShimTransformer(errors=[], warnings=[], used_names={},
                                  true_division=_has_future_division(tree))
    transformer.error = lambda node, info: transformer.errors.append((getattr(node, "lineno", 0), info))
    tree = transformer.visit(tree)
    if transformer.errors:
        lineno, message = transformer.errors[0]
        raise _syntax_error(message, filename, lineno, source)
    tree = insert_ticks(restore_keyword_names(tree))
    if mode == "eval":
        if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
            raise _syntax_error("invalid syntax (eval takes one expression)", filename, 1, source)
        tree = ast.Expression(tree.body[0].value)
    ast.fix_missing_locations(tree)
    try:
        with warnings.catch_warnings():  # e.g. "'NoneType' object is not subscriptable":
            warnings.simplefilter("ignore", SyntaxWarning)  # Jython only fails at run time
            return compile(tree, filename, mode, dont_inherit=True)
    except SyntaxError as exc:  # what only the compiler checks: 'return' outside function ...
        raise _syntax_error(exc.msg, filename, exc.lineno or 0, source) from None


def _defines(tree: ast.Module, function: str) -> bool:
    return any(isinstance(node, ast.FunctionDef) and node.name == function for node in tree.body)


def _has_future_division(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
               and any(alias.name == "division" for alias in node.names) for node in tree.body)


def _syntax_error(message: str, filename: str, lineno: int, source: str) -> ScriptSyntaxError:
    lines = source.splitlines()
    text = lines[lineno - 1] if 0 < lineno <= len(lines) else None
    return ScriptSyntaxError(message, (filename, lineno, 0, text))


# -- disk cache ------------------------------------------------------------------------------

def cache_dir() -> Path | None:
    """Where compiled scripts are kept between processes (None when disabled)."""
    root = cache_root()
    return None if root is None else root / _CACHE_TAG


def _cache_folder() -> str | None:
    """``cache_dir()`` as a string, worked out again only when the variables it is made of
    change (a lookup per script: the Path arithmetic was a tenth of a cached ``shim check``)."""
    environ = os.environ
    return _folder_for(environ.get("SHIM_CACHE_DIR"), environ.get("XDG_CACHE_HOME"), environ.get("HOME"))


@functools.lru_cache(maxsize=8)
def _folder_for(configured: str | None, xdg: str | None, home: str | None) -> str | None:
    folder = cache_dir()
    return None if folder is None else str(folder)


_SIGNATURE = 32  # bytes of HMAC-SHA256 before each cached code object


def _disk_load(key: str) -> CodeType | None:
    """A cached compilation, only when its signature is this installation's: an entry planted
    or changed in the cache folder is ignored (and recompiled over), never run."""
    folder = _cache_folder()
    signing = _signing_key()
    if folder is None or signing is None:
        return None
    try:
        with open(os.path.join(folder, key[:2], key), "rb") as entry:
            data = entry.read()
    except OSError:
        return None
    signature, payload = data[:_SIGNATURE], data[_SIGNATURE:]
    if not hmac.compare_digest(signature, hmac.new(signing, key.encode() + payload, hashlib.sha256).digest()):
        STATS["refused"] += 1
        return None
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def _signing_key() -> bytes | None:
    global _KEY
    if _KEY is None:
        _KEY = signing_key() or b""
    return _KEY or None


_KEY: bytes | None = None


def _disk_store(key: str, code: CodeType) -> None:
    folder = cache_dir()
    if folder is None:
        return
    signing = _signing_key()
    if signing is None:
        return
    target = folder / key[:2] / key
    payload = marshal.dumps(code)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(hmac.new(signing, key.encode() + payload, hashlib.sha256).digest() + payload)
        os.replace(tmp, target)
    except OSError:
        pass  # a read-only or full cache only costs speed
