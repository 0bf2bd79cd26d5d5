"""Shim's own classes, attacked through the objects scripts are handed (issue #16, round 2).

``type(system.util.sendRequestAsync(...))`` was the runtime's request handle class: built by a
script with a dispatcher of its choosing, its timeout ran script code on the process-wide
scheduler thread, outside the script's budget and context. Every object a script gets (results
of ``system.*``, callbacks' arguments, Java emulation objects, frames, streams, proxies) leads to
its class by ``type(x)``, ``x.__class__``, ``x.getClass()``, a subclass's ``__mro__``; here each
such class is attacked the ways an attacker would: construct it, subclass it, read its raw
methods to call with a forged ``self``, re-run ``__init__``, ``super()``, ``object.__new__``,
``copy``'s reduce protocol. Each must be refused naming what was refused, while what Jython code
does with classes (``isinstance``, ``print type(x)``, ``type(x).__name__``, the documented Java
and Ignition constructors, subclassing Java classes, ``raise type(e)(...)``) keeps working.
"""
from __future__ import annotations

import gc
import re
import sys
import types
from pathlib import Path

import pytest

from runtime.core import hostclass
from runtime.scripts.legacy.py2types import py2_repr
from runtime.scripts.sandbox import new_globals
from runtime.scripts.sandbox import namespace  # noqa: F401  (installs the class guard)
from runtime.scripts.sandbox.classguard import _exported
from runtime.scripts.sandbox.policy import RUNTIME_CLASS_MODULES

FILES = {
    "P/project.json": {"ignition": "8.1"},
    "P/gateway/message/echo.py": "return payload",
    "_gateway/tags.json": {"Tank/Level": 5},
}

#: How a script gets hold of each kind of object (binds ``x``); every class here is shim's own
#: machinery, which no script may construct.
INTERNAL = {
    "request_handle": "x = system.util.sendRequestAsync('P', 'echo', {'a': 1})",
    "async_thread": "x = system.util.invokeAsynchronous(lambda: None)",
    "http_client": "x = system.net.httpClient()",
    "namespace_proxy": "x = system.util",
    "system_root": "x = system",
    "java_package": "import java.util\nx = java.util",
    "stdlib_proxy": "import math\nx = math",
    "java_print_stream": "from java.lang import System\nx = System.out",
    "jarray": "import jarray\nx = jarray.array([1, 2], 'i')",
    "regex_pattern": "import re\nx = re.compile('a+')",
    "java_iterator": "from java.util import ArrayList\nl = ArrayList()\nl.add(1)\nx = l.iterator()",
    "java_entry_set": "from java.util import HashMap\nm = HashMap()\nm.put('k', 1)\nx = m.entrySet()",
    "sys_stdout": "import sys\nx = sys.stdout",
    "traceback_view": "import sys\ntry:\n    1/0\nexcept ZeroDivisionError:\n    x = sys.exc_info()[2]",
    "frame_view": "import sys\nx = sys._getframe()",
    "tag_browse": "x = system.tag.browse('[default]')",
    "tag_change_event": "x = event",
    "event_tag_path": "x = event.tagPath",
    "bound_slot": "x = system.dataset.toDataSet(['a'], [[1]]).__init__",
}

#: The objects the runtime hands to event scripts (``runtime.execution.events``).
def _event_globals() -> dict:
    from runtime.emulated.ignition.qualified import QualifiedValue
    from runtime.execution.events import tag_change_variables

    return tag_change_variables("[default]Tank/Level", QualifiedValue(5), None, True, 1)


#: Attacks on ``C = type(x)`` (and ``x``); each must fail with the pattern's refusal.
_OWN = r"is shim's own class: scripts cannot (construct|subclass) it"
_READ = r"(reading '\w+' of .* is not allowed: it is shim's own class|is not allowed)"
ATTACKS = {
    "construct": ("C()", _OWN),
    "construct_with_arguments": ("C('label', lambda f: f(), 0.01)", _OWN),
    "construct_keywords": ("C(timeout=0.01)", _OWN),
    "construct_from_class_attribute": ("x.__class__()", _OWN),
    "construct_from_getattr_class": ("getattr(x, '__class__')('a')", _OWN),
    "construct_from_getclass": ("getattr(x, 'getClass', lambda: C)()()", _OWN),
    "construct_from_mro": ("C.__mro__[0]()", _OWN),
    "construct_through_partial": ("import functools\nfunctools.partial(C, 'a')()", _OWN),
    "construct_through_map": ("map(C, [1])", _OWN),
    "subclass_statement": ("class S(C):\n    pass", _OWN),
    "subclass_with_script_base": ("class B(object):\n    pass\nclass S(B, C):\n    pass", _OWN),
    "subclass_type_call": ("type('S', (C,), {})", _OWN),
    "subclass_metaclass_call": ("type(type(1))('S', (C,), {})", _OWN),
    "unbound_public_method": ("names = [n for n in dir(x) if not n.startswith('_')] or ['missing']\n"
                              "getattr(C, names[0])", _READ),
    "unbound_init_forged_self": ("class F(object):\n    pass\nC.__init__(F())", _READ),
    "unbound_init_on_instance": ("C.__init__(x)", _READ),
    "unbound_new": ("C.__new__(C)", _READ),
    "unbound_call_slot": ("C.__call__()", _OWN),
    "unbound_getattr_literal": ("C.toString", _READ),
    "class_dict": ("C.__dict__", _READ),
    "class_vars": ("vars(C)", r"vars\(\) of .* is not allowed"),
    "class_write": ("C.hook = 1", r"setting attributes of HostClass objects is not allowed"),
    "class_private": ("C._shim_class", r"access to private attribute"),
    "object_new": ("object.__new__(C)", r"object.__new__ makes the script's own classes only"),
    "object_getattribute": ("object.__getattribute__(C, '_shim_class')", r"access to private attribute"),
    "object_setattr": ("object.__setattr__(C, '_shim_class', int)", r"setting attributes of HostClass"),
    "stand_in_class": ("type(C)(int)", _OWN),
    "stand_in_class_attribute": ("C.__class__(int)", _OWN),
    "stand_in_init": ("type(C).__init__(C, int)", _READ),
    "super_of_class": ("super(C, x).__init__()", r"super\(\) argument 1 must be a type"),
    "reinit_instance": ("x.__init__('again')", r"(setting attributes of .* is not allowed|is not allowed)"),
    # a copy is refused, or is the object itself (an immutable one: a compiled pattern)
    "copy_instance": ("import copy\nif copy.copy(x) is x:\n    raise TypeError('not allowed: the same object')",
                      r"(copying .* objects is not allowed|not allowed)"),
    "deepcopy_instance": ("import copy\nif copy.deepcopy([x])[0] is x:\n    raise TypeError('not allowed: the same object')",
                          r"(copying .* objects is not allowed|not allowed)"),
    "reduce_rebuilds_class": ("import copy\nclass K(object):\n    def __reduce_ex__(self, p):\n"
                              "        return (C, ('label', lambda f: f(), 0.01))\ncopy.copy(K())", _OWN),
    "reduce_newobj": ("import copy\nclass K(object):\n    def __reduce_ex__(self, p):\n"
                      "        return (object.__new__, (C,))\ncopy.copy(K())", r"object.__new__ makes"),
}

#: Refusals that are not shim's (Python's own checks) still count as refusals of these attacks.
_REFUSED_TYPES = ("ConstructionRefused", "SandboxError", "AttributeRefused", "TypeError", "AttributeError",
                  "ImportRefused")


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    from runtime.gateway import Gateway
    from tests.conftest import write_tree

    gw = Gateway(write_tree(tmp_path_factory.mktemp("hostclasses") / "projects", FILES))
    yield gw
    gw.close()


def _run(gateway, source: str, keep: list | None = None) -> str:
    """Run ``source`` in project P's gateway scope with a tag change script's names (``event``,
    ``newValue`` ...) in its globals, as the runtime hands them over; what it printed, its
    uncaught error as the last line. ``keep(value)`` hands a value back to the test."""
    import io

    from runtime.core.context import ScriptContext, activate, deactivate
    from runtime.scripts.legacy.exceptions import exception_line
    from runtime.scripts.sandbox import compile_script

    out = io.StringIO()
    token = activate(ScriptContext("gateway", gateway, "P", None, None, out, tag="script"))
    try:
        names = new_globals("__main__", library=gateway.host("P").library, extra=_event_globals())
        if keep is not None:
            names["keep"] = keep.append
        exec(compile_script(source, "attack.py").code, names)
    except BaseException as exc:  # noqa: B036 - the script's failure is its output
        if out.getvalue() and not out.getvalue().endswith("\n"):
            out.write("\n")
        out.write(exception_line(exc) + "\n")
    finally:
        deactivate(token)
    return out.getvalue()


def _object(gateway, category: str):
    """The object itself, as the script got it (for the host-side checks)."""
    kept: list = []
    out = _run(gateway, INTERNAL[category] + "\nkeep(x)\n", kept)
    assert kept, out
    return kept[0]


@pytest.mark.parametrize("category", sorted(INTERNAL))
def test_the_class_of_each_handed_out_object_is_a_stand_in(gateway, category):
    obj = _object(gateway, category)
    cls = type(obj)
    assert hostclass.visible(cls) is not cls, f"{category}: {cls!r} is handed to scripts as itself"
    assert hostclass.real(hostclass.visible(cls)) is cls


@pytest.mark.parametrize("attack", sorted(ATTACKS))
@pytest.mark.parametrize("category", sorted(INTERNAL))
def test_attack_on_a_handed_out_class_is_refused(gateway, category, attack):
    code, expected = ATTACKS[attack]
    source = f"{INTERNAL[category]}\nC = type(x)\n{code}\nprint 'NOT REFUSED'\n"
    out = _run(gateway, source)
    assert "NOT REFUSED" not in out, f"{category}/{attack}: {out}"
    last = out.strip().splitlines()[-1]
    kind, _, message = last.partition(": ")
    assert kind in _REFUSED_TYPES, f"{category}/{attack}: {out}"
    assert re.search(expected, message), f"{category}/{attack}: {last}"


def test_there_are_many_host_class_attacks(report_figure):
    total = len(INTERNAL) * len(ATTACKS)
    assert total >= 300
    report_figure(f"host classes: {len(ATTACKS)} attacks on the classes of {len(INTERNAL)} kinds of handed-out "
                  f"objects, {total} refused (test_attack_on_a_handed_out_class_is_refused)")


def test_the_request_handle_escape_runs_nothing_on_the_scheduler(gateway):
    """The red-team case as it was: a handle built with a script dispatcher whose timeout fires."""
    out = _run(gateway, "ran = []\nh = system.util.sendRequestAsync('P', 'echo', {'a': 1})\n"
                        "try:\n    R = type(h)('forged', lambda f: ran.append(f), 0.001)\n"
                        "    R.onError(lambda e: ran.append(e))\nexcept TypeError, e:\n    print e\n"
                        "print h.get(), ran\n")
    assert out == ("Request is shim's own class: scripts cannot construct it\n"
                   "{'a': 1} []\n")


def test_refusals_name_the_class(gateway):
    out = _run(gateway, "from java.util import ArrayList\nC = type(ArrayList().iterator())\n"
                        "try:\n    C([])\nexcept TypeError, e:\n    print e\n"
                        "try:\n    C.hasNext\nexcept AttributeError, e:\n    print e\n"
                        "try:\n    class S(C):\n        pass\nexcept Exception, e:\n    print e\n")
    assert out == ("java.util.Iterator is shim's own class: scripts cannot construct it\n"
                   "reading 'hasNext' of java.util.Iterator is not allowed: it is shim's own class (scripts may "
                   "test isinstance(x, it), print it and read its __name__)\n"
                   "java.util.Iterator is shim's own class: scripts cannot subclass it\n")


# -- what scripts do with classes every day --------------------------------------------------

@pytest.mark.parametrize("category", sorted(INTERNAL))
def test_stand_ins_check_print_and_name_as_the_class(gateway, category):
    obj = _object(gateway, category)
    out = _run(gateway, f"{INTERNAL[category]}\nC = type(x)\n"
                        "print isinstance(x, C), isinstance(x, (int, C)), C is type(x), C == x.__class__\n"
                        "print isinstance(C, type), issubclass(C, object), issubclass(C, C)\n"
                        "print C.__name__\nprint C\nprint repr(C), '%s' % C\n"
                        "d = {C: 1}\nprint d[type(x)]\n")
    cls = type(obj)
    assert out == (f"True True True True\nTrue True True\n{cls.__name__}\n{py2_repr(cls)}\n"
                   f"{py2_repr(cls)} {py2_repr(cls)}\n1\n"), out


def test_java_class_names_of_stand_ins(gateway):
    out = _run(gateway, "from java.util import ArrayList, HashMap\nit = ArrayList().iterator()\n"
                        "print it.getClass().getName(), it.getClass().getSimpleName(), it.getClass().name\n"
                        "print type(it) is it.getClass(), isinstance(it, it.getClass())\n")
    assert out == "java.util.Iterator Iterator java.util.Iterator\nTrue True\n"


def test_documented_constructors_and_subclasses_still_work(gateway):
    out = _run(gateway, "\n".join([
        "from java.util import ArrayList, Date, HashMap",
        "from java.lang import Exception as JavaException",
        "from com.inductiveautomation.ignition.common import BasicDataset",
        "from com.inductiveautomation.ignition.common.script.builtin import DatasetUtilities",
        "l = ArrayList()\nl.add(1)",
        "print type(l)().size(), l.getClass()().size(), type(Date()) is Date, type(HashMap()) is HashMap",
        "class Numbers(ArrayList):\n    def total(self):\n        return sum(self)",
        "n = Numbers()\nn.add(2)\nn.add(3)\nprint n.total(), isinstance(n, ArrayList), Numbers.__mro__[1] is ArrayList",
        "ds = system.dataset.toDataSet(['a'], [[1], [2]])",
        "copy = type(ds)(ds)\nprint copy.getRowCount(), type(ds) is BasicDataset",
        "print BasicDataset(['b'], [int], [[7]]).getValueAt(0, 0)",
        "pds = system.dataset.toPyDataSet(ds)",
        "print type(pds) is DatasetUtilities.PyDataSet, len(pds)",
        "class Failure(JavaException):\n    pass",
        "try:\n    raise Failure('bad')\nexcept JavaException, e:\n    print type(e).__name__, e.getMessage()",
        "import copy as copying\nprint copying.copy(l).size(), copying.deepcopy(ds).getRowCount(), copying.copy(type(ds)) is BasicDataset",
        "import collections\no = collections.OrderedDict([('k', 1)])\nprint type(o)(o) == o",
        "print type(system.date.now())(0).getTime()",
    ]) + "\n")
    assert out == ("0 0 True True\n5 True True\n2 True\n7\nTrue 2\nFailure bad\n1 2 True\n"
                   "True\n0\n")


def test_shim_exceptions_stay_classes_for_except_and_raise(gateway):
    out = _run(gateway, "h = system.util.sendRequestAsync('P', 'missing')\n"
                        "try:\n    h.get()\nexcept Exception, e:\n    E = type(e)\n"
                        "try:\n    raise E('again: ' + str(e))\nexcept E, again:\n    print type(again).__name__, 'caught'\n")
    assert out.endswith(" caught\n"), out


def test_script_classes_keep_their_own_mro_and_bases(gateway):
    out = _run(gateway, "class A(object):\n    pass\nclass B(A):\n    pass\n"
                        "print B.__mro__ == (B, A, object), B.__bases__ == (A,), B.mro()[1] is A, type.mro(B)[1] is A\n"
                        "print type(B()) is B, B().__class__ is B\n")
    assert out == "True True True True\nTrue True\n"


def test_a_java_subclass_mro_hands_out_stand_ins_for_internal_bases(gateway):
    out = _run(gateway, "from java.util import ArrayList\nclass L(ArrayList):\n    pass\n"
                        "internal = [k for k in L.__mro__ if k not in (L, ArrayList, object) and k.__name__.startswith('_')]\n"
                        "print len(internal) > 0\nfor k in internal:\n    try:\n        k()\n    except TypeError, e:\n"
                        "        print 'refused'\n")
    lines = out.splitlines()
    assert lines[0] == "True" and set(lines[1:]) == {"refused"}, out


# -- the rule covers every class of shim's packages ------------------------------------------

def _shim_classes() -> list[type]:
    """Every class defined in shim's runtime/ and system/ folders that this process loaded."""
    import runtime
    import system

    folders = tuple(str(Path(p.__file__).parent) + "/" for p in (runtime, system))
    _exported()  # every import proxy built: the emulations they need are loaded too
    found = []
    for obj in gc.get_objects():
        if isinstance(obj, type):
            for value in vars(obj).values():  # no getattr: six's lazy modules would import
                function = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
                if isinstance(function, types.FunctionType) and function.__code__.co_filename.startswith(folders):
                    found.append(obj)
                    break
    return found


def test_every_shim_class_outside_the_listed_packages_is_one_scripts_may_import():
    """A class of shim's own whose ``__module__`` names no package of RUNTIME_CLASS_MODULES
    (``collections.Counter``, ``StringIO.StringIO``, the script-facing builtins, the module
    proxies' classes) would be handed out as itself: it must be one the import proxies hand out
    anyway, or claimed as shim's own (``runtime.core.hostclass.claim``)."""
    exported = _exported()
    outside = [cls for cls in _shim_classes()
               if str(cls.__dict__.get("__module__", "")).partition(".")[0] not in RUNTIME_CLASS_MODULES
               and cls.__dict__.get("__shim_script__") is not True]
    unlisted = sorted(f"{cls.__module__}.{cls.__qualname__}" for cls in outside
                      if id(cls) not in exported and not issubclass(cls, BaseException)
                      and hostclass.visible(cls) is cls)  # not claimed (hostclass.claim) either
    assert unlisted == []


#: Shim's exceptions with an ``__init__`` of their own: scripts get their classes as they are
#: (``except``/``raise`` need them), so each was reviewed to store values only.
REVIEWED_EXCEPTION_INITS = {
    "FormatError", "HandlerError", "ParseException", "ScenarioError", "Throwable", "Unparseable", "_Refused",
    "EnvironmentError",
    "PatternSyntaxException",  # stores its description, pattern and index (strings and an int)
    # runtime.core.budget._interrupt's class of one timeout (its __init__ only fixes the message);
    # it exists once a script of this process was stopped (tests/test_gateway.py runs before this)
    "ScriptTimeout",
    # ConfigParser's errors (runtime.emulated.stdlib.configparser_, Python 2.7's own): each stores the
    # section, option, file name, line and message strings it was raised with, and sets args
    "Error", "NoSectionError", "DuplicateSectionError", "NoOptionError", "InterpolationError",
    "InterpolationMissingOptionError", "InterpolationDepthError", "ParsingError", "MissingSectionHeaderError",
}


def test_shim_exceptions_with_their_own_init_are_reviewed():
    reviewed = sorted({cls.__qualname__ for cls in _shim_classes()
                       if issubclass(cls, BaseException) and "__init__" in vars(cls)} - REVIEWED_EXCEPTION_INITS)
    assert reviewed == []


def test_system_namespaces_hand_out_no_classes():
    """``system.*`` members are functions and constants: a class there would be importable
    (``from system.util import X``) without being on the exported list."""
    import importlib

    from runtime.scripts.sandbox.policy import IGNITION_NAMESPACES

    classes = []
    for name in IGNITION_NAMESPACES:
        try:
            module = importlib.import_module(f"system.{name}")
        except ModuleNotFoundError:
            continue
        classes += [f"system.{name}.{attr}" for attr in getattr(module, "__all__", ())
                    if isinstance(getattr(module, attr), type)]
    assert classes == []


def test_exception_classes_are_handed_over_and_never_remembered():
    """The budget makes a ScriptTimeout class per timeout: each goes to the script as itself,
    and the stand-in table does not grow with them."""
    from runtime.core.budget import ScriptTimeout

    made = type("ScriptTimeout", (ScriptTimeout,), {"__module__": ScriptTimeout.__module__})
    assert hostclass.visible(made) is made and made not in hostclass._seen


def test_copy_cannot_forge_the_state_of_shim_objects(gateway):
    """``copy``'s reduce protocol applies a state to the object it rebuilds: never one of a
    script's choosing onto a host object, and never through a memo that answers for the parts."""
    out = _run(gateway, "\n".join([
        "import copy\nfrom java.util import ArrayList",
        "class K(object):\n    def __reduce_ex__(self, protocol):\n        return (ArrayList, (), {'_items': ['forged']})",
        "try:\n    copy.deepcopy(K())\nexcept Exception, e:\n    print e",
        "class Memo(dict):\n    def get(self, key, default=None):\n        return 'forged'",
        "try:\n    copy.deepcopy([ArrayList()], Memo())\nexcept TypeError, e:\n    print e",
    ]) + "\n")
    assert out == ("copy: a script's __reduce_ex__ cannot hand state to ArrayList objects (host objects are "
                   "shared by every script)\ndeepcopy(): memo must be a dict\n")


def test_copy_still_copies_what_scripts_copy(gateway):
    out = _run(gateway, "\n".join([
        "import copy, re",
        "p = re.compile('a+')\nprint copy.copy(p) is p, copy.deepcopy({'p': p})['p'] is p",
        "class Node(object):\n    def __init__(self, items):\n        self.items = items",
        "    def __deepcopy__(self, memo):\n        return Node(copy.deepcopy(self.items, memo))",
        "n = Node([1, [2]])\nm = copy.deepcopy(n)\nprint m.items, m.items[1] is not n.items[1]",
        "class P(object):\n    pass\np2 = P()\np2.x = 1\nprint copy.copy(p2).x, copy.deepcopy(p2).x",
    ]) + "\n")
    assert out == "True True\n[1, [2]] True\n1 1\n"
