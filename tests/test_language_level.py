"""Python-3-only syntax is refused, as Jython (2.5 in Ignition 7.9, 2.7 in 8.1) refuses it: a
script that runs under shim but not on the gateway would be a migration surprise. ``shim check``
names the construct and the line; a handler using one fails with that line. Real Jython is the
oracle that each construct is refused (skipped where ``jython`` is missing)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import write_tree

#: name -> (a realistic plant-code snippet, the line Jython refuses, what shim names)
CONSTRUCTS = {
    "f_string": ("line = 3\nlogger = system.util.getLogger('recalc')\nlogger.info(f'line {line} done')\n",
                 3, "an f-string"),
    "print_end": ("for tank in ['T1', 'T2']:\n    print(tank, end='')\n", 2, "print(..., end=...) is Python 3's print function"),
    "nonlocal": ("def totals(rows):\n    total = 0\n    def add(v):\n        nonlocal total\n        total += v\n"
                 "    for r in rows:\n        add(r)\n    return total\n", 4, "'nonlocal'"),
    "async": ("async def poll(tag):\n    return system.tag.readBlocking([tag])\n", 1, "'async'/'await'"),
    "keyword_only": ("def scale(value, *, factor=1.0):\n    return value * factor\n", 1, "a keyword-only parameter"),
    "yield_from": ("def rows(ds):\n    yield from range(ds)\n", 2, "'yield from'"),
    "annotation": ("count: int = 0\n", 1, "a variable annotation"),
    "star_unpack": ("first, *rest = [1, 2, 3]\n", 1, "a starred assignment"),
    "raise_from": ("try:\n    x = int('a')\nexcept ValueError as e:\n    raise RuntimeError('bad line') from e\n",
                   4, "'raise ... from ...'"),
}

PYTHON2_OK = (
    "# the Jython 2 plant code shim must keep accepting\n"
    "from __future__ import with_statement\n"
    "logger = system.util.getLogger('plant')\n"
    "def f((a, b), *args, **kw):\n    return a + b + len(args) + len(kw)\n"
    "try:\n    print 'sum', f((1, 2), 3, k=4)\nexcept Exception, e:\n    logger.error('failed: %s' % e)\n"
    "d = dict((k, v) for k, v in [('a', 1)])\nprint `d`, 0777, 10L, ur'raw'\n"
)


def shim(*args):
    done = subprocess.run([sys.executable, "-m", "runtime", *map(str, args)], capture_output=True,
                          text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.mark.parametrize("semantics", ["7.9", "8.1"])
def test_check_names_each_python3_construct_and_its_line(tmp_path, semantics):
    files = {"P/project.json": {"ignition": semantics}, "P/library/legacy.py": PYTHON2_OK}
    files.update({f"P/library/{name}.py": source for name, (source, _, _) in CONSTRUCTS.items()})
    root = write_tree(tmp_path / "projects", files)
    done = shim("check", "--projects", root, "--json")
    assert done.returncode == 1
    rows = {json.loads(line)["file"].rsplit("/", 1)[1][:-3]: json.loads(line) for line in done.stdout.splitlines()}
    assert rows["legacy"]["status"] == "ok"
    for name, (_, line, what) in CONSTRUCTS.items():
        assert rows[name]["status"] == "syntax-error", rows[name]
        assert rows[name]["line"] == line and rows[name]["message"].startswith(what), rows[name]
        assert "Jython 2 refuses it" in rows[name]["message"]
    text = shim("check", "--projects", root)
    assert f"{root}/P/library/f_string.py:3: syntax-error: an f-string is Python 3 syntax: Jython 2 refuses it" \
        in text.stdout.splitlines()


def test_a_handler_with_python3_syntax_fails_at_its_line(tmp_path):
    root = write_tree(tmp_path / "projects", {
        "P/gateway/message/recalc.py": "line = payload['line']\nprint f'recalculated {line}'\n"})
    done = shim("send", "P", "recalc", "--scope", "G", "--payload", "{'line': 3}", "--projects", root)
    assert done.returncode == 1
    assert f'File "{root}/P/gateway/message/recalc.py", line 2' in done.stderr
    assert "an f-string is Python 3 syntax: Jython 2 refuses it" in done.stderr


def test_print_function_with_the_future_import_is_fine(tmp_path):
    root = write_tree(tmp_path / "projects", {"P/library/out.py": (
        "from __future__ import print_function\ndef show(x):\n    print(x, end='')\n")})
    assert shim("check", "--projects", root).returncode == 0


@pytest.mark.skipif(not (shutil.which("jython")), reason="jython is not installed")
def test_jython_refuses_each_construct_too(tmp_path):
    """The oracle: real Jython 2.7 compiles the Python 2 sample and refuses every construct."""
    sources = {name: source for name, (source, _, _) in CONSTRUCTS.items()}
    sources["python2"] = PYTHON2_OK
    (tmp_path / "sources.json").write_text(json.dumps(sources))
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import json\n"
        f"sources = json.load(open({str(tmp_path / 'sources.json')!r}))\n"
        "for name in sorted(sources):\n"
        "    try:\n        compile(sources[name], name, 'exec')\n        print name, 'ok'\n"
        "    except SyntaxError, e:\n        print name, 'refused', e.lineno\n")
    done = subprocess.run(["jython", str(probe)], capture_output=True, text=True, timeout=300)
    verdicts = dict((line.split()[0], line.split()[1:]) for line in done.stdout.splitlines())
    assert verdicts.pop("python2") == ["ok"], done.stdout + done.stderr
    assert sorted(verdicts) == sorted(CONSTRUCTS)
    for name, verdict in verdicts.items():
        assert verdict[0] == "refused", (name, verdict)
