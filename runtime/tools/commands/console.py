"""``shim console``: the interactive script console (``runtime.tools.console``).

With stdin not a terminal (``shim console < script.py``, a pipe), the whole input runs as one
script, exactly as ``shim run`` runs a file: splitting piped code into console entries would
break every function body with a blank line in it, which Python's own REPL is known for.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from runtime.tools.commands._common import handle_user_errors, start_events
from runtime.tools.commands.run import execute, session_login, target_options


@click.command()
@target_options
@handle_user_errors
def console(project: str | None, context: str, user: str, roles: str, comm: str | None,
            projects: Path, startup: bool) -> None:
    """An interactive script console, like the Designer's, on a local gateway.

    With input piped in (shim console < script.py) the whole input runs as one script, as
    shim run runs a file."""
    if not sys.stdin.isatty():
        sys.exit(execute(sys.stdin.read(), "<stdin>", projects=projects, project=project,
                         context=context, user=user, roles=roles, timeout=60.0, comm=comm,
                         startup=startup))
    from prompt_toolkit.patch_stdout import patch_stdout

    from runtime.tools.console import Console
    from runtime.gateway import Gateway
    from runtime.tools.interpreter import open_interpreter
    from runtime.projects.loader import open_projects

    login = session_login(context, user, roles, comm)
    gateway = Gateway(open_projects(projects), start=False)
    try:
        interpreter = open_interpreter(gateway, context=context, project=project, **login,
                                       out=print, err=print)
        shown = gateway.log.subscribe(lambda record: print(str(record)))  # what startup prints
        start_events(gateway, startup)
        shown()
        with patch_stdout(raw=True):
            Console(interpreter).interact()
    finally:
        gateway.close(wait=False)
