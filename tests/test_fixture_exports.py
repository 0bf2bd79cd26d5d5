"""The real Ignition exports in ../shared/fixtures: each one is listed and each of its gateway
handlers runs; a failure comes from the script's own body, reported with its own line."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from runtime.cli import main

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
EXPORTS = sorted(FIXTURES.glob("proj79/*.proj")) + sorted(FIXTURES.glob("ign8/*.zip"))

pytestmark = pytest.mark.skipif(not EXPORTS, reason="../shared/fixtures is not present")


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SHIM_CACHE_DIR", str(tmp_path / "cache"))


def listed(export: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["list", "--json", "--projects", str(export)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("export", EXPORTS, ids=lambda p: p.name)
def test_list_shows_the_message_handlers(export):
    projects = listed(export)
    assert projects and all(p["handlers"].get("gateway") for p in projects)


def gateway_handlers():
    for export in EXPORTS:
        for project in listed(export):
            for handler in project["handlers"]["gateway"]:
                yield pytest.param(export, project["project"], handler, id=f"{export.name}:{handler}")


@pytest.mark.parametrize("export, project, handler", list(gateway_handlers()))
def test_send_runs_each_gateway_handler(export, project, handler):
    result = CliRunner().invoke(main, ["send", project, handler, "--scope", "G", "--payload", "{}",
                                       "--projects", str(export)])
    assert result.stdout.startswith(f"type=Gateway,project={project},messageHandler={handler},")
    if result.exit_code == 1:  # the script's own failure, located in its own file
        trace = result.stderr
        assert re.search(rf'gateway/message/{re.escape(handler)}\.py", line \d+, in handleMessage\n    \S', trace), trace
        assert "runtime/" not in trace.split("Traceback")[-1]
    else:
        assert result.exit_code == 0, result.output
