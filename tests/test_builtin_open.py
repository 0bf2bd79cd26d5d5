"""The built-in ``open``/``file`` inside the gateway's files folder (the folder system.file may
touch): the same file-handling script under the real ``jython`` (in a scratch folder) and under
shim (in the files folder) prints the same; every way out of the folder is an IOError naming
the path, and the file object gives nothing of the host's.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from runtime.tools.testing import run_legacy_script
from systemkit import leak_probe

HERE = Path(__file__).resolve().parent
JYTHON = os.environ.get("SHIM_JYTHON") or shutil.which("jython")

#: plant-style report code: write a CSV, append, read it back every way Python 2 code does
REPORT = r'''
import csv

def writeReport(path, rows):
    f = open(path, "w")
    try:
        f.write("line,count\r\n")
        for name, count in rows:
            print >>f, name + ",", count
    finally:
        f.close()

def appendTotal(path, total):
    with open(path, "a") as out:
        out.writelines(["total,%d\n" % total])
    return out.closed

def readBack(path):
    f = open(path, "rb")
    first = f.readline()
    where = f.tell()
    rest = f.readlines()
    f.seek(0)
    everything = f.read()
    f.close()
    return first, int(where), rest, len(everything), f.closed

writeReport("report.csv", [("L1", 3), ("L2", 4)])
print appendTotal("report.csv", 7)
print readBack("report.csv")
print [line for line in open("report.csv", "rU")]
print [row for row in csv.reader(open("report.csv"))][1:]
f = open("report.csv", "r+")
f.seek(0, 2)
f.write("end\n")
f.close()
print repr(open("report.csv").read()[-8:]), open("report.csv").name, open("report.csv", "rb").mode
try:
    open("missing.txt")
except IOError, e:
    print "IOError", e.errno
try:
    open("report.csv", "x")
except ValueError, e:
    print "ValueError"
f = open("report.csv")
print isinstance(f, file), isinstance(file("report.csv", "rb"), file)
f.close()
try:
    f.read()
except ValueError, e:
    print e
'''


def _gateway(make_projects, tmp_path):
    from runtime import Gateway

    projects = make_projects({"X/project.json": {}})
    root = Path(projects) / "_gateway" / "files"
    root.mkdir(parents=True, exist_ok=True)
    return Gateway(projects, synchronous=True), root


def test_a_report_script_prints_what_jython_prints(make_projects, tmp_path):
    if JYTHON is None:
        pytest.skip("jython is not installed: it is the oracle of this test")
    work = tmp_path / "jython"
    work.mkdir()
    script = work / "report_files.py"
    script.write_text(REPORT)
    out = work / "out.json"
    proc = subprocess.run([JYTHON, str(HERE / "jython_runner.py"), "--out", str(out), str(script)],
                          cwd=work, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    expected = json.loads(out.read_text())["report_files.py"]
    gateway, root = _gateway(make_projects, tmp_path)
    with gateway:
        assert run_legacy_script(REPORT, "report_files.py", gateway=gateway) == expected
    assert (root / "report.csv").read_bytes() == (work / "report.csv").read_bytes()


def test_what_open_writes_system_file_reads(make_projects, tmp_path):
    gateway, root = _gateway(make_projects, tmp_path)
    with gateway:
        out = run_legacy_script('f = open("a/../notes.txt", "w")\nf.write("shift 1")\nf.close()\n'
                                'print system.file.readFileAsString("notes.txt")\n'
                                'system.file.writeFile("b.txt", "from system.file")\nprint open("b.txt").read()\n',
                                gateway=gateway)
    assert out == "shift 1\nfrom system.file\n"


def test_every_way_out_of_the_files_folder_is_refused(make_projects, tmp_path):
    gateway, root = _gateway(make_projects, tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("host file")
    (root / "out").symlink_to(tmp_path, target_is_directory=True)
    (root / "link.txt").symlink_to(secret)
    paths = ["/etc/passwd", "../../secret.txt", str(secret), "link.txt", "out/secret.txt",
             "/proc/self/environ", "C:\\\\Windows\\\\win.ini", "../files/../../secret.txt"]
    source = "for p in %r:\n    for mode in ('r', 'w', 'a'):\n        try:\n            open(p, mode)\n" \
             "            print 'OPENED', p\n        except IOError, e:\n            print 'refused', e\n" % paths
    with gateway:
        out = run_legacy_script(source, gateway=gateway).splitlines()
    assert len(out) == 3 * len(paths) and all(line.startswith("refused open(): '") and
                                              "outside shim's file sandbox" in line for line in out), out
    assert secret.read_text() == "host file"
    assert run_legacy_script("file('x.txt')") == \
        "HostRefused: open(): no files folder: the script is not running in a gateway\n"


def test_the_file_object_gives_nothing_of_the_host(make_projects, tmp_path):
    gateway, root = _gateway(make_projects, tmp_path)
    (tmp_path / "secret.txt").write_text("host file")
    probe = leak_probe("f._raw", "f.buffer", "f.fileno()", "f.raw", "f.__class__.__init__.__globals__",
                       "type(f)('../../secret.txt')", "f.read.__self__._raw", "f.__dict__",
                       "getattr(f, '_raw')", "type(f).__subclasses__()", "f._open().raw")
    with gateway:
        out = run_legacy_script('f = open("mine.txt", "w")' + probe, gateway=gateway).splitlines()
    assert len(out) == 11 and "LEAK" not in out, out
