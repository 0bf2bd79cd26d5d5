"""Jython's standard library in the sandbox: proxies of the emulations in
``runtime.emulated.stdlib``, and the one-line refusal of every other module.

Each proxy holds exactly the names ``policy.EMULATED_STDLIB`` allows, plus the emulated
submodules of a package (``os.path``, ``xml.dom.minidom``) as proxies. Any other name is
``AttributeRefused("os.system is not available in the sandbox")``; the calls of
``policy.REFUSED_CALLS`` are there and refuse when called, with the way to do it instead.
Importing this module installs the hooks the emulations need from this layer (the scripts'
sources and Jython's exception lines).
"""
from __future__ import annotations

import builtins
import threading
from typing import Any, Callable

from runtime.emulated import stdlib as _emulated
from runtime.emulated.stdlib import _host
from runtime.scripts.legacy import py2bytes, py2codecs
from runtime.scripts.legacy.builtins import LEGACY_BUILTINS
from runtime.scripts.sandbox.errors import AttributeRefused, SandboxError
from runtime.scripts.sandbox.policy import EMULATED_STDLIB, REFUSED_CALLS, STDLIB_REFUSALS
from runtime.scripts.sandbox.proxies import Proxy, make_proxy
from runtime.scripts.sources import SOURCES
from runtime.scripts.tracebacks import exception_line, format_script_error

_host.install(sources=lambda: SOURCES, exception_line=exception_line, script_error=format_script_error)

#: Emulated modules whose members live in the legacy layer, with hashlib's byte-string rules
_LEGACY_MEMBERS: dict[str, dict[str, Any]] = {"md5": py2bytes.MD5, "sha": py2bytes.SHA,
                                              "hmac": py2bytes.HMAC_MODULE, "codecs": py2codecs.CODECS}

_lock = threading.RLock()
_proxies: dict[str, Proxy] = {}


def _script_builtin(name: Any) -> Any:
    """The script's builtin ``name`` (a tuple of names gives a tuple of them)."""
    if isinstance(name, tuple):
        return tuple(_script_builtin(n) for n in name)
    return LEGACY_BUILTINS[name] if name in LEGACY_BUILTINS else getattr(builtins, name)


def _refused_call(qualname: str, why: str) -> Callable[..., Any]:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise SandboxError(f"{qualname} is not available in the sandbox: {why}")
    refused.__name__ = qualname.rpartition(".")[2]
    return refused


def _missing(name: str) -> Callable[[str], Exception]:
    def missing(attr: str) -> Exception:
        return AttributeRefused(f"{name}.{attr} is not available in the sandbox")
    return missing


def stdlib_proxy(name: str) -> Proxy:
    """The shared read-only proxy of emulated module ``name`` (built on first use)."""
    proxy = _proxies.get(name)
    if proxy is None:
        with _lock:
            proxy = _proxies.get(name)
            if proxy is None:
                proxy = _proxies[name] = _build(name)
    return proxy


def _build(name: str) -> Proxy:
    module = _emulated.resolve(name)
    aliases = getattr(module, "BUILTIN_ALIASES", {})
    source = _LEGACY_MEMBERS.get(name) or vars(module or _emulated)
    members: dict[str, Any] = {}
    for attr in EMULATED_STDLIB[name]:
        members[attr] = _script_builtin(aliases[attr]) if attr in aliases else source[attr]
    for qualname, why in REFUSED_CALLS.items():
        owner, _, attr = qualname.rpartition(".")
        if owner == name:
            members[attr] = _refused_call(qualname, why)
    for child in _emulated.submodules(name):
        members[child] = stdlib_proxy(f"{name}.{child}")
    return make_proxy(name, members, missing=_missing(name))


def is_emulated(name: str) -> bool:
    return name in EMULATED_STDLIB


def refusal(name: str) -> str | None:
    """Why ``import name`` is refused, in one line, for a module of Jython's library (or a
    CPython one scripts reach for); None for a name that is neither."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        reason = STDLIB_REFUSALS.get(".".join(parts[:end]))
        if reason is not None:
            return f"module '{name}' is not available in shim's sandbox: {reason}"
    if name in _emulated.JYTHON_MODULES or parts[0] in EMULATED_STDLIB:
        return f"module '{name}' is not available in shim's sandbox: not emulated by shim yet"
    return None


def status(name: str) -> str:
    """One module's line of docs/stdlib.md: what a script gets from ``import name``."""
    from runtime.scripts.sandbox.policy import SAFE_MODULES

    if name in SAFE_MODULES:
        return "works: CPython's module, names " + ", ".join(SAFE_MODULES[name])
    if name == "__builtin__":
        return "emulated: the script's own builtins, read-only (its internal _hooks_ left out)"
    if is_emulated(name):
        names = EMULATED_STDLIB[name]
        return "emulated: " + (", ".join(names) if names else "package of " + ", ".join(
            _emulated.submodules(name)))
    return "refused: " + (refusal(name) or "").partition(": ")[2]


def status_table() -> str:
    """docs/stdlib.md: every module of Jython 2.7.3's standard library and its status."""
    lines = ["# Jython 2.7.3's standard library in shim", "",
             "Every module of Jython 2.7.3's `Lib/` (test packages left out) and its built-in",
             "modules, and what `import` gives a script: *works* (CPython's module behind an",
             "allow-list), *emulated* (`runtime/emulated/stdlib`, the names listed), or *refused*",
             "with the one-line reason the script sees. A refused name of an allowed module",
             "(`os.system`) says `os.system is not available in the sandbox`.",
             "Generated from `runtime/scripts/sandbox/policy.py` by",
             "`python -c \"from runtime.scripts.sandbox.stdlib import status_table; print(status_table(), end='')\"`.",
             "", "| module | status |", "|---|---|"]
    for name in sorted(_emulated.JYTHON_MODULES | set(EMULATED_STDLIB), key=str.lower):
        lines.append(f"| `{name}` | {status(name).replace('|', '/')} |")
    return "\n".join(lines + _java_lines() + _not_yet_lines()) + "\n"


#: Java packages real code imports that shim does not emulate, named in docs/stdlib.md (any
#: other Java name is refused the same way): ``import`` says "<name> is not emulated by shim".
JAVA_NOT_EMULATED: tuple[str, ...] = (
    "java.lang.reflect", "java.nio.file", "java.beans",
    "javax.swing.table", "javax.print", "com.inductiveautomation.ignition.common.config",
    "com.inductiveautomation.factorypmi.application", "org.apache.commons.math3", "com.google.gson",
)


def _java_lines() -> list[str]:
    """docs/stdlib.md's second part: the emulated Java packages and Ignition's classes."""
    from runtime.emulated import java
    from runtime.scripts.sandbox.policy import IGNITION_CLASSES

    lines = ["", "## Built-in `open` and `file`", "",
             "Python 2 file objects for paths inside the gateway's files folder, the folder",
             "`system.file` uses (bytes as `str`, no newline translation, `'U'`, `print >>f`, `with`);",
             "an absolute path, a `..` or a symlink leading out of it, `/proc` ... is an IOError",
             "naming the path (`runtime/emulated/stdlib/fileio.py`).",
             "", "## Java and Ignition's classes", "",
             "As in Jython, `from java.util import Date`, `import java.lang.System` and",
             "`from java.lang.System import currentTimeMillis` work (a class imports as a module).",
             "`java.net` parses and encodes but opens no connection (`URL.openConnection` points at",
             "`system.net`); `java.awt` and `javax.swing` are headless on a gateway",
             "(`java.awt.HeadlessException`) and record `JOptionPane` dialogs on a Vision client like",
             "`system.gui.messageBox`/`confirm`/`inputBox`; `SwingUtilities.invokeLater` queues on the",
             "client's UI thread (as `system.util.invokeLater`), on a gateway on an event queue of its own.",
             "`java.io.File`, the file readers/writers and `javax.imageio.ImageIO` work inside the gateway's",
             "files folder (the scripts' working folder, `/files` to scripts, also `user.home`/`user.dir`); a disk access",
             "outside it is a `java.lang.SecurityException` naming the path. The `com.inductiveautomation` classes are the",
             "very types `system.*` hands out (`isinstance` works both ways). Anything else is refused",
             "in one line naming it: `org.apache.commons.math3.stat.StatUtils is not emulated by shim`.",
             "", "| package | status |", "|---|---|"]
    for package in sorted(java.PACKAGES):
        names = java.resolve(package).__all__
        lines.append(f"| `{package}` | emulated: {', '.join(names)} |" if names else
                     f"| `{package}` | the package only (for its subpackages); its classes are not emulated |")
    for package, names in sorted(IGNITION_CLASSES.items()):
        lines.append(f"| `{package}` | emulated: {', '.join(names)} |")
    for package in JAVA_NOT_EMULATED:
        lines.append(f"| `{package}` | refused: `{package}... is not emulated by shim` |")
    return lines


def _not_yet_lines() -> list[str]:
    """docs/stdlib.md's last part: what real code imports that fails, and how (``gaps``)."""
    from runtime.scripts.sandbox.gaps import GROUPS, NOT_YET, group_of

    lines = ["", "## Not yet: what real Ignition code imports that fails", "",
             "Imports (and the one use that fails) found in public Ignition project code and in issue",
             "#18's list, each run under shim; what the script gets is its last line, one line naming",
             "what is missing (`runtime/scripts/sandbox/gaps.py`; `tests/test_stdlib.py` runs them all",
             "again). Listed in the order they were probed, not ranked by how often code uses them."]
    for heading in GROUPS:
        rows = [(source, result) for source, result in NOT_YET if group_of(result) == heading]
        if rows:
            lines += ["", f"### {heading}", "", "| script | what it gets |", "|---|---|"]
            lines += [f"| `{source.replace('|', '/')}` | {result.replace('|', '/')} |" for source, result in rows]
    return lines
