"""``shim assess EXPORT_OR_FOLDER``: a migration-readiness report, without running handlers.

Exit status for CI: 0 when nothing blocks, 1 when something does, 2 on bad input (one line)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from runtime.projects.importers import detect
from runtime.tools.commands._common import BadInput, handle_user_errors, projects_folder, write_output


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--pylib", "pylib", multiple=True, type=click.Path(path_type=Path),
              help="A pylib folder (Ignition's user-lib/pylib) the project imports from; repeatable.")
@click.option("--html", "html", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report as one self-contained HTML page.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr (default: when stderr is a terminal).")
@handle_user_errors
def assess(source: Path, pylib: tuple[Path, ...], html: Path | None, as_json: bool,
           progress: bool | None) -> None:
    """What of a project runs under shim: translate, compile and load verdicts, system.*
    coverage, Java classes and modules, event scripts, handlers, named queries and tags
    (exit 1 if anything blocks)."""
    from runtime.tools.assess.report import assess as run_assessment
    from runtime.tools.assess.report_html import render_html
    from runtime.tools.assess.report_json import render_json

    if not source.exists():
        raise BadInput(f"{source}: no such export or projects folder")
    for folder in pylib:
        if not folder.is_dir():
            raise BadInput(f"--pylib {folder}: not a folder")
    if source.is_dir():
        projects_folder(None, None, source)
    elif detect(source) is None:
        raise BadInput(f"{source}: not an Ignition export (a 7.9 .proj, an 8.x project zip) "
                       "nor a projects folder")
    show = progress if progress is not None else sys.stderr.isatty()
    bar = _Bar() if show else None
    try:
        data = run_assessment(source, pylib, progress=bar.start if bar else None)
    finally:
        if bar:
            bar.close()
    if html is not None:
        write_output(html, render_html(data))
    if as_json:
        click.echo(render_json(data), nl=False)
    else:
        _print_text(data)
    if data["summary"]["status"] != "ready":
        sys.exit(1)


def _print_text(data: dict) -> None:
    """Every blocking item, one line each; warnings by kind, the first few of each shown (all
    of them are in --json and --html)."""
    shown: dict[str, int] = {}
    for finding in data["findings"]:
        where = f"{finding['file']}:{finding['line'] or 1}"
        if finding["blocking"]:
            click.echo(f"{where}: blocking: {finding['kind']}: {finding['message']}")
            continue
        shown[finding["kind"]] = shown.get(finding["kind"], 0) + 1
        if shown[finding["kind"]] <= WARNINGS_SHOWN:
            click.echo(f"{where}: warning: {finding['kind']}: {finding['message']}")
    for kind, count in shown.items():
        if count > WARNINGS_SHOWN:
            click.echo(f"... and {count - WARNINGS_SHOWN} more {kind} warnings (see --json or --html)")
    summary = data["summary"]
    if len(summary["projects"]) > 1:
        for project in summary["projects"]:
            click.echo(project["line"])
    click.echo(summary["line"])


#: Warnings of one kind printed before the rest are counted.
WARNINGS_SHOWN = 5


class _Bar:
    """click's progress bar on stderr, started once the number of steps is known."""

    def __init__(self) -> None:
        self.bar = None

    def start(self, total: int):
        self.bar = click.progressbar(length=total, label="assessing", file=sys.stderr)
        self.bar.__enter__()
        return lambda: self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
