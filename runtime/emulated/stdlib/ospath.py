"""``os.path`` (Jython's ``posixpath``): the pure path functions as they are, and the ones that
ask the filesystem (``exists``, ``isfile``, ``isdir``, ``getsize``, ``getmtime``) answered inside
the gateway's files folder only; a path outside it does not exist, as far as a script can tell.
``abspath`` and ``realpath`` resolve from that folder (``os.getcwd()``, shown as ``/files``).
"""
from __future__ import annotations

import os as _os
import posixpath as _pp

from runtime.emulated.stdlib._host import HostRefused as _Refused, files_root as _files_root, \
    resolve as _resolve
from runtime.emulated.stdlib.scriptpath import FILES_ROOT, shown

basename = _pp.basename
dirname = _pp.dirname
join = _pp.join
split = _pp.split
splitext = _pp.splitext
splitdrive = _pp.splitdrive
normpath = _pp.normpath
normcase = _pp.normcase
isabs = _pp.isabs
commonprefix = _pp.commonprefix
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = ":/bin:/usr/bin"
supports_unicode_filenames = False


def abspath(path: str) -> str:
    _files_root()  # none outside a gateway
    return _pp.normpath(_pp.join(FILES_ROOT, path))


def realpath(path: str) -> str:
    return shown(_resolve("realpath", path))


def relpath(path: str, start: str = curdir) -> str:
    return _pp.relpath(abspath(path), abspath(start))


def _inside(function: str, path: str):
    try:
        return _resolve(function, path)
    except (_Refused, OSError, TypeError):
        return None


def exists(path: str) -> bool:
    found = _inside("exists", path)
    return found is not None and found.exists()


lexists = exists


def isfile(path: str) -> bool:
    found = _inside("isfile", path)
    return found is not None and found.is_file()


def isdir(path: str) -> bool:
    found = _inside("isdir", path)
    return found is not None and found.is_dir()


def islink(path: str) -> bool:
    return False


def ismount(path: str) -> bool:
    return False


def getsize(path: str) -> int:
    return _os.path.getsize(_resolve("getsize", path))


def getmtime(path: str) -> float:
    return _os.path.getmtime(_resolve("getmtime", path))


def getatime(path: str) -> float:
    return _os.path.getatime(_resolve("getatime", path))


def getctime(path: str) -> float:
    return _os.path.getctime(_resolve("getctime", path))


def expanduser(path: str) -> str:
    """``~`` stays as it is: scripts have no home folder here."""
    return path
