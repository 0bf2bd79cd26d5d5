# -*- coding: utf-8 -*-
# Jython 2.7 code (Python 2 syntax). NOT a pytest module, never imported by
# CPython: tests/test_jython_fidelity.py runs it as
#
#     jython tests/jython_runner.py [--out FILE] [--errors FILE] [--keyed]
#                                   [--path DIR ...] [CORPUS_DIR_OR_FILE ...]
#
# It runs every corpus script (default: tests/jython_corpus/*.py, sorted by
# name) in this ONE Jython process and writes a JSON object
# {file name: output text} to FILE (or stdout), with every non-ASCII
# character escaped (\uXXXX), so the bytes are pure ASCII.  --errors FILE
# also writes {file name: "TypeName: message"} for the scripts that ended
# with an uncaught exception (so a test can tell a deliberate one from a
# broken corpus script).  --path DIR puts DIR on sys.path (a gateway's
# user-lib/pylib); every module imported from it is forgotten after each
# script, so each script starts with the modules unloaded.  Also runs under CPython 2.7 (handy to see where
# Jython differs from CPython 2).
#
# Output contract, per script (shim's runtime.tools.testing.run_legacy_script must
# produce the same string):
#   * the text is exactly what the script wrote to sys.stdout (print
#     statements), in order; a trailing "print x," leaves no newline;
#   * byte strings (str) written are taken as Latin-1 (Jython's str holds
#     chars 0-255), unicode as is;
#   * the script runs as __main__ (fresh namespace: __name__ == '__main__',
#     __file__ = its path, __builtins__), compiled with no inherited
#     __future__ flags;
#   * if it ends with an uncaught exception: if the text so far is non-empty
#     and does not end with "\n", a "\n" is added; then the last line of the
#     traceback as Python 2's traceback.format_exception_only renders it,
#     i.e. "TypeName: message\n" (TypeName = the class __name__, no module;
#     just "TypeName\n" when str(exception) is empty).
import sys
import os
import time
import traceback

try:
    import json
except ImportError:  # pragma: no cover - Jython 2.5 has no json module
    json = None


class Capture(object):
    """A stand-in for sys.stdout that keeps every chunk written."""

    def __init__(self):
        self.chunks = []
        self.softspace = 0

    def write(self, s):
        if isinstance(s, unicode):
            self.chunks.append(s)
        else:
            self.chunks.append(str(s).decode('latin-1'))

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def getvalue(self):
        return u''.join(self.chunks)


def last_traceback_line(etype, value):
    lines = traceback.format_exception_only(etype, value)
    text = lines[-1] if lines else u'%s\n' % etype.__name__
    if not isinstance(text, unicode):
        text = text.decode('latin-1')
    if not text.endswith(u'\n'):
        text += u'\n'
    return text


def run_one(path):
    """Run one script; return (output text, uncaught exception line or None)."""
    f = open(path, 'rb')
    try:
        source = f.read()
    finally:
        f.close()
    source = source.replace('\r\n', '\n')
    if not source.endswith('\n'):
        source += '\n'
    capture = Capture()
    namespace = {'__name__': '__main__', '__file__': path,
                 '__builtins__': __builtins__, '__doc__': None}
    saved_out = sys.stdout
    sys.stdout = capture
    error = None
    try:
        try:
            code = compile(source, path, 'exec', 0, True)
            exec code in namespace
        except (KeyboardInterrupt, MemoryError):
            raise
        except BaseException:
            etype, value = sys.exc_info()[:2]
            error = last_traceback_line(etype, value)
    finally:
        sys.stdout = saved_out
    text = capture.getvalue()
    if error is not None:
        if text and not text.endswith(u'\n'):
            text += u'\n'
        text += error
    return text, error


def forget_modules(paths):
    """Drop the modules loaded from the --path folders (each script imports afresh)."""
    for name, module in list(sys.modules.items()):
        filename = getattr(module, '__file__', None) or ''
        for folder in paths:
            if filename.startswith(folder):
                del sys.modules[name]
                break


def collect(args):
    here = os.path.dirname(os.path.abspath(__file__))
    if not args:
        args = [os.path.join(here, 'jython_corpus')]
    paths = []
    for arg in args:
        if os.path.isdir(arg):
            for name in sorted(os.listdir(arg)):
                if name.endswith('.py') and not name.startswith('_'):
                    paths.append(os.path.join(arg, name))
        else:
            paths.append(arg)
    return paths


def to_json(results):
    if json is not None:
        return json.dumps(results, sort_keys=True, indent=1,
                          ensure_ascii=True)
    # Fallback (Jython 2.5): a minimal ASCII-only JSON writer.
    def enc(s):
        out = [u'"']
        for ch in s:
            o = ord(ch)
            if ch == u'"':
                out.append(u'\\"')
            elif ch == u'\\':
                out.append(u'\\\\')
            elif o < 0x20 or o > 0x7e:
                out.append(u'\\u%04x' % o)
            else:
                out.append(ch)
        out.append(u'"')
        return u''.join(out)
    items = [u' %s: %s' % (enc(k), enc(results[k])) for k in sorted(results)]
    return u'{\n' + u',\n'.join(items) + u'\n}'


def write_json(obj, path):
    payload = to_json(obj)
    if isinstance(payload, unicode):
        payload = payload.encode('ascii')
    if path:
        f = open(path, 'wb')
        try:
            f.write(payload)
            f.write('\n')
        finally:
            f.close()
    else:
        sys.stdout.write(payload)
        sys.stdout.write('\n')


def main(argv):
    out_path = None
    errors_path = None
    keyed = False  # --keyed: results keyed "folder/name" (several corpora in one run)
    args = []
    paths = []
    i = 0
    while i < len(argv):
        if argv[i] == '--out':
            out_path = argv[i + 1]
            i += 2
        elif argv[i] == '--errors':
            errors_path = argv[i + 1]
            i += 2
        elif argv[i] == '--path':
            paths.append(os.path.abspath(argv[i + 1]))
            i += 2
        elif argv[i] == '--keyed':
            keyed = True
            i += 1
        else:
            args.append(argv[i])
            i += 1
    for folder in reversed(paths):
        sys.path.insert(0, folder)
    started = time.time()
    results = {}
    errors = {}
    for path in collect(args):
        name = unicode(os.path.basename(path))
        if keyed:
            name = unicode(os.path.basename(os.path.dirname(os.path.abspath(path)))) + u'/' + name
        results[name], error = run_one(path)
        forget_modules(paths)
        if error is not None:
            errors[name] = error.rstrip(u'\n')
    write_json(results, out_path)
    if errors_path:
        write_json(errors, errors_path)
    sys.stderr.write('jython_runner: %d scripts in %.2f s\n'
                     % (len(results), time.time() - started))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
