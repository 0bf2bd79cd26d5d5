"""The oracle of what must compile: real Jython's own ``compile()`` over a list of files.

``JYTHON_COMPILER`` is Jython 2 source (kept as text: CPython never imports it), run as

    jython COMPILER LIST_FILE OUT_FILE

It compiles every file named in LIST_FILE (one path a line) in that one JVM, writes OUT_FILE (a
first line ``compiled N``, then ``PATH:LINE: MESSAGE`` for each file Jython refuses) and prints
the seconds the compiling took after the JVM started. Used by tests/test_realcode_plantcode.py
(what Jython accepts, shim must accept) and by ``python -m runtime.bench realsize`` (shim check
against Jython's compiler on the same files).
"""
from __future__ import annotations

from pathlib import Path

JYTHON_COMPILER = """\
import sys
import time


def main(list_file, out_file):
    f = open(list_file)
    paths = [line.strip() for line in f.read().splitlines() if line.strip()]
    f.close()
    started = time.time()
    refused = []
    for path in paths:
        f = open(path, 'rb')
        source = f.read().replace('\\r\\n', '\\n')
        f.close()
        try:
            compile(source, path, 'exec')
        except SyntaxError, e:
            refused.append('%s:%s: %s' % (path, e.lineno, e.msg))
    print time.time() - started
    out = open(out_file, 'w')
    out.write('compiled %d\\n' % len(paths))
    for line in refused:
        out.write(line + '\\n')
    out.close()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
"""


def write_jython_compiler(folder: Path, files: list[Path]) -> list[str]:
    """Write the compiler and the list of ``files`` into ``folder``; the arguments after
    ``jython`` that run it (its report goes to ``folder/jython.txt``)."""
    script, listing = folder / "jython_compile.py", folder / "files.txt"
    script.write_text(JYTHON_COMPILER)
    listing.write_text("\n".join(map(str, files)) + "\n")
    return [str(script), str(listing), str(folder / "jython.txt")]
