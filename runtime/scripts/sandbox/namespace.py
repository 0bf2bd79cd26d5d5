"""What a script sees: its builtins, its module proxies, ``system``, and the import hook.

Built once per process (proxies and builtins are shared and read-only); per script only the
globals dict is new, holding ``__builtins__``, ``__name__``, ``system`` and the library roots.
"""
from __future__ import annotations

import builtins
import decimal
import functools
import importlib
import itertools
import sys
import threading
import types
from typing import Any, Callable, Mapping

from runtime.core.context import activate as activate_context
from runtime.core.context import active as active_context
from runtime.core.context import deactivate as deactivate_context
from runtime.core.ownership import SCRIPT_MARK
from runtime.scripts.legacy.builtins import LEGACY_BUILTINS, MODULE_EXTRAS, py2_list_sort
from runtime.scripts.legacy.exceptions import SCRIPT_CLASS_NAMES
from runtime.scripts.legacy import py2random
from runtime.scripts.legacy.py2types import (
    OLD_STYLE_CLASSES,
    REAL_BASES,
    TYPE,
    VISIBLE_TYPES,
    as_unicode,
    format_args_native,
    format_guarded,
    jython_value,
    py2_convert_field,
    py2_format_value,
    py2_type,
    unicode,
)
from runtime.core import budget, nesting
from runtime.emulated.ignition import ROOT as IGNITION_ROOT
from runtime.emulated.java import NotEmulatedImportError
from runtime.emulated.java._jclass import JavaClass
from runtime.emulated.stdlib import abc_, fileio, threading_
from runtime.scripts.sandbox import classguard, dynamic, exact, guards, hashing, isolation, textgrowth
from runtime.scripts.sandbox.errors import AttributeRefused, ImportRefused, SandboxError
from runtime.scripts.sandbox.policy import (
    EMULATED_STDLIB,
    FILE_BUILTINS,
    IGNITION_CLASSES,
    IGNITION_NAMESPACES,
    NOT_EMULATED_JAVA_ROOTS,
    PLAIN_BUILTINS,
    REFUSED_BUILTINS,
    REFUSED_DUNDER_NAMES,
    REFUSED_MODULES,
    SAFE_MODULES,
)
from runtime.scripts.sandbox.proxies import Proxy, make_proxy
from runtime.scripts.sandbox import stdlib

#: Python 2 dunder spellings mapped onto Python 3's when a script class is created.
_PY2_DUNDERS = {"__div__": "__truediv__", "__rdiv__": "__rtruediv__", "__nonzero__": "__bool__"}


def script_class(name: str, bases: tuple, namespace: dict, **kwargs: Any) -> type:
    """Create a class for a script (``__metaclass__`` of every ``class`` statement, and the
    three-argument ``type``): refuse forbidden dunders, map Python 2 spellings, remember it as
    the script's own so its private attributes are readable."""
    for key in namespace:
        if key in REFUSED_DUNDER_NAMES or (isinstance(key, str) and key.startswith("__shim")):
            raise SandboxError(f"class {name}: defining '{key}' is not allowed")
    for old, new in _PY2_DUNDERS.items():
        if old in namespace and new not in namespace:
            namespace[new] = namespace[old]
    if "__cmp__" in namespace:
        _add_rich_comparisons(namespace)
    if "__getslice__" in namespace:
        namespace["__getitem__"] = _slicing_getitem(namespace["__getslice__"], namespace.get("__getitem__"))
    if "__eq__" in namespace and "__ne__" not in namespace and not _inherits_ne(bases):
        namespace["__ne__"] = _ne_not_derived  # Python 2: ``!=`` is not ``not ==``
    if "__unicode__" in namespace and "__str__" not in namespace:
        namespace["__str__"] = namespace["__unicode__"]
    if any(isinstance(b, Proxy) or (isinstance(b, type) and issubclass(b, Proxy)) for b in bases):
        raise SandboxError(f"class {name}: host objects cannot be subclassed")
    classguard.refuse_subclassing(name, bases)
    bases = tuple(REAL_BASES.get(b, b) for b in bases)  # class S(str): the real str
    if "__del__" in namespace:
        namespace["__del__"] = _owned_finalizer(namespace["__del__"])
    namespace[SCRIPT_MARK] = True  # the script's own: private names readable, writes allowed
    # Python 2's ``__metaclass__ = ABCMeta``: the one metaclass a script may choose (any other
    # stays a plain class attribute); abc's ABCMeta makes classes only from here
    meta = abc_.ABCMeta if namespace.get("__metaclass__") is abc_.ABCMeta else type
    token = abc_.CREATING.set(True)
    try:
        cls = meta(name, bases or (object,), namespace, **kwargs)
    finally:
        abc_.CREATING.reset(token)
    if all(base in OLD_STYLE_CLASSES for base in bases):  # Python 2 classic class (no base)
        OLD_STYLE_CLASSES.add(cls)
    elif "__hash__" not in namespace and vars(cls).get("__hash__", False) is None:
        # Python 3 makes a class with __eq__ and no __hash__ unhashable; Python 2 (Jython) lets a
        # new-style class inherit its base's hash (a classic class stays unhashable, as there).
        del cls.__hash__
    SCRIPT_CLASS_NAMES.add(name)
    return cls


def _slicing_getitem(getslice: Any, getitem: Any) -> Callable[[Any, Any], Any]:
    """Python 2 calls ``__getslice__(i, j)`` for ``obj[i:j]`` (no step): a missing start is 0, a
    missing stop ``sys.maxint``, a negative one counts from ``len(obj)`` when there is a
    ``__len__``; any other key goes to the class's ``__getitem__``."""
    def __getitem__(self: Any, key: Any) -> Any:
        if isinstance(key, slice) and key.step is None:
            bounds = [0 if key.start is None else key.start, 2147483647 if key.stop is None else key.stop]
            if any(b < 0 for b in bounds) and hasattr(self, "__len__"):
                bounds = [b + len(self) if b < 0 else b for b in bounds]
            return getslice(self, *bounds)
        if getitem is not None:
            return getitem(self, key)
        inherited = next(f for k in type(self).__mro__ if (f := vars(k).get("__getitem__")) not in (None, __getitem__))
        return inherited(self, key)
    return __getitem__


def _ne_not_derived(self: Any, other: Any) -> Any:
    """Python 2 does not derive ``!=`` from ``__eq__``: without ``__ne__`` it compares
    identities (NotImplemented on both sides makes Python 3 do the same)."""
    return NotImplemented


def _inherits_ne(bases: tuple) -> bool:
    return any("__ne__" in vars(k) for b in bases for k in getattr(b, "__mro__", ()) if k is not object)


def _owned_finalizer(finalizer: Any) -> Callable[[Any], None]:
    """A script class's ``__del__`` runs in the context of the script that defined the class
    (its project, its output, its logger), whichever thread the garbage collector happens to
    run it on: never inside another project's handler as that project. A class defined outside
    any script run has no owner, and its finalizer does not run."""
    owner = active_context()

    def __del__(self: Any) -> None:
        if owner is None:
            return
        token = activate_context(owner)
        try:
            finalizer(self)
        finally:
            deactivate_context(token)

    return __del__


def _add_rich_comparisons(namespace: dict) -> None:
    cmp = namespace["__cmp__"]
    for op, test in (("__lt__", lambda c: c < 0), ("__le__", lambda c: c <= 0),
                     ("__gt__", lambda c: c > 0), ("__ge__", lambda c: c >= 0),
                     ("__eq__", lambda c: c == 0), ("__ne__", lambda c: c != 0)):
        if op not in namespace:
            namespace[op] = (lambda t: lambda self, other: t(cmp(self, other)))(test)


def safe_type(*args: Any) -> Any:
    """``type(x)`` as Jython answers it (``str``/``int`` as scripts see them, ``long`` past 32
    bits, ``instance`` for classic instances, ``classobj``/``type`` for classes: never the real
    metaclass); ``type(name, bases, dict)`` creates a script class. Scripts' ``type`` is the
    pseudo type ``TYPE`` whose call this is."""
    if len(args) == 1:
        return py2_type(args[0])
    if len(args) == 3 and isinstance(args[2], dict):  # a new-style class of the calling script
        name, bases, namespace = args
        namespace = {"__module__": sys._getframe(1).f_globals.get("__name__"), **namespace}
        return script_class(name, tuple(bases) or (object,), namespace)
    return script_class(*args)


type(TYPE).__call__ = staticmethod(safe_type)


#: namedtuple's public API: underscore names that are not private (``r._asdict()``).
_NAMEDTUPLE_API = frozenset({"_asdict", "_fields", "_replace", "_make", "_field_defaults"})


def legacy_getattr(obj: Any, name: str) -> Any:
    """``_getattr_`` with Jython's view of a few reads: ``'...'.format`` formats as Python 2
    (the same guarded field traversal), ``x.__class__`` gives the script's ``str``/``int``,
    namedtuple's ``_asdict``/``_fields``/``_replace``/``_make`` are public, and
    ``super(Derived, self).__init__`` works in the script's own classes."""
    if name in hashing.METHOD_NAMES:  # first: ``d.update`` in a loop is the hot read here
        method = hashing.safe_method(obj, name)
        if method is not None:
            return method
    if name in textgrowth.GROWING_METHODS:  # ``s.ljust(10**9)``: refused before it allocates
        return textgrowth.checked(guards.guarded_getattr(obj, name), name, obj)
    if name == "format" and isinstance(obj, str):
        return Py2Format(obj)
    if name == "strftime":  # ``d.strftime('%c' * 10**7)``: one call into C the watchdog cannot stop
        value = guards.guarded_getattr(obj, name)
        return budget.CheckedTimeFormat(value) if type(value) in _C_METHODS else value
    if name in _NAMEDTUPLE_API and _is_namedtuple(obj):
        return getattr(obj, name)
    if name == "__init__" and type(obj) is super and guards.is_script_class(obj.__thisclass__):
        # super(Derived, self).__init__(): the bound method ``Base.__init__(self)`` (already
        # readable) would give; only for a super() of the script's own class, and only onto
        # objects that accept writes (``super(S, S).__init__(shared_host_object)``)
        if isinstance(obj.__self__, type):
            return guards._GuardedInit(obj.__self_class__.__mro__[
                obj.__self_class__.__mro__.index(obj.__thisclass__) + 1])
        guards.guarded_write(obj.__self__)
        return obj.__init__
    if name == "sort" and (isinstance(obj, list) or obj is list):
        # ``f = rows.sort`` / ``list.sort(rows)``: Python 2's sort, in runs the watchdog can stop
        return functools.partial(py2_list_sort, obj) if obj is not list else py2_list_sort
    value = guards.guarded_getattr(obj, name)
    if name == "__class__" and (value is str or value is int or value in VISIBLE_TYPES):
        return py2_type(obj)  # str, or int / long by magnitude
    return value


def _is_namedtuple(obj: Any) -> bool:
    """An instance or class made by ``collections.namedtuple``."""
    cls = obj if isinstance(obj, type) else type(obj)
    return issubclass(cls, tuple) and any(
        "_make" in vars(k) and isinstance(vars(k).get("_fields"), tuple) for k in cls.__mro__)


_C_METHODS = (types.BuiltinMethodType, types.MethodDescriptorType)


class Py2Format:
    """The bound ``format`` of a string, as Python 2 formats: ``'{0}'.format(1/3.0)`` is
    ``0.333333333333``, ``!r`` gives ``u'...'``; a unicode format string gives unicode.
    Attribute and index fields go through the sandbox's guard (as ``guards._SafeFormat``)."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        text = self._text
        if isinstance(text, unicode):
            return as_unicode(_PY2_UNICODE_FORMATTER.vformat(text, args, kwargs))
        if not format_guarded(text):
            return literal_format(text, *args, **kwargs)
        return _PY2_FORMATTER.vformat(text, args, kwargs)


def literal_format(text: str, /, *args: Any, **kwargs: Any) -> str:
    """``_lfmt_``: ``text.format(...)`` as Python 2 formats, for a ``text`` with no attribute
    or item field (the compiler sends ``'literal'.format(...)`` here directly: one call instead
    of the guarded read of ``format`` and a bound formatter)."""
    if format_args_native(args, kwargs, text):
        try:
            return str.format(text, *args, **kwargs)
        except IndexError:  # CPython 3: "Replacement index 1 out of range for positional args tuple"
            raise IndexError("tuple index out of range") from None
    return _PY2_FORMATTER.vformat(text, args, kwargs)


class _Py2Formatter(guards._GuardedFormatter):
    """A byte-string template: a unicode field is encoded as ASCII into it, as Python 2 does
    (``'{0}'.format(u'x')`` is ``'x'``, ``'{0}'.format(u'caf\\xe9')`` a UnicodeEncodeError)."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        text = py2_format_value(value, format_spec)
        if isinstance(value, unicode) and not text.isascii():
            str.encode(text, "ascii")  # raises Python 2's UnicodeEncodeError
        return text

    def convert_field(self, value: Any, conversion: Any) -> Any:
        return py2_convert_field(value, conversion)


class _Py2UnicodeFormatter(_Py2Formatter):
    """A unicode template takes any field, a byte string past ASCII too (Jython leaves its
    characters as they are: ``u'{0}'.format('caf\\xe9')`` is ``u'caf\\xe9'``)."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        return py2_format_value(value, format_spec)


_PY2_FORMATTER = _Py2Formatter()
_PY2_UNICODE_FORMATTER = _Py2UnicodeFormatter()


# -- module proxies --------------------------------------------------------------------------

#: Module members replaced by versions that keep the sandbox's promises: a timed-out script
#: cannot sleep or wait on a lock through its budget, and ``functools`` cannot be made to
#: read or write attributes the guards never see.
OVERRIDES: dict[str, dict[str, Any]] = {
    "time": {"sleep": budget.sleep, "strftime": budget.strftime},
    "operator": {"pow": budget.power, "ipow": budget.power, "lshift": budget.shift, "ilshift": budget.shift,
                 "mul": budget.multiply, "imul": budget.multiply_in_place,
                 "repeat": budget.multiply, "irepeat": budget.multiply_in_place,
                 "floordiv": budget.floor_divide, "ifloordiv": budget.floor_divide_in_place,
                 "mod": budget.modulo, "imod": budget.modulo_in_place},
    "math": {"factorial": budget.factorial, "trunc": exact.trunc},
    "fractions": {"Fraction": exact.Fraction},
    # endless iterators are generators; every iterator of iterators measures its nesting
    "itertools": {**{name: nesting.checked(budget.endless(name), f"itertools.{name}()")
                     for name in ("count", "repeat", "cycle")},
                  **{name: nesting.checked(getattr(itertools, name), f"itertools.{name}()") for name in (
                      "chain", "islice", "takewhile", "dropwhile", "starmap", "compress", "accumulate",
                      "filterfalse", "groupby", "tee", "zip_longest")},
                  **{name: nesting.checked(member, f"itertools.{name}()")
                     for name, member in MODULE_EXTRAS["itertools"].items()}},
    "threading": {"Lock": budget.Lock, "RLock": budget.RLock, "Thread": threading_.Thread,
                  "Timer": threading_.Timer},
    "collections": {"Counter": hashing.Counter, "defaultdict": hashing.defaultdict},
    "functools": {"wraps": guards.safe_wraps, "total_ordering": guards.safe_total_ordering},
    "copy": classguard.COPY_FUNCTIONS,
    # a script's decimal context is its own copy (the thread's is shared by every script that
    # runs on that worker); the random functions use a generator of the script run's own
    "decimal": {"getcontext": lambda: decimal.getcontext().copy(), "Decimal": exact.DECIMAL},
    "random": {"Random": py2random.Random,
               **{name: isolation.per_run_random(name) for name in py2random.FUNCTIONS}},
}

_proxy_lock = threading.Lock()
_module_proxies: dict[str, Proxy] = {}


def module_proxy(name: str) -> Proxy:
    """The shared read-only proxy of an allowed stdlib module (built on first import)."""
    proxy = _module_proxies.get(name)
    if proxy is None:
        with _proxy_lock:
            proxy = _module_proxies.get(name)
            if proxy is None:
                real = importlib.import_module(name)
                members = {attr: getattr(real, attr) for attr in SAFE_MODULES[name]}
                members.update(MODULE_EXTRAS.get(name, {}))
                members.update(OVERRIDES.get(name, {}))
                proxy = _module_proxies[name] = make_proxy(name, members, missing=_refused_member(name, real))
    return proxy


def _refused_member(name: str, real: types.ModuleType) -> Callable[[str], Exception]:
    """The error for a name an allowed module's proxy lacks: the real module's names that the
    allow-list leaves out say so (``threading.Thread is not available in the sandbox``), any
    other is Python's AttributeError."""
    def missing(attr: str) -> Exception:
        if not attr.startswith("_") and hasattr(real, attr):
            return guards.AttributeRefused(f"{name}.{attr} is not available in the sandbox")
        return AttributeError(f"module '{name}' has no attribute '{attr}'")
    return missing


def _not_emulated(qualname: str) -> Callable[[str], Exception]:
    def missing(attr: str) -> Exception:
        return NotEmulated(f"{qualname}.{attr} is not emulated by shim")
    return missing


class NotEmulated(SandboxError, AttributeError):
    """An Ignition or Java name that shim does not emulate (yet); never a bare AttributeError."""


#: ``system.*`` functions whose result is a live object the script changes in place (the
#: legacy globals dictionary): handed over as they are, never as a converted copy.
LIVE_RESULTS: frozenset[str] = frozenset({"system.util.getGlobals"})


def _script_results(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` as scripts call it: its result as Jython hands a Java method's result to a
    script. Ignition's ``system.*`` functions are Java, so every ``String`` they return arrives
    as ``unicode`` (``system.util.getProjectName()`` is ``u'X'``, ``jsonDecode`` gives
    ``{u'a': u'b'}``, ``system.date.format`` a unicode), also inside the lists, tuples and dicts
    they return (``py2types.jython_value``: one type check for anything else)."""
    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        return jython_value(function(*args, **kwargs))
    return call


def _system_namespace(name: str) -> Proxy:
    """The proxy of ``system.<name>``: the module's ``__all__``, every function with its
    results converted to what Jython would hand a script (:func:`_script_results`): the one
    place where ``system`` results cross from host code into scripts."""
    qualname = f"system.{name}"
    try:
        real = importlib.import_module(qualname)
    except ModuleNotFoundError:
        members: dict[str, Any] = {}
    else:
        members = {}
        for attr in getattr(real, "__all__", ()):
            value = getattr(real, attr)
            if isinstance(value, types.FunctionType) and f"{qualname}.{attr}" not in LIVE_RESULTS:
                value = _script_results(value)
            members[attr] = value
    return make_proxy(qualname, members, missing=_not_emulated(qualname))


def _system_member(name: str) -> Proxy | None:
    if name in IGNITION_NAMESPACES:
        return _system_namespace(name)
    return None


def preload_system(code: types.CodeType) -> None:
    """Import now the ``system.<ns>`` modules that ``code`` (a compiled script, its nested code
    objects too) names, so its first run does not pay for their imports; the namespaces scripts
    see stay as they are (their proxies are still made on first use)."""
    names: set[str] = set()
    pending = [code]
    while pending:
        one = pending.pop()
        names.update(one.co_names)
        pending.extend(const for const in one.co_consts if isinstance(const, types.CodeType))
    for name in sorted(names & set(IGNITION_NAMESPACES)):
        try:
            importlib.import_module(f"system.{name}")
        except ModuleNotFoundError:
            pass  # a namespace shim does not emulate: its first use says so


#: ``system`` as scripts see it: Ignition's namespaces, each a proxy of ``system.<ns>.__all__``.
SYSTEM = make_proxy("system", {}, missing=_not_emulated("system"), lazy=_system_member,
                    listing=IGNITION_NAMESPACES)


def _java_member(prefix: str) -> Callable[[str], Any]:
    def member(name: str) -> Any:
        return java_proxy(f"{prefix}.{name}") if name.islower() else None
    return member


def java_proxy(dotted: str) -> Proxy:
    """The proxy of an emulated Java package (``java.lang``, ``java.util`` ...)."""
    proxy = _module_proxies.get(dotted)
    if proxy is None:
        from runtime.emulated import java

        if dotted in ("java", "javax"):
            proxy = make_proxy(dotted, {}, missing=_not_emulated(dotted), lazy=_java_member(dotted))
        else:
            real = java.resolve(dotted)
            allowed = IGNITION_CLASSES.get(dotted, ()) if dotted.startswith("com") else real.__all__
            members = {attr: getattr(real, attr) for attr in allowed}
            proxy = make_proxy(dotted, members, missing=_not_emulated(dotted), lazy=_java_member(dotted))
        _module_proxies[dotted] = proxy
    return proxy


# -- import ----------------------------------------------------------------------------------

#: Extra import roots: top-level name -> ``finder(head)`` giving the read-only object
#: ``import head`` binds (a proxy from ``make_proxy``, never a real module), or None to fall
#: through. ``sandbox_import`` walks the rest of the dotted path and checks every ``from`` name
#: through ``guards.import_step``; finders never see the path (see /work/notes/sandbox.md).
IMPORT_FINDERS: dict[str, Callable[[str], Any]] = {}


def sandbox_import(name: str, globals: Mapping | None = None, locals: Any = None,
                   fromlist: tuple = (), level: int = 0) -> Any:
    """``__import__`` for scripts: allowed stdlib proxies, ``system``, emulated ``java.*``,
    the project's script library; anything else is an ImportError naming the module."""
    if level:
        library = (globals or {}).get("__shim_library__")
        if library is None:
            raise ImportRefused("relative imports are not supported in shim scripts outside the pylib")
        return library.find(name, globals, fromlist, level)
    if type(fromlist) is list and not fromlist and name in _HOST_INTERNAL_IMPORTS:
        # CPython's C code imports through the running frame's __import__ (PyImport_Import,
        # with an empty *list*, which no import statement produces): datetime/time.strptime
        # import _strptime this way. The caller takes the module from sys.modules, never from
        # this return value, so the script gets nothing.
        importlib.import_module(name)
        return None
    head, _, rest = name.partition(".")
    if name == "__builtin__":
        return _walk(builtin_module(), "", name, fromlist)
    if name in SAFE_MODULES:
        return module_proxy(name)
    finder = IMPORT_FINDERS.get(head)
    if finder is not None:
        found = finder(head)
        if found is not None:
            return _walk(found, rest, name, fromlist)
    if stdlib.is_emulated(head):  # Jython's standard library (runtime.emulated.stdlib)
        if not stdlib.is_emulated(name):
            raise ImportRefused(stdlib.refusal(name))
        top: Any = stdlib.stdlib_proxy(head)
    elif head == "system":
        top = SYSTEM
    elif head in ("java", "javax"):
        top = java_proxy(head)
        if fromlist and rest:
            return _java_from_import(top, rest, name, fromlist)
    elif name == IGNITION_ROOT or name.startswith(IGNITION_ROOT + "."):
        return _ignition_import(name, rest, fromlist)
    else:
        library = (globals or {}).get("__shim_library__")
        found = library.find(name, globals, fromlist, 0) if library is not None else None
        if found is not None:  # the project library, then the gateway's pylib
            if fromlist:
                for item in fromlist:
                    if item != "*" and not hasattr(found, item):  # the script's own module
                        raise ImportError(f"cannot import name {item}")
            return found
        reason = stdlib.refusal(name)
        if reason is not None:
            raise ImportRefused(reason)
        if head in NOT_EMULATED_JAVA_ROOTS and (rest or fromlist):
            raise _java_not_emulated(name, fromlist)
        if head in REFUSED_MODULES or head in sys.stdlib_module_names:
            raise ImportRefused(_refusal(name))
        raise ImportError(f"No module named {name}")
    return _walk(top, rest, name, fromlist)


def _walk(top: Any, rest: str, name: str, fromlist: Any) -> Any:
    """Every step of the dotted path and every ``from`` name through the one guard, before the
    interpreter repeats them with raw attribute reads."""
    node = top
    parts = rest.split(".") if rest else []
    for index, part in enumerate(parts):
        if not _importable_container(node):
            raise ImportRefused(f"import of '{name}': '{'.'.join([name.partition('.')[0], *parts[:index]])}' is not a module")
        node = _import_step(node, part, name)
    if fromlist and not _importable_container(node, fromlist):
        raise ImportRefused(f"from {name} import ...: '{name}' is not a module")
    for item in fromlist or ():
        # the interpreter reads each name with a raw getattr after this returns (IMPORT_FROM)
        if item != "*":
            _import_step(node, guards._name(item, "import"), f"{name}.{item}", from_name=item)
    return node if fromlist else top


def _importable_container(node: Any, fromlist: Any = ()) -> bool:
    """What an import path may walk through, and ``from X import y`` may take names from:
    module proxies (stdlib, ``system``, ``java`` packages: each an allow-list) and the
    script's own library modules, never a function, class or other host object (whose
    ``__globals__``, ``__init__`` ... lead to the host). Jython also imports names from a Java
    class (``from java.lang.System import currentTimeMillis``): an emulated Java class is a
    container for named ``from`` imports, each name read through the same guard as
    ``System.currentTimeMillis`` in a script (never ``*``, which would list its metaclass's
    members)."""
    if isinstance(node, Proxy) or (isinstance(node, types.ModuleType) and node.__dict__.get("__shim_library__")):
        return True
    return isinstance(node, JavaClass) and bool(fromlist) and "*" not in fromlist


def _java_from_import(top: Proxy, rest: str, name: str, fromlist: Any) -> Any:
    """``from java.x.y import z``: from the package ``java.x.y``, or, as Jython allows, from
    the emulated class ``y`` of package ``java.x``; anything else says what is not emulated."""
    try:
        return _walk(java_proxy(name), "", name, fromlist)
    except NotEmulatedImportError as error:
        package, _, cls = rest.rpartition(".")
        if not package:
            raise
        try:
            owner = _walk(top, package, name.rpartition(".")[0], (cls,))  # the package proxy
        except ImportRefused:
            raise
        except ImportError:  # no such class either: say what is not emulated
            raise error from None
        node = _import_step(owner, cls, name)
        if not _importable_container(node, fromlist):
            raise error from None
        for item in fromlist:
            _import_step(node, guards._name(item, "import"), f"{name}.{item}")
        return node


def _ignition_import(name: str, rest: str, fromlist: Any) -> Any:
    """``import com.inductiveautomation...`` / ``from com.inductiveautomation... import X``: the
    emulated classes of ``runtime.emulated.ignition`` (a class may be imported as a module, as
    in Jython); anything else there names itself as not emulated by shim."""
    try:
        top = java_proxy("com")
        if fromlist:
            return _java_from_import(top, rest, name, fromlist)
        return _walk(top, rest, name, fromlist)
    except ImportRefused:
        raise
    except ImportError as error:
        if isinstance(error, NotEmulatedImportError) or type(error) is ImportError:
            raise _java_not_emulated(name, fromlist) from None
        raise


def _java_not_emulated(name: str, fromlist: Any) -> NotEmulatedImportError:
    names = [item for item in fromlist or () if item != "*"]
    dotted = f"{name}.{names[0]}" if names else name
    return NotEmulatedImportError(f"{dotted} is not emulated by shim", name=dotted)


def _import_step(node: Any, part: str, name: str, from_name: str | None = None) -> Any:
    """One attribute step of an import path or one ``from`` name, through the guard: no
    dunders (``__globals__``, the proxy class's own ``__getattr__``), private names only on the
    script's own modules. A ``from_name`` that is not there is Jython's "cannot import name"."""
    if part.startswith("__") and part.endswith("__"):
        raise ImportRefused(f"import of '{name}' is not allowed ('{part}')")
    try:
        return guards.guarded_getattr(node, part)
    except guards.AttributeRefused as error:
        raise ImportRefused(f"import of '{name}' is not allowed ({error})") from None
    except NotEmulated as error:  # a Java class or system function shim lacks: say so, naming it
        raise NotEmulatedImportError(str(error), name=name) from None
    except AttributeError:
        if from_name is not None:
            raise ImportError(f"cannot import name {from_name}") from None
        raise ImportError(f"No module named {name}") from None


#: Modules CPython's C code imports on a script's behalf (see ``sandbox_import``).
_HOST_INTERNAL_IMPORTS = frozenset({"_strptime"})


def _refusal(name: str) -> str:
    head = name.partition(".")[0]
    if head in REFUSED_MODULES:
        return f"import of '{name}' is not allowed in shim's sandbox ({REFUSED_MODULES[head]})"
    return f"import of '{name}' is not allowed in shim's sandbox (not on the allow-list)"


def _build_builtins() -> dict[str, Any]:
    table: dict[str, Any] = {name: getattr(builtins, name) for name in PLAIN_BUILTINS}
    table.update(LEGACY_BUILTINS)
    table.update(hashing.BUILTINS)
    table.update({name: guards.refused(name, why) for name, why in REFUSED_BUILTINS.items()})
    table.update({name: fileio.BUILTINS[name] for name in FILE_BUILTINS})
    table.update({
        "getattr": guards.make_getattr(legacy_getattr),
        "hasattr": guards.safe_hasattr,
        "setattr": guards.safe_setattr,
        "delattr": guards.safe_delattr,
        "type": TYPE,
        "_getattr_": legacy_getattr,
        "_lfmt_": literal_format,
        "_write_": guards.guarded_write,
        "__metaclass__": script_class,
        "_script_class_": script_class,
        "_import_star_": dynamic.import_star,
        "exec": dynamic.safe_exec,
        "eval": dynamic.safe_eval,
        "compile": dynamic.safe_compile,
        "globals": dynamic.safe_globals,
        "locals": dynamic.safe_locals,
        "vars": dynamic.safe_vars,
        "dir": dynamic.safe_dir,
        "_True_": True,
        "_False_": False,
        "_tick_": budget.tick,
        "_nest_": nesting.check,
        "_nestgen_": nesting.checked_generator,
        "iter": nesting.checked(table["iter"], "iter()"),
        "enumerate": nesting.checked(table["enumerate"], "enumerate()"),
        "reversed": nesting.checked(table["reversed"], "reversed()"),
        "_mul_": budget.multiply,
        "_imul_": budget.multiply_in_place,
        "_pow_": budget.power,
        "_type_": builtins.type,  # the fast paths' exact type checks (ticks.py): never TYPE
        "_float_type_": builtins.float,
        "_num_types_": frozenset((builtins.int, builtins.float)),
        "_lshift_": budget.shift,
        "_floordiv_": budget.floor_divide,
        "_ifloordiv_": budget.floor_divide_in_place,
        "divmod": budget.div_mod,
        "pow": budget.power,
        "__import__": sandbox_import,
        "__build_class__": builtins.__build_class__,
        "__name__": "__shim__",
        SCRIPT_MARK: True,  # functions whose builtins these are are the script's own
    })
    return table


#: The builtins every script gets (shared, never reachable by name from a script).
SANDBOX_BUILTINS: dict[str, Any] = _build_builtins()


@functools.lru_cache(maxsize=1)
def builtin_module() -> Proxy:
    """Jython's ``__builtin__`` module as scripts get it: a read-only proxy of the script's own
    builtins (never CPython's). Eclipse/PyDev, which many Ignition 7.x pylib authors write in,
    adds ``from __builtin__ import str`` (``True``, ``staticmethod``, ``AttributeError`` ...)
    as it completes names; in Jython 2.7 that is the very builtin the script already has
    (https://docs.python.org/2.7/library/__builtin__.html). The sandbox's internal hooks (the
    ``_name_`` entries) are not members, and the proxy cannot be written: a script cannot
    change another script's builtins through it."""
    members = {name: value for name, value in SANDBOX_BUILTINS.items() if not name.startswith("_")}
    return make_proxy("__builtin__", members, missing=lambda attr: AttributeRefused(
        f"__builtin__.{attr} is not available in the sandbox"))


def _import_proxies() -> list[Any]:
    """Every import proxy scripts can get and the builtins: the classes these hand out are the
    ones scripts may construct and subclass (``policy.RUNTIME_CLASS_MODULES``)."""
    from runtime.emulated import java

    return [SANDBOX_BUILTINS, *(module_proxy(name) for name in SAFE_MODULES),
            *(stdlib.stdlib_proxy(name) for name in EMULATED_STDLIB),
            *(java_proxy(package) for package in (*java.PACKAGES, *IGNITION_CLASSES))]


classguard.install(_import_proxies)
dynamic.HOOKS.update(builtins=SANDBOX_BUILTINS, getattr=guards.safe_getattr, **{"import": sandbox_import})


#: The builtins of a package folder's module, which never runs code: shared, empty and
#: read-only (a mapping proxy, not a dict), so that 10,000 client sessions do not each hold two
#: builtins tables for their ``project``/``shared`` folders, and a table reached through one
#: could never be written. Code run in such a namespace by mistake finds no builtins at all
#: (never CPython's real ones, which ``exec`` would insert were the key missing).
NO_BUILTINS: Mapping[str, Any] = types.MappingProxyType({})


def new_globals(name: str, library: Any = None, extra: Mapping[str, Any] | None = None,
                runs_code: bool = True) -> dict[str, Any]:
    """A fresh globals dict for one script module or handler (``runs_code=False``: a package
    folder, whose namespace only holds its child modules)."""
    # each module its own copy of the builtins table: were one ever reached, a write to it
    # could not change what any other script (or project) runs under
    namespace: dict[str, Any] = {"__builtins__": SANDBOX_BUILTINS.copy() if runs_code else NO_BUILTINS,
                                 "__name__": name, "system": SYSTEM}
    if library is not None:
        namespace["__shim_library__"] = library
        namespace.update(library.roots())
    if extra:
        namespace.update(extra)
    return namespace
