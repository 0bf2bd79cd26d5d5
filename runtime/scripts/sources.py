"""The original (Jython 2) source of every compiled script, by file name.

Error reports show the user's own lines from here, and frames whose file is not here are
shim's internals, left out of the script's tracebacks.
"""
from __future__ import annotations

#: file name -> original source
SOURCES: dict[str, str] = {}
