"""``os`` for scripts: Jython's constants, ``getcwd`` (the gateway's files folder), ``listdir``
and ``walk`` inside that folder, ``os.path``, and ``environ``/``getenv`` with the variables
gateway.json declares (``runtime.backends.environ``; never the host's). Processes, users,
``putenv`` and every other file call are refused by the proxy ("os.system is not available in
the sandbox").
"""
from __future__ import annotations

import os as _os
from typing import Any, Iterator, Mapping

from runtime.emulated.stdlib import ospath as _ospath
from runtime.core.context import current as _current
from runtime.emulated.stdlib._host import files_root as _files_root, hook as _hook, resolve as _resolve
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


def _variables() -> Mapping[str, str]:
    """The running gateway's declared variables (none outside a gateway)."""
    gateway = _current().gateway
    return {} if gateway is None else _hook("environ")(gateway)


class _Environ:
    """``os.environ``: Jython's dictionary of environment variables, read-only here and filled
    from gateway.json ``"environ"`` (the running gateway's, on every read)."""

    __slots__ = ()

    def __getitem__(self, key: Any) -> str:
        return _variables()[key]

    def get(self, key: Any, default: Any = None) -> Any:
        return _variables().get(key, default)

    def has_key(self, key: Any) -> bool:
        return key in _variables()

    __contains__ = has_key

    def __iter__(self) -> Iterator[str]:
        return iter(list(_variables()))

    def __len__(self) -> int:
        return len(_variables())

    def keys(self) -> list[str]:
        return list(_variables())

    def values(self) -> list[str]:
        return list(_variables().values())

    def items(self) -> list[tuple[str, str]]:
        return list(_variables().items())

    def copy(self) -> dict:
        return dict(_variables())

    def _refuse(self, *args: Any) -> None:
        raise TypeError("os.environ is read-only in shim: a gateway's variables are declared in "
                        "gateway.json \"environ\"")

    __setitem__ = __delitem__ = setdefault = update = pop = popitem = clear = _refuse

    def __eq__(self, other: Any) -> bool:
        return dict(_variables()) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(dict(_variables()))


environ = _Environ()


def getenv(key: Any, default: Any = None) -> Any:
    """``os.getenv('SITE_CODE', 'north')``: a declared variable, or ``default``."""
    return _variables().get(key, default)
