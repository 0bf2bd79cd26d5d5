"""Differential suite of issue #17 ("Real code loads"): the Python real plant code is written in,
run under real Jython 2.7 and under shim, output compared character for character.

tests/realcode_corpus/pylib/ is a gateway's ``user-lib/pylib`` (package ``plantcore`` with a
sub-package, relative and implicit relative imports, module state, a module whose top level
fails until its third import); tests/realcode_corpus/scripts/ are scripts using the constructs
the issue lists: module dunders, star imports (``__all__``, public names, allowed modules),
``exec``/``eval``/``compile``, Jython's keywords as attribute names, frames as logging helpers
use them (``sys._getframe(1).f_code.co_name``, ``f_back``, ``inspect.stack()``,
``inspect.getframeinfo``), ``sys.exc_info()`` and ``traceback.format_exc()``/``format_tb``,
``globals()['x'] = v``, class tricks (``__slots__``, ``__new__``, ``__getattr__``,
``__getattribute__``, ``__setattr__``, ``__call__``, ``__enter__``/``__exit__``) and
``True``/``False`` assignment.

Both sides see the same files at the same paths (the corpus is copied once into a temporary
projects folder: ``_gateway/pylib`` for shim, the same folder on ``sys.path`` for Jython), so
tracebacks, which name the files, compare once Jython's host paths are written as shim shows
them to scripts, from the projects folder (``scripts/rc_006.py``: scripts never see host paths,
tests/test_script_paths.py). Jython runs every script in one process
(tests/jython_runner.py ``--path``, which forgets the pylib modules between scripts); shim runs
each in a fresh gateway, the gateway scope of an 8.1 project. Skips cleanly without ``jython``.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from runtime.gateway import Gateway
from runtime.projects.loader import open_projects
from runtime.tools.testing import run_legacy_script

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "realcode_corpus"
SCRIPTS = sorted((CORPUS / "scripts").glob("rc_*.py"))
JYTHON = os.environ.get("SHIM_JYTHON") or shutil.which("jython")

pytestmark = pytest.mark.skipif(JYTHON is None, reason="jython is not installed (Debian package `jython`): "
                                                       "it is the oracle of the real-code corpus")


@pytest.fixture(scope="module")
def projects(tmp_path_factory) -> Path:
    """A projects folder holding the corpus: its pylib, an 8.1 project, the scripts."""
    root = tmp_path_factory.mktemp("realcode") / "projects"
    shutil.copytree(CORPUS / "pylib", root / "_gateway" / "pylib")
    shutil.copytree(CORPUS / "scripts", root / "scripts")
    (root / "Plant").mkdir()
    (root / "Plant" / "project.json").write_text(json.dumps({"ignition": "8.1"}))
    return root


@pytest.fixture(scope="module")
def jython_outputs(projects) -> dict[str, str]:
    out, errors = projects.parent / "jython.json", projects.parent / "uncaught.json"
    proc = subprocess.run([JYTHON, str(HERE / "jython_runner.py"), "--out", str(out), "--errors", str(errors),
                           "--path", str(projects / "_gateway" / "pylib"), str(projects / "scripts")],
                          cwd=projects.parent, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=300)
    if proc.returncode != 0 or not out.exists():
        pytest.fail(f"jython runner failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
    uncaught = json.loads(errors.read_text(encoding="ascii"))
    if uncaught:  # every script runs to its end in Jython: a dying one would be a useless oracle
        pytest.fail(f"corpus scripts die in Jython: {uncaught}")
    return json.loads(out.read_text(encoding="ascii"))


def test_the_corpus_covers_the_issue():
    assert len(SCRIPTS) >= 10


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_shim_prints_what_jython_prints(script, projects, jython_outputs):
    path = projects / "scripts" / script.name
    expected = jython_outputs[script.name].replace(f"{projects}/", "")  # shim hides the host's folders
    gateway = Gateway(open_projects(projects), start=False)
    try:
        actual = run_legacy_script(path.read_text(), str(path), gateway=gateway, project="Plant")
    finally:
        gateway.close(wait=False)
    assert actual == expected, f"{script.name}: shim's output differs from Jython 2.7's"
