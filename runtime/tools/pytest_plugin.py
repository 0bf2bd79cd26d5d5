"""shim's pytest plugin (registered through the ``pytest11`` entry point: on once installed).

Fixtures:

* ``shim``: a ``runtime.tools.tester.ShimTester`` on a fresh gateway over the projects folder;
  handlers run synchronously (inline), so a test asserts right after sending;
* ``shim_projects``: that folder (override the fixture in a conftest.py to use another one);
* ``shim_gateway`` (``shim.gateway``) and ``shim_runs`` (``shim.runs``).

Where the projects come from: ``@pytest.mark.shim(projects="dir")`` (relative to the test
file), else ``--shim-projects DIR``, else the ini option ``shim_projects`` (relative to the ini
file), else ``projects`` under the rootdir. ``@pytest.mark.shim(semantics="8.1")``,
``--shim-semantics`` or the ini ``shim_semantics`` run every project under those semantics;
``@pytest.mark.shim(synchronous=False)`` runs handlers on the gateway's threads as in production.

A test fails when a handler fails: the helpers raise ``HandlerError`` with the handler's own
traceback, and a handler error no helper reported fails the test at its end. A failed test's
report has a "shim log" section: everything the handlers printed and logged.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest

from runtime.projects.loader import SEMANTICS

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway
    from runtime.execution.log import HandlerRun
    from runtime.tools.tester import ShimTester

#: The test's ShimTester, for the report hook.
_TESTER = pytest.StashKey["ShimTester"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("shim", "Ignition scripts under shim")
    group.addoption("--shim-projects", metavar="DIR",
                    help="projects folder (or Ignition export) for the shim fixture (default: <rootdir>/projects)")
    group.addoption("--shim-semantics", choices=SEMANTICS,
                    help="run every project under Ignition 7.9 or 8.1 semantics")
    parser.addini("shim_projects", "projects folder for the shim fixture, relative to the ini file")
    parser.addini("shim_semantics", "Ignition semantics (7.9 or 8.1) for every project under test")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "shim(projects=None, semantics=None, synchronous=True): the projects folder "
                   "(relative to the test file), Ignition semantics and threading of the shim fixture")


def _marker(request: pytest.FixtureRequest) -> dict:
    marker = request.node.get_closest_marker("shim")
    return dict(marker.kwargs) if marker is not None else {}


@pytest.fixture
def shim_projects(request: pytest.FixtureRequest) -> Path:
    """The projects folder the ``shim`` fixture loads."""
    config = request.config
    marked = _marker(request).get("projects")
    if marked is not None:
        return request.path.parent / marked
    option = config.getoption("--shim-projects")
    if option:
        return config.invocation_params.dir / option
    ini = config.getini("shim_projects")
    if ini:
        return (config.inipath.parent if config.inipath else config.rootpath) / ini
    return config.rootpath / "projects"


@pytest.fixture
def shim(request: pytest.FixtureRequest, shim_projects: Path) -> Iterator["ShimTester"]:
    """A ShimTester: a gateway on ``shim_projects`` and what its handlers did."""
    from runtime.core.errors import UserError
    from runtime.gateway import Gateway
    from runtime.projects.loader import open_projects
    from runtime.tools.tester import ShimTester

    marked = _marker(request)
    semantics = (marked.get("semantics") or request.config.getoption("--shim-semantics")
                 or request.config.getini("shim_semantics") or None)
    try:
        projects = open_projects(shim_projects, semantics)
    except UserError as exc:
        pytest.fail(f"shim: {exc}", pytrace=False)
    gateway = Gateway(projects, synchronous=marked.get("synchronous", True), clock="virtual", start=False)
    tester = ShimTester(gateway)
    gateway.start()  # startup scripts run (and are recorded) before the test body
    request.node.stash[_TESTER] = tester
    try:
        yield tester
    finally:
        tester.close()


@pytest.fixture
def shim_gateway(shim: "ShimTester") -> "Gateway":
    """The ``shim`` fixture's Gateway."""
    return shim.gateway


@pytest.fixture
def shim_runs(shim: "ShimTester") -> list["HandlerRun"]:
    """Every handler run of the ``shim`` fixture's gateway, in the order they finished."""
    return shim.runs


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Add the shim log to the report, and fail a passing test whose handlers failed unseen."""
    tester = item.stash.get(_TESTER, None) if call.when == "call" else None
    if tester is not None:
        tester.gateway.wait_idle(tester.timeout)
        if tester.records:
            item.add_report_section("call", "shim log", "\n".join(map(str, tester.records)))
    outcome = yield
    if tester is not None:
        report = outcome.get_result()
        unseen = tester.unreported_errors()
        if report.passed and unseen:
            from runtime.tools.tester import HandlerError

            report.outcome = "failed"
            report.longrepr = str(HandlerError(unseen, "shim: handlers failed during the test:"))
