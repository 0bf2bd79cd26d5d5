"""Jython's exception messages for the errors CPython 3 words differently.

CPython 3 raises ``IndexError('list index out of range')`` where Jython says ``index out of
range: 5``, ``could not convert string to float: 'abc'`` where Jython says ``invalid literal for
float: abc``, and so on. Rewriting the message when the exception is raised would cost every
operation a check; instead the message is rewritten when a script can first *see* it: when an
``except ... , e`` handler binds it (the compiler inserts ``e = _exc_(e)`` there), and when an
uncaught exception is reported (:func:`exception_line`). Both are exception paths only.

Messages that need a value the message does not carry (the index of ``lst[i]``, the argument
count of ``f(1)``) are completed from the frame the exception was raised in: the failing
instruction's source span is parsed and, when it is a plain name, constant or simple arithmetic
on those, evaluated against the frame's variables (never calling anything).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, Callable

from runtime.emulated.java._jclass import JAVA_NAMES
from runtime.scripts.legacy.py2types import OLD_STYLE_CLASSES

_Rule = Callable[[str, BaseException], "str | None"]
_MISSING = object()


def _literal(text: str) -> str | None:
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _float_literal(message: str, exc: BaseException) -> str | None:
    m = re.fullmatch(r"could not convert string to float: (.*)", message, re.S)
    if m is None:
        return None
    text = _literal(m.group(1))
    return None if text is None else f"invalid literal for float: {text}"


def _index_message(message: str, exc: BaseException) -> str | None:
    if message not in ("list index out of range", "tuple index out of range",
                       "string index out of range"):
        return None
    index = _failing_operand(exc, "index")
    if index is None or not isinstance(index, int):
        return None
    return f"index out of range: {index}"


def _arity_message(message: str, exc: BaseException) -> str | None:
    m = re.fullmatch(r"(?:[\w.]+\.)?(\w+)\(\) takes (\d+|from (\d+) to (\d+)) positional arguments? "
                     r"but (\d+) (?:were|was) given", message)
    if m is not None:
        name, exact, low, high, given = m.groups()
        if low is None:
            n = int(exact)
            if n == 0:  # def f(**kw): f(1) says "exactly 0 arguments" in Jython
                code = getattr(getattr(_failing_operand(exc, "callee"), "__func__", None), "__code__", None)
                code = code or getattr(_failing_operand(exc, "callee"), "__code__", None)
                if code is None or not code.co_flags & 0x08:  # CO_VARKEYWORDS
                    return f"{name}() takes no arguments ({given} given)"
            return f"{name}() takes exactly {n} argument{'s' if n != 1 else ''} ({given} given)"
        n = int(high)
        return f"{name}() takes at most {n} argument{'s' if n != 1 else ''} ({given} given)"
    m = re.fullmatch(r"((?:[\w.]+\.)?(\w+))\(\) missing (\d+) required positional arguments?: .*", message)
    if m is not None:
        qualname, name, missing = m.group(1), m.group(2), int(m.group(3))
        func = _failing_operand(exc, "callee")
        if func is None:  # Tank().fill(): the callee is no simple expression; find it by its name
            func = _by_qualname(exc, qualname)
        if isinstance(func, type):  # Pt(): the arguments of Pt.__init__, self included
            func = vars(func).get("__init__") or next(
                (vars(k)["__init__"] for k in func.__mro__ if "__init__" in vars(k)), None)
        function = getattr(func, "__func__", func)
        code = getattr(function, "__code__", None)
        if code is None or code.co_name != name:
            return None
        defaults = getattr(function, "__defaults__", None) or ()
        required = code.co_argcount - len(defaults)  # self included, as Python 2 counts
        word = "exactly" if not defaults else "at least"
        return (f"{name}() takes {word} {required} argument{'s' if required != 1 else ''} "
                f"({required - missing} given)")
    m = re.fullmatch(r"(?:[\w.]+\.)?(\w+)\(\) got an unexpected keyword argument '(\w+)'", message)
    if m is not None:
        return f"{m.group(1)}() got an unexpected keyword argument '{m.group(2)}'"
    return None


def _by_qualname(exc: BaseException, qualname: str) -> Any:
    """``Class.method`` (or a function) named by ``qualname``, looked up from the failing frame's
    names and read from the class dicts only (no attribute access runs any code)."""
    tb = _innermost(exc.__traceback__)
    if tb is None:
        return None
    first, *rest = qualname.split(".")
    frame = tb.tb_frame
    found = frame.f_locals.get(first, frame.f_globals.get(first))
    for part in rest:
        if not isinstance(found, type):
            return None
        found = next((vars(k)[part] for k in found.__mro__ if part in vars(k)), None)
    return found


def _classic_attribute(message: str, exc: BaseException) -> str | None:
    """Jython's words for a missing attribute of an old-style class or its instance:
    ``Valve instance has no attribute 'x'``, ``class Valve has no attribute 'x'``."""
    obj, name = getattr(exc, "obj", None), getattr(exc, "name", None)
    if name is None or obj is None:
        return None
    if type(obj) in OLD_STYLE_CLASSES:
        return f"{type(obj).__name__} instance has no attribute '{name}'"
    if isinstance(obj, type) and obj in OLD_STYLE_CLASSES:
        return f"class {obj.__name__} has no attribute '{name}'"
    return None


def _unpack_message(message: str, exc: BaseException) -> str | None:
    m = re.fullmatch(r"not enough values to unpack \(expected \d+, got (\d+)\)", message)
    if m is not None:
        n = int(m.group(1))
        return f"need more than {n} value{'s' if n != 1 else ''} to unpack"
    if re.fullmatch(r"too many values to unpack \(expected \d+\)", message):
        return "too many values to unpack"
    return None


def _reworded(*rewordings: tuple[str, str]) -> _Rule:
    """A rule for messages Jython only words differently: the first pattern that matches the whole
    message gives the new one, its template filled in with the groups (``\\1``)."""
    compiled = [(re.compile(pattern), template) for pattern, template in rewordings]

    def rule(message: str, exc: BaseException) -> str | None:
        for pattern, template in compiled:
            m = pattern.fullmatch(message)
            if m is not None:
                return m.expand(template)
        return None
    return rule


_FIXED: dict[type, dict[str, str]] = {
    ZeroDivisionError: {
        "float division by zero": "float division",
        "division by zero": "float division",
        "float divmod()": "float division",
        "float floor division by zero": "float division",
        "integer modulo by zero": "integer division or modulo by zero",
    },
    ValueError: {
        "min() arg is an empty sequence": "min of empty sequence",
        "max() arg is an empty sequence": "max of empty sequence",
        "range() arg 3 must not be zero": "range() step argument must not be zero",
        "list.remove(x): x not in list": "list.remove(x): x not in list",
    },
    TypeError: {
        "'str' object does not support item assignment": "can't assign to immutable object",
    },
}


def _global_name(message: str, exc: BaseException) -> str | None:
    """Python 2 says ``global name 'x' is not defined`` when a function's global lookup fails
    (module level and class bodies keep ``name 'x' ...``)."""
    m = re.fullmatch(r"name '(\w+)' is not defined", message)
    tb = _innermost(exc.__traceback__)
    if m is None or tb is None or not tb.tb_frame.f_code.co_flags & 0x1:  # CO_OPTIMIZED: a function
        return None
    return f"global name '{m.group(1)}' is not defined"

_RULES: dict[type, tuple[_Rule, ...]] = {
    ValueError: (_float_literal, _unpack_message,
                 lambda m, e: "list.index(x): x not in list" if m.endswith(" is not in list") else None),
    IndexError: (_index_message,),
    TypeError: (_reworded(
        (r'can only concatenate str \(not "(\w+)"\) to str', r"cannot concatenate 'str' and '\1' objects"),
        (r"sequence item (\d+): expected str instance, (\w+) found", r"sequence item \1: expected string, \2 found"),
        (r"'(\w+)' object is not subscriptable", r"'\1' object is unsubscriptable"),
        (r"(list|str|tuple) indices must be integers or slices, not \w+", r"\1 indices must be integers"),
        (r"%(\w) format: a real number is required, not (\w+)", r"%\1 format: a number is required, not \2"),
        (r"float\(\) argument must be a string or a real number, not '\w+'",
         r"float() argument must be a string or a number"),
    ), _arity_message),
    NameError: (_global_name,),
    AttributeError: (_classic_attribute, _reworded(
        (r"property '\w+' of '\w+' object has no setter", "can't set attribute"),
        (r"property '\w+' of '\w+' object has no deleter", "can't delete attribute")),),
    UnboundLocalError: (_reworded(
        (r"cannot access local variable '(\w+)' where it is not associated with a value",
         r"local variable '\1' referenced before assignment")),),
}


#: Names of the classes scripts defined (``namespace.script_class`` adds them): a script's own
#: ``Point`` keeps its name in messages even where an emulated Java class shares it.
SCRIPT_CLASS_NAMES: set[str] = set()

#: Where CPython's TypeError/AttributeError texts name a type: Jython names a Java class there
#: by its Java name (``object of type 'java.util.Date' has no len()``).
_TYPE_POSITION = re.compile(r"(^|type object |of type |: | and )'(\w+)'")


def _java_names(message: str) -> str:
    def java(m: re.Match) -> str:
        name = m.group(2)
        full = JAVA_NAMES.get(name)
        if full is None or name in SCRIPT_CLASS_NAMES:
            return m.group(0)
        return f"{m.group(1)}'{full}'"
    return _TYPE_POSITION.sub(java, message)


def py2_exception(exc: BaseException, raised_by_python: bool = False) -> BaseException:
    """Rewrite ``exc``'s message in place to Jython's wording (idempotent); return ``exc``.

    Only messages CPython itself wrote are rewritten: the exception must have been raised
    directly in a script's frame (a builtin operation the script performed), or
    ``raised_by_python`` says so (a legacy helper re-raising CPython's error). Messages from
    host code (``system.*``, emulated Java classes) are already what Jython prints."""
    args = exc.args
    if len(args) != 1 or type(args[0]) is not str:
        return exc
    message = args[0]
    t = type(exc)
    if t not in _FIXED and t not in _RULES and t is not AttributeError:
        return exc
    if not raised_by_python and not _raised_in_script(exc):
        return exc
    new = _FIXED.get(t, {}).get(message)
    if new is None:
        for rule in _RULES.get(t, ()):
            try:
                new = rule(message, exc)
            except Exception:  # a message we cannot complete stays as CPython wrote it
                new = None
            if new:
                break
    if (t is TypeError or t is AttributeError) and "'" in (new or message):
        new = _java_names(new or message)
    if new and new != message:
        exc.args = (new,)
    return exc


def exception_line(exc: BaseException) -> str:
    """The last line of a Python 2 traceback for ``exc``: ``TypeName: message``."""
    from runtime.scripts.legacy.py2types import py2_str

    py2_exception(exc)
    if isinstance(exc, SyntaxError) and exc.msg:
        text = exc.msg
    else:
        try:
            text = py2_str(exc)
        except Exception:
            text = ""
    name = type(exc).__name__
    return f"{name}: {text}" if text else name


# -- completing a message from the failing frame ---------------------------------------------

_LEGACY_DIR = str(Path(__file__).resolve().parent)


def _raised_in_script(exc: BaseException) -> bool:
    """Raised by CPython in a script's frame, or in one of shim's Python 2 helpers working for
    the script (``runtime/scripts/legacy``): either way CPython's wording, not a host's."""
    tb = _innermost(exc.__traceback__)
    if tb is None:
        return False
    from runtime.scripts.sources import SOURCES

    filename = tb.tb_frame.f_code.co_filename
    return filename in SOURCES or filename.startswith(_LEGACY_DIR)


def _innermost(tb: TracebackType | None) -> TracebackType | None:
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb


def _failing_operand(exc: BaseException, what: str) -> Any:
    """The index (``what="index"``) or the called object (``"callee"``) of the failing
    operation, when its source text is simple enough to evaluate without side effects."""
    tb = _innermost(exc.__traceback__)
    if tb is None:
        return None
    frame = tb.tb_frame
    key = (frame.f_code, tb.tb_lasti)
    node = _NODES.get(key, _MISSING)
    if node is _MISSING:  # parse the failing span once per instruction (loops raise often)
        span = _instruction_span(frame, tb.tb_lasti)
        node = None if span is None else _node_at(frame, span)
        if len(_NODES) > 1024:
            _NODES.clear()
        _NODES[key] = node
    if node is None:
        return None
    if what == "index":
        if not isinstance(node, ast.Subscript):
            return None
        return _evaluate(node.slice, frame)
    if isinstance(node, ast.Call):
        return _evaluate(node.func, frame, allow_attribute=True)
    return None


_NODES: dict[tuple, Any] = {}


def _instruction_span(frame: FrameType, lasti: int) -> tuple | None:
    import itertools

    span = next(itertools.islice(frame.f_code.co_positions(), lasti // 2, None), None)
    if span is None:
        return None
    if None in span or span[0] != span[1]:
        return None
    return span


def _node_at(frame: FrameType, span: tuple) -> ast.AST | None:
    from runtime.scripts.legacy.translate import translate
    from runtime.scripts.sources import SOURCES

    filename = frame.f_code.co_filename
    source = SOURCES.get(filename)
    if source is None:
        return None
    lines = translate(source, filename).splitlines()
    lineno, _, col, end_col = span
    if not 0 < lineno <= len(lines):
        return None
    raw = lines[lineno - 1].encode("utf-8")[col:end_col].decode("utf-8", "replace")
    try:
        return ast.parse(raw.strip(), mode="eval").body
    except SyntaxError:
        return None


def _evaluate(node: ast.AST, frame: FrameType, allow_attribute: bool = False) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        for scope in (frame.f_locals, frame.f_globals, frame.f_builtins):
            value = scope.get(node.id, _MISSING)
            if value is not _MISSING:
                return value
        return None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _evaluate(node.operand, frame)
        if type(value) in (int, float) or isinstance(value, int):
            return -value if isinstance(node.op, ast.USub) else +value
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult)):
        left, right = _evaluate(node.left, frame), _evaluate(node.right, frame)
        if isinstance(left, int) and isinstance(right, int):
            return {ast.Add: int.__add__, ast.Sub: int.__sub__, ast.Mult: int.__mul__}[
                type(node.op)](int(left), int(right))
        return None
    if allow_attribute and isinstance(node, ast.Attribute):
        import inspect

        owner = _evaluate(node.value, frame, allow_attribute=True)
        if owner is None:
            return None
        try:
            static = inspect.getattr_static(owner, node.attr)
        except AttributeError:
            return None
        if callable(static) and hasattr(static, "__get__") and not isinstance(owner, type):
            return static.__get__(owner, type(owner))
        return static if callable(static) else None
    return None
