"""``os`` for scripts: Jython's constants, ``getcwd`` (the gateway's files folder), ``listdir``
and ``walk`` inside that folder, and ``os.path``. Processes, the environment, users, and every
other file call are refused by the proxy ("os.system is not available in the sandbox").
"""
from __future__ import annotations

import os as _os
from typing import Any, Iterator

from runtime.emulated.stdlib import ospath as _ospath
from runtime.emulated.stdlib._host import files_root as _files_root, resolve as _resolve
from runtime.emulated.stdlib.scriptpath import FILES_ROOT

name = "java"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = ":/bin:/usr/bin"
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
error = OSError


def getcwd() -> str:
    """The gateway's files folder, as scripts see it (``/files``): relative paths of ``open``
    and ``os.path`` start there."""
    _files_root()  # none outside a gateway
    return FILES_ROOT


getcwdu = getcwd


def listdir(path: str) -> list[str]:
    """Names in a folder of the files folder (Jython: unsorted; here sorted, as the JVM on Linux
    usually answers)."""
    return sorted(_os.listdir(_resolve("listdir", path)))


def walk(top: str, topdown: bool = True, onerror: Any = None, followlinks: bool = False) -> Iterator:
    root = _resolve("walk", top)
    base = str(root)
    shown = top.rstrip("/") or top
    for folder, dirs, files in _os.walk(root, topdown=topdown):
        dirs.sort()
        files.sort()
        yield shown + folder[len(base):], dirs, files


def access(path: str, mode: int) -> bool:
    try:
        return _os.access(_resolve("access", path), mode)
    except OSError:
        return False


path = _ospath
