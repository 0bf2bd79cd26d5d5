"""Importers of real Ignition exports into the native projects-folder layout.

``detect`` tells which kind of export a path is; ``import_export`` reads it (7.x ``.proj``:
:mod:`.proj79`; 8.x zip, project folder or ``data/projects`` folder: :mod:`.ign8`) and writes
the native layout (:mod:`.native`). Bad input raises :class:`runtime.core.errors.ExportError` with one
line naming the file, resource and byte offset; destination problems raise ``UserError``.
"""
from __future__ import annotations

from pathlib import Path

from runtime.core.errors import ExportError
from runtime.projects.importers import ign8, native, proj79
from runtime.projects.importers.model import Export, ImportReport, ProjectReport

__all__ = ["ImportReport", "ProjectReport", "detect", "import_export", "read_export"]

KINDS = ("proj79", "ign8-folder", "ign8-zip", "ign8-projects")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def detect(path: Path) -> str | None:
    """The kind of export at ``path`` (one of :data:`KINDS`), or None if it is none of them.

    A file is a zip by its magic and a ``.proj`` by its suffix or an XML ``<project>`` start; a
    folder with ``project.json`` is one 8.x project, a folder whose subfolders hold
    ``project.json`` is a ``data/projects`` folder.
    """
    try:
        if path.is_dir():
            if (path / ign8.PROJECT_JSON).is_file():
                return "ign8-folder"
            if any((child / ign8.PROJECT_JSON).is_file() for child in path.iterdir()):
                return "ign8-projects"
            return None
        if path.is_file():
            with path.open("rb") as stream:
                head = stream.read(1024)
            if head.startswith(_ZIP_MAGIC):
                return "ign8-zip"
            if path.suffix.lower() == ".proj" or (head.lstrip().startswith(b"<?xml") and b"<project>" in head):
                return "proj79"
    except OSError:
        return None
    return None


def read_export(src: Path) -> Export:
    """Read an export into the neutral model without writing anything."""
    if not src.exists():
        raise ExportError(f"{src}: no such file or folder")
    kind = detect(src)
    if kind is None:
        raise ExportError(
            f"{src.name}: not an Ignition export (expected a 7.9 .proj, an 8.x project zip or folder, "
            "or a data/projects folder)"
        )
    if kind == "proj79":
        return proj79.read_proj(src)
    if kind == "ign8-zip":
        return ign8.read_zip(src)
    return ign8.read_folder(src, kind)


def import_export(src: Path, into: Path, *, force: bool = False) -> ImportReport:
    """Import the export at ``src`` into the projects folder ``into``; see the module docstring."""
    return native.write_export(read_export(Path(src)), Path(into), force=force)
