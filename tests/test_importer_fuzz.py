"""Fuzzing: truncated, bit-flipped and random input only ever raises ExportError (and never hangs)."""
from __future__ import annotations

import base64
import gzip
import json
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runtime.core.errors import ExportError
from runtime.projects.importers import binxml, import_export, read_export
from runtime.projects.importers.eventscripts import read_event_scripts
from runtime.projects.importers.proj79 import parse_proj

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
needs_fixtures = pytest.mark.skipif(not FIXTURES.is_dir(), reason="../shared/fixtures is absent")
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def event_scripts_stream() -> bytes:
    """The decompressed gateway event.scripts of SFCRegressionTest.proj (1140 bytes)."""
    root = ET.parse(FIXTURES / "proj79" / "SFCRegressionTest.proj").getroot()
    res = next(r for r in root.iterfind("resources/resource") if r.get("type") == "event.scripts")
    return gzip.decompress(base64.b64decode("".join(res.findtext("bytes").split())))


@st.composite
def damaged(draw, data: bytes) -> bytes:
    """``data`` truncated, or with a few bits flipped, or with a byte range overwritten."""
    how = draw(st.sampled_from(["truncate", "flip", "overwrite"]))
    if how == "truncate":
        return data[: draw(st.integers(0, len(data) - 1))]
    out = bytearray(data)
    if how == "flip":
        for pos in draw(st.lists(st.integers(0, len(data) - 1), min_size=1, max_size=4)):
            out[pos] ^= 1 << draw(st.integers(0, 7))
    else:
        start = draw(st.integers(0, len(data) - 1))
        patch = draw(st.binary(min_size=1, max_size=8))
        out[start : start + len(patch)] = patch
    return bytes(out)


def only_export_errors(action) -> None:
    try:
        action()
    except ExportError as exc:
        assert "\n" not in str(exc)


@needs_fixtures
@FUZZ
@given(data=st.data())
def test_damaged_binary_xml_decodes_or_raises_export_error(data):
    stream = data.draw(damaged(event_scripts_stream()))

    def decode_and_read():
        read_event_scripts(binxml.decode(stream, where="fuzz"), "fuzz")

    only_export_errors(decode_and_read)


@FUZZ
@given(blob=st.binary(max_size=300))
def test_random_bytes_are_export_errors(blob):
    with pytest.raises(ExportError):
        binxml.decode(blob)
    only_export_errors(lambda: binxml.decode(binxml.MAGIC + blob))


@needs_fixtures
@FUZZ
@given(data=st.data())
def test_damaged_proj_reads_or_raises_export_error(data):
    text = data.draw(damaged((FIXTURES / "proj79" / "fd_diagram.proj").read_bytes()))
    only_export_errors(lambda: parse_proj(text, Path("fuzz.proj")))


@needs_fixtures
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_damaged_zip_imports_or_raises_export_error(data):
    blob = data.draw(damaged((FIXTURES / "ign8" / "GatewayConfiguration.zip").read_bytes()))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "Damaged.zip")
        src.write_bytes(blob)
        only_export_errors(lambda: import_export(src, Path(tmp, "out")))


@needs_fixtures
@settings(max_examples=60, deadline=None)
@given(data=st.data(), session=st.binary(max_size=40) | st.just(b'{"messageHandlers": [1]}'))
def test_damaged_8x_folder_imports_or_raises_export_error(data, session):
    """A project folder whose event-scripts stream is damaged but still valid gzip."""
    stream = data.draw(damaged(event_scripts_stream()))
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp, "P")
        for folder, payload in [("ignition/event-scripts", gzip.compress(stream)),
                                ("com.inductiveautomation.perspective/session-scripts", session)]:
            (project / folder).mkdir(parents=True)
            (project / folder / "resource.json").write_text(json.dumps({"files": ["data.bin"]}))
            (project / folder / "data.bin").write_bytes(payload)
        (project / "project.json").write_text("{}")
        only_export_errors(lambda: read_export(project))
