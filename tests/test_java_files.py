"""java.io.File, the file readers and writers, javax.imageio and java.awt.image.BufferedImage
over the gateway's files folder (the one folder system.file and the built-in open may touch).

Each script of tests/java_files_corpus runs under the real ``jython`` (a headless JVM) in a
scratch folder and under shim in the files folder: same output, same file bytes where the
script leaves files. Then every way out of the folder through these classes is refused in one
line, and the objects give nothing of the host.
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
CORPUS = HERE / "java_files_corpus"
SCRIPTS = sorted(CORPUS.glob("*.py"))
JYTHON = os.environ.get("SHIM_JYTHON") or shutil.which("jython")


def _content(path: Path) -> object:
    """What a file holds: a PNG's size and pixels (encoders may compress differently), else its bytes."""
    if path.suffix == ".png":
        from PIL import Image

        with Image.open(path) as image:
            return image.size, image.convert("RGBA").tobytes()
    return path.read_bytes()


def _gateway(make_projects, synchronous: bool = True):
    from runtime import Gateway

    projects = make_projects({"X/project.json": {}})
    root = Path(projects) / "_gateway" / "files"
    root.mkdir(parents=True, exist_ok=True)
    return Gateway(projects, synchronous=synchronous), root


@pytest.fixture(scope="module")
def jython_runs(tmp_path_factory):
    """Each corpus script under real Jython, in a folder of its own: (output, files left)."""
    if JYTHON is None:
        pytest.skip("jython is not installed: it is the oracle of tests/java_files_corpus")
    results = {}
    work = tmp_path_factory.mktemp("java_files")
    env = dict(os.environ, TZ="UTC")
    env.pop("DISPLAY", None)  # headless, as Ignition's gateway
    for script in SCRIPTS:
        folder = work / script.stem
        folder.mkdir()
        shutil.copy(script, folder / script.name)
        out = folder / "out.json"
        proc = subprocess.run([JYTHON, str(HERE / "jython_runner.py"), "--out", str(out), str(folder / script.name)],
                              cwd=folder, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode == 0, proc.stderr[-2000:]
        (folder / script.name).unlink()
        files = {str(p.relative_to(folder)): _content(p) for p in folder.rglob("*")
                 if p.is_file() and p.name != "out.json"}
        results[script.name] = (json.loads(out.read_text())[script.name], files)
    return results


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_files_corpus_matches_jython(script, jython_runs, make_projects):
    expected, files = jython_runs[script.name]
    gateway, root = _gateway(make_projects, synchronous=False)  # an event queue of its own, as a JVM
    with gateway:
        assert run_legacy_script(script.read_text(encoding="utf-8"), script.name, gateway=gateway) == expected
    assert {str(p.relative_to(root)): _content(p) for p in root.rglob("*") if p.is_file()} == files


def test_every_way_out_of_the_files_folder_is_refused(make_projects, tmp_path):
    """Each class that touches the disk, on each way out (absolute, ``..``, a symlinked file
    or folder, /proc, a Windows path): a java.lang.SecurityException naming the path; the host
    file is neither read nor changed."""
    gateway, root = _gateway(make_projects)
    secret = tmp_path / "secret.txt"
    secret.write_text("host file")
    (root / "out").symlink_to(tmp_path, target_is_directory=True)
    (root / "link.txt").symlink_to(secret)
    (root / "mine.txt").write_text("mine")
    paths = ["/etc/passwd", "../../secret.txt", str(secret), "link.txt", "out/secret.txt",
             "/proc/self/environ", "C:\\\\Windows\\\\win.ini", "../files/../../secret.txt"]
    calls = ["File(p).exists()", "File(p).length()", "File(p).delete()", "File(p).listFiles()",
             "FileReader(p)", "FileWriter(p)", "FileInputStream(p)", "FileOutputStream(File(p), True)",
             "PrintWriter(p)", "ImageIO.read(File(p))", "ImageIO.write(BufferedImage(1, 1, 1), 'png', File(p))",
             "File('mine.txt').renameTo(File(p))", "File(p).getCanonicalPath()", "File(p).mkdirs()"]
    source = ("from java.io import File, FileReader, FileWriter, FileInputStream, FileOutputStream, PrintWriter\n"
              "from javax.imageio import ImageIO\nfrom java.awt.image import BufferedImage\n"
              "import java.lang\n"
              "for p in %r:\n    for call in %r:\n        try:\n            eval(call)\n"
              "            print 'REACHED', p, call\n"
              "        except java.lang.SecurityException, e:\n            print 'refused', e.getMessage()\n"
              % (paths, calls))
    with gateway:
        out = run_legacy_script(source, gateway=gateway).splitlines()
    assert len(out) == len(paths) * len(calls), out
    assert all(line.startswith("refused ") and "(): '" in line and "outside shim's file sandbox" in line
               for line in out), [line for line in out if "outside" not in line]
    assert secret.read_text() == "host file" and (root / "mine.txt").read_text() == "mine"


ESCAPES = [
    "f._path", "getattr(f, '_path')", "f.exists.__func__", "File.exists.__globals__",
    "type(f).__subclasses__()", "f.getClass().__init__.__globals__['_host']", "File.__dict__",
    "FileReader('mine.txt')._text", "ImageIO.write.__globals__", "ImageIO.read.__func__",
    "BufferedImage(1, 1, 2)._data", "BufferedImage(1, 1, 2)._fill", "Color.red._rgba",
    "Color.__dict__", "Color.red.brighter.__func__.__globals__", "setattr(Color, 'red', None)",
    "setattr(f, 'path', '/etc/passwd')", "Font('Dialog', 0, 12)._name", "Rectangle().__class__.__bases__[0].__subclasses__()",
    "java.io.__dict__", "java.io.File.__module__.__class__.__subclasses__()", "File.separator.__class__.__subclasses__()",
    "FileOutputStream('o.bin')._path", "FileInputStream('mine.txt')._data", "f.listFiles()[0].__class__.__init__.__globals__",
]


def test_the_file_and_image_classes_give_nothing_of_the_host(make_projects):
    gateway, root = _gateway(make_projects)
    (root / "mine.txt").write_text("mine")
    source = ("from java.io import File, FileReader, FileInputStream, FileOutputStream\n"
              "from javax.imageio import ImageIO\nfrom java.awt.image import BufferedImage\n"
              "from java.awt import Color, Font, Rectangle\nimport java.io\nf = File('.')\n")
    with gateway:
        out = run_legacy_script(source + leak_probe(*ESCAPES), gateway=gateway).splitlines()
    assert len(out) == len(ESCAPES) and "LEAK" not in out, list(zip(ESCAPES, out))


def test_user_home_and_user_dir_are_the_files_folder(make_projects):
    """So ``System.getProperty("user.home") + "/x.csv"`` (the manual's createImage snippet)
    names a file scripts may write; ``os.getcwd()`` is the same folder."""
    gateway, root = _gateway(make_projects)
    with gateway:
        out = run_legacy_script("import os\nfrom java.lang import System\nfrom java.io import File\n"
                                "home = System.getProperty('user.home')\n"
                                "print home == System.getProperty('user.dir') == os.getcwd()\n"
                                "print File(home, 'x.csv').createNewFile(), File('x.csv').exists()\n"
                                "print File('x.csv').getAbsolutePath() == home + '/x.csv'\n", gateway=gateway)
    assert out == "True\nTrue True\nTrue\n" and (root / "x.csv").exists()


def test_images_are_bounded_and_only_javas_formats_are_read(make_projects):
    """An image past shim's pixel cap is refused (a JVM would run out of heap), and ImageIO
    opens only the formats Java reads: a PostScript file (which Pillow would hand to
    Ghostscript, a host program) is no image, None, as Java says."""
    gateway, root = _gateway(make_projects)
    (root / "chart.eps").write_text("%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n")
    (root / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    with gateway:
        out = run_legacy_script('''
from java.awt.image import BufferedImage
from javax.imageio import ImageIO
from java.io import File
import java.lang
print ImageIO.read(File("chart.eps")), ImageIO.read(File("chart.png"))
try:
    BufferedImage(100000, 100000, BufferedImage.TYPE_INT_ARGB)
except java.lang.IllegalArgumentException, e:
    print e.getMessage()
''', gateway=gateway)
    assert out == ("None None\nan image of 100000 x 100000 pixels is larger than shim allows scripts "
                   "(50000000 pixels)\n")
