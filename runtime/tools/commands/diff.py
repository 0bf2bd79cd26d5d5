"""``shim diff``: run a scenario on two project versions (or under two semantics) and print only
what differs; or compare two recorded traces.

The closing line on stderr counts the handler runs compared, those that failed on both sides and
those that differ (``--strict``: failing identically is a difference too). Exit status: 0
identical, 1 different, 2 bad input (a scenario naming a project or handler neither side has).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from runtime.tools.commands._common import BadInput, handle_user_errors, projects_folder, projects_option
from runtime.tools.commands.record import record_scenarios
from runtime.projects.loader import SEMANTICS


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="SCENARIO | TRACE_A TRACE_B",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@projects_option
@click.option("--against", type=click.Path(path_type=Path), callback=projects_folder, help="The other projects folder (default: --projects).")
@click.option("--semantics", type=click.Choice(SEMANTICS), help="Semantics for --projects.")
@click.option("--against-semantics", type=click.Choice(SEMANTICS), help="Semantics for --against.")
@click.option("--strict", is_flag=True,
              help="Count a handler run that failed identically on both sides as a difference.")
@handle_user_errors
def diff(inputs: tuple[Path, ...], projects: Path, against: Path | None, semantics: str | None,
         against_semantics: str | None, strict: bool) -> None:
    """Run SCENARIO on --projects and --against (or under --semantics and --against-semantics)
    and show what differs; or compare TRACE_A and TRACE_B (from shim record)."""
    from runtime.tools.trace import read_trace
    from runtime.tools.tracediff import Summary, diff_traces

    if len(inputs) == 2:
        if against or semantics or against_semantics:
            raise BadInput("two traces are compared as they are: --against and --semantics apply to a scenario")
        a, b = read_trace(inputs[0]), read_trace(inputs[1])
        labels = (str(inputs[0]), str(inputs[1]))
    elif len(inputs) == 1:
        if against is None and against_semantics is None:
            raise BadInput("nothing to compare: give --against DIR and/or --against-semantics 7.9|8.1")
        other = against or projects
        a, b = record_scenarios(inputs[0], [(projects, semantics), (other, against_semantics)])
        labels = (_label(projects, semantics), _label(other, against_semantics))
    else:
        raise BadInput("expected a scenario, or two traces")
    summary = Summary()
    lines = diff_traces(a, b, *labels, strict=strict, summary=summary)
    for line in lines:
        click.echo(line)
    if lines:
        click.echo(f"shim: differences found ({summary.line(strict)})", err=True)
        sys.exit(1)
    click.echo(f"shim: no differences ({summary.line(strict)})", err=True)


def _label(projects: Path, semantics: str | None) -> str:
    return f"{projects} ({semantics})" if semantics else str(projects)
