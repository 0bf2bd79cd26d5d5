"""``types`` for scripts: Python 2's type names for ``isinstance`` checks.

The Python 2 builtins (``StringType`` is the script's ``str``, ``UnicodeType`` its ``unicode``,
``IntType``/``LongType`` ...) are added by the sandbox from the script's own builtins (see
``BUILTIN_ALIASES``). The types of functions, classes, modules and generators are check-only:
``isinstance(f, types.FunctionType)`` works, calling them (which would build functions or
classes past the sandbox) is refused.
"""
from __future__ import annotations

import types as _types
from typing import Any

#: types-module name -> the script builtin it is (resolved by the sandbox)
BUILTIN_ALIASES = {
    "StringType": "str", "UnicodeType": "unicode", "IntType": "int", "LongType": "long",
    "FloatType": "float", "BooleanType": "bool", "ComplexType": "complex", "ListType": "list",
    "TupleType": "tuple", "DictType": "dict", "DictionaryType": "dict", "ObjectType": "object",
    "SliceType": "slice", "XRangeType": "xrange", "StringTypes": ("str", "unicode"),
}


class _CheckOnly(type):
    def __instancecheck__(cls, obj: Any) -> bool:
        return isinstance(obj, cls._real)

    def __subclasscheck__(cls, other: Any) -> bool:
        return isinstance(other, type) and issubclass(other, cls._real)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("cannot create '%s' instances in shim's sandbox" % cls.__name__)

    def __repr__(cls) -> str:
        return "<type '%s'>" % cls._label


def _check_only(label: str, real: Any) -> type:
    return _CheckOnly(label, (), {"_real": real, "_label": label, "__slots__": ()})


NoneType = type(None)
TypeType = _check_only("type", type)
ClassType = _check_only("classobj", type)
InstanceType = _check_only("instance", object)
FunctionType = LambdaType = _check_only("function", _types.FunctionType)
MethodType = UnboundMethodType = _check_only("instancemethod", _types.MethodType)
BuiltinFunctionType = BuiltinMethodType = _check_only("builtin_function_or_method",
                                                     _types.BuiltinFunctionType)
GeneratorType = _check_only("generator", _types.GeneratorType)
ModuleType = _check_only("module", _types.ModuleType)
CodeType = _check_only("code", _types.CodeType)
TracebackType = _check_only("traceback", _types.TracebackType)
FrameType = _check_only("frame", _types.FrameType)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
