"""Named queries: ``<project>/namedqueries/<path>.sql``, run by ``system.db.runNamedQuery``.

A named query is SQL with ``:name`` parameters, bound (never substituted) from the dictionary the
script passes. An optional ``<path>.json`` beside it sets what Ignition's named query editor sets:
``{"type": "Query"|"UpdateQuery"|"ScalarQuery", "database": "Plant"}``; without it the type is
``Query`` for statements that start with SELECT/WITH/VALUES, else ``UpdateQuery``, and the
database is the gateway's default. A project inherits its parent project's named queries.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from runtime.emulated.java.lang import Exception as JavaException
from runtime.backends.sqlparams import named_to_qmark

if TYPE_CHECKING:  # pragma: no cover
    from runtime.projects.loader import ProjectSet

TYPES = ("Query", "UpdateQuery", "ScalarQuery")
_SEGMENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_\- .]*$")
_QUERY_START = re.compile(r"^\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*(select|with|values)\b", re.I | re.S)


@dataclass(frozen=True)
class NamedQuery:
    """A named query as stored: its ``?`` SQL, parameter names in order, type and database."""

    path: str
    sql: str
    names: tuple[str, ...]
    type: str
    database: str | None

    def arguments(self, parameters: dict) -> list:
        """The values for the ``?`` placeholders, in order, from the script's parameters."""
        missing = [n for n in dict.fromkeys(self.names) if n not in parameters]
        if missing:
            raise JavaException(f"Named query '{self.path}': no value given for parameter(s) "
                                f"{', '.join(missing)}")
        return [parameters[name] for name in self.names]


def find(projects: "ProjectSet", project: str, path: str) -> NamedQuery:
    """The named query ``path`` of ``project`` (or of a project it inherits from)."""
    parts = [p for p in path.replace("\\", "/").split("/") if p]
    if not parts or not all(_SEGMENT.match(p) for p in parts):
        raise JavaException(f"Named query path '{path}' is not valid")
    seen: set[str] = set()
    current = projects.get(project)
    if current is None:
        raise JavaException(f"Project '{project}' not found")
    while current is not None and current.name not in seen:
        seen.add(current.name)
        file = current.path.joinpath("namedqueries", *parts).with_suffix(".sql")
        if file.is_file():
            return _load(file, "/".join(parts))
        current = projects.get(current.parent) if current.parent else None
    raise JavaException(f"Named query '{'/'.join(parts)}' not found in project '{project}'")


def _load(file: Path, path: str) -> NamedQuery:
    try:
        text = file.read_text(encoding="utf-8-sig")
        options_file = file.with_suffix(".json")
        options = json.loads(options_file.read_text(encoding="utf-8")) if options_file.is_file() else {}
    except (OSError, json.JSONDecodeError) as exc:
        raise JavaException(f"Named query '{path}' cannot be read: {exc}") from None
    if not isinstance(options, dict):
        raise JavaException(f"Named query '{path}': {file.with_suffix('.json').name} must be a JSON object")
    kind = options.get("type") or ("Query" if _QUERY_START.match(text) else "UpdateQuery")
    if kind not in TYPES:
        raise JavaException(f"Named query '{path}': type must be one of {', '.join(TYPES)}")
    sql, names = named_to_qmark(text.strip().rstrip(";"))
    return NamedQuery(path, sql, tuple(names), kind, options.get("database") or None)
