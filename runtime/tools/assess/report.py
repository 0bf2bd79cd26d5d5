"""An assessment, put together: per project and per file, what will run and what blocks it.

``assess`` returns plain data (dicts and lists, what ``--json`` prints and the HTML renders):
``summary`` (the headline figures and the one line), ``findings`` (blocking ones first, each
with its file, line and source lines), ``files``, ``projects`` (handlers with their threading,
event scripts, named queries), ``coverage`` (system.* by namespace), ``imports`` (Java classes
and modules with their status) and ``tags``.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from runtime.projects.loader import ProjectSet
from runtime.tools.assess import classify, collect, scan
from runtime.tools.assess.load import load_modules
from runtime.tools.commands.check import check_file

#: Findings that keep a script from running as it does in Ignition; the others are warnings.
BLOCKING = frozenset(classify.KINDS) - {"undefined-tag"}

#: Source lines shown around a finding.
CONTEXT = 2


@dataclass
class _Sources:
    root: Path
    texts: dict[str, list[str]] = field(default_factory=dict)

    def text(self, path: Path) -> str:
        """The file as ``shim check`` reads it (so ``translate``'s cache serves the scan)."""
        try:
            return path.read_bytes().decode("utf-8-sig", errors="replace")
        except OSError:
            return ""

    def lines(self, path: Path) -> list[str]:
        key = str(path)
        if key not in self.texts:
            self.texts[key] = self.text(path).splitlines()
        return self.texts[key]


def assess(source: Path, pylib: Sequence[Path] = (),
           progress: Callable[[int], Callable[[], None]] | None = None) -> dict[str, Any]:
    """Assess an export or projects folder (``ProjectError``/``UserError`` on bad input).
    ``progress(total)`` is called once with the number of steps and returns the step callback."""
    root = collect.working_copy(source, pylib)
    projects = collect.load(root, len(pylib))
    scripts = collect.scripts(projects)
    modules = sum(1 for s in scripts if s.role in ("library", "shared", "pylib"))
    step = progress(len(scripts) + modules) if progress else (lambda: None)
    sources = _Sources(root)
    findings: list[dict] = []
    files: list[dict] = []
    scans: dict[Path, scan.Scan] = {}
    for script in scripts:
        verdict = check_file(script.path, script.function, script.params)
        text = sources.text(script.path)  # what check_file compiled: its translation is reused
        scans[script.path] = scan.scan_source(text, str(script.path))
        files.append(_file_entry(script, root, verdict.status))
        if verdict.status != "ok":
            findings.append(_finding(verdict.status if verdict.status in classify.KINDS else "syntax-error",
                                     script, script.path, verdict.line, verdict.message or "", sources,
                                     rule=classify.rule_of(verdict.message or "") if verdict.status == "sandbox-refusal" else None))
        step()
    by_path = {f["path"]: f for f in files}
    for result in load_modules(projects, scripts, step):
        entry = by_path[classify.relative(result.script.path, root)]
        entry["load"] = "loaded" if result.ok else "failed"
        if not result.ok:
            where = Path(result.file) if result.file else result.script.path
            target = classify.import_target(result.message or "") if "module" in result.kind else None
            findings.append(_finding(result.kind, result.script, where, result.line, result.message or "",
                                     sources, module=result.script.name, stage="load", target=target,
                                     origin=classify.module_origin(target) if target else None,
                                     rule=classify.rule_of(result.message or "") if "refus" in result.kind else None))
    calls, imports, tags = _static(projects, scripts, scans, sources, findings)
    _trigger_paths(projects, sources, findings, tags)
    findings = _dedupe(findings)
    findings.sort(key=lambda f: (not f["blocking"], f["file"], f["line"] or 0, f["kind"]))
    for number, finding in enumerate(findings, 1):
        finding["id"] = f"F{number}"
    blocked_files = Counter(f["file"] for f in findings if f["blocking"])
    for entry in files:
        entry["blocking"] = blocked_files.get(entry["path"], 0)
    data = {
        "source": str(source),
        "pylib": [str(p) for p in pylib],
        "projects": _projects(projects, root),
        "files": files,
        "findings": findings,
        "coverage": _coverage(calls),
        "calls": calls,
        "imports": imports,
        "tags": tags,
    }
    data["summary"] = _summary(data)
    return data


def _file_entry(script: collect.Script, root: Path, status: str) -> dict:
    return {"path": classify.relative(script.path, root), "project": script.project, "role": script.role,
            "name": script.name, "compile": status,
            "load": "n/a" if script.role not in ("library", "shared", "pylib") else "not loaded"}


def _finding(kind: str, script: collect.Script, path: Path, line: int | None, message: str,
             sources: _Sources, blocking: bool = True, **extra: Any) -> dict:
    lines = sources.lines(path)
    first = max(1, (line or 1) - CONTEXT)
    context = lines[first - 1:(line or 1) + CONTEXT] if line else []
    finding = {"kind": kind, "blocking": blocking and kind in BLOCKING, "what": classify.KINDS[kind],
               "project": script.project, "file": classify.relative(path, sources.root), "line": line,
               "message": message,
               "source": lines[line - 1].strip() if line and 0 < line <= len(lines) else "",
               "context": {"first": first, "lines": context}}
    finding.update({k: v for k, v in extra.items() if v is not None})
    return finding


def _static(projects: ProjectSet, scripts: list[collect.Script], scans: dict[Path, scan.Scan],
            sources: _Sources, findings: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """Call sites, imports and tag references of every scanned script, with their findings."""
    from runtime.tools.assess.references import References

    calls: list[dict] = []
    imports: dict[tuple[str, str | None], dict] = {}
    tags: dict[str, dict] = {}
    check = References(projects)
    library_tops = frozenset({n.partition(".")[0] for p in projects.projects.values() for n in p.library}
                             | {n.partition(".")[0] for n in projects.pylib})
    for script in scripts:
        found = scans[script.path]
        rel = classify.relative(script.path, sources.root)
        for namespace, function, line in found.calls:
            status = classify.system_function(namespace, function)
            name = f"system.{namespace}.{function}"
            known = classify.in_ignition(namespace, function) if status != "emulated" else True
            calls.append({"function": name, "namespace": namespace, "status": status, "file": rel, "line": line,
                          "project": script.project, "in_ignition_81": known})
            if status != "emulated":
                findings.append(_finding("missing-system-function", script, script.path, line,
                                         f"{name} is not emulated by shim" + _not_in_ignition(known),
                                         sources, target=name, stage="static", in_ignition_81=known))
        for module, names, level, line, guarded in found.imports:
            if level or not module:
                continue
            origin = classify.module_origin(module, library_tops | _siblings(projects, script, module))
            if origin == "library":
                continue
            for name in names or (None,):
                if name == "*":
                    name = None
                _import(imports, findings, script, sources, rel, module, name, origin, line, guarded)
        for dotted, line in found.java:
            module, _, name = dotted.rpartition(".")
            _import(imports, findings, script, sources, rel, module, name, "java", line, False)
        for path, line in found.tags:
            defined = check.defined(path)
            if defined is None:
                continue
            entry = tags.setdefault(path, {"path": path, "defined": defined, "sites": []})
            entry["sites"].append({"file": rel, "line": line})
            if not defined:
                findings.append(_finding("undefined-tag", script, script.path, line,
                                         f"{path} is not defined by the tag configuration", sources,
                                         target=path, stage="static"))
        for project, path, line in found.queries:
            owner = project or script.project
            if owner is not None and not check.named_query(owner, path):
                findings.append(_finding("missing-named-query", script, script.path, line,
                                         f"named query '{path}' is not defined in project '{owner}'",
                                         sources, target=path, stage="static"))
    return calls, sorted(imports.values(), key=lambda i: (i["origin"], i["module"], i["name"] or "")), \
        sorted(tags.values(), key=lambda t: (t["defined"], t["path"]))


def _trigger_paths(projects: ProjectSet, sources: _Sources, findings: list[dict], tags: list[dict]) -> None:
    """The tag paths that trigger tag change event scripts (their NAME.json ``"tags"``), checked
    against the tag configuration as the call sites' are: an undefined one never fires in
    Ignition either. The finding points at the line of the settings file that names it."""
    from runtime.tools.assess.references import References

    check = References(projects)
    by_path = {t["path"]: t for t in tags}
    for project in projects.projects.values():
        for events in project.events.values():
            for event in events:
                if event.kind != "tagchange":
                    continue
                settings = event.path.with_suffix(".json")
                lines = sources.lines(settings)
                rel = classify.relative(settings, sources.root)
                script = collect.Script(settings, project.name, "event", f"{event.context}/{event.label}")
                for path in event.tags:
                    defined = check.defined(path)
                    if defined is None:
                        continue
                    line = next((n for n, text in enumerate(lines, 1) if json_string(path) in text), None)
                    entry = by_path.get(path)
                    if entry is None:
                        entry = by_path[path] = {"path": path, "defined": defined, "sites": []}
                        tags.append(entry)
                    entry["sites"].append({"file": rel, "line": line, "trigger": event.label})
                    if not defined:
                        findings.append(_finding("undefined-tag", script, settings, line,
                                                 f"{path} triggers tag change script {event.context}/{event.label} "
                                                 "but is not defined by the tag configuration", sources,
                                                 target=path, stage="static"))
    tags.sort(key=lambda t: (t["defined"], t["path"]))


def json_string(text: str) -> str:
    """``text`` as it appears inside a JSON file."""
    return json.dumps(text)


def _not_in_ignition(known: bool | None) -> str:
    return (" (nor is it in Ignition 8.1's scripting API: a 7.x-only name, a typo, or a third-party "
            "module's function)") if known is False else ""


def _siblings(projects: ProjectSet, script: collect.Script, module: str) -> frozenset[str]:
    """Python 2's implicit relative import inside a pylib package: ``import helpers`` in
    ``pkg/x.py`` is ``pkg.helpers`` when there is one."""
    if script.role != "pylib":
        return frozenset()
    package = script.name if script.path.name == "__init__.py" else script.name.rpartition(".")[0]
    head = module.partition(".")[0]
    return frozenset({head}) if package and f"{package}.{head}" in projects.pylib else frozenset()


def _import(imports: dict, findings: list[dict], script: collect.Script, sources: _Sources, rel: str,
            module: str, name: str | None, origin: str, line: int, guarded: bool) -> None:
    status = classify.import_status(module, name)
    if origin == "java" and name is None and status.status == "emulated":
        return  # ``import java.util``: the classes it uses are counted where they are used
    key = (module, name)
    entry = imports.get(key)
    if entry is None:
        entry = imports[key] = {"module": module, "name": name, "origin": origin, "status": status.status,
                                "reason": status.reason, "sites": []}
    entry["sites"].append({"file": rel, "line": line})
    if status.status == "emulated":
        return
    target = f"{module}.{name}" if name else module
    if origin == "java" and status.status == "missing":
        kind = "missing-java-class"
    else:
        kind = "refused-module" if status.status == "refused" else "missing-module"
    message = status.reason or f"{target} is not available"
    if guarded:  # the script's own fallback runs instead, as it would in Ignition without the module
        message += " (inside try/except: the script's fallback runs instead)"
    findings.append(_finding(kind, script, script.path, line, message, sources, target=target, origin=origin,
                             stage="static", guarded=guarded or None, blocking=not guarded,
                             rule=classify.rule_of(status.reason) if status.status == "refused" else None))


def _dedupe(findings: list[dict]) -> list[dict]:
    """A module that fails to load at a line also found by the parser is one finding (the
    load's, which is what actually happened)."""
    loaded_at = {(f["file"], f["line"]) for f in findings if f.get("stage") == "load"}
    seen: set[tuple] = set()
    kept = []
    for finding in findings:
        where = (finding["file"], finding["line"])
        if finding.get("stage") == "static" and finding["blocking"] and where in loaded_at:
            continue
        key = (finding["kind"], where, finding.get("target"), finding["message"])
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _coverage(calls: list[dict]) -> dict:
    spaces: dict[str, dict] = defaultdict(lambda: {"calls": 0, "emulated": 0, "functions": Counter(), "status": {}})
    for call in calls:
        space = spaces[call["namespace"]]
        space["calls"] += 1
        space["emulated"] += call["status"] == "emulated"
        space["functions"][call["function"]] += 1
        space["status"][call["function"]] = call["status"]
    namespaces = []
    for name, space in sorted(spaces.items(), key=lambda kv: (-kv[1]["calls"], kv[0])):
        namespaces.append({
            "namespace": f"system.{name}", "calls": space["calls"], "emulated": space["emulated"],
            "share": space["emulated"] / space["calls"],
            "emulated_in_shim": len(classify.emulated_functions(name)),
            "functions": [{"function": f, "calls": n, "status": space["status"][f]}
                          for f, n in sorted(space["functions"].items(), key=lambda kv: (-kv[1], kv[0]))],
        })
    total = len(calls)
    emulated = sum(c["status"] == "emulated" for c in calls)
    return {"calls": total, "emulated": emulated, "share": emulated / total if total else 1.0,
            "namespaces": namespaces}


def _projects(projects: ProjectSet, root: Path) -> list[dict]:
    found = []
    for project in projects.projects.values():
        handlers = [{"context": spec.context, "name": spec.name, "threading": spec.threading,
                     "enabled": spec.enabled, "time_limit": spec.time_limit, "problem": spec.problem,
                     "security": spec.security.as_json() if spec.security is not None else None,
                     "file": classify.relative(spec.path, root)}
                    for context in project.handlers.values() for spec in context.values()]
        events = [{"context": e.context, "kind": e.kind, "name": e.name, "label": e.label, "enabled": e.enabled,
                   "file": classify.relative(e.path, root),
                   **({"delay_ms": int(e.delay * 1000), "fixed_rate": e.fixed_rate, "threading": e.threading}
                      if e.kind == "timer" else {}),
                   **({"tags": list(e.tags), "triggers": list(e.triggers)} if e.kind == "tagchange" else {}),
                   **({"cron": e.cron} if e.kind == "scheduled" else {}),
                   **({"key": e.key} if e.kind == "keystroke" else {})}
                  for events in project.events.values() for e in events]
        found.append({"name": project.name, "title": project.title, "semantics": project.semantics,
                      "enabled": project.enabled, "parent": project.parent, "handlers": handlers,
                      "events": events, "named_queries": collect.named_queries(project.path),
                      "library": sorted(project.library), "problems": list(project.problems)})
    return found


def _summary(data: dict) -> dict:
    files = data["files"]
    modules = [f for f in files if f["load"] != "n/a"]
    blocking = [f for f in data["findings"] if f["blocking"]]
    coverage = data["coverage"]
    ready = sum(1 for f in files if not f["blocking"])
    name = Path(data["source"]).name
    summary = {
        "scripts": len(files), "ready": ready, "blocked": len(files) - ready,
        "modules": len(modules), "modules_loaded": sum(f["load"] == "loaded" for f in modules),
        "system_calls": coverage["calls"], "system_calls_emulated": coverage["emulated"],
        "coverage": coverage["share"], "blocking": len(blocking),
        "warnings": len(data["findings"]) - len(blocking),
        "by_kind": dict(Counter(f["kind"] for f in data["findings"])),
        "handlers": sum(len(p["handlers"]) for p in data["projects"]),
        "events": sum(len(p["events"]) for p in data["projects"]),
    }
    summary["status"] = "blocked" if blocking else "ready"
    summary["line"] = _line(name, files, data["findings"], data["calls"])
    owners = [p["name"] for p in data["projects"]] + ([None] if any(f["project"] is None for f in files) else [])
    summary["projects"] = [{
        "project": owner,
        "status": "blocked" if any(f["blocking"] and f["project"] == owner for f in data["findings"]) else "ready",
        "line": _line(owner or GATEWAY_FILES, [f for f in files if f["project"] == owner],
                      [f for f in data["findings"] if f["project"] == owner],
                      [c for c in data["calls"] if c["project"] == owner]),
    } for owner in owners]
    return summary


#: What the per-project summary calls the files no project owns (pylib, _global, --pylib).
GATEWAY_FILES = "gateway (pylib, shared scripts)"


def _line(name: str, files: list[dict], findings: list[dict], calls: list[dict]) -> str:
    """One summary line: scripts ready, modules that load, system.* coverage, findings."""
    modules = [f for f in files if f["load"] != "n/a"]
    ready = sum(1 for f in files if not f["blocking"])
    blocking = sum(1 for f in findings if f["blocking"])
    emulated = sum(c["status"] == "emulated" for c in calls)
    share = emulated / len(calls) if calls else 1.0
    return (f"{name}: {ready} of {len(files)} scripts ready, {sum(f['load'] == 'loaded' for f in modules)} of "
            f"{len(modules)} library modules load, system.* {share:.0%} emulated ({emulated} of {len(calls)} "
            f"call sites); {blocking} blocking, {len(findings) - blocking} warnings")
