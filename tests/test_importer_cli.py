"""``shim import``: summary on success, one line and exit status 2 on bad input."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from runtime.tools.commands.import_ import import_cmd

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
needs_fixtures = pytest.mark.skipif(not FIXTURES.is_dir(), reason="../shared/fixtures is absent")


def run(*args: str):
    return CliRunner().invoke(import_cmd, [str(a) for a in args])


def assert_one_line_error(result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
    assert fragment in result.stderr and "Traceback" not in result.stderr


@needs_fixtures
def test_import_prints_summary_then_refuses_to_overwrite_without_force(tmp_path):
    first = run(FIXTURES / "proj79" / "Scratch.proj", "--into", tmp_path)
    assert first.exit_code == 0, first.output
    lines = first.stdout.splitlines()
    assert lines[0] == "imported Scratch.proj (7.9 .proj)"
    assert lines[1] == f"Scratch -> {tmp_path / 'Scratch'}"
    assert any(line.startswith("  gateway message handlers (10): sfcActivateStep") for line in lines)
    assert "  client message handlers (5): ocAlert, automatedDownload, consoleManager, gatherRecipe, sfcMessage" in lines
    assert "notes:" in lines
    assert_one_line_error(run(FIXTURES / "proj79" / "Scratch.proj", "--into", tmp_path), "already exists (use --force")
    assert run(FIXTURES / "proj79" / "Scratch.proj", "--into", tmp_path, "--force").exit_code == 0


@needs_fixtures
def test_import_zip(tmp_path):
    result = run(FIXTURES / "ign8" / "GatewayConfiguration.zip", "--into", tmp_path)
    assert result.exit_code == 0, result.output
    assert "  gateway message handlers (7):" in result.stdout
    assert json.loads((tmp_path / "GatewayConfiguration" / "project.json").read_text())["ignition"] == "8.1"


def test_garbled_export_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "Broken.proj"
    bad.write_bytes(b"<project><version><major>7</major></version><name>B</name><resources>"
                    b"<resource id='1' type='event.scripts'><bytes>" + b"H4sIAAAA" + b"</bytes></resource></resources></project>")
    assert_one_line_error(run(bad, "--into", tmp_path / "out"), "Broken.proj: resource 'event.scripts' (id 1): truncated gzip data")
    assert not (tmp_path / "out" / "B").exists()


@pytest.mark.parametrize("name, content", [("missing.proj", None), ("data.bin", gzip.compress(b"x"))])
def test_missing_or_foreign_input_is_one_line_exit_2(tmp_path, name, content):
    src = tmp_path / name
    if content is not None:
        src.write_bytes(content)
    assert_one_line_error(run(src, "--into", tmp_path / "out"), name)
