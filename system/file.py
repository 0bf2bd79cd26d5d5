"""``system.file``: reading and writing files (Ignition 7.9 / 8.1 manual signatures), inside the
gateway's file sandbox folder only (``runtime.backends.files``; ``<projects>/_gateway/files/`` by default).

``openFile``/``openFiles``/``saveFile`` are a Vision client's file choosers: recorded on the
session's screen, answered from its queue (Cancel, None, by default); they do not exist in the
Gateway or Perspective, as in Ignition.
"""
from __future__ import annotations

import codecs
import os
import secrets
from pathlib import Path
from typing import Any

from runtime.core.context import current
from runtime.backends.files import files_root, resolve
from runtime.backends.filesquota import write_file
from runtime.backends.scopes import require_client
from runtime.backends.ui import ui

__all__ = [
    "fileExists", "getTempFile", "openFile", "openFiles", "readFileAsBytes", "readFileAsString",
    "saveFile", "writeFile",
]



def fileExists(filepath) -> bool:
    """True if the file or folder exists (manual, ``system.file.fileExists``)."""
    return _path("fileExists", filepath).exists()


def readFileAsString(filepath, encoding="UTF-8") -> str:
    """The whole file as a string (manual, ``system.file.readFileAsString``): a Java String,
    so a unicode to the script, as every ``system`` result (``sandbox.namespace``)."""
    path = _existing("readFileAsString", filepath)
    try:
        return path.read_bytes().decode(_codec("readFileAsString", encoding))
    except UnicodeDecodeError as exc:
        raise IOError(f"readFileAsString(): {filepath} is not {encoding} text ({exc.reason})") from None


def readFileAsBytes(filepath) -> bytes:
    """The whole file as bytes (manual, ``system.file.readFileAsBytes``)."""
    return _existing("readFileAsBytes", filepath).read_bytes()


def writeFile(filepath, data, append=False, encoding="UTF-8") -> None:
    """Write text or bytes to a file, replacing it or appending (manual, ``writeFile``)."""
    path = _path("writeFile", filepath, create=True)
    if isinstance(data, str):
        payload = data.encode(_codec("writeFile", encoding))
    elif isinstance(data, (bytes, bytearray)):
        payload = bytes(data)
    elif isinstance(data, (list, tuple)) and all(isinstance(b, int) for b in data):
        payload = bytes(b & 0xFF for b in data)  # a Java byte[] (signed bytes)
    else:
        raise TypeError(f"writeFile(): data must be a string or bytes, not {type(data).__name__}")
    if not path.parent.is_dir():
        raise IOError(f"java.io.FileNotFoundException: {filepath} (No such file or directory)")
    write_file(current().gateway, "writeFile", path, filepath, payload, append)  # within filesQuota


def getTempFile(extension) -> str:
    """Create an empty temporary file with ``extension`` and return its path (manual,
    ``system.file.getTempFile``); it is made in the sandbox's ``tmp`` folder."""
    if not isinstance(extension, str):
        raise TypeError("getTempFile(): extension must be a string")
    folder = _root(create=True) / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    suffix = extension if extension.startswith(".") or not extension else "." + extension
    while True:  # named at random, not by process id; the path is relative to the files folder
        path = folder / f"shim-{secrets.token_hex(6)}{suffix}"
        try:
            path.touch(exist_ok=False)
            return f"tmp/{path.name}"
        except FileExistsError:
            continue


def openFile(extension=None, defaultLocation=None):
    """A Vision client's "Open File" chooser: the chosen path, or None (manual, ``openFile``)."""
    ctx = require_client("file", "openFile")
    return ui(ctx.session).ask(ctx, "openFile", (extension, defaultLocation), None)


def openFiles(extension=None, defaultLocation=None):
    """A Vision client's multi-file chooser: the chosen paths, or None (manual, ``openFiles``)."""
    ctx = require_client("file", "openFiles")
    return ui(ctx.session).ask(ctx, "openFiles", (extension, defaultLocation), None)


def saveFile(filename, extension=None, typeDesc=None):
    """A Vision client's "Save" chooser: the chosen path, or None (manual, ``saveFile``)."""
    ctx = require_client("file", "saveFile")
    for name, value in (("filename", filename), ("extension", extension), ("typeDesc", typeDesc)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"saveFile(): {name} must be a string, not {type(value).__name__}")
    return ui(ctx.session).ask(ctx, "saveFile", (filename, extension, typeDesc), None)


def _root(create: bool = False) -> Path:
    root = files_root(current().gateway)
    if create:
        root.mkdir(parents=True, exist_ok=True)
    return root


def _path(function: str, filepath: Any, create: bool = False) -> Path:
    return resolve(_root(create), function, filepath)


def _existing(function: str, filepath: Any) -> Path:
    path = _path(function, filepath)
    if not path.is_file():
        raise IOError(f"java.io.FileNotFoundException: {filepath} (No such file or directory)")
    return path


def _codec(function: str, encoding: Any) -> str:
    try:
        return codecs.lookup(str(encoding)).name
    except LookupError:
        raise IOError(f"{function}(): java.nio.charset.UnsupportedCharsetException: {encoding}") from None
