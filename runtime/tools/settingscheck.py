"""``shim check``'s look at settings files: project.json, each handler's NAME.json, and the
gateway's ``_gateway/gateway.json``, ``users.json``, ``tags.json`` (and tags.csv), ``db.json``.

Each is read by the very loader the gateway uses (so check and run can never disagree), in a
throwaway gateway; a refusal becomes one problem naming the file and, for bad JSON, the line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from runtime.core.errors import ProjectError
from runtime.projects.loader import ProjectSet, load_project

_AT_LINE = re.compile(r"\bat line (\d+)\b")


@dataclass(frozen=True)
class SettingsProblem:
    """One refused settings file."""

    file: str
    line: int | None
    message: str


def settings_problems(root: Path) -> list[SettingsProblem]:
    """Every settings problem under the projects folder ``root``, in file order."""
    found: list[SettingsProblem] = []
    projects = {}
    for entry in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        try:
            project = load_project(entry)
        except ProjectError as exc:
            found.append(_problem(str(exc)))
            continue
        projects[project.name] = project
        found.extend(_problem(problem) for problem in project.problems)
    found.extend(_gateway_problems(ProjectSet(root, projects, {})))
    return found


def _gateway_problems(projects: ProjectSet) -> list[SettingsProblem]:
    folder = projects.root / "_gateway"
    if not any(folder.glob("*.json")) and not any(folder.glob("*.csv")):
        return []  # no gateway settings files: nothing to read (and the backends stay unimported)
    from runtime.backends.alarms import rosters
    from runtime.backends.db import databases
    from runtime.backends.environ import environ
    from runtime.backends.files import files_root
    from runtime.backends.identity import identity
    from runtime.backends.tagseed import tag_system
    from runtime.gateway import Gateway

    try:  # reads gateway.json's isolation and limits, runs no script
        gateway = Gateway(projects, synchronous=True, start=False)
    except ProjectError as exc:
        return [_problem(str(exc))]
    found = []
    try:
        for load in (identity, rosters, files_root, tag_system, databases, environ):
            try:
                load(gateway)
            except ProjectError as exc:
                found.append(_problem(str(exc)))
    finally:
        gateway.close(wait=False)
    return found


def _problem(text: str) -> SettingsProblem:
    """``"<file>: <message>"`` (how every loader names the file) split into its parts."""
    file, sep, message = text.partition(": ")
    if text.startswith("cannot read "):
        file, message = text[len("cannot read "):].rpartition(": ")[0], text
    elif not sep:
        file, message = "", text
    line = _AT_LINE.search(message)
    return SettingsProblem(file, int(line.group(1)) if line else None, message)
