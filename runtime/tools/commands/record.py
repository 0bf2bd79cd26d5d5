"""``shim record``: play a scenario on a projects folder and write its trace (JSON lines).

Exit status: 0 recorded (handler failures are part of the trace, not of the exit status),
2 bad input (a bad scenario names the step and the field).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from runtime.tools.commands._common import handle_user_errors, projects_option
from runtime.projects.loader import SEMANTICS

scenario_argument = click.argument("scenario", type=click.Path(exists=True, dir_okay=False, path_type=Path))


def record_scenario(scenario: Path, projects: Path, semantics: str | None) -> list[dict]:
    """The trace of ``scenario`` on ``projects``; ``semantics`` overrides the scenario's own."""
    from runtime.projects.loader import open_projects
    from runtime.tools.scenario import load_scenario
    from runtime.tools.trace import record

    plan = load_scenario(scenario)
    return record(plan, open_projects(projects.resolve(), semantics or plan.semantics))


@click.command()
@scenario_argument
@projects_option
@click.option("--semantics", type=click.Choice(SEMANTICS),
              help="Run every project under these semantics (overrides the scenario's).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path, allow_dash=True), default="-",
              show_default=True, help="The trace file ('-': stdout).")
@handle_user_errors
def record(scenario: Path, projects: Path, semantics: str | None, out: Path) -> None:
    """Run SCENARIO and record every handler run: inputs, prints, logs, sends, result, error."""
    from runtime.tools.trace import write_trace

    events = record_scenario(scenario, projects, semantics)
    if str(out) == "-":
        write_trace(events, sys.stdout)
    else:
        with out.open("w", encoding="utf-8") as handle:
            write_trace(events, handle)
    runs = sum(1 for event in events if "run" in event)
    click.echo(f"shim: recorded {runs} handler run(s) in {len(events) - runs} step(s)", err=True)
