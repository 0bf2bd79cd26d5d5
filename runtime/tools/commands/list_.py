"""``shim list``: projects, their message handlers per context (with threading), and
library modules."""
from __future__ import annotations

import json
from pathlib import Path

import click

from runtime.tools.commands._common import handle_user_errors, projects_option


@click.command("list")
@projects_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per project per line.")
@handle_user_errors
def list_cmd(projects: Path, as_json: bool) -> None:
    """List projects, their message handlers and library modules."""
    from runtime.projects.loader import open_projects

    found = open_projects(projects)
    for project in found.projects.values():
        handlers = {
            context: {name: {"threading": spec.threading, "enabled": spec.enabled}
                      for name, spec in sorted(specs.items())}
            for context, specs in project.handlers.items() if specs
        }
        if as_json:
            click.echo(json.dumps({"project": project.name, "ignition": project.semantics,
                                   "parent": project.parent, "handlers": handlers,
                                   "library": sorted(project.library)}))
            continue
        parent = f", parent {project.parent}" if project.parent else ""
        click.echo(f"{project.name} (Ignition {project.semantics}{parent})")
        for context, specs in handlers.items():
            names = ", ".join(f"{name} [{info['threading']}{'' if info['enabled'] else ', disabled'}]"
                              for name, info in specs.items())
            click.echo(f"  {context} message handlers: {names}")
        if project.library:
            click.echo(f"  library: {', '.join(sorted(project.library))}")
    if found.shared and not as_json:
        click.echo(f"_global library: {', '.join(sorted(found.shared))}")
