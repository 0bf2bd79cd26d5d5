"""Where shim keeps what it can rebuild: compiled scripts, imported exports.

``$SHIM_CACHE_DIR`` names the folder (``off`` disables caching); by default it is
``$XDG_CACHE_HOME/shim`` (``~/.cache/shim``). Everything kept there is a cache: losing it
costs only time.
"""
from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path


def cache_root() -> Path | None:
    """The cache folder, or None when caching is off."""
    configured = os.environ.get("SHIM_CACHE_DIR")
    if configured and configured.lower() in ("off", "0", "none"):
        return None
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "shim"


def signing_key() -> bytes | None:
    """The per-installation key that signs cached compilations (HMAC-SHA256), kept outside the
    cache folder (``$SHIM_KEY_FILE``, default ``$XDG_CONFIG_HOME/shim/cache.key``, mode 0600) so
    whoever can write the cache cannot forge an entry; None when it can be neither read nor made
    (then nothing is read from the disk cache)."""
    path = Path(os.environ.get("SHIM_KEY_FILE") or
                Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "shim" / "cache.key")
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
        os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)  # first writer wins: concurrent processes agree on one key
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
        key = path.read_bytes()
        return key if len(key) >= 32 else None
    except OSError:
        return None
