# Jython 2.7 code (Python 2 syntax). NOT a pytest module, never imported by CPython:
#
#     jython tests/jython_compile.py LIST_FILE OUT_FILE
#
# compiles every file named in LIST_FILE (one path a line) with Jython's own compile(), in this
# one process, and writes OUT_FILE: a first line "compiled N", then one line per file Jython
# refuses, "PATH:LINE: MESSAGE".  The oracle of tests/test_realcode_plantcode.py: what real
# Jython accepts, shim must accept.
import sys


def main(list_file, out_file):
    f = open(list_file)
    paths = [line.strip() for line in f.read().splitlines() if line.strip()]
    f.close()
    refused = []
    for path in paths:
        f = open(path, 'rb')
        source = f.read().replace('\r\n', '\n')
        f.close()
        try:
            compile(source, path, 'exec')
        except SyntaxError, e:
            refused.append('%s:%s: %s' % (path, e.lineno, e.msg))
    out = open(out_file, 'w')
    out.write('compiled %d\n' % len(paths))
    for line in refused:
        out.write(line + '\n')
    out.close()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
