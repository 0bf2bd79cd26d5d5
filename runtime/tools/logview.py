"""The gateway log on the command line: ``--log-level`` and ``--log-format`` for ``shim send``,
``run``, ``serve`` and ``client``.

Ignition's log viewer (Status > Diagnostics > Logs, and the gateway's wrapper.log) shows each
logger record with its time, level, logger name and message, the exception's traceback under it;
a script's ``print`` lands in wrapper.log as the bare text. The text form here keeps those
fields, prefixed with where the script ran (``[gateway X/testHandler]``), and prints stay bare so
a handler's output reads as it would in the log. ``--log-format json`` writes one JSON object
per record for machines. ``--log-level`` is the gateway's root logger level (Ignition's
Config > Logging): ``DEBUG`` makes ``logger.debug`` record, ``WARN`` silences ``info``; levels
set by ``system.util.setLoggingLevel`` for a logger still win, as in Ignition.
"""
from __future__ import annotations

import functools
import json
import time
from dataclasses import dataclass
from typing import Any, Callable

import click

from runtime.execution.log import LEVELS, PRINT_LOGGER, LogRecord, logging_levels, millis

#: The command-line names of the levels, lowest first (Ignition's, plus FATAL for 7.9's log4j).
LEVEL_NAMES = tuple(LEVELS)


def render_json(record: LogRecord) -> str:
    """One JSON object: time (ISO 8601, UTC), level, logger, message, where, project, script."""
    where, _, script_path = record.tag.rpartition(" ")
    project, _, script = script_path.partition("/") if where else ("", "", "")
    return json.dumps({
        "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.time)) + f".{millis(record.time):03d}Z",
        "level": record.level, "logger": record.logger, "message": record.message,
        "where": record.tag, "project": project or None, "script": script or None,
    }, ensure_ascii=False)


@dataclass(frozen=True)
class LogView:
    """How a command shows its gateway's log: the threshold and the format."""

    level: str = "INFO"
    format: str = "text"

    def attach(self, gateway: Any, echo: Callable[[str], None] | None = None) -> Callable[[], None]:
        """Set ``gateway``'s root logger level and show its records on stderr (or ``echo``);
        returns the function that stops showing them."""
        logging_levels(gateway)[""] = LEVELS[self.level]
        render = render_json if self.format == "json" else str
        threshold = LEVELS[self.level]
        show = echo or (lambda line: click.echo(line, err=True))

        def listener(record: LogRecord) -> None:
            if record.logger == PRINT_LOGGER or LEVELS.get(record.level, 0) >= threshold:
                show(render(record))

        for record in list(gateway.log.records):  # what the gateway logged before: loading problems
            listener(record)
        return gateway.log.subscribe(listener)


def log_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--log-level`` and ``--log-format``, handed to ``command`` as one ``log`` keyword (a LogView)."""

    @functools.wraps(command)
    def wrapper(*args: Any, log_level: str, log_format: str, **kwargs: Any) -> Any:
        return command(*args, log=LogView(log_level.upper(), log_format), **kwargs)

    wrapper = click.option("--log-format", type=click.Choice(("text", "json")), default="text", show_default=True,
                           help="How log records show on stderr: text as Ignition's log viewer "
                                "(time, level, logger, message), or one JSON object per line.")(wrapper)
    return click.option("--log-level", type=click.Choice(LEVEL_NAMES, case_sensitive=False), default="INFO",
                        show_default=True,
                        help="The gateway's root logger level: records below it are not logged "
                             "(what scripts print always shows).")(wrapper)
