"""No host path and no process id in what scripts see (issue #16, hygiene).

Each test runs scripts the way real Ignition code reaches paths (temp files, ``__file__``,
``traceback.format_exc()``, IOErrors of file functions, ``java.io.File``, ``os.path``,
``System.getProperty``, ``sys.path``, another handler's error) and checks every value and error
text they print: none may hold the test's folder (where the projects live), ``/work``,
``/root``, ``/tmp/pytest...`` or this process's id. What real code needs still works: a path a
script got (``getTempFile()``, ``getAbsolutePath()``, ``os.getcwd()``) goes back into the file
functions and reaches the same file.
"""
from __future__ import annotations

import os
import re

import pytest

from runtime.tools.testing import run_legacy_script

FILES = {
    "P/project.json": {"ignition": "8.1"},
    "P/library/util.py": "def fail():\n    return 1/0\n\ndef where():\n    import inspect\n    return inspect.stack()[0][1]\n",
    "P/library/broken.py": "def f(:\n    pass\n",
    "P/gateway/message/sizes.py": "import os\nreturn os.path.getsize('nothere.txt')\n",
    "P/gateway/message/reads.py": "return system.file.readFileAsString(payload['path'])\n",
    "_gateway/pylib/ils/__init__.py": "def here():\n    return __file__\n",
    "_gateway/files/a.txt": "hello",
    "_gateway/files/sub/b.txt": "b",
}


@pytest.fixture
def gateway(make_gateway):
    return make_gateway(FILES)


@pytest.fixture
def run(gateway, tmp_path):
    """``run(source)``: what the script printed, checked for host paths and the process id."""
    def run_script(source: str) -> str:
        out = run_legacy_script(source, "paths.py", gateway=gateway, project="P")
        _assert_clean(out, tmp_path)
        return out
    return run_script


def _assert_clean(text: str, tmp_path) -> None:
    for host in {str(tmp_path), os.path.realpath(tmp_path), "/work", "/root", "/tmp/pytest", os.getcwd()}:
        assert host not in text, f"host path {host!r} in: {text}"
    assert not re.search(rf"(?<!\d){os.getpid()}(?!\d)", text), f"process id in: {text}"


def _caught(call: str) -> str:
    """A script that makes ``call`` fail and prints everything about the error it catches."""
    return (f"import sys, traceback\ntry:\n    {call}\nexcept:\n    e = sys.exc_info()[1]\n"
            "    print e\n    print repr(e)\n    print e.args\n    print getattr(e, 'filename', None)\n"
            "    print sys.exc_info()[1]\n    print traceback.format_exc()\n")


def test_temp_files_carry_no_host_path_or_pid_and_round_trip(run):
    out = run("p = system.file.getTempFile('csv')\nprint p\nsystem.file.writeFile(p, 'a,b')\n"
              "print system.file.readFileAsString(p), open(p).read(), system.file.fileExists(p)\n"
              "from java.io import File\nprint File(p).exists(), open(File(p).getAbsolutePath()).read()\n")
    name, rest = out.split("\n", 1)
    assert re.fullmatch(r"tmp/shim-[0-9a-f]{12}\.csv", name)
    assert rest == "a,b a,b True\nTrue a,b\n"


def test_the_working_folder_is_a_fixed_root_that_round_trips(run):
    out = run("import os\nfrom java.io import File\nfrom java.lang import System\n"
              "print os.getcwd(), System.getProperty('user.dir'), System.getProperty('user.home')\n"
              "f = File('w.txt')\nprint f.getAbsolutePath(), f.getAbsoluteFile(), File('.').getCanonicalPath()\n"
              "open(f.getAbsolutePath(), 'w').write('W')\n"
              "print open(os.path.join(os.getcwd(), 'w.txt')).read(), system.file.readFileAsString(f.getAbsolutePath()),\n"
              "print os.path.exists(os.path.abspath('w.txt')), File(f.getAbsolutePath()).isFile()\n"
              "print os.path.abspath('sub/b.txt'), os.path.realpath('sub/../a.txt'), os.path.relpath('/files/sub/b.txt')\n"
              "print File('sub/b.txt').getCanonicalPath(), [w[0] for w in os.walk(os.getcwd())]\n"
              "system.file.writeFile(System.getProperty('user.home') + '/chart.txt', 'C')\n"
              "print system.file.readFileAsString('chart.txt'), os.listdir('/files/sub')\n")
    assert out == ("/files /files /files\n/files/w.txt /files/w.txt /files\nW W True True\n"
                   "/files/sub/b.txt /files/a.txt sub/b.txt\n/files/sub/b.txt ['/files', '/files/sub']\n"
                   "C ['b.txt']\n")


def test_library_and_pylib_files_are_named_from_the_projects_folder(run):
    out = run("import util, ils\nprint util.__file__\nprint ils.here()\nprint util.where()\n")
    assert out == "P/library/util.py\n_gateway/pylib/ils/__init__.py\nP/library/util.py\n"


def test_tracebacks_name_project_files_from_the_projects_folder(run):
    out = run("import sys, traceback, inspect, util\ntry:\n    util.fail()\nexcept ZeroDivisionError:\n"
              "    print traceback.format_exc()\n    tb = sys.exc_info()[2]\n"
              "    print tb.tb_next.tb_frame.f_code.co_filename, tb.tb_next.tb_frame.f_code\n"
              "    print traceback.extract_tb(tb)[-1][:2]\n"
              "print inspect.getframeinfo(inspect.currentframe())[0]\n")
    assert out.startswith('Traceback (most recent call last):\n  File "paths.py", line 3, in <module>\n'
                          '    util.fail()\n  File "P/library/util.py", line 2, in fail\n    return 1/0\n'
                          'ZeroDivisionError: integer division or modulo by zero\n'), out
    assert "P/library/util.py <code object fail, file \"P/library/util.py\", line 1>\n" in out
    assert out.endswith("('P/library/util.py', 2)\npaths.py\n")


def test_a_library_syntax_error_names_the_file_from_the_projects_folder(run):
    out = run("try:\n    import broken\nexcept SyntaxError, e:\n    print e.filename, e.args[1][0], e.lineno\n")
    assert out == "P/library/broken.py P/library/broken.py 1\n"


@pytest.mark.parametrize("call", [
    "os.path.getsize('nothere.txt')",
    "os.path.getmtime('nothere.txt')",
    "os.listdir('a.txt')",
    "open('sub')",
    "open('nothere/x.txt', 'w')",
    "system.file.writeFile('sub', 'x')",
    "system.file.readFileAsBytes('sub')",
    "system.file.readFileAsString('nothere.txt')",
    "xml.dom.minidom.parse('nothere.xml')",
    "xml.etree.ElementTree.parse('nothere.xml')",
    "FileReader('sub').read()",
    "FileWriter('sub')",
    "File('nothere.txt').length() + File('/etc/passwd').length()",
])
def test_errors_of_file_functions_name_no_host_path(run, call):
    out = run("import os, xml.dom.minidom, xml.etree.ElementTree\nfrom java.io import File, FileReader, FileWriter\n"
              + _caught(call))
    assert "Traceback" in out


@pytest.mark.parametrize("path", ["/etc/passwd", "../outside.txt", "sub/../../x", "/tmp", "/proc/self/environ"])
def test_refusals_name_the_path_the_script_gave(run, path):
    out = run(_caught(f"open({path!r})") + _caught(f"system.file.readFileAsString({path!r})"))
    assert f"'{path}' is outside shim's file sandbox" in out


def test_a_symlink_out_of_the_files_folder_is_refused_naming_the_link(gateway, run, tmp_path):
    from runtime.backends.files import files_root

    (files_root(gateway) / "out").symlink_to(tmp_path)
    out = run(_caught("open('out/x.txt', 'w')"))
    assert "'out/x.txt' is outside shim's file sandbox" in out


def test_another_handlers_error_reaches_the_requester_without_host_paths(run):
    out = run(_caught("system.util.sendRequest('P', 'sizes')")
              + "h = system.util.sendRequestAsync('P', 'reads', {'path': '../../etc/passwd'})\nprint h.getError()\n"
              + "print system.util.sendRequestAsync('P', 'sizes').getError()\n")  # never through an except
    assert "Error executing message handler P/sizes: FileNotFoundError: [Errno 2] No such file or directory: " \
           "'/files/nothere.txt'" in out
    assert "'../../etc/passwd' is outside shim's file sandbox" in out


def test_the_interpreter_paths_scripts_see_are_ignitions(run):
    out = run("import sys\nprint sys.path, sys.argv\n")
    assert out == "['__pyclasspath__/', '/usr/local/bin/ignition/user-lib/pylib'] ['']\n"


def test_outside_a_gateway_host_paths_shrink_to_their_names(tmp_path):
    """A script run with no gateway (``shim run`` without one, a test) knows no projects folder:
    a host path it would see is its file name only."""
    from runtime.emulated.stdlib.scriptpath import shown

    assert shown(tmp_path / "x" / "report.py") == "report.py"
    assert shown("<string>") == "<string>" and shown("sub/a.txt") == "sub/a.txt"
    assert shown(tmp_path / "P" / "library" / "u.py", projects=tmp_path) == "P/library/u.py"


def test_an_isolated_handlers_error_reaches_the_requester_without_host_paths(make_gateway, tmp_path):
    """The same from a project whose handlers run in worker processes."""
    gateway = make_gateway({**FILES, "_gateway/gateway.json": {"isolation": "process"}})
    out = run_legacy_script(_caught("system.util.sendRequest('P', 'sizes')")
                            + "import util\nprint util.__file__\n", "paths.py", gateway=gateway, project="P")
    _assert_clean(out, tmp_path)
    assert "No such file or directory: '/files/nothere.txt'" in out and out.endswith("P/library/util.py\n")
