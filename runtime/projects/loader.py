"""Load a projects folder (DESIGN.md's native layout) into ``Project`` objects.

```
projects/X/project.json                      optional settings (title, parent, "ignition": "7.9"|"8.1")
projects/X/gateway/message/NAME.py (+ .json) Gateway message handlers
projects/X/client/message/NAME.py  (+ .json) Vision client message handlers
projects/X/perspective/message/NAME.py       Perspective session message handlers (8.x)
projects/X/gateway/events/, client/events/   event scripts (startup, shutdown, timer, tag change ...; runtime.projects.events)
projects/X/library/**/*.py                   project script library
projects/_global/library/**/*.py             gateway-wide shared scripts (7.9 ``shared.*``)
projects/_gateway/pylib/**/*.py              Ignition's user-lib/pylib: plain Jython packages
```

A library file whose path is not a valid module name is skipped with a warning (``warnings``),
as Ignition never offers such a module; it does not make the whole folder unusable.

Loading only reads and checks files; compiling happens on first use (``runtime.scripts.library``,
``runtime.gateway``). Every problem is a ``ProjectError`` naming the file.
"""
from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runtime.core.errors import ProjectError, UserError
from runtime.projects.events import KINDS, EventSpec, load_events
from runtime.projects.files import HANDLER_NAME, has_code as _has_code, read_json as _read_json
from runtime.projects.files import read_text as _read_text
from runtime.projects.security import HandlerSecurity, parse_security

#: Handler contexts in the native layout, and the threading modes each allows (Ignition:
#: gateway handlers run "shared" or "dedicated"; Vision client ones may also run on the "edt").
CONTEXTS: dict[str, tuple[str, ...]] = {
    "gateway": ("shared", "dedicated"),
    "client": ("shared", "dedicated", "edt"),
    "perspective": ("shared", "dedicated"),
}

#: Semantics a project may pin in project.json.
SEMANTICS = ("7.9", "8.1")

_PROJECT_KEYS = {"title", "description", "parent", "enabled", "ignition", "source", "policy",
                 "inheritable"}


@dataclass(frozen=True)
class HandlerSpec:
    """One message handler as stored on disk."""

    name: str
    context: str  # "gateway" | "client" | "perspective"
    path: Path
    source: str
    threading: str = "shared"
    enabled: bool = True
    time_limit: float | None = None  # seconds; None: the gateway's default budget
    #: who may call it (a gateway handler's NAME.json "security"; runtime.projects.security)
    security: HandlerSecurity | None = None
    #: why the handler's settings file (NAME.json) is refused; the handler is then disabled,
    #: and says so when a message arrives, while the rest of the folder runs
    problem: str | None = None


@dataclass
class Project:
    """A project: its settings, message handlers per context, and script library files."""

    name: str
    path: Path
    title: str = ""
    description: str = ""
    parent: str | None = None
    enabled: bool = True
    semantics: str = "7.9"
    handlers: dict[str, dict[str, HandlerSpec]] = field(default_factory=dict)
    library: dict[str, Path] = field(default_factory=dict)  # dotted module name -> file
    settings: dict[str, Any] = field(default_factory=dict)
    #: settings files refused without refusing the project (a bad handler .json), one line each
    problems: list[str] = field(default_factory=list)
    #: event scripts per context ("gateway", "client"), in file order
    events: dict[str, list[EventSpec]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # library files skipped, and why

    def handler(self, context: str, name: str) -> HandlerSpec | None:
        return self.handlers.get(context, {}).get(name)

    def event_scripts(self, context: str, kind: str | None = None) -> list[EventSpec]:
        """The enabled and disabled event scripts of ``context``, of one ``kind`` when given."""
        return [spec for spec in self.events.get(context, []) if kind is None or spec.kind == kind]


@dataclass
class ProjectSet:
    """Every project of a projects folder, and the ``_global`` shared library."""

    root: Path
    projects: dict[str, Project]
    shared: dict[str, Path]
    pylib: dict[str, Path] = field(default_factory=dict)  # dotted name -> file (a package: __init__.py)
    warnings: list[str] = field(default_factory=list)  # _global and pylib files skipped, and why
    #: projects that did not load (a bad project.json, a missing parent ...) -> the problem;
    #: the others run, as on a gateway where one project's bad resource fails only that project
    broken: dict[str, str] = field(default_factory=dict)

    def all_warnings(self) -> list[str]:
        """Every project that did not load and every skipped library file of the folder, one
        line each (``shim list``/``check``, the gateway log)."""
        found = [f"project '{name}' not loaded: {problem}" for name, problem in self.broken.items()]
        found.extend(self.warnings)
        for project in self.projects.values():
            found.extend(project.warnings)
        return found

    def get(self, name: str) -> Project | None:
        return self.projects.get(name)

    def require(self, name: str) -> Project:
        project = self.projects.get(name)
        if project is None and name in self.broken:
            raise ProjectError(f"project '{name}' did not load: {self.broken[name]}")
        if project is None:
            known = ", ".join(sorted(self.projects)) or "none"
            raise ProjectError(f"unknown project '{name}' in {self.root} (projects: {known})")
        return project


def load_projects(root: str | Path, semantics: str | None = None) -> ProjectSet:
    """Read every project under ``root``. A project that does not load (its project.json or
    an event script's settings are bad, its parent is missing or broken) is left out and its
    problem kept in ``broken``; a folder that cannot be read raises ``ProjectError``.

    ``semantics`` ("7.9" or "8.1") overrides every project's own setting, so one folder can run
    under both (a migration test, ``shim diff --semantics``, ``@pytest.mark.shim(semantics=)``).
    """
    if semantics is not None and semantics not in SEMANTICS:
        raise UserError(f"semantics must be one of {', '.join(SEMANTICS)}, not {semantics!r}")
    root = Path(root)
    if not root.exists():
        raise ProjectError(f"projects folder not found: {root}")
    if not root.is_dir():
        raise ProjectError(f"not a projects folder (not a directory): {root}")
    try:
        entries = sorted(root.iterdir())
    except OSError as exc:
        raise ProjectError(f"cannot read projects folder {root}: {exc.strerror}") from None
    projects: dict[str, Project] = {}
    broken: dict[str, str] = {}
    for entry in entries:
        if entry.is_dir() and not entry.name.startswith(("_", ".")):
            try:
                projects[entry.name] = load_project(entry)
            except ProjectError as exc:
                broken[entry.name] = str(exc)
    orphans = True
    while orphans:  # a child of a project that is missing or broken cannot inherit: it is broken too
        orphans = [p for p in projects.values() if p.parent and p.parent not in projects]
        for project in orphans:
            state = "did not load" if project.parent in broken else "not found"
            broken[project.name] = f"{project.path / 'project.json'}: parent project '{project.parent}' {state}"
            del projects[project.name]
    if semantics is not None:
        for project in projects.values():
            project.semantics = semantics
    warnings: list[str] = []
    shared = _library(root / "_global" / "library", warnings)
    return ProjectSet(root, projects, shared, pylib_modules(root, warnings), warnings, broken)


def load_project(path: Path) -> Project:
    """Read one project folder."""
    settings = _read_json(path / "project.json") if (path / "project.json").exists() else {}
    if not isinstance(settings, dict):
        raise ProjectError(f"{path / 'project.json'}: expected a JSON object")
    unknown = sorted(set(settings) - _PROJECT_KEYS)
    if unknown:
        raise ProjectError(f"{path / 'project.json'}: unknown setting(s) {', '.join(unknown)}")
    semantics = str(settings.get("ignition", "7.9"))
    if semantics.startswith("8"):
        semantics = "8.1"
    elif semantics.startswith("7"):
        semantics = "7.9"
    else:
        raise ProjectError(f"{path / 'project.json'}: \"ignition\" must be \"7.9\" or \"8.1\", not {settings['ignition']!r}")
    project = Project(
        name=path.name,
        path=path,
        title=str(settings.get("title", "")),
        description=str(settings.get("description", "")),
        parent=settings.get("parent") or None,
        enabled=bool(settings.get("enabled", True)),
        semantics=semantics,
        settings=settings,
    )
    for context, modes in CONTEXTS.items():
        project.handlers[context] = _handlers(path / context / "message", context, modes, project.problems)
    project.events = {context: load_events(path / context / "events", context) for context in KINDS}
    project.library = _library(path / "library", project.warnings)
    return project


def _handler_options(file: Path, context: str,
                     modes: tuple[str, ...]) -> tuple[str, bool, float | None, HandlerSecurity | None]:
    """A handler's NAME.json (optional): threading, enabled, time limit, security (gateway
    handlers only: Ignition's client handlers have none); ``ProjectError`` if bad."""
    options = _read_json(file) if file.exists() else {}
    if not isinstance(options, dict):
        raise ProjectError(f"{file}: expected a JSON object")
    threading = options.get("threading", "shared")
    if threading not in modes:
        raise ProjectError(f"{file}: threading must be one of {', '.join(modes)} for {context} handlers, "
                           f"not {threading!r}")
    enabled = options.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ProjectError(f"{file}: \"enabled\" must be true or false")
    limit = options.get("timeLimit")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit < 0):
        raise ProjectError(f"{file}: \"timeLimit\" must be a number of seconds (0: none)")
    if "security" in options and context != "gateway":
        raise ProjectError(f'{file}: "security" applies to gateway message handlers only')
    unknown = sorted(set(options) - {"threading", "enabled", "timeLimit", "security"})
    if unknown:
        raise ProjectError(f"{file}: unknown setting(s) {', '.join(unknown)}")
    return threading, enabled, None if limit is None else float(limit), parse_security(options.get("security"), file)


def _handlers(folder: Path, context: str, modes: tuple[str, ...], problems: list[str]) -> dict[str, HandlerSpec]:
    if not folder.is_dir():
        return {}
    handlers: dict[str, HandlerSpec] = {}
    for file in sorted(folder.glob("*.py")):
        name = file.stem
        if not HANDLER_NAME.match(name):  # Ignition cannot name a handler so: not one of them
            problems.append(f"{file}: skipped: '{name}' is not a valid message handler name "
                            "(letters, digits, _, -, spaces and dots; not starting with a space or dot)")
            continue
        source = _read_text(file)
        try:
            if not _has_code(source):
                raise ProjectError(f"{file}: the message handler is empty")
            threading, enabled, limit, security = _handler_options(file.with_suffix(".json"), context, modes)
        except ProjectError as exc:  # only this handler is off; the project still loads
            handlers[name] = HandlerSpec(name, context, file, source, enabled=False, problem=str(exc))
            problems.append(f"{exc} (handler {context}/{name} disabled)")
            continue
        handlers[name] = HandlerSpec(name, context, file, source, threading, enabled, limit, security)
    for orphan in sorted(folder.glob("*.json")):
        if orphan.stem not in handlers:
            problems.append(f"{orphan}: settings for a handler with no script ({orphan.stem}.py)")
    return handlers


def _library(folder: Path, warnings: list[str]) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    modules: dict[str, Path] = {}
    for file in sorted(folder.rglob("*.py")):
        parts = file.relative_to(folder).with_suffix("").parts
        bad = next((part for part in parts if not _module_name(part)), None)
        if bad is not None:
            warnings.append(f"{file}: skipped: '{bad}' is not a valid script module name")
            continue
        modules[".".join(parts)] = file
    return modules


def _module_name(part: str) -> bool:
    """A path part Jython can import: an identifier that is not a keyword."""
    return part.isidentifier() and part not in _PY2_KEYWORDS


#: Jython 2's keywords (``nonlocal``, ``True`` ... are ordinary names there).
_PY2_KEYWORDS = (frozenset(keyword.kwlist) - {"True", "False", "None", "nonlocal", "async", "await"}) \
    | {"print", "exec"}


#: The gateway's pylib folder (Ignition's ``user-lib/pylib``), beside the projects.
PYLIB = Path("_gateway") / "pylib"


def pylib_modules(root: Path, warnings: list[str], gateway: bool = True) -> dict[str, Path]:
    """The gateway's pylib: ``_gateway/pylib`` then the folders ``gateway.json`` lists under
    ``"pylib"`` (relative to ``_gateway``), searched in that order as ``sys.path`` is: the first
    folder holding a top-level name owns it. Packages are folders with ``__init__.py`` (Jython 2
    has no namespace packages); ``pkg`` maps to its ``__init__.py``. ``gateway=False``: ``root``
    is itself one pylib folder (``shim assess --pylib``)."""
    folders = [root / PYLIB] if gateway else [root]
    config = root / "_gateway" / "gateway.json"
    if gateway and config.is_file():
        settings = _read_json(config)
        extra = settings.get("pylib", []) if isinstance(settings, dict) else []
        if isinstance(extra, str) or not isinstance(extra, list) or \
                not all(isinstance(item, str) for item in extra):
            raise ProjectError(f'{config}: "pylib" must be a list of folders')
        folders += [(root / "_gateway" / item) for item in extra]
    modules: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        found: dict[str, Path] = {}
        _package_files(folder, "", found, warnings)
        owned = {name.partition(".")[0] for name in modules}
        modules.update({name: path for name, path in found.items()
                        if name.partition(".")[0] not in owned})
    return modules


def _package_files(folder: Path, prefix: str, found: dict[str, Path], warnings: list[str]) -> None:
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        stem = entry.stem if entry.is_file() else entry.name
        if entry.is_dir():
            if not (entry / "__init__.py").is_file():
                continue  # not a package: Jython cannot import from it
            if not _module_name(stem):
                warnings.append(f"{entry}: skipped: '{stem}' is not a valid module name")
                continue
            found[prefix + stem] = entry / "__init__.py"
            _package_files(entry, prefix + stem + ".", found, warnings)
        elif entry.suffix == ".py" and entry.name != "__init__.py":
            if not _module_name(stem):
                warnings.append(f"{entry}: skipped: '{stem}' is not a valid module name")
                continue
            found[prefix + stem] = entry


def open_projects(path: str | Path, semantics: str | None = None) -> ProjectSet:
    """A projects folder, or an Ignition export read in place (a 7.9 ``.proj``, an 8.x
    project zip or folder, or an 8.x ``data/projects`` folder), detected automatically.
    ``semantics`` as in ``load_projects``.
    """
    return load_projects(projects_root(path), semantics)


def projects_root(path: str | Path) -> Path:
    """The native projects folder for ``path``: the folder itself, or, for an Ignition export,
    its import in shim's cache (made once, keyed by the export's content), so the user's files
    are never written to. A path that is neither comes back as is (loading it says why)."""
    path = Path(path)
    if path.is_dir() and _is_native(path):
        return path
    from runtime.projects.importers import detect, import_export

    if not path.exists() or detect(path) is None:
        return path
    target = _import_cache(path)
    if not target.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        import_export(path, target)
    return target


#: What makes a folder a project in the native layout (any one of them).
_PROJECT_PARTS = ("project.json", *CONTEXTS, "library")


def holds_projects(folder: Path) -> bool:
    """Whether ``folder`` holds at least one project (a folder with project.json, gateway/,
    client/, perspective/ or library/), the gateway-wide ``_global``/``_gateway`` folders, or is
    an Ignition export. The command line refuses anything else: pointed at the wrong folder
    (a source tree, a home folder) it would otherwise list every subfolder as an empty project."""
    if not _is_native(folder):
        return True
    try:
        children = [child for child in folder.iterdir() if child.is_dir()]
    except OSError:
        return True  # loading says why it cannot be read
    return any(child.name in ("_global", "_gateway")
               or (not child.name.startswith(("_", ".")) and any((child / part).exists() for part in _PROJECT_PARTS))
               for child in children)


def _is_native(folder: Path) -> bool:
    """A native projects folder: no project in it looks like an Ignition 8.x project folder."""
    if (folder / "project.json").is_file() and (
            (folder / "ignition").is_dir() or any(folder.glob("com.inductiveautomation.*"))):
        return False
    for child in folder.iterdir():
        if child.is_dir() and ((child / "ignition").is_dir() or any(child.glob("com.inductiveautomation.*"))):
            return False
    return True


def _import_cache(source: Path) -> Path:
    import hashlib
    import tempfile

    from runtime.core.cache import cache_root

    digest = hashlib.sha256(str(source.resolve()).encode())
    files = [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file())
    for file in files:
        stat = file.stat()
        digest.update(f"{file.relative_to(source) if file != source else ''}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    base = cache_root() or Path(tempfile.gettempdir()) / "shim"
    return base / "imports" / digest.hexdigest()[:20]
