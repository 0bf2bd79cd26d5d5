"""``shim import EXPORT --into DIR [--force]``: a 7.9 ``.proj`` or an 8.x project zip/folder (or
a ``data/projects`` folder) into the native projects-folder layout, with a short summary.

Bad input (garbled export, existing target without ``--force``) is one line on stderr and exit
status 2, never a traceback (``runtime.tools.commands._common.handle_user_errors``).
"""
from __future__ import annotations

from pathlib import Path

import click

from runtime.tools.commands._common import handle_user_errors
from runtime.projects.importers import ImportReport, import_export
from runtime.projects.importers.model import CONTEXTS

KIND_LABELS = {
    "proj79": "7.9 .proj",
    "ign8-zip": "8.x project zip",
    "ign8-folder": "8.x project folder",
    "ign8-projects": "8.x projects folder",
}


@click.command("import")
@click.argument("export", type=click.Path(path_type=Path))
@click.option("--into", required=True, type=click.Path(path_type=Path), help="The projects folder to write into.")
@click.option("--force", is_flag=True, help="Replace projects that already exist in DIR.")
@handle_user_errors
def import_cmd(export: Path, into: Path, force: bool) -> None:
    """Import an Ignition export (7.9 .proj, 8.x zip or folder) into DIR/<project>/."""
    click.echo("\n".join(summary(import_export(export, into, force=force))))


def _names(names: list[str]) -> str:
    return f"({len(names)}): {', '.join(names)}"


def summary(report: ImportReport) -> list[str]:
    """The lines ``shim import`` prints: projects, handlers per context, library, notes."""
    lines = [f"imported {report.source.name} ({KIND_LABELS[report.kind]})"]
    for project in report.projects:
        lines.append(f"{project.name} -> {project.path}")
        for context in CONTEXTS:
            if project.handlers[context]:
                lines.append(f"  {context} message handlers {_names(project.handlers[context])}")
        if project.library:
            lines.append(f"  library modules {_names(project.library)}")
        if project.scripts:
            lines.append(f"  other scripts {_names(project.scripts)}")
        if project.raw:
            lines.append(f"  raw resources kept under _raw/: {project.raw}")
    if report.global_library:
        lines.append(f"_global library modules {_names(report.global_library)}")
    if report.notes:
        lines.append("notes:")
        lines.extend(f"  {note}" for note in report.notes)
    return lines
