"""What every ``shim`` command shares: the ``--projects`` option and one-line errors."""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Callable

import click

from runtime.core.errors import UserError


class BadInput(click.ClickException):
    """Bad input: one line on stderr (``Error: <message>``) and exit status 2."""

    exit_code = 2


def handle_user_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn ``UserError`` (bad projects folder, bad export ...) into one line and exit 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UserError as exc:
            raise BadInput(str(exc)) from None

    return wrapper


projects_option = click.option(
    "--projects", "projects", default="projects", show_default=True,
    type=click.Path(path_type=Path, file_okay=True, dir_okay=True),
    help="The projects folder (native layout).",
)


def parse_json_object(text: str | None, what: str) -> dict | None:
    """``--payload`` and friends: a JSON object, or one clear error line."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{what} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except (RecursionError, ValueError) as exc:
        raise BadInput(f"{what} cannot be read: {type(exc).__name__}: {exc}") from None
    if not isinstance(value, dict):
        raise BadInput(f"{what} must be a JSON object like '{{\"key\": 1}}', not {type(value).__name__}")
    return value
