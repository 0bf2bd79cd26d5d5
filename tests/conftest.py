"""Shared fixtures: build a projects folder from a dict, and gateways on it."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what a value is, never how fast it came: hypothesis's default 200 ms
# deadline per example turns a loaded CI machine into failures.
settings.register_profile("shim", deadline=None)
settings.load_profile("shim")

# Each test session compiles into its own cache, so results never depend on a warm ~/.cache.
os.environ.setdefault("SHIM_CACHE_DIR", "off")


def write_tree(root: Path, files: dict[str, object]) -> Path:
    """Write ``{"X/gateway/message/h.py": "print 1", "X/project.json": {...}}`` under root."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, (dict, list)):
            path.write_text(json.dumps(content), encoding="utf-8")
        else:
            path.write_text(str(content), encoding="utf-8")
    return root


@pytest.fixture
def make_projects(tmp_path):
    """``make_projects({...})`` -> a projects folder with those files."""
    def make(files: dict[str, object]) -> Path:
        return write_tree(tmp_path / "projects", files)
    return make


@pytest.fixture
def make_gateway(make_projects):
    """``make_gateway({...}, synchronous=True)`` -> a Gateway on those files, closed after."""
    from runtime.gateway import Gateway

    opened = []

    def make(files: dict[str, object], **kwargs) -> Gateway:
        gateway = Gateway(make_projects(files), **kwargs)
        opened.append(gateway)
        return gateway

    yield make
    for gateway in opened:
        gateway.close()


@pytest.fixture
def run(tmp_path):
    """``run(source)`` -> what a sandboxed legacy script printed (uncaught error appended)."""
    from runtime.tools.testing import run_legacy_script

    def run_script(source: str) -> str:
        return run_legacy_script(source, str(tmp_path / "script.py"))
    return run_script


EXAMPLE = Path(__file__).resolve().parents[1] / "projects"


# -- figures the reliability tests report at the end of the run (CI logs show them) ------------

_FIGURES: list[str] = []


@pytest.fixture
def report_figure():
    """``report_figure("load: sent 20000, ...")``: printed in pytest's terminal summary."""
    return _FIGURES.append


def pytest_terminal_summary(terminalreporter):
    if _FIGURES:
        terminalreporter.section("shim figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)
