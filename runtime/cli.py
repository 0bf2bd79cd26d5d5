"""The ``shim`` command line: a click group whose commands load lazily.

Each command lives in its own module under ``runtime/tools/commands/`` and is imported only when it
runs, so ``shim send`` does not pay for the importer, the console or NATS. Bad input anywhere
becomes one line on stderr and exit status 2 (see ``runtime.core.errors.UserError``).
"""
from __future__ import annotations

import importlib

import click

#: command name -> "module:attribute" of its click.Command, imported on first use.
COMMANDS: dict[str, str] = {
    "send": "runtime.tools.commands.send:send",
    "request": "runtime.tools.commands.request:request",
    "check": "runtime.tools.commands.check:check",
    "assess": "runtime.tools.commands.assess:assess",
    "import": "runtime.tools.commands.import_:import_cmd",
    "list": "runtime.tools.commands.list_:list_cmd",
    "serve": "runtime.tools.commands.serve:serve",
    "client": "runtime.tools.commands.client:client_cmd",
    "network-config": "runtime.tools.commands.network_config:network_config",
    "console": "runtime.tools.commands.console:console",
    "run": "runtime.tools.commands.run:run",
    "record": "runtime.tools.commands.record:record",
    "diff": "runtime.tools.commands.diff:diff",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="shim-ignition")
def main() -> None:
    """shim: run Ignition message handlers and scripts outside Ignition."""
    from runtime.core.budget import cap_process_memory

    cap_process_memory()  # a script's runaway allocation fails in the script, not on the host
