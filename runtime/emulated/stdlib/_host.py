"""What the emulated standard library asks of the layers above it, through hooks they install.

The emulations sit low in the tree (``runtime.emulated``) but three things they need live higher:
the gateway's files folder (``runtime.backends.files``), a script's own frames and source lines
(``runtime.scripts.tracebacks``), and the Vision client's dialogs (``runtime.backends.ui``). Those
layers install a function here when they are imported; until then a call is refused with one
line, never a crash.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from runtime.core.context import current

#: name -> function, filled by the layers above (see ``install``)
_HOOKS: dict[str, Callable[..., Any]] = {}


class HostRefused(OSError):
    """A file call that cannot be served here (no gateway, or a path outside its files folder)."""


def install(**hooks: Callable[..., Any]) -> None:
    """Install hooks: ``files_root(gateway) -> Path``, ``resolve(root, function, path) -> Path``,
    ``claim(gateway, function, name, growth)``, ``script_frames(tb)``, ``exception_line(exc)``,
    ``screen(session)``, ``io_error(errno, strerror, filename)`` (Python 2's ``IOError``, from
    the scripts layer)."""
    _HOOKS.update(hooks)


def hook(name: str) -> Callable[..., Any]:
    found = _HOOKS.get(name)
    if found is None:
        raise HostRefused(f"{name} is not available here (shim's runtime is not loaded)")
    return found


def files_root() -> Path:
    """The running gateway's files folder (``_gateway/files`` by default)."""
    gateway = current().gateway
    if gateway is None:
        raise HostRefused("no files folder: the script is not running in a gateway")
    return hook("files_root")(gateway)


def resolve(function: str, path: Any) -> Path:
    """``path`` inside the files folder (relative paths are taken from it), or an IOError naming it."""
    root = files_root()
    return hook("resolve")(root, function, path)


def claim(function: str, name: Any, growth: int) -> None:
    """Room for ``growth`` more bytes in the files folder (gateway.json ``filesQuota``), asked
    before a write touches the file; an IOError naming the quota when there is none."""
    gateway = current().gateway
    if gateway is None:
        raise HostRefused("no files folder: the script is not running in a gateway")
    hook("claim")(gateway, function, name, growth)


def growth(path: Path, size: int, append: bool) -> int:
    """The bytes writing ``size`` bytes to ``path`` adds to the folder (replacing it, or appending)."""
    if append:
        return size
    try:
        return size - path.stat().st_size
    except OSError:  # a new file
        return size
