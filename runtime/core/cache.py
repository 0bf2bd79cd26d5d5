"""Where shim keeps what it can rebuild: compiled scripts, imported exports.

``$SHIM_CACHE_DIR`` names the folder (``off`` disables caching); by default it is
``$XDG_CACHE_HOME/shim`` (``~/.cache/shim``). Everything kept there is a cache: losing it
costs only time.
"""
from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path | None:
    """The cache folder, or None when caching is off."""
    configured = os.environ.get("SHIM_CACHE_DIR")
    if configured and configured.lower() in ("off", "0", "none"):
        return None
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "shim"
