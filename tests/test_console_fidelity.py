"""Differential: the script console echoes an expression as Jython's own console does.

Jython's interactive console (``jython -i`` reading the entries on stdin) prints each lone
expression's value with ``repr`` after its ``>>>`` prompt (None prints nothing); shim's console
(``runtime.tools.interpreter``, what ``shim console`` and the Designer-like console run) must
print the same text for the same entries, typed one per line. Skipped where ``jython`` is
missing, as the fidelity corpus is.
"""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

JYTHON = os.environ.get("SHIM_JYTHON") or shutil.which("jython")

#: one console entry per line, each a statement or an expression (no continuation lines)
ENTRIES = [
    "d = {'b': 1, 'a': 2, 'line': u'L3'}",
    "d",
    "payload = {'name': 'Level', 'value': 42.5, 'quality': 'Good', 'path': 'T1', 'timestamp': 1600000000000L}",
    "payload",
    "payload.keys()",
    "u'caf\\xe9'",
    "'caf\\xe9'",
    "u'caf\\xe9'.encode('utf-8')",
    "2**40",
    "2**31 - 1",
    "7 / 2",
    "[1.0/3, None, 2.5]",
    "1.0/3",
    "str(1.0/3)",
    "set(['pump', 'fan'])",
    "None",
    "xrange(3)",
    "(1, u'a', 'b')",
    "True, False",
    "{1: 'x', 'a': 2, 2.5: 3}",
    "[u'a', [u'b', {'k': u'v'}]]",
    "'%s-%d' % ('a', 5)",
    "'{0!r}'.format(u'x')",
    "'\\xa0x\\xa0'.strip()",
    "'caf\\xe9' == u'caf\\xe9'",
    "'abc' is 'abc'",
    "KeyError('k')",
    "ValueError('bad', 2)",
    "type(2**40)",
    "type(u'')",
    "int('42') + 1",
    "round(2.5), round(-0.5)",
    "import random",
    "random.seed(42)",
    "random.random()",
    "random.randint(1, 100)",
    "from java.lang import StringBuilder",
    "StringBuilder('ab').append('c').toString()",
    "from java.util import HashMap",
    "m = HashMap()",
    "m.put('k', 1)",
    "m",
    "from array import array",
    "array('i', [1, 2])",
    "array('c', 'ab')",
    "x = 5",
    "x * 2",
    "_ + 1",
]


def jython_echoes(entries: list[str], work) -> list[str]:
    """What Jython's console printed after each entry's prompt."""
    proc = subprocess.run([JYTHON, "-i"], input="\n".join(entries) + "\n", cwd=work,
                          capture_output=True, text=True, timeout=300)
    chunks = proc.stdout.split(">>> ")
    assert len(chunks) == len(entries) + 2, proc.stdout[-2000:] + proc.stderr[-2000:]
    return [chunk.rstrip("\n") for chunk in chunks[1:-1]]


def shim_echoes(entries: list[str], gateway) -> list[str]:
    from runtime.tools.interpreter import open_interpreter

    written: list[str] = []
    interpreter = open_interpreter(gateway, out=written.append, err=written.append, project="X")
    echoes = []
    for entry in entries:
        del written[:]
        interpreter.run_entry(entry)
        echoes.append("\n".join(text.rstrip("\n") for text in written))
    return echoes


@pytest.mark.skipif(JYTHON is None, reason="jython is not installed: it is the oracle of this test")
def test_the_console_echoes_what_jythons_console_echoes(make_gateway, tmp_path):
    gateway = make_gateway({"X/project.json": {"ignition": "8.1"}}, synchronous=True)
    expected = jython_echoes(ENTRIES, tmp_path)
    actual = shim_echoes(ENTRIES, gateway)
    mismatched = [(entry, want, got) for entry, want, got in zip(ENTRIES, expected, actual) if want != got]
    assert mismatched == []
