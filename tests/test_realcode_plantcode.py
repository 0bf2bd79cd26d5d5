"""Real code loads (issue #17), at real size: plant libraries of a few hundred lines per module,
written in the style of real Ignition project libraries by ``runtime.tools.plantcode`` (an 8.1
project library, a 7.9 one with ``shared.*`` helpers, and a gateway pylib package tree), go through
``shim check`` with no refusal, import in a gateway with every module's ``selftest()`` passing
(its asserts hold what Jython 2.7 answers), and compile under real Jython (one process for every
file), so shim refuses nothing Jython accepts.

The suite runs a smaller library (about 60 modules, ~20,000 lines: every construct of the
generator, at a cost of a few seconds); ``SHIM_PLANTCODE_FULL=1`` runs the issue's size (300
8.1 modules, 100 7.9 modules, a 400-module pylib).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from runtime.gateway import Gateway
from runtime.projects.loader import open_projects
from runtime.tools.plantcode import write_library, write_pylib
from runtime.tools.plantcode.jython import write_jython_compiler
from runtime.tools.testing import run_legacy_script

JYTHON = os.environ.get("SHIM_JYTHON") or shutil.which("jython")
FULL = os.environ.get("SHIM_PLANTCODE_FULL") == "1"
SIZES = {"8.1": 300, "7.9": 100, "pylib": 400} if FULL else {"8.1": 24, "7.9": 12, "pylib": 24}
SEED = 17


@pytest.fixture(scope="module")
def plant(tmp_path_factory):
    """One projects folder with the three libraries; Jython compiles them in the background
    while shim checks them (its own disk cache, which the imports then read)."""
    base = tmp_path_factory.mktemp("plantcode")
    root = base / "projects"
    parts = {"8.1": write_library(root, SIZES["8.1"], SEED, ignition="8.1", project="Plant"),
             "7.9": write_library(root, SIZES["7.9"], SEED, ignition="7.9", project="Legacy"),
             "pylib": write_pylib(root, SIZES["pylib"], SEED, project="Plant")}
    files = [f for part in parts.values() for f in part.files]
    jython = None
    if JYTHON:
        jython = subprocess.Popen([JYTHON, *write_jython_compiler(base, files)], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SHIM_CACHE_DIR", str(base / "cache"))
        check = subprocess.run([sys.executable, "-m", "runtime", "check", "--projects", str(root), "--json"],
                               capture_output=True, text=True, timeout=600)
        gateway = Gateway(open_projects(root), start=False)
        try:
            outputs = {name: run_legacy_script(part.selftest_script(), str(root / f"selftest_{name}.py"),
                                               gateway=gateway, project=part.project)
                       for name, part in parts.items()}
        finally:
            gateway.close(wait=False)
    verdict = None
    if jython is not None:
        _, err = jython.communicate(timeout=600)
        verdict = ((base / "jython.txt").read_text() if jython.returncode == 0 else None, err)
    return {"parts": parts, "files": files, "check": check, "outputs": outputs, "jython": verdict}


def test_the_libraries_are_real_size(plant):
    parts = plant["parts"]
    assert len(plant["files"]) == sum(SIZES.values())
    lines = [len(f.read_text().splitlines()) for f in parts["8.1"].files[5:]]
    assert min(lines) >= 150 and sum(lines) / len(lines) >= 250, lines
    assert sum(p.lines for p in parts.values()) >= 15000


def test_shim_check_refuses_none_of_them(plant):
    check = plant["check"]
    results = [json.loads(line) for line in check.stdout.splitlines()]
    bad = [r for r in results if r["status"] != "ok"]
    assert not bad and check.returncode == 0, (bad[:5], check.stderr[-2000:])
    assert len(results) == len(plant["files"])
    # the 7.9 library is Jython 2.5 code: no 2.6/2.7 syntax warnings for Ignition 7.9
    legacy = {str(f) for f in plant["parts"]["7.9"].files}
    assert not [r for r in results if r["file"] in legacy and r.get("warnings")]


@pytest.mark.parametrize("part", ["8.1", "7.9", "pylib"])
def test_every_module_imports_and_its_selftest_passes(plant, part):
    generated = plant["parts"][part]
    output = plant["outputs"][part]
    assert output.splitlines()[-1] == f"selftest: {len(generated.modules)} modules, 0 failed", output[-6000:]
    passed = {line.split(":")[0][3:] for line in output.splitlines() if line.startswith("ok ")}
    assert passed == set(generated.modules)


@pytest.mark.skipif(JYTHON is None, reason="jython is not installed (Debian package `jython`): "
                                           "it is the oracle of what must compile")
def test_real_jython_compiles_every_file(plant):
    text, err = plant["jython"]
    assert text is not None, err[-3000:]
    first, *refused = text.splitlines()
    assert first == f"compiled {len(plant['files'])}" and not refused, refused[:10]


def test_the_generator_is_deterministic(tmp_path):
    one = write_library(tmp_path / "a", 8, seed=3)
    two = write_library(tmp_path / "b", 8, seed=3)
    other = write_library(tmp_path / "c", 8, seed=4)
    texts = [[f.read_text() for f in g.files] for g in (one, two, other)]
    assert texts[0] == texts[1] and texts[0] != texts[2]
    assert one.modules == two.modules
