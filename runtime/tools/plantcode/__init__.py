"""Real-size plant library code, generated: deterministic Jython 2 modules of a few hundred lines
each, written the way Ignition integrators write project libraries, for tests and benchmarks
that need "a real project's library" without copying anyone's code (issue #17).

* ``write_library(root, modules=N, seed=S, ignition="8.1")``: a projects folder ``root`` with one
  project whose library holds N modules: 8.x style (``library/Mes/alarms/pumpMonitor.py``,
  reached as ``Mes.alarms.pumpMonitor`` with the shared helpers in ``Mes.common``), or 7.9 style
  (``ignition="7.9"``: ``project.alarms.pumpMonitor``, helpers in ``_global`` as
  ``shared.common.fmt``, Jython 2.5 syntax only);
* ``write_pylib(root, modules=N, seed=S)``: a package tree in ``root/_gateway/pylib`` (packages,
  sub-packages, ``__init__.py`` files, explicit relative, implicit relative and absolute
  imports, a star import), as a gateway's ``user-lib/pylib`` holds it.

Both also write what the code touches on the gateway (``_gateway/tags.csv``, ``db.json`` with an
in-memory SQLite datasource and its schema), so every module runs. Every plant module has a
``selftest()`` that calls its functions and classes and asserts what Jython 2.7 answers; the
returned ``Generated.selftest_script()`` is one script that reaches every module, runs each
``selftest()`` and prints one line per module (``ok NAME: ...`` or ``FAIL NAME: ...`` with the
traceback), then ``selftest: N modules, F failed``.

The constructs are the ones real code uses (``except Exception, e:``, ``print`` statements,
``%`` formatting, ``dict.iteritems``/``has_key``, ``xrange``, ``unicode``/``basestring``/``long``,
``10L``, ``0777``, ``<>``, ``raise E, 'msg'``, old-style classes, ``reduce``/``cmp``,
``java.lang``/``java.util`` classes, ``system.tag/db/dataset/date/util`` calls), never chosen
to avoid what shim fails: that is what the tests built on this are for.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from runtime.tools.plantcode.blocks import BLOCKS, Ctx, fill
from runtime.tools.plantcode.helpers import HELPERS, SCHEMA

__all__ = ["Generated", "write_library", "write_pylib"]

AREAS = ["alarms", "recipes", "reports", "quality", "maintenance", "production", "shifts",
         "utilities", "oee", "batch", "energy", "packaging"]
NOUNS = ["pump", "tank", "line", "valve", "oven", "filler", "press", "mixer", "conveyor", "chiller",
         "boiler", "feeder", "scale", "label", "pallet", "order", "shift", "sensor"]
ROLES = ["Monitor", "Manager", "Helper", "Controller", "Builder", "Calc", "Tools", "Utils", "Service",
         "Handler"]
ROOTS = ["Mes", "General", "Core", "Site"]
TAGBASE = "Plant"
DATASOURCE = "PlantDB"


@dataclass
class Generated:
    """What a writer produced: the files, and how a script reaches each module."""

    root: Path                   # the projects folder
    project: str                 # the project whose scripts see the modules
    ignition: str                # "7.9" or "8.1": the project's semantics
    files: list[Path] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)  # dotted names, as a script reaches them
    lines: int = 0
    pylib: bool = False          # modules are imported (pylib) rather than reached by name

    def selftest_script(self) -> str:
        """A Jython 2 script that runs every module's ``selftest()``, one line per module."""
        out = ["import traceback", "", "checks = []", ""]
        for n, name in enumerate(self.modules):
            out.append(f"def check_{n}():")
            if self.pylib:
                out += [f"    import {name} as module", "    return module.selftest()"]
            else:
                out.append(f"    return {name}.selftest()")
            out.append(f"checks.append(({name!r}, check_{n}))")
        out += ["", "failed = 0", "for name, check in checks:", "    try:",
                "        print 'ok %s: %s' % (name, check())", "    except Exception, e:",
                "        failed += 1", "        print 'FAIL %s: %s' % (name, e)",
                "        print traceback.format_exc()",
                "print 'selftest: %d modules, %d failed' % (len(checks), failed)", ""]
        return "\n".join(out)


# -- writers --------------------------------------------------------------------------------------

def write_library(root: Path | str, modules: int = 300, seed: int = 0, *, ignition: str = "8.1",
                  project: str = "Plant") -> Generated:
    """A projects folder ``root`` whose project ``project`` has a library of ``modules`` files
    (the shared helpers included); 7.9 style puts the helpers in ``_global`` (``shared.common``)."""
    if ignition not in ("7.9", "8.1"):
        raise ValueError(f"ignition must be '7.9' or '8.1', not {ignition!r}")
    root = Path(root)
    rng = random.Random(f"library-{seed}-{ignition}")
    gen = Generated(root, project, ignition)
    _write_gateway(root)
    proj = root / project
    proj.mkdir(parents=True, exist_ok=True)
    (proj / "project.json").write_text(json.dumps({"title": f"{project} (generated)", "ignition": ignition},
                                                  indent=2) + "\n")
    v79 = ignition == "7.9"
    if v79:
        helper_dir, helper_prefix, own_prefix = root / "_global" / "library" / "common", "shared.common", "project"
        lib = proj / "library"
    else:
        top = rng.choice(ROOTS)
        helper_dir, helper_prefix, own_prefix = proj / "library" / top / "common", f"{top}.common", top
        lib = proj / "library" / top
    refs = {name: f"{helper_prefix}.{name}" for name in HELPERS}
    for name, source in HELPERS.items():
        text = fill(source, _helper_subs(ignition, imports=""))
        _emit(gen, helper_dir / f"{name}.py", text, rng)
        gen.modules.append(f"{helper_prefix}.{name}")
    used: set[str] = set()
    for n in range(max(0, modules - len(HELPERS))):
        area = AREAS[n % len(AREAS)]
        mod = _module_name(rng, used)
        dotted = f"{own_prefix}.{area}.{mod}"
        peer = gen.modules[-1] if n and rng.random() < 0.6 else None
        ctx = Ctx(rng, v79, ignition, refs, TAGBASE, peer, {"UID": dotted})
        text = _module(ctx, dotted, imports="")
        _emit(gen, lib / area / f"{mod}.py", text, rng)
        gen.modules.append(dotted)
    return gen


def write_pylib(root: Path | str, modules: int = 400, seed: int = 0, *, package: str = "acme",
                project: str = "Plant") -> Generated:
    """``modules`` files (``__init__.py`` files and helpers included) in ``root/_gateway/pylib``:
    package ``package`` with ``common`` helpers, one sub-package per area, some with a
    sub-package of their own; and an 8.1 project ``project`` to import them from."""
    root = Path(root)
    rng = random.Random(f"pylib-{seed}-{package}")
    gen = Generated(root, project, "8.1", pylib=True)
    _write_gateway(root)
    proj = root / project
    if not (proj / "project.json").exists():
        proj.mkdir(parents=True, exist_ok=True)
        (proj / "project.json").write_text(json.dumps({"title": f"{project} (generated)", "ignition": "8.1"},
                                                      indent=2) + "\n")
    base = root / "_gateway" / "pylib" / package
    _emit(gen, base / "__init__.py",
          f'"""The {package} plant library (gateway user-lib/pylib)."""\n__version__ = \'4.2.0\'\n'
          f"__all__ = ['common', 'VERSION_INFO']\nVERSION_INFO = tuple([int(p) for p in __version__.split('.')])\n"
          "loaded = []\n", rng)
    _emit(gen, base / "common" / "__init__.py",
          '"""Helpers every package of the library shares."""\nimport log\nfrom . import fmt\n', rng)
    for name, source in HELPERS.items():
        _emit(gen, base / "common" / f"{name}.py", fill(source, _helper_subs("8.1", imports="import system\n")), rng)
        gen.modules.append(f"{package}.common.{name}")
    used: set[str] = set()
    packages: list[tuple[str, Path]] = []  # (dotted, folder) of every area package made so far
    room = 0  # modules still to put in the current package
    while len(gen.files) < modules:
        if room == 0:  # open a new area package of 3 to 8 modules, sometimes inside the last one
            area, room = AREAS[len(packages) % len(AREAS)], rng.randint(3, 8)
            parent = packages[-1] if packages and rng.random() < 0.3 and packages[-1][0].count(".") == 1 else None
            dotted, folder = (f"{parent[0]}.{area}", parent[1] / area) if parent else (f"{package}.{area}", base / area)
            if any(d == dotted for d, _ in packages):
                dotted, folder = f"{dotted}{len(packages)}", folder.with_name(f"{area}{len(packages)}")
            _emit(gen, folder / "__init__.py",
                  f'"""{area.title()} scripts."""\nimport {package}\n{package}.loaded.append(__name__)\n', rng)
            packages.append((dotted, folder))
            continue
        dotted_pkg, folder = packages[-1]
        room -= 1
        mod = _module_name(rng, used)
        dotted = f"{dotted_pkg}.{mod}"
        depth = dotted_pkg.count(".")  # 1: package.area, 2: package.area.sub
        imports, refs = _pylib_imports(rng, package, depth)
        peer = gen.modules[-1] if rng.random() < 0.6 and gen.modules[-1].rsplit(".", 1)[0] == dotted_pkg else None
        if peer is not None:  # a sibling module: Python 2's implicit relative import
            imports += f"import {peer.rsplit('.', 1)[1]}\n"
        ctx = Ctx(rng, False, "8.1", refs, TAGBASE, peer and peer.rsplit(".", 1)[1], {"UID": dotted})
        _emit(gen, folder / f"{mod}.py", _module(ctx, dotted, imports=imports), rng)
        gen.modules.append(dotted)
    return gen


# -- pieces ---------------------------------------------------------------------------------------

def _helper_subs(ignition: str, imports: str) -> dict[str, str]:
    if ignition == "7.9":
        read, write = "system.tag.read(full(path))", "system.tag.writeSynchronous(full(path), value)"
    else:
        read, write = "system.tag.readBlocking([full(path)])[0]", "system.tag.writeBlocking([full(path)], [value])"
    return {"IMPORTS": imports, "LOGROOT": TAGBASE, "TAGREAD": read, "TAGWRITE": write, "DB": DATASOURCE,
            "TAGBASE": TAGBASE}


def _pylib_imports(rng: random.Random, package: str, depth: int) -> tuple[str, dict[str, str]]:
    """How a pylib module imports the common helpers: relative, absolute, or aliased."""
    dots = "." * (depth + 1)
    style = rng.choice(["relative", "absolute", "alias", "star"])
    names = list(HELPERS)
    refs = {name: name for name in names}
    if style == "relative":
        text = f"from {dots}common import {', '.join(names)}\n"
    elif style == "absolute":
        text = f"from {package}.common import {', '.join(names)}\n"
    elif style == "alias":
        text = "".join(f"import {package}.common.{name} as {name}\n" for name in names)
    else:
        text = (f"from {dots}common.fmt import *\nfrom {dots}common import log, dates, tags, db, fmt\n")
    return "import system\n" + text, refs


def _module_name(rng: random.Random, used: set[str]) -> str:
    name = rng.choice(NOUNS) + rng.choice(ROLES)
    while name in used:
        name = rng.choice(NOUNS) + rng.choice(ROLES) + str(rng.randint(2, 99))
    used.add(name)
    return name


HEADER = '''"""@DOC@

Maintained by the controls team; called from tag change scripts, timers and message handlers.
"""
__version__ = '1.@A@.@B@'
__author__ = 'Controls Engineering'
@IMPORTS@import string
import java.lang
from java.lang import System, Integer, NumberFormatException
from java.util import Date

logger = system.util.getLogger('@LOGNAME@')
DEBUG = False
RETRIES = @A@
'''

FOOTER = '''

def info():
    """What this module is, for the diagnostics page."""
    logger.trace('info()')
    return {'module': __name__, 'version': __version__, 'functions': @NFUNCS@}


def selftest():
    """Call everything in this module once; raises AssertionError on a wrong answer."""
    logger.info('selftest of %s' % __name__)
@CHECKS@    return '%d checks' % @NCHECKS@
'''


def _module(ctx: Ctx, dotted: str, imports: str) -> str:
    """One plant module: header, blocks until its size is reached, info() and selftest()."""
    rng = ctx.rng
    target = rng.randint(160, 420)
    subs = {"DOC": f"{dotted.rsplit('.', 1)[1]}: {rng.choice(AREAS)} logic for the {rng.choice(NOUNS)}s",
            "IMPORTS": imports, "LOGNAME": f"{TAGBASE}.{dotted}", "A": str(rng.randint(0, 9)),
            "B": str(rng.randint(0, 40))}
    parts = [fill(HEADER, subs)]
    checks: list[str] = []
    if ctx.peer:
        checks.append(f"    assert {ctx.peer}.info()['functions'] > 0\n")
    order = BLOCKS[:]
    rng.shuffle(order)
    lines = parts[0].count("\n")
    i = 0
    while lines < target:
        block = order[i % len(order)](ctx, i)
        parts.append(block.code)
        checks += block.checks
        lines += block.code.count("\n")
        i += 1
    nfuncs = sum(len(re.findall(r"^def ", p, re.M)) for p in parts)
    checks_text = "".join(c.lstrip("\n") for c in checks)
    parts.append(fill(FOOTER, {"NFUNCS": str(nfuncs), "CHECKS": checks_text,
                               "NCHECKS": str(checks_text.count("assert "))}))
    return "".join(parts)


def _emit(gen: Generated, path: Path, text: str, rng: random.Random) -> None:
    """Write one file; about half the modules are tab-indented, as many Ignition editors save them."""
    if rng.random() < 0.5:
        text = re.sub(r"^((?:    )+)", lambda m: "\t" * (len(m.group(1)) // 4), text, flags=re.M)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    gen.files.append(path)
    gen.lines += text.count("\n")


def _write_gateway(root: Path) -> None:
    """The tags and the database the generated code uses."""
    gw = root / "_gateway"
    (gw / "db").mkdir(parents=True, exist_ok=True)
    (gw / "db" / "plantcode.sql").write_text(SCHEMA)
    (gw / "db.json").write_text(json.dumps({"datasources": {DATASOURCE: {"url": "sqlite://",
                                                                         "init": "db/plantcode.sql"}},
                                            "default": DATASOURCE}, indent=2) + "\n")
    rows = ["path,value,dataType"]
    for line in (1, 2, 3):
        rows += [f"[default]{TAGBASE}/Line{line}/Speed,12.5,Float8",
                 f"[default]{TAGBASE}/Line{line}/Count,0,Int4",
                 f"[default]{TAGBASE}/Line{line}/Running,true,Boolean"]
    (gw / "tags.csv").write_text("\n".join(rows) + "\n")
