"""``shlex.split``: a command line split as a POSIX shell would (quotes, backslashes, ``#``
comments with ``comments=True``, ``posix=False`` keeping the quotes), the function Jython 2.7's
``shlex`` gives and the one Ignition scripts use to build ``system.util.execute`` argument lists.
CPython's ``shlex`` splits the same way. ``split(None)`` would read the host's standard input
(Python 2 and 3 both do), so it is a TypeError here; the ``shlex`` class, whose ``source``
directive opens host files, is not offered.
"""
from __future__ import annotations

import shlex as _shlex
from typing import Any


def split(s: Any, comments: Any = False, posix: Any = True) -> list:
    """``shlex.split('a "b c"')`` -> ``['a', 'b c']``; ``ValueError: No closing quotation``."""
    if not isinstance(s, str):
        raise TypeError("shlex.split() takes a string, not %s" % type(s).__name__)
    return _shlex.split(s, comments=bool(comments), posix=bool(posix))
