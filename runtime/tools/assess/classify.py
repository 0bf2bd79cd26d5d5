"""What shim emulates, asked of the code itself, and what kind of gap a failure is.

Nothing here is a hand-kept list: a ``system.*`` function is emulated when its namespace module
in the ``system`` package lists it in ``__all__``; an import is emulated, refused or missing as
the sandbox's own import hook (``sandbox_import``) answers it. Whatever another part of shim adds
(a ``system`` function, a stdlib or Java module) shows up here without a change.
"""
from __future__ import annotations

import ast
import importlib
import sys
import traceback
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from runtime.emulated.stdlib.names import JYTHON_MODULES
from runtime.scripts.sandbox.compiler import ScriptSyntaxError
from runtime.scripts.sandbox.errors import ImportRefused, SandboxError
from runtime.scripts.sandbox.guards import safe_getattr
from runtime.scripts.sandbox.namespace import NotEmulated, sandbox_import
from runtime.scripts.sandbox.policy import IGNITION_NAMESPACES

#: What a finding is about (``kind``) and how it is reported.
KINDS = {
    "syntax-error": "does not translate (Jython 2 syntax error)",
    "sandbox-refusal": "refused by the sandbox",
    "missing-module": "imports a module shim does not have",
    "refused-module": "imports a module the sandbox refuses",
    "missing-system-function": "calls a system.* function shim does not emulate",
    "missing-java-class": "uses a Java class shim does not emulate",
    "module-logic": "fails in its own code",
    "undefined-tag": "reads or writes a tag the tag configuration does not define",
    "missing-named-query": "runs a named query the project does not define",
}


@lru_cache(maxsize=None)
def system_function(namespace: str, function: str) -> str:
    """``emulated``, ``not emulated`` (the namespace exists, the function does not) or
    ``namespace not emulated``: from the ``system`` package's ``__all__`` lists."""
    module = _system_module(namespace)
    if module is None:
        return "namespace not emulated"
    return "emulated" if function in getattr(module, "__all__", ()) else "not emulated"


@lru_cache(maxsize=None)
def emulated_functions(namespace: str) -> frozenset[str]:
    """Every function shim emulates in ``system.<namespace>``."""
    module = _system_module(namespace)
    return frozenset(getattr(module, "__all__", ())) if module is not None else frozenset()


@lru_cache(maxsize=1)
def ignition_api() -> dict[str, frozenset[str]] | None:
    """Ignition 8.1's ``system.*`` functions per namespace, as the ``ignition-api-stubs``
    package (typed stubs of the 8.1 scripting API; the test extra installs it) declares them;
    None when it is not installed. Tells a function shim lacks from a name Ignition 8.1 does
    not have (a 7.x-only function, a typo, a third-party module's)."""
    from importlib import metadata

    try:
        entries = metadata.files("ignition-api-stubs") or []
    except metadata.PackageNotFoundError:
        return None
    api: dict[str, frozenset[str]] = {}
    for entry in entries:
        parts = entry.parts  # system/tag.pyi or system/tag/__init__.pyi
        if parts[0] != "system" or parts[1].startswith("_") or parts[-1] not in (f"{parts[1]}", "__init__.pyi") \
                or len(parts) > 3 or not parts[-1].endswith(".pyi"):
            continue
        namespace = parts[1].removesuffix(".pyi")
        tree = ast.parse(entry.locate().read_text(encoding="utf-8"))
        api[namespace] = frozenset(n.name for n in tree.body if isinstance(n, ast.FunctionDef))
    return api


def in_ignition(namespace: str, function: str) -> bool | None:
    """Whether Ignition 8.1 has ``system.<namespace>.<function>`` (None: not known here)."""
    api = ignition_api()
    return None if api is None else function in api.get(namespace, ())


def _system_module(namespace: str):
    if not namespace.isidentifier() or namespace.startswith("_"):
        return None
    try:
        return importlib.import_module(f"system.{namespace}")
    except ImportError:
        return None


def module_origin(name: str, library: frozenset[str] = frozenset()) -> str:
    """Where a module name comes from: ``system``, ``java`` (java.*/javax.*), ``ignition``
    (com.inductiveautomation.*), ``library`` (the project's or the pylib's), ``stdlib`` (Jython's
    standard library) or ``third-party``."""
    head, _, rest = name.partition(".")
    if head == "system":  # system.ils.*: a namespace a third-party Ignition module adds
        space = rest.partition(".")[0]
        return "system" if not space or space in IGNITION_NAMESPACES else "third-party"
    if head in ("java", "javax"):
        return "java"
    if name == "com.inductiveautomation" or name.startswith("com.inductiveautomation."):
        return "ignition"
    if head in library or head in ("project", "shared"):
        return "library"
    if name in JYTHON_MODULES or head in JYTHON_MODULES or head in sys.stdlib_module_names:
        return "stdlib"
    return "third-party"


@dataclass(frozen=True)
class ImportStatus:
    status: str  # "emulated" | "refused" | "missing"
    reason: str = ""


@lru_cache(maxsize=None)
def import_status(module: str, name: str | None = None) -> ImportStatus:
    """What ``import module`` (``from module import name``) does in the sandbox."""
    try:
        found = sandbox_import(module, {}, None, (name,) if name else ())
        if name:  # as the script would read it: through the sandbox's own getattr
            safe_getattr(found, name)
    except (ImportRefused, NotEmulated) as exc:
        refused = isinstance(exc, ImportRefused) and "not emulated" not in str(exc)
        return ImportStatus("refused" if refused else "missing", str(exc))
    except (ImportError, AttributeError) as exc:
        text = str(exc)
        return ImportStatus("missing", text if "not emulated" in text or "No module" in text
                            else f"{module}.{name} is not emulated by shim" if name else text)
    except SandboxError as exc:
        return ImportStatus("refused", str(exc))
    return ImportStatus("emulated")


def classify_failure(exc: BaseException, files: set[str]) -> tuple[str, str, str | None, int | None]:
    """A library module's load failure as (kind, message, file, line): the file and line are
    the deepest frame in one of the user's ``files``, where the failure shows in their code."""
    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, ScriptSyntaxError):
        kind = "syntax-error" if _is_translation_error(exc) else "sandbox-refusal"
        return kind, exc.msg, exc.filename, exc.lineno
    file, line = _user_frame(exc, files)
    text = str(exc)
    if isinstance(exc, NotEmulated) or (isinstance(exc, ImportError) and "not emulated" in text):
        target = text.split(" is not emulated")[0].removeprefix("import of ").strip("'")
        kind = "missing-system-function" if target.startswith("system.") else \
            "missing-java-class" if target.startswith(("java.", "javax.")) else "missing-module"
        return kind, message, file, line
    if isinstance(exc, ImportRefused):
        return "refused-module" if _is_module_refusal(text) else "sandbox-refusal", message, file, line
    if isinstance(exc, ImportError):
        return "missing-module", message, file, line
    if isinstance(exc, SandboxError):
        return "sandbox-refusal", message, file, line
    return "module-logic", message, file, line


def import_target(message: str) -> str | None:
    """The module an import failure's message names (``No module named x.y``, ``import of 'x'``,
    ``module 'x' is not available``)."""
    for lead, stop in (("No module named ", None), ("import of '", "'"), ("module '", "'")):
        if lead in message:
            rest = message.split(lead, 1)[1]
            return (rest.split(stop, 1)[0] if stop else rest.split()[0]).strip()
    if " is not emulated by shim" in message:  # "org.apache.x.Y is not emulated by shim"
        return message.split(" is not emulated by shim", 1)[0].rpartition(" ")[2].strip("'") or None
    return None


def _is_module_refusal(text: str) -> bool:
    return "not available in shim's sandbox" in text or "not allowed in shim's sandbox" in text


def _is_translation_error(exc: SyntaxError) -> bool:
    return any(mark in exc.msg.lower() for mark in ("invalid syntax", "indent", "token", "jython 2 refuses"))


def _user_frame(exc: BaseException, files: set[str]) -> tuple[str | None, int | None]:
    found: tuple[str | None, int | None] = (None, None)
    for frame, line in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename in files:
            found = (frame.f_code.co_filename, line)
    return found


def rule_of(message: str) -> str:
    """The sandbox rule a refusal comes from, named for a reader of the report."""
    text = message.lower()
    for marks, rule in _RULES:
        if any(mark in text for mark in marks):
            return rule
    return "sandbox policy"


_RULES = (
    (("import of", "not available in shim's sandbox", "not allowed in shim's sandbox"), "import allow-list"),
    (("open", "files folder", "outside"), "files folder only"),
    (("dunder", "__", "frame", "f_globals"), "no dunder or frame traversal"),
    (("private", "starts with '_'", "underscore"), "no private names of host objects"),
    (("exec", "eval", "compile"), "dynamic code through the sandbox"),
    (("cannot be subclassed", "host object", "read-only", "cannot change"), "host objects are read-only"),
    (("not available in the sandbox",), "module allow-list (name refused)"),
)


def relative(path: str | Path, root: Path) -> str:
    """``path`` relative to the projects folder (an export's import lives in shim's cache;
    the report names the project's own files)."""
    return _relative(str(path), str(root))


@lru_cache(maxsize=None)
def _relative(path: str, root: str) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return path
