"""The one folder ``system.file`` may touch: ``<projects>/_gateway/files/`` by default.

Ignition scripts read and write any path the gateway's (or client's) OS account can reach. shim
runs untrusted legacy code, so files live in one sandbox folder (``"files"`` in
``_gateway/gateway.json``, relative to ``_gateway`` or absolute): a relative path is taken inside
it, an absolute path must point inside it, and anything else (``/etc/passwd``, ``C:\\reports``,
a ``..`` or a symlink leading out) is refused with an error naming the path.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.emulated.stdlib import _host
from runtime.emulated.stdlib.scriptpath import host_path
from runtime.scripts.sandbox.errors import SandboxError

_WINDOWS = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")


class FileRefused(SandboxError, OSError):
    """A path outside the file sandbox (still an IOError, as a failed file call is in Jython)."""


def files_root(gateway: Any) -> Path:
    """The gateway's file sandbox folder (it may not exist yet)."""
    return gateway.service("files", load_root)


def load_root(gateway: Any) -> Path:
    """gateway.json's ``"files"`` folder, read now (``files_root`` reads it once)."""
    folder = gateway_dir(gateway)
    configured = read_object(gateway, "gateway.json").get("files", "files")
    path = Path(str(configured))
    return (path if path.is_absolute() else folder / path).resolve()


def resolve(root: Path, function: str, filepath: object) -> Path:
    """``filepath`` inside ``root``, or FileRefused naming it."""
    if not isinstance(filepath, str) or not filepath:
        raise TypeError(f"{function}(): filepath must be a non-empty string")
    if _WINDOWS.match(filepath):
        raise FileRefused(f"{function}(): '{filepath}' is outside shim's file sandbox (the gateway's files folder): "
                          "Windows paths are not available here")
    candidate = host_path(root, filepath)  # a script's /files/... is the files folder
    candidate = candidate if candidate.is_absolute() else root / candidate
    real = Path(os.path.realpath(candidate))
    if real != root and root not in real.parents:
        raise FileRefused(f"{function}(): '{filepath}' is outside shim's file sandbox (the gateway's files folder)")
    return real


# os.path, os.listdir and the XML parsers of the emulated stdlib work in the same folder
_host.install(files_root=files_root, resolve=resolve)
