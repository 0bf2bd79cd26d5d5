"""Where a gateway's own configuration lives: ``<projects>/_gateway/`` beside the projects.

An Ignition gateway holds things no project owns: its tag providers, database connections,
users, its host identity. shim reads them from one folder next to the projects (folders starting
with ``_`` are never projects):

```
projects/_gateway/gateway.json   {"hostName": "...", "ipAddress": "...", "files": "files"}  (all optional)
projects/_gateway/tags.json      tag providers (an 8.x tag export, or path -> value); tags.csv too
projects/_gateway/db.json        {"datasources": {"Plant": {"url": "sqlite:///plant.db"}}, "default": "Plant"}
projects/_gateway/users.json     {"users": {"bob": {"password": "...", "roles": ["Operator"]}}}
projects/_gateway/files/         the only folder system.file may read and write
```

Every file is optional; a malformed one is a ``ProjectError`` naming it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from runtime.core.errors import ProjectError

#: A ``runtime.gateway.Gateway`` (not imported: the gateway's event scripts use tags, so this
#: layer must not point back up at it, not even for annotations).
Gateway = Any

#: The folder name, beside the projects.
FOLDER = "_gateway"


def gateway_dir(gateway: Gateway) -> Path:
    """The gateway's configuration folder (it may not exist)."""
    return Path(gateway.projects.root) / FOLDER


def read_json(path: Path, default: Any = None) -> Any:
    """A JSON config file, or ``default`` when it does not exist."""
    if not path.is_file():
        return default
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ProjectError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror}") from None


def read_object(gateway: Gateway, name: str) -> dict:
    """``_gateway/<name>`` as a JSON object (``{}`` when absent)."""
    path = gateway_dir(gateway) / name
    data = read_json(path, {})
    if not isinstance(data, dict):
        raise ProjectError(f"{path}: expected a JSON object")
    return data


def allow_list(gateway: "Gateway", name: str) -> tuple[dict, frozenset[str], str]:
    """``gateway.json``'s ``name`` section (``"http"``, ``"smtp"``), its ``"allow"`` entries
    ("host" or "host:port", lowercased) and the file's path for messages."""
    source = str(gateway_dir(gateway) / "gateway.json")
    section = read_object(gateway, "gateway.json").get(name, {})
    allow = section.get("allow", []) if isinstance(section, dict) else None
    if not isinstance(allow, list) or not all(isinstance(entry, str) and entry for entry in allow):
        raise ProjectError(f"{source}: \"{name}\" must be an object with \"allow\": [\"host\" or "
                           "\"host:port\", ...]")
    return section, frozenset(entry.lower() for entry in allow), source
