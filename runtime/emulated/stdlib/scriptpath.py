"""Paths as scripts see them: never the host's absolute paths.

A script runs on someone else's machine: where shim keeps its projects folder (``/home/ops/
plant/projects``, a test's ``/tmp/pytest-of-root/...``) is none of its business, and a path
leaked into a value or an error message tells a would-be attacker where to aim. So every path
shim hands to a script (``java.io.File.getAbsolutePath()``, ``os.getcwd()``, ``os.path.abspath``,
``System.getProperty("user.dir")``, a library module's ``__file__``, the files of
``traceback.format_exc()`` and ``inspect.stack()``, the ``filename`` of an IOError or a
SyntaxError) goes through :func:`shown`:

- inside the gateway's files folder, the folder is the fixed root :data:`FILES_ROOT`
  (``/files/reports/today.csv``), and file functions take such a path back (:func:`host_path`),
  so a script that writes ``File(name).getAbsolutePath()`` or ``os.path.join(os.getcwd(), n)``
  and reads it again works, as on Ignition, whose scripts see the gateway's own paths;
- inside the projects folder, the path from there (``Plant/library/util.py``: the project and
  its file, as the gateway log names them);
- anywhere else, the file's name only.

Ignition's manual (``system.file``) leaves the gateway's folders to the gateway's OS account;
shim's files folder stands in for all of them (``runtime.backends.files``).
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from runtime.core.context import current
from runtime.emulated.stdlib import _host

#: The gateway's files folder as scripts see it: their working folder (``os.getcwd()``).
FILES_ROOT = "/files"


def _roots() -> tuple[tuple[str, str], ...]:
    """(host folder, what a script sees for it) of the running gateway, files folder first
    (it usually lies inside the projects folder)."""
    context = current()
    gateway = context.gateway if context is not None else None
    projects = getattr(getattr(gateway, "projects", None), "root", None)
    if projects is None:
        return ()  # no gateway: no folder of its to hide, host paths shrink to their names
    try:
        files = str(_host.files_root())
    except (OSError, RuntimeError):  # a gateway with no files folder here
        files = ""
    return _folders(files, str(projects))


@functools.lru_cache(maxsize=64)
def _folders(files: str, projects: str) -> tuple[tuple[str, str], ...]:
    """Each folder as given and as resolved (a symlinked projects folder shows either way)."""
    found: list[tuple[str, str]] = []
    for folder, seen in ((files, FILES_ROOT), (projects, "")):
        if folder:
            for text in dict.fromkeys((folder, os.path.realpath(folder))):
                found.append((text.rstrip("/") or "/", seen))
    return tuple(found)


def shown(path: Any, projects: Any = None) -> str:
    """``path`` (a host path, absolute or not) as a script may see it (see the module); with
    ``projects`` (a projects folder), relative to that folder, whichever gateway is running."""
    text = os.fspath(path) if isinstance(path, os.PathLike) else str(path)
    if not text.startswith("/"):
        return text  # relative (the script's own words) or a pseudo name (``<string>``)
    for folder, seen in _roots() if projects is None else _folders("", str(projects)):
        if text == folder:
            return seen or "."
        if text.startswith(folder + "/"):
            rest = text[len(folder) + 1:]
            return f"{seen}/{rest}" if seen else rest
    return text.rpartition("/")[2] or text


def host_path(root: Path, path: str) -> Path:
    """The host path of a path a script gives a file function: one under :data:`FILES_ROOT`
    is inside the files folder ``root``; any other stays as given (the caller checks it)."""
    if path == FILES_ROOT or path.startswith(FILES_ROOT + "/"):
        return root / path[len(FILES_ROOT):].lstrip("/")
    return Path(path)


def scrub_text(text: str) -> str:
    """``text`` (an error message) with the gateway's folders written as scripts see them."""
    if "/" not in text:
        return text
    for folder, seen in _roots():
        if folder in text:
            text = text.replace(folder + "/", f"{seen}/" if seen else "").replace(folder, seen or ".")
    return text


def scrub(exc: BaseException) -> BaseException:
    """``exc`` (about to be handed to a script) with no host path left in its ``filename`` or
    its text arguments; rewritten in place and returned."""
    if isinstance(exc, OSError):
        for name in ("filename", "filename2"):
            value = getattr(exc, name)
            if isinstance(value, (str, os.PathLike)):
                setattr(exc, name, shown(value))
        if exc.errno is not None:
            return exc  # str() is "[Errno 2] strerror: 'filename'": the filename is done
    elif isinstance(exc, SyntaxError):
        if isinstance(exc.filename, str):
            exc.filename = shown(exc.filename)
            args = exc.args  # (msg, (filename, lineno, offset, text ...)): what ``e.args`` shows
            if len(args) == 2 and isinstance(args[1], tuple) and args[1] and isinstance(args[1][0], str):
                exc.args = (args[0], (exc.filename, *args[1][1:]))
        return exc
    args = exc.args
    if any(type(arg) is str and "/" in arg for arg in args):
        scrubbed = tuple(scrub_text(arg) if type(arg) is str else arg for arg in args)
        if scrubbed != args:
            exc.args = scrubbed
    return exc
