"""``shim record``: play a scenario on a projects folder and write its trace (JSON lines).

Exit status: 0 recorded (handler failures are part of the trace, not of the exit status),
2 bad input (a bad scenario: one line per problem, naming the step and the field; a project or
handler the folder does not have; an unwritable --out). The trace file is written atomically.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from runtime.tools.commands._common import BadInput, handle_user_errors, projects_option, write_output
from runtime.projects.loader import SEMANTICS

scenario_argument = click.argument("scenario", type=click.Path(exists=True, dir_okay=False, path_type=Path))


def record_scenarios(scenario: Path, sides: list[tuple[Path, str | None]]) -> list[list[dict]]:
    """The trace of ``scenario`` on each ``(projects, semantics)`` side (``semantics`` overrides
    the scenario's own). The scenario is checked against every side before anything runs."""
    from runtime.projects.loader import open_projects
    from runtime.tools.scenario import check_targets, load_scenario
    from runtime.tools.trace import record

    plan = load_scenario(scenario)
    folders = [open_projects(projects.resolve(), semantics or plan.semantics) for projects, semantics in sides]
    check_targets(plan, folders)
    return [record(plan, folder) for folder in folders]


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
    import io

    from runtime.tools.trace import write_trace

    if str(out) != "-" and not out.parent.is_dir():  # say so before running anything
        raise BadInput(f"cannot write {out}: folder {out.parent} does not exist")
    [events] = record_scenarios(scenario, [(projects, semantics)])
    if str(out) == "-":
        write_trace(events, sys.stdout)
    else:
        text = io.StringIO()
        write_trace(events, text)
        write_output(out, text.getvalue())
    runs = sum(1 for event in events if "run" in event)
    click.echo(f"shim: recorded {runs} handler run(s) in {len(events) - runs} step(s)", err=True)
