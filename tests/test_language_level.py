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


def jython_verdicts(tmp_path, sources: dict[str, str]) -> tuple[dict[str, list[str]], str]:
    """What real Jython's ``compile`` says of each source: ``["ok"]`` or ``["refused", line]``,
    and its whole output (for assertion messages)."""
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
    return verdicts, done.stdout + done.stderr


@pytest.mark.skipif(not (shutil.which("jython")), reason="jython is not installed")
def test_jython_refuses_each_construct_too(tmp_path):
    """The oracle: real Jython 2.7 compiles the Python 2 sample and refuses every construct."""
    sources = {name: source for name, (source, _, _) in CONSTRUCTS.items()}
    sources["python2"] = PYTHON2_OK
    verdicts, output = jython_verdicts(tmp_path, sources)
    assert verdicts.pop("python2") == ["ok"], output
    assert sorted(verdicts) == sorted(CONSTRUCTS)
    for name, verdict in verdicts.items():
        assert verdict[0] == "refused", (name, verdict)


# -- 7.9 projects: Python 2.6/2.7 syntax that Jython 2.5 does not have ------------------------

#: name -> (plant code using a construct new in Python 2.6 or 2.7, its line, what check names)
NEWER_THAN_25 = {
    "except_as": ("def level(tag):\n    try:\n        return system.tag.read(tag).value\n"
                  "    except Exception as e:\n        return None\n", 4, "'except ... as name'"),
    "with_bare": ("def lines(path):\n    with open(path) as f:\n        return f.readlines()\n", 2,
                  "the 'with' statement without 'from __future__ import with_statement'"),
    "with_two": ("from __future__ import with_statement\ndef copy(a, b):\n"
                 "    with open(a) as src, open(b, 'w') as dst:\n        dst.write(src.read())\n", 3,
                 "several context managers in one 'with'"),
    "set_literal": ("ALARM_STATES = {'Active', 'Cleared'}\n", 1, "a set literal"),
    "dict_comp": ("def by_name(rows):\n    return {r['name']: r for r in rows}\n", 2, "a dict comprehension"),
    "set_comp": ("def lines(rows):\n    return {r['line'] for r in rows}\n", 2, "a set comprehension"),
    "bytes": ("HEADER = b'\\x02IGN'\n", 1, "a b'' bytes literal"),
    "octal_o": ("MODE = 0o644\n", 1, "the number literal 0o644"),
    "class_decorator": ("def registered(cls):\n    return cls\n\n@registered\nclass Pump(object):\n    pass\n", 5,
                        "a class decorator"),
    "print_function": ("from __future__ import print_function\nprint('x')\n", 1,
                       "'from __future__ import print_function'"),
}

#: Jython 2.5-era plant code: none of it is new syntax (dicts, format braces in strings, function
#: decorators, the with statement under its future import, ``except E, e``, octal 0777).
PYTHON25_OK = (
    "from __future__ import with_statement\n"
    "logger = system.util.getLogger('Plant.Util')\n"
    "LIMITS = {'T1': 10, 'T2': [x * 2 for x in range(3)]}\n"
    "EMPTY = {}\n"
    "TEMPLATE = '{0} of {1}'  # braces in a string are not a set\n"
    "def logged(fn):\n    return fn\n"
    "@logged\ndef read(path):\n"
    "    with open(path) as f:\n        return f.read()\n"
    "def safe(tag):\n    try:\n        return LIMITS[tag]\n    except KeyError, e:\n"
    "        logger.warn('no limit for %s' % tag)\n        return 0777\n"
)


def test_check_warns_of_python26_syntax_in_a_79_project_only(tmp_path):
    files = {"Old/project.json": {"ignition": "7.9"}, "New/project.json": {"ignition": "8.1"},
             "Old/library/plant.py": PYTHON25_OK, "New/library/plant.py": PYTHON25_OK}
    for name, (source, _, _) in NEWER_THAN_25.items():
        files[f"Old/library/{name}.py"] = files[f"New/library/{name}.py"] = source
    root = write_tree(tmp_path / "projects", files)
    done = shim("check", "--projects", root, "--json")
    assert done.returncode == 0, done.stdout  # warnings: the scripts still run under shim
    rows = {json.loads(line)["file"][len(str(root)) + 1:-3]: json.loads(line) for line in done.stdout.splitlines()}
    assert "warnings" not in rows["Old/library/plant"] and "warnings" not in rows["New/library/plant"]
    for name, (_, line, what) in NEWER_THAN_25.items():
        assert rows[f"Old/library/{name}"]["status"] == "ok"
        assert rows[f"Old/library/{name}"]["warnings"] == [
            {"line": line, "message": f"{what} is Python 2.6/2.7 syntax, which Ignition 7.9's Jython 2.5 does not have"}]
        assert "warnings" not in rows[f"New/library/{name}"], name
    text = shim("check", "--projects", root)
    assert (f"{root}/Old/library/set_literal.py:1: warning: a set literal is Python 2.6/2.7 syntax, which "
            "Ignition 7.9's Jython 2.5 does not have") in text.stdout.splitlines()
    assert text.stdout.splitlines()[-1].endswith(f"; {len(NEWER_THAN_25)} warning(s)")


@pytest.mark.skipif(not (shutil.which("jython")), reason="jython is not installed")
def test_jython_27_compiles_every_python26_construct(tmp_path):
    """The 8.1 side of the oracle: what 7.9 warns of, Jython 2.7 (Ignition 8.x) accepts."""
    sources = {name: source for name, (source, _, _) in NEWER_THAN_25.items()}
    sources["python25"] = PYTHON25_OK
    verdicts, output = jython_verdicts(tmp_path, sources)
    assert verdicts == {name: ["ok"] for name in sources}, output
