"""Differential fidelity: shim prints exactly what Jython 2.7 prints.

Every script in tests/jython_corpus/, tests/jython_corpus2/ and tests/jython_corpus3/ is a
legacy (Jython 2) script. The first corpus was written beside the implementation; the second (issue "Jython
fidelity, round 2") was written afterwards from the Jython and Python 2 documentation, by
category (exception texts, numbers, str as bytes, Java strings, type printing, Python 2
semantics, dict/set order, Java classes, re), and may use Jython's Java classes. The third
(issue #20, round 3) is longer scripts in integrators' style (classes, helpers,
``except Exception, e:``) on byte strings against unicode, file errors, Java arrays,
``str.format``, seeded ``random`` and the rest of docs/jython-versions.md's "still different";
its scripts may use ``random`` and ``open`` (Jython runs in an empty working folder, shim in a
gateway whose files folder is another). The fourth (issue #20, independent round) is short
integrator-style snippets written from the Python 2.7 and Jython documentation, by the issue's
categories (exception texts of old- and new-style classes, numbers, str as bytes, type printing,
Python 2 semantics such as ``__getslice__``, dict/set order, Java classes, re, string methods).
Real Jython (`jython` on PATH, Debian package `jython`, or the path in
$SHIM_JYTHON) is the oracle: tests/jython_runner.py runs the whole corpus in
ONE Jython process per test session, and each script's output under shim must
be equal to Jython's, character for character.

Contract assumed for shim's side (runtime/tools/testing.py):

    run_legacy_script(source_text: str, filename: str) -> str

* `source_text` is the script's text, decoded (PEP 263 cookie honoured, else
  UTF-8; the corpus is ASCII except for a cookie-declared script or two);
  `filename` is the script's path, for tracebacks.
* It runs the script as a top-level `__main__` module (its own fresh
  namespace, `__name__ == '__main__'`, no __future__ flags inherited) with
  Jython 2 semantics, translated and sandboxed as shim always does.
* It returns everything the script printed, exactly: print-statement
  softspace rules, no newline added after a trailing `print x,`; byte strings
  that Jython would write as chars 0-255 appear as those code points.
* If the script ends with an uncaught exception, it appends (after a "\\n" if
  the output so far is non-empty and does not end with one) the last line of
  the Python 2 traceback, "TypeName: message\\n" (TypeName is the class
  __name__ without module; just "TypeName\\n" when str(exc) is empty), and
  returns normally. The message is Jython's text, which may differ from
  CPython's (e.g. "float division", "index out of range: 5").

Deliberate uncaught exceptions live only in scripts named `*_uncaught_*`
(exc_901..exc_905). `dictorder_*` and `jyquirk_*` scripts (and a few others,
see docs/jython-versions.md) pin behaviour where Jython differs from CPython 2:
dict/set iteration order, 32-bit `int`, dict-subclass printing, messages.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import tokenize
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
RUNNER = HERE / "jython_runner.py"
#: corpus folder -> the fewest scripts it must hold
CORPORA = {"jython_corpus": 320, "jython_corpus2": 400, "jython_corpus3": 150, "jython_corpus4": 200}
#: corpora whose scripts run in a gateway with an (empty) files folder, for ``open``
WITH_FILES = {"jython_corpus3"}
SCRIPTS = sorted((p for name in CORPORA for p in (HERE / name).glob("*.py") if not p.name.startswith("_")),
                 key=lambda p: (p.parent.name, p.name))
IDS = [f"{p.parent.name}/{p.name}" for p in SCRIPTS]
UNCAUGHT = {f"{p.parent.name}/{p.name}" for p in SCRIPTS if "_uncaught_" in p.name}

JYTHON = os.environ.get("SHIM_JYTHON") or shutil.which("jython")
if JYTHON is None:
    pytest.skip(
        "jython is not installed (Debian package `jython`): it is the oracle of the fidelity corpus",
        allow_module_level=True,
    )


def read_source(path: Path) -> str:
    """The script's text as shim receives it (PEP 263 cookie, else UTF-8)."""
    with path.open("rb") as f:
        encoding, _ = tokenize.detect_encoding(f.readline)
    return path.read_bytes().decode(encoding)


@pytest.fixture(scope="session")
def jython_run(tmp_path_factory):
    """Run both corpora through one Jython process per session: (outputs, uncaught, seconds),
    keyed by ``folder/name``."""
    work = tmp_path_factory.mktemp("jython")
    out, errors = work / "outputs.json", work / "uncaught.json"
    cmd = [JYTHON, str(RUNNER), "--out", str(out), "--errors", str(errors), "--keyed"] + [
        str(HERE / name) for name in CORPORA]
    started = time.monotonic()
    proc = subprocess.run(
        cmd, cwd=work, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600
    )
    seconds = time.monotonic() - started
    if proc.returncode != 0 or not out.exists():
        pytest.fail(
            f"jython runner failed (exit {proc.returncode}):\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
        )
    outputs = json.loads(out.read_text(encoding="ascii"))
    uncaught = json.loads(errors.read_text(encoding="ascii"))
    return outputs, uncaught, seconds


@pytest.fixture(scope="session")
def jython_outputs(jython_run):
    return jython_run[0]


@pytest.fixture(scope="session")
def run_legacy_script():
    try:
        from runtime.tools.testing import run_legacy_script
    except ImportError as exc:  # the contract is documented above
        pytest.fail(f"runtime.tools.testing.run_legacy_script is not available: {exc}")
    return run_legacy_script


@pytest.fixture(scope="session")
def files_gateway(tmp_path_factory):
    """A gateway with an empty files folder: ``open`` in a script works there, as Jython's does
    in its working folder."""
    from runtime.gateway import Gateway

    projects = tmp_path_factory.mktemp("projects")
    (projects / "_gateway" / "files").mkdir(parents=True)
    gateway = Gateway(projects, synchronous=True)
    yield gateway
    gateway.close()


@pytest.mark.parametrize("script", SCRIPTS, ids=IDS)
def test_shim_prints_what_jython_prints(script, jython_outputs, run_legacy_script, request):
    expected = jython_outputs[f"{script.parent.name}/{script.name}"]
    source = read_source(script)
    if script.parent.name in WITH_FILES:
        gateway = request.getfixturevalue("files_gateway")
        actual = run_legacy_script(source, filename=str(script), gateway=gateway)
    else:
        actual = run_legacy_script(source, filename=str(script))
    assert actual == expected, f"{script.name}: shim's output differs from Jython 2.7's\n{source}"


# --- the corpus itself stays sound -------------------------------------------


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_corpus_is_large_enough(corpus):
    assert sum(p.parent.name == corpus for p in SCRIPTS) >= CORPORA[corpus]


def test_jython_ran_every_script(jython_run):
    outputs, _, seconds = jython_run
    assert sorted(outputs) == sorted(IDS)
    assert seconds < 120, f"one Jython run of the corpus took {seconds:.1f} s"


def test_only_uncaught_scripts_end_in_an_exception(jython_run):
    """A script that dies in Jython by accident would make a useless oracle."""
    _, uncaught, _ = jython_run
    assert set(uncaught) == UNCAUGHT


FORBIDDEN = re.compile(
    r"^\s*(import|from)\s+(sys|os|subprocess|socket|system)\b"
    r"|(?<![.\w])(open|file|eval|execfile|compile|__import__|input|raw_input|reload|id)\s*\("
    r"|^\s*exec\b"
    r"|\brandom\b",
    re.M,
)


FORBIDDEN_WITH_FILES = re.compile(
    r"^\s*(import|from)\s+(sys|os|subprocess|socket|system)\b"
    r"|(?<![.\w])(eval|execfile|compile|__import__|input|raw_input|reload|id)\s*\("
    r"|^\s*exec\b"
    r"|(?<![.\w])open\s*\(\s*['\"](/|\.\.)",
    re.M,
)


JAVA_IMPORT = re.compile(r"^\s*(import|from)\s+(java|jarray)\b", re.M)


@pytest.mark.parametrize("script", SCRIPTS, ids=IDS)
def test_corpus_script_is_portable(script):
    """Standalone, sandbox-friendly, deterministic, 3-25 lines (Java classes: not the first corpus;
    the third: 6-80 lines, may use random and open on relative paths)."""
    text = read_source(script)
    if script.parent.name == "jython_corpus":
        assert JAVA_IMPORT.search(text) is None
    assert re.match(r"^[a-z]+_\d{3}_[a-z0-9_]+\.py$", script.name)
    if script.parent.name in WITH_FILES:  # longer, integrator-style; random and open allowed
        assert 6 <= len(text.splitlines()) <= 80
        found = FORBIDDEN_WITH_FILES.search(text)
        assert found is None, f"{script.name} uses {found.group(0)!r}"
        return
    assert 3 <= len(text.splitlines()) <= 25
    found = FORBIDDEN.search(text)
    assert found is None, f"{script.name} uses {found.group(0)!r}"
