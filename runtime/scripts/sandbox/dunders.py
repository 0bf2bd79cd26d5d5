"""Reading ``obj.__x__``: the run-time half of the policy for double-underscore attributes.

Scripts define what dunders they like on their own classes, instances, functions and modules
(``__slots__``, ``__getattr__``, ``__repr__ = __str__``, ``__version__``); reading those back is
reading the script's own values. What must never be read is what leads to the host: function
globals, code and closures, ``__subclasses__``, the builtins of a module, a builtin method's
``__self__`` (``len.__self__`` is the builtins module), the metaclass. So a dunder read is
allowed when the name is one every object may answer (``READABLE_DUNDERS``), or when the value
comes from the script's own definitions; the slots a class-trick calls on ``object``
(``object.__getattribute__(self, n)``, ``object.__setattr__``, ``object.__new__(cls)``,
``Base.__init__(self)``) come back as wrappers that apply the same rules to their arguments.

Each rule has an escape test in ``tests/test_sandbox_escapes.py`` and ``tests/test_realcode.py``.
"""
from __future__ import annotations

import types
from typing import Any, Callable

from runtime.core.hostclass import real as real_class
from runtime.core.hostclass import visible
from runtime.core.ownership import is_script_class, is_script_function, is_script_object
from runtime.scripts.sandbox.dynamic import NamespaceView
from runtime.scripts.sandbox.errors import AttributeRefused
from runtime.scripts.sandbox.policy import OWN_OBJECT_DUNDERS, READABLE_DUNDERS, RESERVED_NAME, STORABLE_DUNDERS

#: The guard's read and write checks, registered by ``guards`` (which imports this module).
HOOKS: dict[str, Callable[..., Any]] = {}

#: Never readable, whoever defined them: the sandbox's own machinery and what leads to frames,
#: code, globals and every class of the process.
NEVER = frozenset({
    "__builtins__", "__globals__", "__code__", "__closure__", "__subclasses__", "__loader__",
    "__spec__", "__import__", "__traceback__", "__objclass__", "__wrapped__", "__base__",
    "__reduce__", "__reduce_ex__", "__getstate__", "__init_subclass__", "__subclasshook__",
    "__class_getitem__", "__set_name__", "__get__", "__set__", "__delete__", "__dictoffset__",
    "__weakrefoffset__", "__basicsize__", "__itemsize__", "__flags__", "__text_signature__",
})

#: What a script function (or a bound method of one) answers besides READABLE_DUNDERS.
FUNCTION_DUNDERS = frozenset({"__defaults__", "__kwdefaults__", "__dict__", "__annotations__",
                              "__func__", "__self__"})

#: Slots of host classes that class tricks call with the script's own object.
SLOTS = frozenset({"__getattribute__", "__setattr__", "__delattr__", "__new__", "__init__"})


def defined_by_script(obj: Any, name: str) -> bool:
    """True when ``name`` on ``obj`` comes from the script itself (its instance dict or one of
    its own classes), not from a host base class it subclassed."""
    if issubclass(type(obj), types.ModuleType):
        return True
    if not issubclass(type(obj), type):
        try:  # not getattr: a script's own __getattribute__ must not run inside the guard
            inst = object.__getattribute__(obj, "__dict__")
        except (AttributeError, TypeError):
            inst = None
        if type(inst) is dict and name in inst:
            return True
    for klass in (obj if issubclass(type(obj), type) else type(obj)).__mro__:
        if name in vars(klass):
            return is_script_class(klass)
    return True  # not found at all: let getattr raise its ordinary AttributeError


def read(obj: Any, name: str, reader: Callable[[Any, str], Any] = getattr) -> Any:
    """``obj.<name>`` for a dunder ``name``, or AttributeRefused."""
    if name in NEVER or name.startswith("__shim"):
        raise AttributeRefused(f"access to '{name}' is not allowed")
    if real_class(obj) is not None:  # the stand-in for one of shim's classes answers for itself
        return getattr(obj, name)
    if name == "__dict__" and issubclass(type(obj), types.ModuleType):
        if not is_script_object(obj):
            raise AttributeRefused("access to '__dict__' of module objects is not allowed")
        owner = obj.__dict__.get("__shim_library__")
        if hasattr(owner, "run"):
            owner.run(obj)  # a library module not used yet runs first, as an import would
        return NamespaceView(obj.__dict__)
    if type(obj) is super:
        return _super_member(obj, name, reader)
    if name in SLOTS and not (is_script_object(obj) and defined_by_script(obj, name)):
        return _slot(obj, name)
    if name in FUNCTION_DUNDERS and _script_callable(obj):
        return reader(obj, name)
    if name in READABLE_DUNDERS:
        if name in OWN_OBJECT_DUNDERS and not is_script_object(obj):
            raise AttributeRefused(f"access to '{name}' of {type(obj).__name__} objects is not allowed")
        value = reader(obj, name)
        return tuple(visible(klass) for klass in value) if name == "__bases__" else value
    if name == "__mro__" and issubclass(type(obj), type) and (
            is_script_class(obj) or obj.__module__ == "builtins"):  # never a host class's bases
        return tuple(visible(klass) for klass in reader(obj, name))  # shim's own: stand-ins
    if is_script_object(obj) and not issubclass(type(obj), types.ModuleType) and defined_by_script(obj, name):
        return reader(obj, name)
    if issubclass(type(obj), types.ModuleType) and is_script_object(obj):
        return reader(obj, name)  # a library module's own globals (__all__, __version__ ...)
    raise AttributeRefused(f"access to '{name}' is not allowed")


def _script_callable(obj: Any) -> bool:
    if type(obj) is types.FunctionType:
        return is_script_function(obj)
    if type(obj) is types.MethodType:
        return isinstance(obj.__func__, types.FunctionType) and is_script_function(obj.__func__)
    return False


def _super_member(obj: super, name: str, reader: Callable[[Any, str], Any]) -> Any:
    """``super(C, self).__x__``: the script's own base-class method, or a guarded host slot."""
    start = obj.__self_class__ if obj.__self_class__ is not None else None
    if start is None or not is_script_class(obj.__thisclass__):
        raise AttributeRefused(f"access to '{name}' of super objects is not allowed")
    mro = start.__mro__
    for klass in mro[mro.index(obj.__thisclass__) + 1:]:
        if name in vars(klass):
            if is_script_class(klass):
                return reader(obj, name)
            if name in SLOTS:
                return _BoundSlot(_slot(klass, name), obj.__self__)
            if name in READABLE_DUNDERS and name not in OWN_OBJECT_DUNDERS:
                return reader(obj, name)
            break
    raise AttributeRefused(f"access to '{name}' of super objects is not allowed")


def _slot(obj: Any, name: str) -> Any:
    """A host class's slot as a script reads it: unbound from a class, bound from an instance."""
    if issubclass(type(obj), type):
        for klass in obj.__mro__:
            if name in vars(klass):
                return GuardedSlot(klass, name)
        raise AttributeError(f"type object '{obj.__name__}' has no attribute '{name}'")
    return _BoundSlot(_slot(type(obj), name), obj)


class GuardedSlot:
    """``object.__getattribute__``, ``object.__setattr__``, ``object.__new__``, ``Base.__init__``
    as a script reads them from a host class: callable with the script's own objects, under the
    rules the same read or write written in source would follow."""

    __slots__ = ("_cls", "_name")

    def __init__(self, cls: type, name: str) -> None:
        self._cls = cls
        self._name = name

    def __call__(self, target: Any, /, *args: Any, **kwargs: Any) -> Any:
        slot = vars(self._cls)[self._name]
        name = self._name
        if name == "__new__":
            if not (isinstance(target, type) and is_script_class(target)):
                raise AttributeRefused(f"{self._cls.__name__}.__new__ makes the script's own classes only")
            return slot(target, *args, **kwargs)
        if name == "__getattribute__":
            (attr,) = args
            if type(attr) is not str:
                raise TypeError("attribute name must be string")
            return HOOKS["getattr"](target, attr, lambda o, n: slot(o, n))
        HOOKS["write"](target)  # a host class's slot on a shared host object would rewrite it
        if name in ("__setattr__", "__delattr__") and args:
            attr = args[0]
            if not isinstance(attr, str) or RESERVED_NAME.match(attr) or (
                    attr.startswith("__") and attr.endswith("__") and attr not in STORABLE_DUNDERS):
                raise AttributeRefused(f"setting attribute '{attr}' is not allowed")
        return slot(target, *args, **kwargs)


class _BoundSlot:
    __slots__ = ("_slot", "_target")

    def __init__(self, slot: GuardedSlot, target: Any) -> None:
        self._slot = slot
        self._target = target

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._slot(self._target, *args, **kwargs)
