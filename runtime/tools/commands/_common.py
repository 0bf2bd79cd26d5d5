"""What every ``shim`` command shares: the ``--projects`` option, one-line errors, payloads and
atomic output files."""
from __future__ import annotations

import ast
import functools
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Callable

import click

from runtime.core.errors import UserError


class BadInput(click.ClickException):
    """Bad input: one line on stderr (``Error: <message>``) per problem, and exit status 2."""

    exit_code = 2

    def show(self, file: IO[str] | None = None) -> None:
        for line in self.format_message().splitlines() or [""]:
            click.echo(f"Error: {line}", err=True, file=file)


def handle_user_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn ``UserError`` (bad projects folder, bad export ...) into one line and exit 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UserError as exc:
            raise BadInput(str(exc)) from None

    return wrapper


def projects_folder(ctx: click.Context | None, param: click.Parameter | None, value: Path | None) -> Path | None:
    """``--projects`` (and ``--against``): a folder that holds no project is refused at once,
    in one line (a folder that does not exist is reported by loading it)."""
    from runtime.projects.loader import holds_projects

    if value is not None and value.is_dir() and not holds_projects(value):
        raise BadInput(f"{value} holds no project (a project is a folder with project.json, gateway/, "
                       "client/, perspective/ or library/; or give an Ignition export)")
    return value


projects_option = click.option(
    "--projects", "projects", default="projects", show_default=True, callback=projects_folder,
    type=click.Path(path_type=Path, file_okay=True, dir_okay=True),
    help="The projects folder (native layout), or an Ignition export.",
)


def write_output(path: Path, text: str) -> None:
    """Write a command's output file atomically (a temporary file beside it, then renamed), so a
    failed or interrupted run never leaves a half-written trace or report; an unwritable path is
    one ``BadInput`` line."""
    path = Path(path)
    try:
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent or Path("."),
                                             prefix=f".{path.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise BadInput(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError as exc:
        Path(handle.name).unlink(missing_ok=True)
        raise BadInput(f"cannot write {path}: {exc.strerror or exc}") from None


startup_option = click.option(
    "--no-startup", "startup", is_flag=True, default=True, flag_value=False,
    help="Do not run the projects' startup scripts (nor start their tag change scripts) first.",
)


def start_events(gateway: Any, startup: bool) -> None:
    """What a short-lived command's gateway runs before its work: the startup scripts (and
    client startup scripts of sessions it opens), tag change scripts listening; timers and
    scheduled scripts run only in ``shim serve`` (a long-running gateway)."""
    if startup:
        gateway.start(timers=False)


#: ``--payload``'s help text (send and request).
PAYLOAD_HELP = ("The payload: a JSON object, a Python dict literal ({'a': 1}), @FILE.json, "
                "or - for standard input.")


def parse_payload(text: str | None, what: str = "--payload") -> dict | None:
    """``--payload``: a JSON object, a Python literal (``{'a': 1}``, ``u'x'``, ``True``, ``None``:
    what a Jython user types, read with ``ast.literal_eval``, never evaluated), ``@file.json`` or
    ``-`` (standard input). ``null``/``None`` is no payload (it arrives as an empty dict, as in
    Ignition). Anything else is one error line naming the position."""
    if text is None:
        return None
    if text == "-":
        what, text = f"{what} - (standard input)", click.get_text_stream("stdin").read()
    elif text.startswith("@"):
        file = Path(text[1:])
        try:
            text = file.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise BadInput(f"{what}: cannot read {file}: {exc.strerror or exc}") from None
        except UnicodeDecodeError as exc:
            raise BadInput(f"{what}: {file} is not UTF-8 text (byte {exc.start})") from None
        what = f"{what} @{file}"
    if not text.strip():
        raise BadInput(f"{what} is empty (expected an object like '{{\"key\": 1}}')")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        value = _python_literal(text, what, exc)
    except (RecursionError, ValueError) as exc:
        raise BadInput(f"{what} cannot be read: {type(exc).__name__}: {exc}") from None
    if value is None:
        return None
    if not isinstance(value, dict):
        raise BadInput(f"{what} must be an object like '{{\"key\": 1}}' or {{'key': 1}}, "
                       f"not {_kind(value)}")
    return value


def _python_literal(text: str, what: str, json_error: json.JSONDecodeError) -> Any:
    """``text`` as a Python literal; when it is not one either, the error names where it stops
    being valid (Python's position when it is not even an expression, JSON's when it was written
    as JSON or holds names or calls)."""
    json_position = (f"{what} is neither JSON nor a Python literal: {json_error.msg} "
                     f"(line {json_error.lineno}, column {json_error.colno})")
    try:
        return ast.literal_eval(text.strip())
    except SyntaxError as exc:
        if "'" not in text:  # written as JSON: JSON's complaint is the one that helps
            raise BadInput(json_position) from None
        raise BadInput(f"{what} is neither JSON nor a Python literal: {exc.msg} "
                       f"(line {exc.lineno}, column {exc.offset})") from None
    except (ValueError, TypeError):  # an expression, but with names or calls in it
        raise BadInput(f"{json_position}; quote strings, as in {{'key': 'text'}}") from None
    except (RecursionError, MemoryError):
        raise BadInput(f"{what} cannot be read: nested too deeply") from None


def _kind(value: Any) -> str:
    return {list: "a list", tuple: "a tuple", str: "a string", bool: "a boolean", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)
