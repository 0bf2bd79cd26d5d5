"""Real code loads (issue #17): the gateway's pylib, library modules loaded like Ignition's, and
the Python real scripts are written in, each relaxation with an escape attempt beside it."""
from __future__ import annotations

import pytest

from runtime.scripts.sandbox import compile_script, new_globals
from runtime.emulated.stdlib._frames import exc_info, getframe
from runtime.tools.testing import run_legacy_script

PYLIB = {
    "_gateway/pylib/plant/__init__.py": "COUNT = 0\n__all__ = ['shout']\ndef shout(s):\n    return s.upper() + '!'\n"
                                        "def _hidden():\n    return 'private'\n",
    "_gateway/pylib/plant/alarms/__init__.py": "from .. import shout\nimport util\n",
    "_gateway/pylib/plant/alarms/util.py": "def twice(x):\n    return 2 * x\n",
    "_gateway/pylib/plant/alarms/handlers.py": "import plant\nfrom . import util\nSTATE = {'n': 0}\n"
                                               "def handle(x):\n    plant.COUNT += 1\n    STATE['n'] += 1\n"
                                               "    return util.twice(x)\n",
}


def test_pylib_package_with_subpackages_relative_imports_and_shared_state(make_gateway):
    files = dict(PYLIB)
    files["X/project.json"] = {"ignition": "8.1"}
    files["X/gateway/message/h.py"] = (
        "import plant, plant.alarms.handlers as hd\n"
        "from plant.alarms import handlers\n"
        "from plant import *\n"
        "return [hd.handle(3), plant.COUNT, handlers.STATE['n'], shout('x'), plant.alarms.shout('y')]\n")
    gw = make_gateway(files)
    assert gw.send_request("X", "h").get() == [6, 1, 1, "X!", "Y!"]
    # module state is the gateway's, like a Jython interpreter's sys.modules
    assert gw.send_request("X", "h").get()[:3] == [6, 2, 2]


def test_star_import_never_binds_private_names(make_gateway):
    files = dict(PYLIB)
    files["X/gateway/message/h.py"] = "from plant import *\ntry:\n    _hidden\nexcept NameError:\n    return 'hidden'\n"
    gw = make_gateway(files)
    assert gw.send_request("X", "h").get() == "hidden"


def test_a_failing_top_level_module_raises_at_the_importing_line_and_is_retried(make_gateway):
    files = {
        "X/project.json": {"ignition": "8.1"},
        "X/library/broken.py": "VALUE = 1\nraise ValueError('bad config')\n",
        "X/library/good.py": "def hello():\n    return 'hi'\n",
        "X/library/_helpers.py": "def h():\n    return 'helped'\n",
        "X/gateway/message/ok.py": "return good.hello() + ' ' + _helpers.h()\n",
        "X/gateway/message/uses.py": "x = 1\nreturn broken.VALUE\n",
    }
    gw = make_gateway(files)
    assert gw.send_request("X", "ok").get() == "hi helped"  # other modules and handlers unaffected
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("X", "uses", scope="G")
    gw.wait_idle()
    error = runs[-1].error
    assert 'File "' in error and "uses.py\", line 2, in handleMessage" in error
    assert "broken.py\", line 2, in <module>" in error and error.endswith("ValueError: bad config")
    assert "runtime/" not in error
    gw.send_message("X", "uses", scope="G")  # retried on the next use, as Jython does
    gw.wait_idle()
    assert runs[-1].error.endswith("ValueError: bad config")


@pytest.mark.parametrize("source, expected", [
    ("__all__ = ['a']\n__version__ = '1.2'\n__author__ = 'me'\nprint __all__, __version__", "['a'] 1.2\n"),
    ("class C(object):\n    def __str__(self):\n        return 'c'\n    __repr__ = __str__\nprint repr(C())", "c\n"),
    ("class P(object):\n    __slots__ = ('x',)\n    def __init__(self):\n        self.x = 1\nprint P().x", "1\n"),
    ("class A(object):\n    def __getattr__(self, n):\n        return n.upper()\nprint A().foo", "FOO\n"),
    ("class A(object):\n    def __init__(self):\n        object.__setattr__(self, 'v', 2)\n"
     "    def __getattribute__(self, n):\n        return object.__getattribute__(self, n)\nprint A().v", "2\n"),
    ("class S(object):\n    def __new__(cls):\n        return object.__new__(cls)\nprint type(S()).__name__", "S\n"),
    ("class B(object): pass\nclass C(B): pass\nprint [k.__name__ for k in C.__mro__]", "['C', 'B', 'object']\n"),
    ("def f(a, b=2):\n    pass\nprint f.func_name, f.func_defaults, f.__defaults__", "f (2,) (2,)\n"),
    ("it = iter([1, 2])\nn = it.next\nprint n(), n()", "1 2\n"),
    ("exec 'x = 6 * 7'\nprint x\nprint eval('x + 1')\nns = {}\nexec 'y = 1' in ns\nprint ns['y']", "42\n43\n1\n"),
    ("c = compile('3 / 2', '<s>', 'eval')\nprint eval(c)", "1\n"),
    ("z = 5\nprint globals()['z'], 'z' in vars()", "5 True\n"),
    ("def define(name, value):\n    globals()[name] = value\ndefine('LIMIT', 7)\nprint LIMIT\n"
     "del globals()['LIMIT']\nprint 'LIMIT' in globals()", "7\nFalse\n"),
    ("import sys\ndef log(m):\n    f = sys._getframe(1)\n    print f.f_code.co_name, f.f_lineno, m\n"
     "def run():\n    log('go')\nrun()", "run 6 go\n"),
    ("import inspect\ndef me():\n    return inspect.stack()[0][3], inspect.stack()[1][3]\ndef outer():\n"
     "    return me()\nprint outer()", "('me', 'outer')\n"),
    ("import sys, traceback\ntry:\n    int('x')\nexcept ValueError:\n    t = sys.exc_info()[2]\n"
     "    print t.tb_frame.f_code.co_name, t.tb_lineno, traceback.format_tb(t)[0].split(',')[1]",
     "<module> 3  line 3\n"),
    ("True, False = 1, 0\nprint True + 1", "2\n"),
    ("class J(object):\n    pass\nj = J()\nj.print = 1\nj.class_ = 2\nprint j.print", "1\n"),
])
def test_the_python_real_code_is_written_in(source, expected):
    assert run_legacy_script(source, "real.py") == expected


def _run_with_frames(source: str) -> dict:
    namespace = new_globals("__main__", extra={"getframe": getframe, "exc_info": exc_info})
    exec(compile_script(source, "dbg.py").code, namespace)
    return namespace


def test_frame_and_traceback_facades_show_the_scripts_own_names_and_lines():
    ns = _run_with_frames(
        "def who():\n    f = getframe()\n    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name\n"
        "def caller():\n    return who()\nr = caller()\n"
        "try:\n    1/0\nexcept ZeroDivisionError:\n    t = exc_info()[2]\n    where = (t.tb_lineno, t.tb_frame.f_code.co_filename, t.tb_next)\n")
    assert ns["r"] == ("who", 3, "caller")
    assert ns["where"] == (8, "dbg.py", None)


@pytest.mark.parametrize("attempt", [
    "getframe().f_globals", "getframe().f_builtins", "getframe().f_locals", "getframe()._frame",
    "getframe(50)", "exc_info()", "f = getframe().f_code\nf.co_consts",
    "try:\n    1/0\nexcept Exception:\n    exc_info()[2].tb_frame.f_globals",
])
def test_frames_never_reach_host_frames_or_globals(attempt):
    with pytest.raises(Exception) as caught:
        ns = _run_with_frames(attempt)
        if attempt == "exc_info()":  # outside an except block: nothing to hand out
            assert ns is not None
            raise ValueError("nothing")
    assert caught.type.__name__ in ("AttributeRefused", "ValueError", "AttributeError")


def test_library_module_dict_hides_the_sandbox_builtins(make_gateway):
    gw = make_gateway({"X/project.json": {"ignition": "8.1"}, "X/library/util.py": "A = 1\n",
                       "X/gateway/message/h.py": "d = util.__dict__\nreturn ['__builtins__' in d, d['A'], "
                                                 "'__builtins__' in vars(util), '__builtins__' in globals()]\n"})
    assert gw.send_request("X", "h").get() == [False, 1, False, False]


@pytest.mark.parametrize("attempt", [
    "print __shim_exc__",
    "__shim_exc__ = 1",
    "try:\n    1/0\nexcept:\n    pass\nglobals()['__shim_exc__'] = 5",
    "exec 'print __shim_exc__' in {'__shim_exc__': 1}",
    "eval('__shim_exc__')",
])
def test_the_held_exception_cannot_be_named_or_replaced(attempt):
    """The handled exception a frame keeps for ``sys.exc_info()`` (``__shim_exc__``) is shim's:
    a script can neither read it by name nor plant a fake one for another frame to find."""
    out = run_legacy_script(attempt, "held.py")
    assert "reserved name" in out, out


def test_the_held_exception_stays_out_of_the_scripts_namespaces():
    out = run_legacy_script(
        "x = 10L\ntry:\n    1/0\nexcept ZeroDivisionError:\n    pass\n"
        "print [k for k in dir() if k.startswith('_') and not k.startswith('__')], "
        "'__shim_exc__' in globals(), globals().get('__shim_exc__')\n"
        "def f():\n    try:\n        [][1]\n    except IndexError:\n        pass\n    return locals(), vars(), dir()\n"
        "print f()\n", "held.py")
    assert out == "[] False None\n({}, {}, [])\n"


DATA_PUMP = '''\
"""Data pump: replays a dataset tag row by row into the plant tags until told to stop.
Written for 7.x, where system.tag.getTagValue was how a script read a tag."""
import system

log = system.util.getLogger("project.pump")


def parseTagPath(tagPath):
    """'[provider]Folder/Tag' -> ('Folder/Tag', 'provider')."""
    log.trace("parseTagPath(%s)" % tagPath)
    if tagPath.startswith("["):
        provider = tagPath[1:tagPath.find("]")]
        return tagPath[tagPath.find("]") + 1:], provider
    return tagPath, "default"


class Pump(object):
    def __init__(self, dataPumpPath):
        self.path = dataPumpPath
        self.rowsWritten = 0

    def command(self):
        try:
            return system.tag.getTagValue(self.path + "/command")
        except Exception, e:
            log.error("Pump.command(%s): %s" % (self.path, e))
            return "Abort"

    def run(self):
        tagPath, provider = parseTagPath(self.path)
        log.info("Pumping %s from provider %s" % (tagPath, provider))
        pds = system.dataset.toPyDataSet(system.tag.getTagValue(self.path + "/data"))
        for row in pds:
            if self.command() == "Abort":
                log.warn("Aborted after %d rows" % self.rowsWritten)
                break
            system.tag.write("[%s]%s/value" % (provider, tagPath), row["value"])
            self.rowsWritten += 1
        return self.rowsWritten


def runPump(dataPumpPath):
    pump = Pump(dataPumpPath)
    try:
        return [pump.run(), system.tag.getTagValue(dataPumpPath + "/value"),
                system.tag.getTagValue(dataPumpPath + "/missing")]
    except Exception, e:
        log.error("runPump(%s) failed: %s" % (dataPumpPath, e))
        raise
'''


def test_a_7x_data_pump_reads_its_tags_with_get_tag_value(make_gateway):
    """``system.tag.getTagValue`` (7.x, deprecated, kept: Deprecated Pages, system-tag-getTagValue):
    real 7.9 libraries read their tags with it; the value alone, None for a missing tag."""
    gw = make_gateway({
        "_gateway/tags.json": {"tags": [{"name": "Pump", "tagType": "Folder", "tags": [
            {"name": "command", "tagType": "AtomicTag", "valueSource": "memory", "dataType": "String", "value": "Run"},
            {"name": "value", "tagType": "AtomicTag", "valueSource": "memory", "dataType": "Int4", "value": 0},
            {"name": "data", "tagType": "AtomicTag", "valueSource": "memory", "dataType": "DataSet",
             "value": {"columns": [{"name": "value", "type": "Integer"}], "rows": [[5], [7]]}}]}]},
        "Legacy/project.json": {"ignition": "7.9"},
        "Legacy/library/pump.py": DATA_PUMP,
        "Legacy/gateway/message/h.py": "return project.pump.runPump('[default]Pump')\n",
    })
    assert gw.send_request("Legacy", "h").get() == [2, 7, None]


SITE_CONFIG = '''\
"""Site configuration: which database this gateway writes to, picked by its system name."""
import system

log = system.util.getLogger("Site.Config")

# read once, when the library loads: every function below uses it
systemName = system.tag.readBlocking(["[System]Gateway/SystemName"])[0].value

DATABASES = {"ignition-plant-01": "PlantDB", "ignition-plant-02": "PlantDB_Backup"}


def getSiteDB():
    """The datasource of this gateway (the test database on an unknown gateway)."""
    try:
        db = DATABASES.get(systemName.lower(), "TestDB")
        log.debug("getSiteDB(): %s -> %s" % (systemName, db))
        return db
    except Exception, e:
        log.error("getSiteDB() failed: %s" % e)
        return "TestDB"


def stamp():
    """The gateway's clock, as the heartbeat expression tags read it."""
    qv = system.tag.readBlocking(["[System]Gateway/CurrentDateTime"])[0]
    if not qv.quality.isGood():
        log.warn("no gateway clock: %s" % qv.quality)
        return None
    return system.date.format(qv.value, "yyyy")


def tryRename(newName):
    """System tags cannot be modified: the write's quality says so."""
    try:
        return str(system.tag.writeBlocking(["[System]Gateway/SystemName"], [newName])[0])
    except Exception, e:
        log.error("tryRename(%s): %s" % (newName, e))
        raise
'''


def test_a_library_picks_its_database_by_the_gateways_system_name(make_gateway):
    """``[System]Gateway/SystemName`` is the gateway's name and ``[System]Gateway/CurrentDateTime``
    its clock (manual 8.1, System Tags); System tags cannot be modified."""
    gw = make_gateway({
        "Site/project.json": {"ignition": "8.1"},
        "Site/library/site/config.py": SITE_CONFIG,
        "Site/gateway/message/h.py": "return [site.config.systemName, site.config.getSiteDB(), "
                                     "int(site.config.stamp()) > 2000, site.config.tryRename('x'), "
                                     "system.tag.exists('[System]Gateway/SystemName')]\n",
    }, name="Ignition-Plant-01")
    assert gw.send_request("Site", "h").get() == ["Ignition-Plant-01", "PlantDB", True, "Bad_ReadOnly", True]
