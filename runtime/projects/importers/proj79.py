"""Reader of Ignition 7.x project exports (``.proj``).

A ``.proj`` is XML: ``<project>`` with ``<version>``, ``<name>``, ``<title>``, ``<description>``,
``<enabled>`` and ``<resources>``. Each ``<resource id= name= module= type= parent=>`` carries
``<bytes>``: base64 of the resource data, for most types gzip of binary XML (see ``binxml``).
Resources sit in folders: a ``__folder`` resource's data is its UUID, stored byte-reversed, and
children name it in ``parent``. Project scripts hang under the fixed script-library root
:data:`PROJECT_SCRIPT_ROOT`.

Types read: ``event.scripts`` (gateway), ``client.event.scripts`` (Vision client),
``sr.script.project`` (project library, ``project.a.b``) and ``sr.script.shared`` (gateway-wide
``shared.a.b``). Everything else is kept under ``_raw/`` and reported.
"""
from __future__ import annotations

import base64
import binascii
import uuid
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from runtime.core.errors import ExportError
from runtime.projects.importers import streams
from runtime.projects.importers.eventscripts import add_event_scripts
from runtime.projects.importers.model import Export, ModulePath, Project, RawFile

#: Parent of top-level project-library resources in every 7.x export seen.
PROJECT_SCRIPT_ROOT = "2cda0027-8033-4beb-ad02-0ef378c659be"
FOLDER = "__folder"
EVENT_SCRIPTS = {"event.scripts": "gateway", "client.event.scripts": "client"}
PROJECT_LIBRARY = "sr.script.project"
SHARED_LIBRARY = "sr.script.shared"


@dataclass
class _Resource:
    """One ``<resource>`` element with its base64 decoded."""

    rid: str
    name: str
    module: str
    type: str
    parent: str
    data: bytes
    where: str


def read_proj(path: Path) -> Export:
    """Read a 7.x ``.proj`` export into one project (plus shared scripts, if any)."""
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise ExportError(f"{path.name}: cannot read the export ({exc.strerror})") from None
    return parse_proj(text, path)


def parse_proj(text: bytes, path: Path) -> Export:
    """Parse the bytes of a ``.proj``; ``path`` names it in messages and in ``project.json``."""
    source = path.name
    try:
        root = ET.fromstring(text)
    except (ET.ParseError, LookupError, ValueError) as exc:  # LookupError, ValueError: a bad encoding= name
        raise ExportError(f"{source}: not a valid Ignition project export (XML error: {exc})") from None
    if root.tag != "project":
        raise ExportError(f"{source}: not an Ignition project export (root element <{root.tag}>)")
    name = _field(root, "name")
    if not name:
        raise ExportError(f"{source}: the export names no project (<name> is empty)")
    resources = [_resource(el, source) for el in root.iterfind("resources/resource")]
    project = Project(name, _meta(root, name, source))
    export = Export(path, "proj79", [project])
    folders = _folders(resources)
    raw_kinds: dict[tuple[str, str], int] = defaultdict(int)
    missing: dict[str, list[str]] = defaultdict(list)
    for res in resources:
        if res.type == FOLDER:
            continue
        if res.type in EVENT_SCRIPTS:
            if add_event_scripts(project, EVENT_SCRIPTS[res.type], res.data, res.where):
                continue
        elif res.type in (PROJECT_LIBRARY, SHARED_LIBRARY):
            folder, lost = _folder_path(res.parent, folders, res.where)
            if lost and lost != PROJECT_SCRIPT_ROOT:
                missing[lost].append(".".join((*folder, res.name)))
            library = project.library if res.type == PROJECT_LIBRARY else export.global_library
            _add_module(library, (*folder, res.name), _script_text(res), project.notes)
            continue
        raw_kinds[(res.module or "ignition", res.type)] += 1
        project.raw.append(_raw_file(res, folders))
    for lost, modules in missing.items():
        project.notes.append(f"library folder {lost} is not in the export; placed {', '.join(modules)} at the top level")
    for (module, kind), n in sorted(raw_kinds.items()):
        project.notes.append(f"kept {n} {module}/{kind} resource{'s' * (n != 1)} as raw files under _raw/{module}/{kind}/")
    return export


def _field(root: ET.Element, tag: str) -> str:
    return (root.findtext(tag) or "").strip()


def _meta(root: ET.Element, name: str, source: str) -> dict[str, object]:
    major = _field(root, "version/major")
    if not major.isdigit():
        raise ExportError(f"{source}: the export has no Ignition version (<version><major>)")
    return {
        "title": _field(root, "title") or name,
        "description": _field(root, "description"),
        "parent": None,
        "enabled": _field(root, "enabled").lower() != "false",
        "ignition": "7.9" if int(major) < 8 else "8.1",
        "source": source,
    }


def _resource(el: ET.Element, source: str) -> _Resource:
    rid, name, kind = el.get("id", "?"), el.get("name", ""), el.get("type", "")
    where = f"{source}: resource {kind!r}" + (f" {name!r}" if name else "") + f" (id {rid})"
    encoded = "".join((el.findtext("bytes") or "").split())
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ExportError(f"{where}: <bytes> is not valid base64") from None
    return _Resource(rid, name, el.get("module", ""), kind, el.get("parent", ""), data, where)


def _folders(resources: list[_Resource]) -> dict[str, _Resource]:
    """Folder resources by UUID; Ignition stores a folder's UUID byte-reversed as its data."""
    folders = {}
    for res in resources:
        if res.type == FOLDER:
            if len(res.data) != 16:
                raise ExportError(f"{res.where}: folder data is {len(res.data)} bytes, not a 16-byte UUID")
            folders[str(uuid.UUID(bytes=res.data[::-1]))] = res
    return folders


def _folder_path(parent: str, folders: dict[str, _Resource], where: str) -> tuple[ModulePath, str | None]:
    """Folder names from the top down to ``parent``, and the first parent UUID not in the export."""
    names: list[str] = []
    seen: set[str] = set()
    while parent:
        if parent in seen:
            raise ExportError(f"{where}: folders form a cycle")
        seen.add(parent)
        folder = folders.get(parent)
        if folder is None:
            return tuple(reversed(names)), parent
        names.append(folder.name)
        parent = folder.parent
    return tuple(reversed(names)), None


def _script_text(res: _Resource) -> bytes:
    doc = streams.load_document(res.data, res.where)
    children = doc.root.children
    if len(children) != 1 or getattr(children[0], "name", None) != "str" or not isinstance(children[0].text, str):
        raise ExportError(f"{res.where}: expected a script (<objects><str>)")
    try:
        return children[0].text.encode("utf-8")
    except UnicodeEncodeError:
        raise ExportError(f"{res.where}: the script is not valid Unicode") from None


def _add_module(library: dict[ModulePath, bytes], path: ModulePath, source: bytes, notes: list[str]) -> None:
    if path in library:
        notes.append(f"library module {'.'.join(path)} appears twice; kept the first")
    else:
        library[path] = source


def _raw_file(res: _Resource, folders: dict[str, _Resource]) -> RawFile:
    folder, _ = _folder_path(res.parent, folders, res.where)
    return RawFile((res.module or "ignition", res.type, *folder, f"{res.name or res.type}.bin"), res.data)
