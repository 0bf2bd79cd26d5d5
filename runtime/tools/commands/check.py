"""``shim check``: translate and compile every script of a projects folder (or any folder of
.py files), and say per file whether it will run, with the line and reason when not; then every
settings file (project.json, handler .json, ``_gateway``'s gateway/users/tags/db files), read by
the loaders the gateway uses."""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import click

from runtime.tools.commands._common import handle_user_errors, projects_option
from runtime.tools.settingscheck import settings_problems

if TYPE_CHECKING:
    from runtime.projects.loader import ProjectSet


@dataclass
class CheckResult:
    """One script's verdict."""

    file: str
    status: str  # "ok" | "syntax-error" | "sandbox-refusal" | "unreadable" | "bad-settings"
    line: int | None = None
    message: str | None = None
    #: (line, message): what the script's Ignition version may refuse although shim runs it
    warnings: list[tuple[int, str]] = field(default_factory=list)

    def as_json(self) -> str:
        data: dict = {"file": self.file, "status": self.status}
        if self.status != "ok":
            data.update(line=self.line, message=self.message)
        if self.warnings:
            data["warnings"] = [{"line": line, "message": message} for line, message in self.warnings]
        return json.dumps(data)


def scripts_in(folder: Path) -> list[tuple[Path, str | None, tuple[str, ...]]]:
    """Every script under ``folder``: (file, handler function name or None, its parameters).
    Message handler files compile as handlers; everything else as modules."""
    found = []
    for file in sorted(folder.rglob("*.py")):
        parts = file.relative_to(folder).parts
        if any(p.startswith(".") for p in parts):
            continue
        if len(parts) >= 3 and parts[-2] == "message" and parts[-3] in ("gateway", "client", "perspective"):
            params = ("session", "payload") if parts[-3] == "perspective" else ("payload",)
            found.append((file, "handleMessage", params))
        else:
            found.append((file, None, ()))
    return found


def scripts_pylib_extra(folder: Path) -> list[Path]:
    """pylib files ``gateway.json`` adds from folders outside the projects folder."""
    from runtime.core.errors import ProjectError
    from runtime.projects.loader import pylib_modules

    try:
        return list(pylib_modules(folder, []).values())
    except ProjectError:
        return []


def _loaded(folder: Path) -> "ProjectSet | None":
    """The folder's projects as the gateway loads them (None when the folder does not load: its
    problems are reported elsewhere)."""
    from runtime.core.errors import ProjectError
    from runtime.projects.loader import load_projects

    try:
        return load_projects(folder)
    except ProjectError:
        return None


def check_file(file: Path, function: str | None, params: tuple[str, ...], semantics: str = "8.1") -> CheckResult:
    """The verdict on one script; under ``semantics`` "7.9", Python 2.6/2.7 constructs Jython
    2.5 would refuse are warnings (``runtime.scripts.legacy.py25``)."""
    from runtime.scripts.legacy.py25 import python26_constructs
    from runtime.scripts.sandbox.compiler import ScriptSyntaxError, compile_script

    try:
        source = file.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as exc:
        return CheckResult(str(file), "unreadable", 0, exc.strerror)
    try:
        compile_script(source, str(file), function=function, params=params or ("payload",))
    except ScriptSyntaxError as exc:
        kind = "syntax-error" if _is_translation_error(exc) else "sandbox-refusal"
        return CheckResult(str(file), kind, exc.lineno, exc.msg)
    if semantics != "7.9":
        return CheckResult(str(file), "ok")
    return CheckResult(str(file), "ok", warnings=[
        (line, f"{what} is Python 2.6/2.7 syntax, which Ignition 7.9's Jython 2.5 does not have")
        for line, what in python26_constructs(source)])


def language_levels(loaded: "ProjectSet | None") -> dict[str, str]:
    """Each top folder's Ignition version: a project's own, "7.9" for ``_global`` (a 7.9
    gateway's shared library), and the oldest of the folder's projects for the rest (the
    pylib runs in the same gateway's Jython); none (check as 8.1) for a folder that does not load."""
    if loaded is None:
        return {}
    levels = {name: project.semantics for name, project in loaded.projects.items()}
    levels[""] = min(levels.values(), default="8.1")  # before _global: it is no project
    levels["_global"] = "7.9"
    return levels


def _level(levels: dict[str, str], folder: Path, file: Path) -> str:
    try:
        top = file.relative_to(folder).parts[0]  # (found under the folder: no symlinks to resolve)
    except ValueError:
        try:
            top = file.resolve().relative_to(folder.resolve()).parts[0]
        except ValueError:
            top = ""
    return levels.get(top, levels.get("", "8.1"))


#: The most worker processes ``--jobs`` starts by default (each holds its own compiler).
MAX_DEFAULT_JOBS = 8

#: Fewer scripts per worker than this are checked in this process (a worker's start costs more).
_PER_WORKER = 16

Task = tuple[Path, "str | None", "tuple[str, ...]", str]


def default_jobs() -> int:
    """The cores this process may run on, at most ``MAX_DEFAULT_JOBS``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on this platform
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_JOBS))


def check_all(tasks: list[Task], jobs: int) -> Iterator[CheckResult]:
    """``check_file`` of every task, in the tasks' order, in up to ``jobs`` processes; the
    compile counts of the workers are added to this process's ``compiler.STATS``."""
    from runtime.scripts.sandbox.compiler import STATS

    # only what must be translated goes to the workers: a cached compilation is quicker
    # loaded here than handed over
    pending = [task for task in tasks if not _is_cached(task)] if jobs > 1 else []
    workers = min(jobs, len(pending) // _PER_WORKER)
    if workers <= 1:
        for task in tasks:
            yield check_file(*task)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import runtime.scripts.sandbox.transformer  # noqa: F401 (imported once, before the workers fork)

    # fork (where there is one): the workers start with the compiler already imported
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        chunk = max(1, min(32, len(pending) // (workers * 4)))
        done = pool.map(_check_task, pending, chunksize=chunk)
        remote = {id(task) for task in pending}
        for task in tasks:  # in order: this process checks the cached ones meanwhile
            if id(task) in remote:
                result, counts = next(done)
                STATS.update(counts)
                yield result
            else:
                yield check_file(*task)


def _is_cached(task: Task) -> bool:
    from runtime.scripts.sandbox.compiler import is_cached

    file, function, params, _ = task
    source = _read(file)
    return source is not None and is_cached(source, str(file), function=function, params=params or ("payload",))


def _read(file: Path) -> str | None:
    try:
        return file.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return None


def _check_task(task: Task) -> tuple[CheckResult, Counter]:
    """One task in a worker: the verdict, and how its compilation was served."""
    from runtime.scripts.sandbox.compiler import STATS

    before = Counter(STATS)
    result = check_file(*task)
    return result, Counter(STATS) - before


def _is_translation_error(exc: SyntaxError) -> bool:
    return any(mark in exc.msg.lower() for mark in ("invalid syntax", "indent", "token", "jython 2 refuses"))


@click.command()
@projects_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per script per line.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help=f"Worker processes (default: the cores available, at most {MAX_DEFAULT_JOBS}); "
                   "the report is the same, in the same order, for any number.")
@handle_user_errors
def check(projects: Path, as_json: bool, jobs: int | None) -> None:
    """Translate and compile every script; report per file (exit 1 if any needs attention)."""
    from runtime.core.errors import ProjectError
    from runtime.projects.loader import projects_root

    projects = projects_root(projects)  # an Ignition export: check what it imports to
    if not projects.is_dir():
        raise ProjectError(f"projects folder not found: {projects}")
    scripts = scripts_in(projects)
    known = {p.resolve() for p in scripts_pylib_extra(projects)}
    if known:
        scripts += [(file, None, ()) for file in sorted(known - {s[0].resolve() for s in scripts})]
    loaded = _loaded(projects)
    skipped = loaded.all_warnings() if loaded is not None else []
    for warning in skipped:
        click.echo(f"warning: {warning}", err=True)
    scripts = [s for s in scripts if str(s[0]) not in {w.partition(": skipped")[0] for w in skipped}]
    started = time.perf_counter()
    results = []
    show_progress = not as_json and sys.stderr.isatty() and len(scripts) > 50
    levels = language_levels(loaded)
    tasks = [(file, function, params, _level(levels, projects, file)) for file, function, params in scripts]
    checked = check_all(tasks, jobs or default_jobs())
    with click.progressbar(checked, length=len(tasks), label="checking", file=sys.stderr) \
            if show_progress else _plain(checked) as items:
        results.extend(items)
    elapsed = time.perf_counter() - started
    bad = [r for r in results if r.status != "ok"]
    for result in results:
        if as_json:
            click.echo(result.as_json())
        elif result.status != "ok":
            click.echo(f"{result.file}:{result.line}: {result.status}: {result.message}")
        if not as_json:
            for line, message in result.warnings:
                click.echo(f"{result.file}:{line}: warning: {message}")
    settings = [CheckResult(p.file, "bad-settings", p.line, p.message) for p in settings_problems(projects)]
    for result in settings:
        click.echo(result.as_json() if as_json else f"{result.file}:{result.line or 1}: bad-settings: {result.message}")
    if not as_json:
        from runtime.scripts.sandbox.compiler import STATS, cache_dir

        warned = sum(len(r.warnings) for r in results)

        where = f"from the disk cache {cache_dir()}" if cache_dir() else "from cache (disk cache off)"
        click.echo(f"{len(results)} scripts: {len(results) - len(bad)} ok, {len(bad)} need attention "
                   f"({elapsed:.2f} s: {STATS['compiled']} translated, {STATS['disk']} {where})"
                   + (f"; {warned} warning(s)" if warned else "")
                   + (f"; {len(settings)} settings file problem(s)" if settings else ""))
    if bad or settings:
        sys.exit(1)


class _plain:
    """A stand-in for click.progressbar when no bar is shown."""

    def __init__(self, items: Iterable) -> None:
        self.items = items

    def __enter__(self) -> Iterable:
        return self.items

    def __exit__(self, *exc: object) -> None:
        return None
