"""``from __builtin__ import ...``: the line Eclipse/PyDev writes into Ignition pylib modules
(ILS Automation's 7.x toolkits start with ``from __builtin__ import str``). Under Jython it is
the builtin the script already has; under shim the module is a read-only proxy of the
script's own builtins, so the line loads and nothing of the host comes with it."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from runtime.tools.testing import run_legacy_script

JYTHON = shutil.which("jython")


def _prints_the_same_under_jython(script, module: str, logger: str, shim_out: str) -> None:
    """The differential half: the real Jython has no ``system``, so it runs the same module
    with its ``import system`` and logger lines left out, and must print what shim printed."""
    if JYTHON is None:
        pytest.skip("jython not installed: the differential half needs it")
    script.write_text(module.replace("import system\n", "").replace(
        f'log = system.util.getLogger("{logger}")\n', ""))
    real = subprocess.run([JYTHON, str(script)], capture_output=True, text=True, timeout=120)
    assert real.stdout.splitlines() == shim_out.splitlines()

RECIPE_MODULE = '''\
from __builtin__ import str, staticmethod, AttributeError, min as min_function
import system

log = system.util.getLogger("recipe.limits")

class RecipeLimit:
    """One SQC limit of a grade, as the recipe toolkit keeps it."""

    def __init__(self, name, low, high):
        self.name = name
        self.low = low
        self.high = high

    @staticmethod
    def fromRow(row):
        return RecipeLimit(row[0], row[1], row[2])

    def clamp(self, value):
        return min_function(max(value, self.low), self.high)

def describe(limits):
    lines = []
    for limit in limits:
        lines.append(limit.name + ": " + str(limit.low) + ".." + str(limit.high))
    return "; ".join(lines)

rows = [("Viscosity", 12, 18), ("Melt Index", 0.5, 2.5)]
limits = [RecipeLimit.fromRow(r) for r in rows]
print describe(limits)
print limits[0].clamp(40), limits[1].clamp(0.1)
try:
    limits[0].missingField
except AttributeError, e:
    print "caught AttributeError"
print str is type("x"), min_function is min
'''


def test_pydev_style_builtin_import_loads_and_runs_as_in_jython(tmp_path):
    shim_out = run_legacy_script(RECIPE_MODULE, "limits.py")
    assert shim_out.splitlines() == [
        "Viscosity: 12..18; Melt Index: 0.5..2.5", "18 0.5", "caught AttributeError", "True True"]
    _prints_the_same_under_jython(tmp_path / "limits.py", RECIPE_MODULE, "recipe.limits", shim_out)


#: PyDev's quick-fix adds ``from __builtin__ import True, False`` to modules that it flagged
#: (the line is in many public Eclipse-written Jython 2 modules); Python 3 refused the whole
#: module ("invalid syntax").
INTERLOCK_MODULE = '''\
from __builtin__ import True, False
import system

log = system.util.getLogger("line3.interlocks")

class Interlock(object):
    """A permissive of the filler: healthy when every condition holds."""

    def __init__(self, name, conditions, bypassed=False):
        self.name = name
        self.conditions = conditions
        self.bypassed = bypassed

    def healthy(self, values):
        if self.bypassed:
            return True
        for tag in self.conditions:
            if not values.get(tag, False):
                return False
        return True

def summary(interlocks, values):
    ok = [i.name for i in interlocks if i.healthy(values) is True]
    tripped = [i.name for i in interlocks if i.healthy(values) == False]
    return ok, tripped

values = {"GuardClosed": True, "AirPressureOK": False, "EStopReset": True}
interlocks = [Interlock("Guard", ["GuardClosed", "EStopReset"]),
              Interlock("Air", ["AirPressureOK"]),
              Interlock("Vision", ["CameraReady"], bypassed=True)]
ok, tripped = summary(interlocks, values)
print "ok:", ok, "tripped:", tripped
print True, False, type(True).__name__, True + True, [False] * 2
try:
    interlocks[1].healthy(None)
except Exception, e:
    print "bad values:", type(e).__name__
'''


def test_pydev_true_false_import_loads_and_runs_as_in_jython(tmp_path):
    shim_out = run_legacy_script(INTERLOCK_MODULE, "interlocks.py")
    assert shim_out.splitlines() == [
        "ok: ['Guard', 'Vision'] tripped: ['Air']", "True False bool 2 [False, False]",
        "bad values: AttributeError"]
    _prints_the_same_under_jython(tmp_path / "interlocks.py", INTERLOCK_MODULE, "line3.interlocks", shim_out)


@pytest.mark.parametrize("attempt, refusal", [
    ("import __builtin__\nprint __builtin__.__dict__", "AttributeRefused"),
    ("import __builtin__\nprint __builtin__.__class__.__subclasses__()", "AttributeRefused"),
    ("import __builtin__\nprint getattr(__builtin__, '__import__')('os')", "AttributeRefused"),
    ("import __builtin__\n__builtin__.len = lambda x: 0", "AttributeRefused"),
    ("import __builtin__\nsetattr(__builtin__, 'open', None)", "AttributeRefused"),
    ("import __builtin__\ndel __builtin__.len", "AttributeRefused"),
    ("from __builtin__ import _write_", "reserved name"),
    ("from __builtin__ import True\nprint _True_.__class__.__subclasses__()", "AttributeRefused"),
    ("import __builtin__\nprint getattr(__builtin__, '_getattr_')", "AttributeRefused"),
    ("import __builtin__\nimport copy\nprint copy.copy(__builtin__).__dict__",
     "copying __builtin__ objects is not allowed"),
    ("import __builtin__\nclass Mine(type(__builtin__)):\n    pass", "scripts cannot subclass it"),
    ("import __builtin__\nprint __builtin__.eval.__globals__", "AttributeRefused"),
    ("import __builtin__\nprint __builtin__.__import__", "AttributeRefused"),
])
def test_builtin_module_gives_no_way_to_the_host(attempt, refusal):
    out = run_legacy_script(attempt, "attempt.py")
    assert refusal in out, out
    assert len(out.strip().splitlines()) == 1, out  # one line naming what is refused


def test_builtin_module_writes_never_reach_another_script():
    run_legacy_script("import __builtin__\ntry:\n    __builtin__.len = None\nexcept Exception, e:\n    pass\n",
                      "first.py")
    assert run_legacy_script("print len([1, 2, 3])", "second.py").strip() == "3"
