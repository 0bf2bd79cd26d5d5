"""Writer of the native projects-folder layout (DESIGN.md, "The projects folder").

Everything is built in a hidden staging folder inside the destination (folders starting with
``.`` are not projects, and a rename within one file system is atomic), then each finished
project folder is renamed into place. An existing project is moved aside only when its
replacement is complete, and moved back if a later rename fails, so a target folder is never
half-written. Script text is written byte for byte (UTF-8, no newline translation).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from runtime.core.errors import ExportError, UserError
from runtime.projects.importers.model import CONTEXTS, Export, ImportReport, ModulePath, Project, ProjectReport

GLOBAL = "_global"
#: Longest file name component written (most file systems stop at 255 bytes).
MAX_NAME = 240


def write_export(export: Export, into: Path, *, force: bool) -> ImportReport:
    """Write every project of ``export`` (and 7.x shared scripts as ``_global``) into ``into``.

    Without ``force`` an existing target folder is an error and nothing is written; with it,
    each target is replaced once its new version is complete.
    """
    targets = [p.name for p in export.projects] + ([GLOBAL] if export.global_library else [])
    for project in export.projects:
        _check_project_name(project.name, export.source.name)
    if len(set(targets)) != len(targets):
        raise ExportError(f"{export.source.name}: two projects share a name")
    try:
        into.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {into}: {exc.strerror}") from None
    if not force:
        existing = [name for name in targets if os.path.lexists(into / name)]
        if existing:
            raise UserError(f"{into / existing[0]} already exists (use --force to replace it)")
    try:
        staging = Path(tempfile.mkdtemp(prefix=".shim-import-", dir=into))
    except OSError as exc:
        raise UserError(f"cannot write into {into}: {exc.strerror}") from None
    try:
        reports = [_write_project(p, staging / p.name, into / p.name) for p in export.projects]
        global_notes: list[str] = []
        global_modules = _write_library(export.global_library, staging / GLOBAL / "library", global_notes)
        _swap_in(staging, into, targets)
    except OSError as exc:
        raise UserError(f"cannot write {exc.filename or into}: {exc.strerror}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    notes = list(export.notes) + [f"{GLOBAL}: {n}" for n in global_notes]
    notes += [f"{p.name}: {n}" for p in export.projects for n in p.notes]
    return ImportReport(export.source, export.kind, reports, global_modules, notes)


def _check_project_name(name: str, source: str) -> None:
    if not _valid(name) or name.startswith(("_", ".")):
        raise ExportError(f"{source}: project name {name!r} cannot be a project folder name")


def _valid(part: str) -> bool:
    """Whether ``part`` can be one file or folder name on any common file system."""
    return (
        part not in ("", ".", "..")
        and not any(c in part for c in "/\\\0")
        and len(part.encode("utf-8", "surrogatepass")) <= MAX_NAME
    )


def _write_project(project: Project, dest: Path, final: Path) -> ProjectReport:
    notes = project.notes
    dest.mkdir()
    _put(dest, ("project.json",), _json(project.meta), notes, "project.json")
    handlers: dict[str, list[str]] = {}
    scripts: list[str] = []
    for context in CONTEXTS:
        handlers[context] = []
        for h in project.handlers[context]:
            what = f"{context} message handler {h.name!r}"
            if _put(dest, (context, "message", f"{h.name}.py"), _text(h.script, project, what), notes, what):
                settings = {"threading": h.threading, "enabled": h.enabled}
                if h.security is not None and context == "gateway":
                    settings["security"] = h.security
                elif h.security is not None:  # the loader takes it on gateway handlers only
                    notes.append(f"{what}: its security settings are not imported (gateway handlers only)")
                _put(dest, (context, "message", f"{h.name}.json"), _json(settings), notes, what)
                handlers[context].append(h.name)
        for s in project.scripts[context]:
            *folders, stem = s.path.split("/")
            what = f"{context} script {s.path!r}"
            if _put(dest, (context, *folders, f"{stem}.py"), _text(s.text, project, what), notes, what):
                if s.settings is not None:
                    _put(dest, (context, *folders, f"{stem}.json"), _json(s.settings), notes, what)
                scripts.append(f"{context}/{s.path}.py")
    library = _write_library(project.library, dest / "library", notes)
    for raw in project.raw:
        parts = tuple(p if _valid(p) else "_" for p in raw.path)
        _put(dest / "_raw", _unique(dest / "_raw", parts), raw.data, notes, "raw resource")
    return ProjectReport(project.name, final, handlers, scripts, library, len(project.raw))


def _write_library(modules: dict[ModulePath, bytes], dest: Path, notes: list[str]) -> list[str]:
    written = []
    for path, source in sorted(modules.items()):
        dotted = ".".join(path)
        if path and _put(dest, (*path[:-1], f"{path[-1]}.py"), source, notes, f"library module {dotted!r}"):
            written.append(dotted)
    return written


def _put(root: Path, parts: tuple[str, ...], data: bytes, notes: list[str], what: str) -> bool:
    """Write one file; a name that cannot be a file, or a clash, is reported and skipped."""
    if not all(_valid(p) for p in parts):
        notes.append(f"{what}: its name cannot be a file name; not imported")
        return False
    target = root.joinpath(*parts)
    if os.path.lexists(target):
        notes.append(f"{what}: {'/'.join(parts)} is already taken; not imported")
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return True


def _unique(root: Path, parts: tuple[str, ...]) -> tuple[str, ...]:
    """``parts``, or ``name-2.ext``, ``name-3.ext``... if two raw resources land on one name."""
    stem, dot, ext = parts[-1].rpartition(".")
    if not dot:
        stem, ext = parts[-1], ""
    n = 1
    candidate = parts
    while os.path.lexists(root.joinpath(*candidate)):
        n += 1
        candidate = (*parts[:-1], f"{stem}-{n}{dot}{ext}")
    return candidate


def _text(text: str, project: Project, what: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise ExportError(f"{project.name}: {what} is not valid Unicode text") from None


def _json(value: object) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _swap_in(staging: Path, into: Path, targets: list[str]) -> None:
    """Rename each staged folder into place, moving an old one aside first; undo on failure.

    Old versions wait beside the staging folder (not in it), so cleaning up staging can never
    delete a project that could not be put back.
    """
    done: list[tuple[Path, Path | None, bool]] = []
    try:
        for name in targets:
            target = into / name
            backup = into / f"{staging.name}-old-{name}" if os.path.lexists(target) else None
            if backup is not None:
                target.rename(backup)
            done.append((target, backup, False))
            (staging / name).rename(target)
            done[-1] = (target, backup, True)
    except OSError:
        _roll_back(done, staging)
        raise
    for _, backup, _ in done:
        if backup is not None:
            shutil.rmtree(backup, ignore_errors=True)


def _roll_back(done: list[tuple[Path, Path | None, bool]], staging: Path) -> None:
    for target, backup, installed in reversed(done):
        try:
            if installed:
                target.rename(staging / target.name)
            if backup is not None:
                backup.rename(target)
        except OSError as exc:
            raise UserError(f"import failed and {target} could not be restored ({exc.strerror}); its previous version is in {backup}") from None
