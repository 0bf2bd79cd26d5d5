"""Reader of Ignition 8.x projects: exported zips, project folders and ``data/projects``.

An 8.x project is a folder with ``project.json`` (``title``, ``description``, ``parent``,
``enabled``, ``inheritable``) and resources at ``<module>/<type>/<path>/``, each a folder with
``resource.json`` (``scope``, ``files``, ``attributes``) and its files. Resources read:

- ``ignition/event-scripts/data.bin``: gateway script configuration (gzip of binary XML);
- ``com.inductiveautomation.vision/client-event-scripts/data.bin``: Vision client configuration;
- ``com.inductiveautomation.perspective/session-scripts/data.bin``: JSON, whose
  ``messageHandlers`` list holds Perspective session handlers (bodies only);
- ``ignition/script-python/<path>/code.py``: the project library (``a/b`` is ``a.b``);
- 8.3 form: ``<module>/message/<name>/handleMessage.py``, thread type and enabled flag in
  ``resource.json`` ``attributes``.

Everything else is kept under ``_raw/`` and reported. Inheritance (``parent``) is recorded in the
native ``project.json``; a ``data/projects`` folder imports every project in it.
"""
from __future__ import annotations

import json
import os
import zipfile
import zlib
from collections import defaultdict
from pathlib import Path, PurePosixPath

from runtime.core.errors import ExportError
from runtime.projects.importers.eventscripts import add_event_scripts
from runtime.projects.importers.model import Export, Handler, Project, RawFile, Script, security_of, threading_of

#: Largest total size of the files of one import, to refuse zip bombs.
MAX_TOTAL = 1024 * 1024 * 1024
PROJECT_JSON = "project.json"
RESOURCE_JSON = "resource.json"
VISION = "com.inductiveautomation.vision"
PERSPECTIVE = "com.inductiveautomation.perspective"
MODULE_CONTEXT = {"ignition": "gateway", VISION: "client", PERSPECTIVE: "perspective"}
EVENT_SCRIPTS = {("ignition", "event-scripts"): "gateway", (VISION, "client-event-scripts"): "client"}
SESSION_SCRIPTS = (PERSPECTIVE, "session-scripts")
LIBRARY = ("ignition", "script-python")
SESSION_EVENT_PATHS = {"onStartup": "startup", "onShutdown": "shutdown"}

#: An export's files by POSIX path relative to its top folder.
Files = dict[str, bytes]


def read_zip(path: Path) -> Export:
    """A project export zip; a ``project.json`` at its top names the project after the zip."""
    return _read_files(_load_zip(path), path, "ign8-zip", path.stem)


def read_folder(path: Path, kind: str) -> Export:
    """A project folder (``ign8-folder``) or a ``data/projects`` folder (``ign8-projects``)."""
    return _read_files(_load_dir(path), path, kind, path.name)


def _load_zip(path: Path) -> Files:
    files: Files = {}
    total = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = _relative(info.filename, path.name)
                if info.is_dir() or name is None:
                    continue
                total += info.file_size
                if total > MAX_TOTAL:
                    raise ExportError(f"{path.name}: more than {MAX_TOTAL} bytes once unpacked")
                files[name] = archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise ExportError(f"{path.name}: not a readable zip archive ({exc})") from None
    except OSError as exc:
        raise ExportError(f"{path.name}: cannot read the archive ({exc})") from None
    return files


def _relative(name: str, source: str) -> str | None:
    """A zip member's path, ``None`` for hidden/metadata entries; unsafe paths are an error."""
    parts = PurePosixPath(name).parts
    if name.startswith("/") or ".." in parts:
        raise ExportError(f"{source}: unsafe path {name!r} in the archive")
    parts = tuple(p for p in parts if p != ".")
    if not parts or any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return None
    return "/".join(parts)


def _load_dir(path: Path) -> Files:
    files: Files = {}
    total = 0
    try:
        for top, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(n for n in names if not n.startswith(".")):
                full = Path(top, name)
                data = full.read_bytes()
                total += len(data)
                if total > MAX_TOTAL:
                    raise ExportError(f"{path.name}: more than {MAX_TOTAL} bytes of files")
                files[full.relative_to(path).as_posix()] = data
    except OSError as exc:
        raise ExportError(f"{path.name}: cannot read {exc.filename}: {exc.strerror}") from None
    return files


def _read_files(files: Files, source: Path, kind: str, top_name: str) -> Export:
    """Split the files into projects (folders holding ``project.json``, the outermost win)."""
    roots = _project_roots(files)
    if "" in roots:
        roots = {""}
    roots = sorted(r for r in roots if not any(r.startswith(o + "/") for o in roots if o != r))
    if not roots:
        raise ExportError(f"{source.name}: no project.json found; not an Ignition 8 project")
    export = Export(source, kind, [])
    taken: set[str] = set()
    for root in roots:
        prefix = f"{root}/" if root else ""
        own = {rel[len(prefix):]: data for rel, data in files.items() if rel.startswith(prefix)}
        taken.update(prefix + rel for rel in own)
        name = root.rsplit("/", 1)[-1] if root else top_name
        export.projects.append(_read_project(name, own, source.name, f"{source.name}: {prefix}"))
    stray = sorted(set(files) - taken)
    if stray:
        export.notes.append(f"ignored {len(stray)} file(s) outside any project: {', '.join(stray[:5])}")
    names = {p.name for p in export.projects}
    for project in export.projects:
        parent = project.meta["parent"]
        if parent and parent not in names:
            project.notes.append(f"parent project {parent!r} is not part of this import")
    return export


def _project_roots(files: Files) -> set[str]:
    return {rel[: -len(PROJECT_JSON)].rstrip("/") for rel in files if rel.rsplit("/", 1)[-1] == PROJECT_JSON}


def _json(data: bytes, where: str) -> object:
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise ExportError(f"{where}: not valid JSON ({exc})") from None


def _meta(data: bytes, name: str, where: str, source: str) -> dict[str, object]:
    pj = _json(data, where)
    if not isinstance(pj, dict):
        raise ExportError(f"{where}: expected a JSON object")

    def text(key: str, default: str) -> str:
        value = pj.get(key)
        return value if isinstance(value, str) and value else default

    meta: dict[str, object] = {
        "title": text("title", name),
        "description": text("description", ""),
        "parent": text("parent", "") or None,
        "enabled": pj.get("enabled") is not False,
        "ignition": "8.1",
        "source": source,
    }
    if isinstance(pj.get("inheritable"), bool):
        meta["inheritable"] = pj["inheritable"]
    return meta


def _read_project(name: str, files: Files, source: str, where: str) -> Project:
    """One project from its files (paths relative to the folder holding ``project.json``)."""
    project = Project(name, _meta(files[PROJECT_JSON], name, where + PROJECT_JSON, source))
    by_dir: dict[str, dict[str, bytes]] = defaultdict(dict)
    for rel, data in files.items():
        folder, _, file = rel.rpartition("/")
        by_dir[folder][file] = data
    raw_kinds: dict[str, int] = defaultdict(int)
    for folder, own in sorted(by_dir.items()):
        if RESOURCE_JSON in own:
            kind = _read_resource(project, folder, own, where + folder)
            if kind:
                raw_kinds[kind] += 1
        else:
            loose = sorted(f for f in own if not (folder == "" and f == PROJECT_JSON))
            for file in loose:
                project.raw.append(RawFile((*_parts(folder), file), own[file]))
            if loose:
                project.notes.append(f"kept {len(loose)} file(s) outside any resource in {folder or 'the project folder'} as raw files")
    for kind, n in sorted(raw_kinds.items()):
        project.notes.append(f"kept {n} {kind} resource{'s' * (n != 1)} as raw files under _raw/{kind}/")
    return project


def _parts(folder: str) -> tuple[str, ...]:
    return tuple(folder.split("/")) if folder else ()


def _read_resource(project: Project, folder: str, files: dict[str, bytes], where: str) -> str | None:
    """Import one resource folder; returns ``module/type`` when it was kept raw instead."""
    parts = _parts(folder)
    meta = _json(files[RESOURCE_JSON], f"{where}/{RESOURCE_JSON}")
    if not isinstance(meta, dict):
        raise ExportError(f"{where}/{RESOURCE_JSON}: expected a JSON object")
    attributes = meta.get("attributes")
    kind, rest = tuple(parts[:2]), parts[2:]
    understood = False
    if kind in EVENT_SCRIPTS and "data.bin" in files:
        understood = add_event_scripts(project, EVENT_SCRIPTS[kind], files["data.bin"], f"{where}/data.bin")
    elif kind == SESSION_SCRIPTS and "data.bin" in files:
        understood = _session_scripts(project, files["data.bin"], f"{where}/data.bin")
    elif kind == LIBRARY and rest:
        if "code.py" in files:
            project.library[rest] = files["code.py"]
        understood = True
    elif len(kind) == 2 and kind[1] == "message" and kind[0] in MODULE_CONTEXT and rest:
        understood = _message_resource(project, MODULE_CONTEXT[kind[0]], "/".join(rest), files, attributes, where)
    if understood:
        return None
    for file, data in sorted(files.items()):
        project.raw.append(RawFile((*parts, file), data))
    return "/".join(kind) if len(kind) == 2 else folder or "project"


def _session_scripts(project: Project, data: bytes, where: str) -> bool:
    """Perspective session events: ``messageHandlers`` plus ``onStartup``-style scripts."""
    config = _json(data, where)
    if not isinstance(config, dict):
        raise ExportError(f"{where}: expected a JSON object")
    skipped = []
    for key, value in config.items():
        if key == "messageHandlers" and isinstance(value, list):
            project.handlers["perspective"].extend(_session_handler(h, where) for h in value)
        elif isinstance(value, str) or (isinstance(value, dict) and isinstance(value.get("script"), str)):
            text = value if isinstance(value, str) else value["script"]
            settings = {k: v for k, v in value.items() if k != "script"} if isinstance(value, dict) else None
            if text.strip():
                project.scripts["perspective"].append(Script(SESSION_EVENT_PATHS.get(key, f"events/{key}"), text, settings))
        else:
            skipped.append(key)
    if skipped:
        project.notes.append(f"perspective session scripts: {', '.join(skipped)} not imported; the resource is kept raw")
    return not skipped


def _session_handler(entry: object, where: str) -> Handler:
    if not isinstance(entry, dict):
        raise ExportError(f"{where}: a message handler is not a JSON object")
    name = entry.get("name", entry.get("messageType"))
    script = entry.get("script", "")
    if not isinstance(name, str) or not isinstance(script, str):
        raise ExportError(f"{where}: a message handler lacks a name or script")
    thread = entry.get("threadType", entry.get("threading", "shared"))
    threading = threading_of(thread) if isinstance(thread, str) else None
    return Handler(name, script, threading or "shared", entry.get("enabled") is not False, security_of(entry))


def _message_resource(project: Project, context: str, name: str, files: dict[str, bytes], attributes: object, where: str) -> bool:
    """8.3: one handler per resource folder, settings in ``resource.json`` ``attributes``."""
    scripts = [f for f in files if f.endswith(".py")]
    file = "handleMessage.py" if "handleMessage.py" in files else scripts[0] if len(scripts) == 1 else None
    if file is None:
        return False
    try:
        script = files[file].decode("utf-8")
    except UnicodeDecodeError:
        raise ExportError(f"{where}/{file}: not UTF-8 text") from None
    attributes = attributes if isinstance(attributes, dict) else {}
    thread = attributes.get("threadType", "shared")
    threading = threading_of(thread) if isinstance(thread, str) else None
    if threading is None:
        project.notes.append(f"{context} message handler {name!r}: unknown thread type {thread!r}, imported as shared")
    project.handlers[context].append(Handler(name, script, threading or "shared", attributes.get("enabled") is not False,
                                             security_of(attributes)))
    return True
