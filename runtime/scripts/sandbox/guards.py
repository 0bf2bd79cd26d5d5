"""Run-time guards: the few checks that cannot be decided when a script is compiled.

The transformer (``transformer.py``) sends only *suspicious* attribute reads here: private
``_x`` names, the readable dunders, and ``format``/``format_map``/``mro``. Every other
attribute read compiles to a plain ``LOAD_ATTR`` (no guard, no cost), which is safe because
everything a script can reach is either its own object, a builtin value, or a proxy/facade
holding an explicit allow-list (see ``policy.py`` and ``proxies.py``).
"""
from __future__ import annotations

import abc
import string
import types
from types import BuiltinMethodType
from typing import Any, Callable

from runtime.core.budget import check_format_spec
from runtime.core.hostclass import visible
from runtime.core.ownership import SCRIPT_MARK, accepts_writes, is_script_class, is_script_object  # noqa: F401
from runtime.scripts.legacy.py2types import format_guarded
from runtime.scripts.sandbox import dunders
from runtime.scripts.sandbox.errors import AttributeRefused, SandboxError
from runtime.emulated.stdlib._frames import FACADE_NAMES, FACADES
from runtime.scripts.sandbox.policy import (
    CLASS_STATE_METHODS,
    FRAME_ATTRIBUTES,
    GUARDED_ATTRIBUTES,
    PROXY_PRIVATE_NAMES,
    RESERVED_NAME,
    STORABLE_DUNDERS,
)
from runtime.scripts.sandbox.proxies import Proxy

_defined_by_script = dunders.defined_by_script

#: the host functions behind ``CLASS_STATE_METHODS``: the unbound ``type.mro`` and the real
#: ``ABCMeta.register`` (script classes get abc's own, which registers with them only)
_CLASS_STATE_FUNCTIONS = (vars(type)["mro"], abc.ABCMeta.register)


def guarded_getattr(obj: Any, name: str, read: Any = getattr) -> Any:
    """``_getattr_``: the read of an attribute the transformer could not clear at compile time.
    ``read`` does the read once the policy allows it (``object.__getattribute__`` as a script
    calls it reads through the class's own slot)."""
    if name in ("format", "format_map"):
        if isinstance(obj, str):
            return _SafeFormat(obj, name)
        value = read(obj, name)
        if value is _STR_FORMAT[name]:  # str.format(text, ...) read from a class: unbound
            return _UnboundSafeFormat(name)
        if isinstance(value, BuiltinMethodType) and isinstance(getattr(value, "__self__", None), str) \
                and value.__name__ == name:  # a string's own format, handed out by some object
            return _SafeFormat(value.__self__, name)
        return value
    if name in FRAME_ATTRIBUTES:
        if type(obj) in FACADES and name in FACADE_NAMES:  # sys._getframe()/exc_info() views
            return read(obj, name)
        raise AttributeRefused(f"access to '{name}' is not allowed")
    if name == "__class__" and issubclass(type(obj), type) and not is_script_object(type(obj)):
        # a class's class is a metaclass (``type`` itself): calling it would make classes
        # past the sandbox's class checks
        raise AttributeRefused(f"access to '__class__' of class {obj.__name__} is not allowed")
    if name.startswith("__") and name.endswith("__"):
        value = dunders.read(obj, name, read)
        return visible(value) if name == "__class__" else value  # shim's own: a stand-in
    elif name == "mro" and issubclass(type(obj), type):
        if issubclass(obj, type):
            # a metaclass's mro() lists ``type`` itself, which makes classes past script_class
            raise AttributeRefused(f"access to 'mro' of metaclass {obj.__name__} is not allowed")
        mro = read(obj, name)
        return lambda *args: [visible(klass) for klass in mro(*args)]  # shim's own bases: stand-ins
    elif name in PROXY_PRIVATE_NAMES and isinstance(obj, Proxy):
        return read(obj, name)
    elif name.startswith("_") and (
            RESERVED_NAME.match(name) or not is_script_object(obj)
            or not _defined_by_script(obj, name)):
        raise AttributeRefused(
            f"access to private attribute '{name}' of {type(obj).__name__} objects is not allowed")
    value = read(obj, name)
    if name in CLASS_STATE_METHODS and getattr(value, "__func__", value) in _CLASS_STATE_FUNCTIONS:
        # reached through an object that relays its attributes (``typing.Type.mro`` is
        # ``type.mro``, ``typing.Mapping.register`` is collections.abc.Mapping's) or a host
        # class found in a script class's ``__mro__``
        raise AttributeRefused(f"access to '{name}' of {type(obj).__name__} objects is not allowed: "
                               f"{CLASS_STATE_METHODS[name]}")
    return value


def _name(name: Any, function: str) -> str:
    """A script-supplied attribute name as a plain ``str``: a ``str`` subclass could answer the
    policy's checks one way (its own ``startswith``) and ``getattr`` another."""
    if type(name) is str:
        return name
    if isinstance(name, str):
        return str.__str__(name)
    raise TypeError(f"{function}(): attribute name must be string")


def make_getattr(guarded: Callable[[Any, str], Any]) -> Callable[..., Any]:
    """A ``getattr`` builtin that reads a name the compiler would guard through ``guarded``
    (the scripts' ``_getattr_``), every other name plainly: ``getattr(s, 'update')`` must hand
    out what ``s.update`` does."""
    def safe_getattr(obj: Any, name: str, *default: Any) -> Any:
        name = _name(name, "getattr")
        try:
            if name.startswith("_") or name in GUARDED_ATTRIBUTES or name in FRAME_ATTRIBUTES:
                return guarded(obj, name)
            return getattr(obj, name)
        except AttributeRefused:
            raise
        except AttributeError:
            if default:
                return default[0]
            raise
    safe_getattr.__name__ = "getattr"
    return safe_getattr


#: ``getattr`` under the rules of ``obj.name`` written in source (the sandbox's builtins use
#: ``make_getattr`` with Jython's reads, ``namespace.legacy_getattr``).
safe_getattr = make_getattr(guarded_getattr)


def safe_hasattr(obj: Any, name: str) -> bool:
    """``hasattr`` for scripts: False for what the policy refuses, as if it did not exist."""
    try:
        safe_getattr(obj, name)
    except AttributeError:
        return False
    return True


def safe_setattr(obj: Any, name: str, value: Any) -> None:
    """``setattr`` for scripts: the rules of ``obj.name = value`` written in source."""
    setattr(guarded_write(obj), _checked_store_name(obj, _name(name, "setattr")), value)


def safe_delattr(obj: Any, name: str) -> None:
    """``delattr`` for scripts, under the same rules as ``setattr``."""
    delattr(guarded_write(obj), _checked_store_name(obj, _name(name, "delattr")))


def _checked_store_name(obj: Any, name: str) -> str:
    if (name.startswith("__") and name.endswith("__") and name not in STORABLE_DUNDERS) \
            or RESERVED_NAME.match(name) or name in FRAME_ATTRIBUTES:
        raise AttributeRefused(f"setting attribute '{name}' is not allowed")
    return name


def guarded_write(obj: Any) -> Any:
    """``_write_``: every attribute store and delete in a script goes through here; the rule
    (a script changes its own objects, never what every script shares) is
    ``runtime.core.ownership.accepts_writes``."""
    if accepts_writes(obj):
        return obj
    raise AttributeRefused(f"setting attributes of {type(obj).__name__} objects is not allowed "
                           "(host objects are shared by every script)")


dunders.HOOKS.update(getattr=guarded_getattr, write=guarded_write)


# -- str.format without attribute traversal --------------------------------------------------

class _GuardedFormatter(string.Formatter):
    """``'{0.attr}'.format(x)`` reads attributes through the guard: ``'{0.__class__}'`` and
    ``'{0.gi_frame}'`` are refused as they would be in source (the classic RestrictedPython
    escape goes through ``str.format``)."""

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> Any:
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = guarded_getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def format_field(self, value: Any, format_spec: str) -> Any:
        """The field's final spec (a nested ``{w}`` filled in) size-checked first."""
        check_format_spec(format_spec)
        return format(value, format_spec)


from _string import formatter_field_name_split as _formatter_field_name_split  # noqa: E402
_FORMATTER = _GuardedFormatter()


class _SafeFormat:
    """The bound ``format``/``format_map`` of a string, as handed to a script."""

    __slots__ = ("_text", "_map")

    def __init__(self, text: str, name: str) -> None:
        self._text = text
        self._map = name == "format_map"

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        text = self._text
        if self._map:
            (mapping,) = args
            if not format_guarded(text):
                return text.format_map(mapping)
            return _FORMATTER.vformat(text, (), mapping)
        if not format_guarded(text):
            return text.format(*args, **kwargs)
        return _FORMATTER.vformat(text, args, kwargs)


class _GuardedInit:
    """``HostClass.__init__`` as a script reads it: callable on the script's own objects."""

    __slots__ = ("_cls",)

    def __init__(self, cls: type) -> None:
        self._cls = cls

    def __call__(self, target: Any, /, *args: Any, **kwargs: Any) -> None:
        guarded_write(target)
        self._cls.__init__(target, *args, **kwargs)


_STR_FORMAT = {"format": str.format, "format_map": str.format_map}


class _UnboundSafeFormat:
    """``str.format`` / ``str.format_map`` read from the class: the same guarded formatting."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __call__(self, text: Any, *args: Any, **kwargs: Any) -> str:
        if not isinstance(text, str):
            raise TypeError(f"descriptor '{self._name}' requires a 'str' object but received a "
                            f"'{type(text).__name__}'")
        return _SafeFormat(text, self._name)(*args, **kwargs)


def refused(name: str, reason: str) -> Any:
    """A stand-in builtin that raises ``SandboxError`` naming itself when called."""

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise SandboxError(f"{name}: {reason}")

    refuse.__name__ = name
    return refuse


# -- functools without attribute access the guards never see --------------------------------

_WRAPS_COPIED = ("__name__", "__qualname__", "__doc__")


def safe_wraps(wrapped: Any, assigned: Any = None, updated: Any = None) -> Any:
    """``functools.wraps`` for scripts: copies the wrapped function's name and docstring only.
    The real one reads and writes whatever attribute names it is given (``updated=
    ('__globals__',)`` would copy a host module's globals into the script's), so
    ``assigned``/``updated`` are accepted for compatibility and ignored."""
    def decorate(wrapper: Any) -> Any:
        guarded_write(wrapper)  # a host function must not be renamed for every script
        for name in _WRAPS_COPIED:
            value = getattr(wrapped, name, None)
            if isinstance(value, str) or (name == "__doc__" and value is None):
                try:
                    setattr(wrapper, name, value)
                except (AttributeError, TypeError):
                    pass
        return wrapper
    return decorate


def safe_total_ordering(cls: Any) -> Any:
    """``functools.total_ordering`` on the script's own classes only (the real one adds
    methods to whatever class it is given, host classes included)."""
    import functools

    if not (isinstance(cls, type) and is_script_class(cls)):
        raise SandboxError("functools.total_ordering works on the script's own classes only")
    return functools.total_ordering(cls)
