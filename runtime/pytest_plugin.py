"""shim's pytest plugin (registered through the ``pytest11`` entry point: on once installed).

Fixtures for testing a projects folder's handlers:

* ``shim_gateway``: a ``Gateway`` on ``--shim-projects`` (default ``./projects``), closed after
  the test; handlers run synchronously, so a test can assert right after sending;
* ``shim_runs``: every ``HandlerRun`` of that gateway (output lines, result, error) in order.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("shim", "Ignition scripts under shim")
    group.addoption("--shim-projects", default="projects",
                    help="projects folder for the shim_gateway fixture (default: ./projects)")


@pytest.fixture
def shim_gateway(request: pytest.FixtureRequest) -> Iterator["object"]:
    """A synchronous gateway on the projects folder given by ``--shim-projects``."""
    from runtime.gateway import Gateway

    folder = Path(request.config.getoption("--shim-projects"))
    gateway = Gateway(folder, synchronous=True)
    try:
        yield gateway
    finally:
        gateway.close()


@pytest.fixture
def shim_runs(shim_gateway) -> list:
    """The handler runs of ``shim_gateway``, appended as they finish."""
    runs: list = []
    shim_gateway.log.on_run(runs.append)
    return runs
