"""Reading a projects folder's files: text as Ignition's editors saved it, JSON settings, names."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from runtime.core.errors import ProjectError

#: A name Ignition accepts for a message handler or resource: letters, digits, ``_``, ``-``,
#: spaces and dots, starting with a letter, digit or underscore.
HANDLER_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_\- .]*$")


def has_code(source: str) -> bool:
    """Whether a script holds anything but blank lines and comments."""
    return any(line.strip() and not line.strip().startswith("#") for line in source.splitlines())


def read_text(file: Path) -> str:
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ProjectError(f"cannot read {file}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # Jython 2 scripts predate UTF-8 everywhere


def read_json(file: Path) -> Any:
    try:
        return json.loads(read_text(file))
    except json.JSONDecodeError as exc:
        raise ProjectError(f"{file}: invalid JSON at line {exc.lineno}: {exc.msg}") from None


def read_settings(file: Path) -> dict[str, Any]:
    """A script's ``.json`` settings (``{}`` when absent); must be a JSON object."""
    if not file.exists():
        return {}
    value = read_json(file)
    if not isinstance(value, dict):
        raise ProjectError(f"{file}: expected a JSON object")
    return value
