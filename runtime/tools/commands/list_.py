"""``shim list``: projects, their message handlers per context (with threading), event
scripts (with their schedules and tags), and library modules."""
from __future__ import annotations

import json
from pathlib import Path

import click

from runtime.projects.events import EventSpec
from runtime.tools.commands._common import handle_user_errors, projects_option


@click.command("list")
@projects_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per project per line.")
@handle_user_errors
def list_cmd(projects: Path, as_json: bool) -> None:
    """List projects, their message handlers and library modules."""
    from runtime.projects.loader import open_projects

    found = open_projects(projects)
    for warning in found.all_warnings():
        click.echo(f"warning: {warning}", err=True)
    for project in found.projects.values():
        handlers = {
            context: {name: {"threading": spec.threading, "enabled": spec.enabled}
                      for name, spec in sorted(specs.items())}
            for context, specs in project.handlers.items() if specs
        }
        events = {context: [_event_info(spec) for spec in specs] for context, specs in project.events.items() if specs}
        if as_json:
            click.echo(json.dumps({"project": project.name, "ignition": project.semantics,
                                   "parent": project.parent, "handlers": handlers, "events": events,
                                   "library": sorted(project.library)}))
            continue
        parent = f", parent {project.parent}" if project.parent else ""
        click.echo(f"{project.name} (Ignition {project.semantics}{parent})")
        for context, specs in handlers.items():
            names = ", ".join(f"{name} [{info['threading']}{'' if info['enabled'] else ', disabled'}]"
                              for name, info in specs.items())
            click.echo(f"  {context} message handlers: {names}")
        for context, infos in events.items():
            click.echo(f"  {context} event scripts: {', '.join(_event_line(info) for info in infos)}")
        if project.library:
            click.echo(f"  library: {', '.join(sorted(project.library))}")
    if found.shared and not as_json:
        click.echo(f"_global library: {', '.join(sorted(found.shared))}")


def _event_info(spec: EventSpec) -> dict:
    """What ``--json`` shows of one event script: its kind, name and the settings that say
    when it runs."""
    info: dict = {"kind": spec.kind, "name": spec.name, "enabled": spec.enabled}
    if spec.kind == "timer":
        info.update(delay=round(spec.delay * 1000), fixedRate=spec.fixed_rate, threading=spec.threading)
    elif spec.kind == "tagchange":
        info.update(tags=list(spec.tags), triggers=list(spec.triggers))
    elif spec.kind == "scheduled":
        info["cron"] = spec.cron
    elif spec.kind == "keystroke":
        info["key"] = spec.key
    return info


def _event_line(info: dict) -> str:
    kind = info["kind"]
    label = kind if kind in ("startup", "shutdown") else f"{kind}/{info['name']}"
    detail = {
        "timer": lambda: f"every {info.get('delay')} ms{', fixed rate' if info.get('fixedRate') else ''}, {info.get('threading')}",
        "tagchange": lambda: ", ".join(info.get("tags", [])) or "no tags",
        "scheduled": lambda: info.get("cron", ""),
        "keystroke": lambda: info.get("key", ""),
    }.get(kind)
    parts = [detail()] if detail else []
    if not info["enabled"]:
        parts.append("disabled")
    return label + (f" [{'; '.join(parts)}]" if parts else "")
    if found.pylib and not as_json:
        click.echo(f"_gateway pylib: {', '.join(sorted(found.pylib))}")
