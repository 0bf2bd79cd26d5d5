"""``sys`` as a script sees it under Jython 2.7 in Ignition: facts about the interpreter, the
script's own output streams and the exception being handled; nothing that reaches the host.

``_getframe`` and ``exc_info`` give read-only facades of the script's own frames
(``runtime.emulated.stdlib._frames``). ``sys.modules``, ``sys.exit``, ``sys.stdin``,
``setrecursionlimit``, ``settrace`` ... are refused
by the proxy ("sys.modules is not available in the sandbox"). ``path`` is a copy: changing it
changes nothing. ``platform`` is the Java of Ignition 7.9/8.1 gateways (``java1.8.0_...``).
"""
from __future__ import annotations

import sys as _sys
from collections import namedtuple as _namedtuple
from typing import Any

from runtime.core.context import write_output
from runtime.emulated.stdlib import _frames
from runtime.emulated.stdlib._readonly import ReadOnlyList

version = "2.7.3 (tags/v2.7.3:5f29801fe, Sep 10 2022, 18:52:49) \n[OpenJDK 64-Bit Server VM (Azul Systems, Inc.)]"
platform = "java1.8.0_181"
maxint = 2147483647
minint = -2147483648
maxsize = 2147483647
maxunicode = 1114111
byteorder = "big"
hexversion = 0x20703F0
argv = [""]
copyright = "Copyright (c) Jython Developers"
subversion = ("Jython", "", "")
builtin_module_names = (
    "struct", "jarray", "_marshal", "binascii", "_sre", "sys", "cmath", "itertools", "operator",
    "array", "zipimport", "_codecs", "_hashlib", "bz2", "gc", "posix", "cPickle", "_random", "errno",
    "__builtin__", "_csv", "_json", "_weakref", "thread", "exceptions", "_ast", "cStringIO", "_jyio",
    "_collections", "_functools", "_threading", "math", "time", "_locale")
float_info = _sys.float_info
dont_write_bytecode = True
py3kwarning = False


class _VersionInfo(_namedtuple("version_info", "major minor micro releaselevel serial")):
    __slots__ = ()

    def __repr__(self) -> str:
        return "sys.version_info(major=%d, minor=%d, micro=%d, releaselevel=%r, serial=%d)" % self


version_info = _VersionInfo(2, 7, 3, "final", 0)


#: ``sys.path``: the folders Jython would search, read-only (scripts import through shim)
path = ReadOnlyList(["__pyclasspath__/", "/usr/local/bin/ignition/user-lib/pylib"])


def getdefaultencoding() -> str:
    return "ascii"


def getfilesystemencoding() -> str:
    return "utf-8"


def getrecursionlimit() -> int:
    return 1000


def getcheckinterval() -> int:
    return 100


class _Stream:
    """``sys.stdout``/``sys.stderr``: writes go into the running script's output (the console,
    the handler's log lines), as Ignition's gateway captures a script's prints."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "name", name)

    def write(self, text: Any) -> None:
        write_output(text if isinstance(text, str) else str(text))

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def __setattr__(self, name: str, value: Any) -> None:
        if name != "softspace":
            raise AttributeError("sys.%s is read-only" % self.name)

    def __repr__(self) -> str:
        return "<open file '<%s>', mode 'w'>" % self.name


stdout = _Stream("stdout")
stderr = _Stream("stderr")
__stdout__ = stdout
__stderr__ = stderr


#: ``sys.exc_info()``: ``(type, value, traceback)`` of the exception being handled, the traceback
#: a facade over the script's own frames; ``sys._getframe(depth)``: a script frame's facade
#: (``f_code.co_name``, ``f_lineno``, ``f_back``), as logging helpers use them.
exc_info = _frames.exc_info
_getframe = _frames.getframe


def exc_clear() -> None:
    """Python 2's ``sys.exc_clear()``: nothing to clear in CPython 3 once the handler ends."""
