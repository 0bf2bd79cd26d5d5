"""Jython 2.7's value model on CPython 3: ``str`` vs ``unicode``, 32-bit ``int`` vs ``long``, and
how values print (``str``/``repr``), including dicts and sets in Jython's hash order.

Representation (chosen so that plain operations stay plain):

* a Python 2 byte string (``str``) is a Python 3 ``str`` whose characters are 0-255, as
  Jython's ``str`` is: literals, ``'%s' % x``, ``str(x)`` all give plain ``str``;
* a Python 2 ``unicode`` is an instance of :class:`unicode`, a ``str`` subclass that keeps its
  type through concatenation, ``%``, slicing, iteration and its methods, and prints ``u'...'``;
  host code sees an ordinary ``str`` (``encode`` keeps Python 3's meaning for it: scripts'
  ``.encode()``/``.decode()`` calls are compiled to helpers with Python 2's);
* ``int`` is 32-bit in Jython: a plain Python 3 ``int`` outside ``[-2**31, 2**31)`` *is* a
  ``long`` (its repr ends in ``L``, ``type()`` says ``long``); :class:`long` (an ``int``
  subclass) marks values that are long by origin (``5L``, ``long(x)``, literals past 2**31-1,
  arithmetic with a long), so ``2**31 - 1`` stays ``2147483647L`` as in Jython;
* scripts' ``str`` and ``int`` are *pseudo types*: callables with Python 2 semantics that
  ``isinstance``, ``issubclass``, ``type(x) is str`` and class statements understand.
"""
from __future__ import annotations

import functools
import math
import re
import threading
from _string import formatter_parser as _formatter_parser
from datetime import timedelta as _timedelta
from types import FunctionType as _function_type, MethodType as _method_type
from collections import Counter, OrderedDict, defaultdict
from typing import Any, Callable

from runtime.core.budget import MAX_TEXT, check_decimal_digits, check_format_spec, check_join
from runtime.core.hostclass import real as real_class
from runtime.core.hostclass import visible
from runtime.core.jtext import set_java_long_type, set_java_text_type
from runtime.core.ownership import is_script_class
from runtime.scripts.legacy import jorder

_str = str
_int = int
_float = float
_INT_MIN = -0x80000000
_INT_MAX = 0x7FFFFFFF
_get_ident = threading.get_ident

# -- unicode --------------------------------------------------------------------------------


def _new_unicode(text: str) -> "unicode":
    return _str.__new__(unicode, text)


class unicode(str):  # noqa: N801 - the Python 2 name scripts use
    """Python 2 ``unicode``: a ``str`` that stays unicode and prints as ``u'...'``."""

    __slots__ = ()

    def __new__(cls, obj: Any = "", encoding: str | None = None, errors: str = "strict") -> "unicode":
        if encoding is not None:
            text = _bytes_of(obj).decode(encoding, errors)
        elif isinstance(obj, unicode):
            if type(obj) is cls:
                return obj
            text = obj
        elif type(obj) is _str:
            if not obj.isascii():
                raise _ascii_decode_error(obj)
            text = obj
        else:
            method = _script_method(obj, "__unicode__")
            text = method() if method is not None else py2_str_of_object(obj, to_unicode=True)
        return _str.__new__(cls, text)

    def __repr__(self) -> str:
        return _unicode_repr(self)

    def __str__(self) -> str:
        return _str.__str__(self)

    def __getnewargs__(self) -> tuple:
        return (_str(self),)

    def __add__(self, other: Any) -> Any:
        if isinstance(other, _str):
            if other.__class__ is _str and not other.isascii():
                raise _ascii_decode_error(other)  # Python 2 decodes the byte string as ASCII
            return _str.__new__(unicode, _str.__add__(self, other))
        return NotImplemented

    def __radd__(self, other: Any) -> Any:
        if isinstance(other, _str):
            if other.__class__ is _str and not other.isascii():
                raise _ascii_decode_error(other)
            return _str.__new__(unicode, _str.__add__(other, self))
        return NotImplemented

    def __mul__(self, n: Any) -> Any:
        r = _str.__mul__(self, n)
        return r if r is NotImplemented else _str.__new__(unicode, r)

    __rmul__ = __mul__

    def __mod__(self, args: Any) -> "unicode":
        return _new_unicode(py2_format_percent(self, args))

    def __rmod__(self, fmt: Any) -> Any:
        if isinstance(fmt, _str):
            return py2_format_percent(fmt, self)
        return NotImplemented

    def __getitem__(self, index: Any) -> "unicode":
        return _str.__new__(unicode, _str.__getitem__(self, index))

    def __iter__(self):
        return map(_new_unicode, _str.__iter__(self))

    def join(self, iterable: Any) -> "unicode":
        items = _join_items(iterable)
        check_join(self, items)
        result = _str.join(self, items)
        if not result.isascii():
            check_ascii_parts(items)
        return _new_unicode(result)


def py2_text_equal(a: Any, b: Any) -> bool:
    """``_teq_``: ``a == b`` where one side is a literal past ASCII, as Python 2 compares a byte
    string with a unicode: by decoding the bytes as ASCII, which fails, so the two are unequal
    (``'caf\\xe9' == u'caf\\xe9'`` is False in Jython). Only such literals are compiled to this
    (``semantics``): a run-time check in ``unicode.__eq__`` would cost every comparison and every
    dict lookup of a unicode key a Python call (measured: 5x on a payload-scanning loop)."""
    if _mixed_text(a, b):
        return False
    return a == b


def py2_text_in(item: Any, container: Any) -> bool:
    """``_tin_``: ``item in container`` with the same rule; a byte string past ASCII looked for
    in a unicode (or a unicode in such bytes) is Python 2's ``UnicodeDecodeError``."""
    if isinstance(container, _str):
        if _mixed_text(item, container):
            raise _ascii_decode_error(item if item.__class__ is _str else container)
        return item in container
    if isinstance(item, _str) and not item.isascii():
        return any(x is item or (not _mixed_text(item, x) and x == item) for x in container)
    return item in container


def _mixed_text(a: Any, b: Any) -> bool:
    """A unicode against a byte string holding characters past ASCII."""
    if isinstance(a, unicode):
        return b.__class__ is _str and not b.isascii()
    if isinstance(b, unicode):
        return a.__class__ is _str and not a.isascii()
    return False


def check_ascii_parts(parts: Any) -> None:
    """Python 2 decodes every byte string joined into a unicode as ASCII: the first holding
    another character raises ``UnicodeDecodeError``, as Jython does."""
    for part in parts:
        if part.__class__ is _str and not part.isascii():
            raise _ascii_decode_error(part)


def _wrap_text_method(name: str) -> Callable:
    method = getattr(_str, name)

    def wrapper(self, *args, **kwargs):
        return _str.__new__(unicode, method(self, *args, **kwargs))

    wrapper.__name__ = name
    wrapper.__qualname__ = f"unicode.{name}"
    return wrapper


def _wrap_sequence_method(name: str, kind: type) -> Callable:
    method = getattr(_str, name)

    def wrapper(self, *args, **kwargs):
        return kind(map(_new_unicode, method(self, *args, **kwargs)))

    wrapper.__name__ = name
    wrapper.__qualname__ = f"unicode.{name}"
    return wrapper


for _name in ("capitalize", "center", "expandtabs", "ljust", "lower", "lstrip", "replace", "rjust",
              "rstrip", "strip", "swapcase", "title", "upper", "zfill", "translate", "casefold"):
    setattr(unicode, _name, _wrap_text_method(_name))
for _name in ("split", "rsplit", "splitlines"):
    setattr(unicode, _name, _wrap_sequence_method(_name, list))
for _name in ("partition", "rpartition"):
    setattr(unicode, _name, _wrap_sequence_method(_name, tuple))
del _name


def _ascii_decode_error(text: str) -> UnicodeDecodeError:
    data = text.encode("latin-1", "replace")
    for i, ch in enumerate(data):
        if ch > 127:
            return UnicodeDecodeError("ascii", data, i, i + 1, "ordinal not in range(128)")
    return UnicodeDecodeError("ascii", data, 0, 1, "ordinal not in range(128)")


def _bytes_of(text: Any) -> bytes:
    """The bytes a Python 2 ``str`` holds (chars 0-255); other text is taken as UTF-8."""
    if isinstance(text, (bytes, bytearray)):
        return bytes(text)
    try:
        return _str.encode(text, "latin-1")
    except UnicodeEncodeError:
        return _str.encode(text, "utf-8")


_BYTE_CODECS = {"hex": "hex", "hex_codec": "hex", "base64": "base64", "base64_codec": "base64",
                "base_64": "base64", "string_escape": "escape", "string-escape": "escape"}
_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\\": "\\\\"}
_UNESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n",
              "r": "\r", "t": "\t", "v": "\v", "\n": ""}


def _string_escape(data: bytes) -> str:
    """The ``string_escape`` codec as Jython has it: ``\\t \\n \\r \\\\``, other bytes outside
    32-126 as ``\\xNN``; quotes are left alone (CPython 2 escapes ``'``)."""
    out = []
    for byte in data:
        ch = chr(byte)
        out.append(_ESCAPES.get(ch) or (ch if 32 <= byte < 127 else "\\x%02x" % byte))
    return "".join(out)


def _escape_error(data: bytes, start: int, end: int, reason: str) -> UnicodeDecodeError:
    return UnicodeDecodeError("unicodeescape", data, start, end, reason)


def _string_unescape(data: bytes) -> str:
    """Decoding ``string_escape``: Python 2's escapes (``\\xNN``, octal, ``\\n`` ...); an unknown
    escape stays as it is."""
    text, out, i = data.decode("latin-1"), [], 0
    while i < len(text):
        ch = text[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        if i + 1 >= len(text):
            raise _escape_error(data, i, i + 2, "\\ at end of string")
        nxt = text[i + 1]
        if nxt in _UNESCAPES:
            out.append(_UNESCAPES[nxt])
            i += 2
        elif nxt == "x":
            digits = text[i + 2:i + 4]
            if len(digits) < 2 or any(c not in "0123456789abcdefABCDEF" for c in digits):
                raise _escape_error(data, i, min(i + 4, len(text)), "truncated \\xXX")
            out.append(chr(int(digits, 16)))
            i += 4
        elif nxt in "01234567":
            j = i + 1
            while j < len(text) and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8) & 0xFF))
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def py2_encode(text: Any, encoding: str | None = None, errors: str = "strict") -> str:
    """``s.encode(...)`` as Jython does it: the result is a byte string (chars 0-255)."""
    if not isinstance(text, _str):
        return text.encode(*(a for a in (encoding, errors) if a is not None))
    codec = (encoding or "ascii").lower()
    special = _BYTE_CODECS.get(codec)
    if special == "hex":
        return _bytes_of(text).hex()
    if special == "base64":
        import base64

        return base64.encodebytes(_bytes_of(text)).decode("ascii")
    if special == "escape":
        return _string_escape(_bytes_of(text))
    return _str.encode(text, codec, errors).decode("latin-1")


def py2_decode(text: Any, encoding: str | None = None, errors: str = "strict") -> Any:
    """``s.decode(...)`` on a Python 2 byte string: a ``unicode``."""
    if not isinstance(text, _str):
        return text.decode(*(a for a in (encoding, errors) if a is not None))
    codec = (encoding or "ascii").lower()
    special = _BYTE_CODECS.get(codec)
    if special == "hex":
        return bytes.fromhex(text).decode("latin-1")
    if special == "base64":
        import base64

        return base64.decodebytes(_bytes_of(text)).decode("latin-1")
    if special == "escape":
        return _string_unescape(_bytes_of(text))
    # Jython decodes a unicode's characters (0-255) as the bytes: u'caf\xe9'.decode('ascii') is a
    # UnicodeDecodeError at byte 0xe9, as for the byte string (CPython 2 would fail to encode)
    return _new_unicode(_bytes_of(text).decode(codec, errors))


# -- long -----------------------------------------------------------------------------------


class _LongMeta(type):
    def __instancecheck__(cls, obj: Any) -> bool:
        t = type(obj)
        if t is _int:
            return cls is long and not _INT_MIN <= obj <= _INT_MAX
        return type.__subclasscheck__(cls, t)

    def __repr__(cls) -> str:
        return "<type 'long'>" if cls is long else type.__repr__(cls)


def _is_int_value(x: Any) -> bool:
    """True for what Jython calls an ``int``: 32-bit, not a ``long``."""
    t = type(x)
    if t is _int:
        return _INT_MIN <= x <= _INT_MAX
    return t is bool or (isinstance(x, _int) and not isinstance(x, long))


def _new_long(value: int) -> "long":
    return _int.__new__(long, value)


class long(int, metaclass=_LongMeta):  # noqa: N801 - the Python 2 name scripts use
    """Python 2 ``long``: prints with ``L``; arithmetic with a long gives a long."""

    __slots__ = ()

    def __new__(cls, x: Any = 0, base: Any = None) -> "long":
        if base is not None:
            value = _parse_int(x, base, "long")
        elif isinstance(x, _str):
            value = _parse_int(x, 10, "long")
        else:
            value = _to_int(x, "long")
        return _int.__new__(cls, value)

    def __repr__(self) -> str:
        return _int.__repr__(self) + "L"

    def __str__(self) -> str:
        return _int.__repr__(self)

    def __format__(self, spec: str) -> str:
        return _int.__format__(_int(self), spec)

    def __getnewargs__(self) -> tuple:
        return (_int(self),)

    def __neg__(self) -> "long":
        return _int.__new__(long, -_int(self))

    def __pos__(self) -> "long":
        return self

    def __abs__(self) -> "long":
        return _int.__new__(long, abs(_int(self)))

    def __invert__(self) -> "long":
        return _int.__new__(long, ~_int(self))

    def __pow__(self, other: Any, mod: Any = None) -> Any:
        r = _int.__pow__(self, other, mod)
        return _int.__new__(long, r) if type(r) is _int else r

    def __rpow__(self, other: Any, mod: Any = None) -> Any:
        r = _int.__rpow__(self, other, mod)
        return _int.__new__(long, r) if type(r) is _int else r

    def __divmod__(self, other: Any) -> Any:
        r = _int.__divmod__(self, other)
        return r if r is NotImplemented or type(r[0]) is not _int else (_new_long(r[0]), _new_long(r[1]))

    def __rdivmod__(self, other: Any) -> Any:
        r = _int.__rdivmod__(self, other)
        return r if r is NotImplemented or type(r[0]) is not _int else (_new_long(r[0]), _new_long(r[1]))


def _wrap_long_binop(name: str) -> Callable:
    method = getattr(_int, name)

    def wrapper(self, other):
        r = method(self, other)
        return _int.__new__(long, r) if type(r) is _int else r

    wrapper.__name__ = name
    return wrapper


for _name in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__floordiv__",
              "__rfloordiv__", "__mod__", "__rmod__", "__and__", "__rand__", "__or__", "__ror__",
              "__xor__", "__rxor__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__"):
    setattr(long, _name, _wrap_long_binop(_name))
del _name


def _literal(text: str) -> str:
    """The text in "invalid literal" messages: Jython shows a unicode's text as a byte string's
    repr (``int(u'NP01')`` says ``'NP01'``); only printable ASCII is known to read the same."""
    plain = _str.__str__(text)
    return py2_repr(plain) if plain.isascii() and plain.isprintable() else py2_repr(text)


def _parse_int(text: Any, base: Any, kind: str) -> int:
    """``int(text, base)`` with Python 2's rules and messages (no ``_`` digit separators)."""
    if isinstance(text, _str):
        if isinstance(base, _int) and base != 0 and not 2 <= base <= 36:
            raise ValueError("invalid base for atoi()")
        stripped = text.strip()
        if kind == "long" and stripped[-1:] in ("l", "L") and base in (10, 0):
            stripped = stripped[:-1]
        if "_" in stripped:
            raise ValueError(f"invalid literal for {kind}() with base {base}: {_literal(text)}")
        if base == 0:  # Python 2 reads a leading 0 as octal: int('017', 0) == 15
            digits = stripped.lstrip("+-")
            if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
                stripped, base = stripped[:len(stripped) - len(digits)] + digits[1:], 8
        try:
            return _int(stripped, base)
        except ValueError:
            raise ValueError(f"invalid literal for {kind}() with base {base}: {_literal(text)}") from None
    return _int(text, base)


def _to_int(x: Any, kind: str) -> int:
    """``int(x)``/``long(x)`` of a non-string; Jython's TypeError names the value for ``int``
    (``not '[1]'``, its ``str``) and the type for ``long`` (``not 'list'``)."""
    check_decimal_digits(x, f"{kind}()")
    try:
        return _int(x)
    except TypeError:
        if hasattr(type(x), "__int__") or hasattr(type(x), "__index__") or hasattr(type(x), "__trunc__"):
            raise
        shown = py2_str(x) if kind == "int" else py2_type(x).__name__
        raise TypeError(f"{kind}() argument must be a string or a number, not '{shown}'") from None


def as_long(value: int) -> "long":
    """A long constant (the compiler hoists ``5L`` and literals past 2**31-1 through this)."""
    return _int.__new__(long, value)


def as_unicode(value: str) -> unicode:
    """A unicode constant (the compiler hoists ``u'...'`` literals through this)."""
    return _str.__new__(unicode, value)


def py2_int(x: Any = 0, base: Any = None) -> int:
    """Python 2 / Jython ``int()``: a long when the value does not fit 32 bits."""
    if base is not None:
        value = _parse_int(x, base, "int")
    elif isinstance(x, _str):
        value = _parse_int(x, 10, "int")
    elif type(x) is _int:
        return x
    else:
        if isinstance(x, _float) and x != x:
            raise ValueError("cannot convert float NaN to integer")
        if isinstance(x, _float) and x in (math.inf, -math.inf):
            raise OverflowError("cannot convert float infinity to long")
        method = _script_method(x, "__int__")
        value = method() if method is not None else _to_int(x, "int")
    if _INT_MIN <= value <= _INT_MAX:
        return _int(value)
    return _int.__new__(long, value)


# -- pseudo types: the scripts' str, int, and type(x) --------------------------------------


class PseudoType(type):
    """Metaclass of the script-visible ``str``/``int``: real classes (host code that checks
    ``isinstance(spec, type)`` or looks them up in a dict keyed by ``str`` keeps working),
    callable with Python 2 semantics, understood by ``isinstance``/``issubclass``, equal to the
    real type, and forwarding attribute reads (``str.join``, ``int.from_bytes``) to it. A class
    statement naming one as a base gets the real type (see ``namespace.script_class``)."""

    real: type = object

    def __getattr__(cls, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(cls.real, name)

    def __repr__(cls) -> str:
        return f"<type '{cls.__name__}'>"

    def __eq__(cls, other: Any) -> bool:
        return other is cls or other is cls.real

    def __ne__(cls, other: Any) -> bool:
        return not (other is cls or other is cls.real)

    def __hash__(cls) -> int:
        return hash(cls.real)


def _is_py2_str(obj: Any) -> bool:
    t = type(obj)
    return t is _str or (isinstance(obj, _str) and not isinstance(obj, unicode))


def _is_py2_str_class(cls: Any) -> bool:
    if isinstance(cls, PseudoType):
        return cls is STR
    return isinstance(cls, type) and issubclass(cls, _str) and not issubclass(cls, unicode)


def _is_py2_int_class(cls: Any) -> bool:
    if isinstance(cls, PseudoType):
        return cls is INT
    return isinstance(cls, type) and issubclass(cls, _int) and not issubclass(cls, long)


def _no_instances_of(message: str) -> Callable:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise TypeError(message)
    return refuse


_no_instances = _no_instances_of("cannot create 'instance' instances")


#: ``str.upper``, ``str.strip`` ... as scripts read them through the class (``map(str.strip,
#: lines)``): functions with Python 2's byte-string rules, filled by ``py2bytes``
STR_METHODS: dict[str, Callable] = {}


class _StrMeta(PseudoType):
    # __call__ = py2_str, set below (one Python frame per ``str(x)``)
    __instancecheck__ = staticmethod(_is_py2_str)
    __subclasscheck__ = staticmethod(_is_py2_str_class)

    def __getattr__(cls, name: str) -> Any:
        method = STR_METHODS.get(name)
        return method if method is not None else PseudoType.__getattr__(cls, name)


class _IntMeta(PseudoType):
    __call__ = staticmethod(lambda x=0, base=None: py2_int(x, base))  # replaced below
    __instancecheck__ = staticmethod(_is_int_value)
    __subclasscheck__ = staticmethod(_is_py2_int_class)


class _InstanceMeta(PseudoType):
    """``type(x)`` of an instance of a classic (no base class) script class."""

    __call__ = staticmethod(_no_instances)
    __instancecheck__ = staticmethod(lambda obj: type(obj) in OLD_STYLE_CLASSES)
    __subclasscheck__ = staticmethod(lambda cls: cls is INSTANCE)

    def __eq__(cls, other: Any) -> bool:
        return other is cls

    def __ne__(cls, other: Any) -> bool:
        return other is not cls

    def __hash__(cls) -> int:
        return id(cls) >> 4


class _BasestringMeta(PseudoType):
    """Python 2's ``basestring``: the common base of ``str`` and ``unicode``."""

    __call__ = staticmethod(_no_instances_of("The basestring type cannot be instantiated"))
    __instancecheck__ = staticmethod(lambda obj: isinstance(obj, _str))
    __subclasscheck__ = staticmethod(lambda cls: cls is STR or cls is BASESTRING
                                     or (isinstance(cls, type) and not isinstance(cls, PseudoType)
                                         and issubclass(cls, _str)))


class _ClassobjMeta(PseudoType):
    """``type(C)`` of a classic (no base class) script class: ``<type 'classobj'>``."""

    __call__ = staticmethod(_no_instances_of("classobj() is not available in shim's sandbox"))
    __instancecheck__ = staticmethod(lambda obj: obj in OLD_STYLE_CLASSES)
    __subclasscheck__ = staticmethod(lambda cls: cls is CLASSOBJ)
    __eq__ = _InstanceMeta.__eq__
    __ne__ = _InstanceMeta.__ne__
    __hash__ = _InstanceMeta.__hash__


class _TypeMeta(PseudoType):
    """``type`` as scripts see it: ``type(x)`` answers as Jython does and ``type(name, bases,
    dict)`` makes a script class (``__call__`` is set by the sandbox); ``isinstance(C, type)``
    works; the real metaclass is never handed out (calling it would make classes past the
    sandbox's class checks)."""

    __instancecheck__ = staticmethod(lambda obj: isinstance(obj, type) or real_class(obj) is not None)
    __subclasscheck__ = staticmethod(lambda cls: cls is TYPE or (isinstance(cls, type) and issubclass(cls, type)))


STR = _StrMeta("str", (), {"__slots__": (), "__module__": "builtins"})
STR.real = _str
INT = _IntMeta("int", (), {"__slots__": (), "__module__": "builtins"})
INT.real = _int
INSTANCE = _InstanceMeta("instance", (), {"__slots__": (), "__module__": "builtins"})
BASESTRING = _BasestringMeta("basestring", (), {"__slots__": (), "__module__": "builtins"})
BASESTRING.real = _str
CLASSOBJ = _ClassobjMeta("classobj", (), {"__slots__": (), "__module__": "builtins"})
TYPE = _TypeMeta("type", (), {"__slots__": (), "__module__": "builtins",
                              "mro": staticmethod(lambda cls: [visible(k) for k in type.mro(cls)])})  # type.mro(C)
TYPE.real = type

#: Script classes created without a base class (Python 2 old-style classes).
import weakref  # noqa: E402

OLD_STYLE_CLASSES: "weakref.WeakSet[type]" = weakref.WeakSet()

#: Bases a class statement may name that stand for a real type.
REAL_BASES = {STR: _str, INT: _int}

class _MethodMeta(PseudoType):
    """``type(obj.method)``: Python 2's ``<type 'instancemethod'>`` (CPython 3 says ``method``);
    check-only, as ``types.MethodType`` is for scripts."""

    __call__ = staticmethod(_no_instances_of("cannot create 'instancemethod' instances"))
    __instancecheck__ = staticmethod(lambda obj: isinstance(obj, _method_type))
    __subclasscheck__ = staticmethod(lambda cls: cls is INSTANCEMETHOD)
    __eq__ = _InstanceMeta.__eq__
    __ne__ = _InstanceMeta.__ne__
    __hash__ = _InstanceMeta.__hash__


INSTANCEMETHOD = _MethodMeta("instancemethod", (), {"__slots__": (), "__module__": "builtins"})

#: Real types scripts see as a pseudo type (``type({})`` is the scripts' ``dict``), filled by
#: the sandbox (``runtime.scripts.sandbox.hashing``), and bound methods' ``instancemethod``.
VISIBLE_TYPES: dict[type, Any] = {_method_type: INSTANCEMETHOD}


def py2_type(obj: Any) -> Any:
    """``type(obj)`` as a script sees it: ``str``/``int`` pseudo types, ``long`` past 32 bits,
    ``instance`` for old-style instances."""
    t = type(obj)
    if t is _str:
        return STR
    if t is _int:
        return INT if _INT_MIN <= obj <= _INT_MAX else long
    if t in OLD_STYLE_CLASSES:
        return INSTANCE
    if issubclass(t, type):  # the type of a class: a metaclass, never handed out
        return CLASSOBJ if obj in OLD_STYLE_CLASSES else TYPE
    seen = VISIBLE_TYPES.get(t)
    return seen if seen is not None else visible(t)  # shim's own classes: their stand-ins






# -- str() and repr() -----------------------------------------------------------------------

_ACTIVE: set = set()  # (id, thread) of containers being printed: recursion guard


def _float_str(x: float) -> str:
    """Python 2's ``str(float)``: 12 significant digits (``0.1 + 0.2`` -> ``0.3``)."""
    if x != x:
        return "nan"
    if x == math.inf:
        return "inf"
    if x == -math.inf:
        return "-inf"
    s = "%.12g" % x
    if "e" in s:
        return s
    integer = s.lstrip("-").partition(".")[0]
    if len(integer) >= 12:  # Python 2 switches to an exponent one digit earlier than %g
        mantissa, _, exponent = ("%.11e" % x).partition("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{exponent}"
    if "." not in s:
        s += ".0"
    return s


def _str_repr(s: str) -> str:
    """Python 2 ``repr`` of a byte string: non-ASCII as ``\\xNN``."""
    if s.isascii() and s.isprintable():
        return _str.__repr__(s)
    if any(ord(c) > 0xFF for c in s):  # not a Jython byte string: show it as unicode text
        return _unicode_repr(s)
    return _quote(s, False)


def _unicode_repr(s: str) -> str:
    if s.isascii() and s.isprintable():
        return "u" + _str.__repr__(s)
    return "u" + _quote(s, True)


_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _quote(s: str, uni: bool) -> str:
    quote = '"' if "'" in s and '"' not in s else "'"
    out = [quote]
    for c in s:
        o = ord(c)
        if c == quote:
            out.append("\\" + c)
        elif c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif o < 0x20 or o == 0x7F or (0x80 <= o <= 0xFF) or (not uni and o > 0x7F):
            out.append(f"\\x{o:02x}")
        elif o > 0xFF:
            out.append(f"\\u{o:04x}" if o <= 0xFFFF else f"\\U{o:08x}")
        else:
            out.append(c)
    out.append(quote)
    return "".join(out)


def _int_repr(x: int) -> str:
    r = _int.__repr__(x)
    return r if _INT_MIN <= x <= _INT_MAX else r + "L"


def _guard(obj: Any, fallback: str, render: Callable[[Any], str]) -> str:
    key = (id(obj), _get_ident())
    if key in _ACTIVE:
        return fallback
    _ACTIVE.add(key)
    try:
        return render(obj)
    finally:
        _ACTIVE.discard(key)


def _list_repr(x: Any) -> str:
    if not x:
        return "[]"
    return _guard(x, "[...]", lambda v: "[" + ", ".join(map(py2_repr, v)) + "]")


def _tuple_repr(x: Any) -> str:
    n = len(x)
    if n == 0:
        return "()"
    if n == 1:
        return "(" + py2_repr(x[0]) + ",)"
    return "(" + ", ".join(map(py2_repr, x)) + ")"


def _dict_body(d: Any) -> str:
    if not d:
        return "{}"

    def render(v: Any) -> str:
        items = jorder.ordered_items(v) if len(v) > 1 else v.items()
        return "{" + ", ".join(py2_repr(k) + ": " + py2_repr(val) for k, val in items) + "}"

    return _guard(d, "{...}", render)


def _set_body(s: Any) -> str:
    return _guard(s, "[...]", lambda v: "[" + ", ".join(map(py2_repr, jorder.ordered_set(v))) + "]")


def _set_repr(s: Any) -> str:
    return f"{type(s).__name__}({_set_body(s)})"


def _type_repr(t: type) -> str:
    if isinstance(t, PseudoType) or type(t).__repr__ is not type.__repr__:
        return repr(t)  # pseudo types, emulated Java classes (<type 'java.lang.String'>)
    if t is long:
        return "<type 'long'>"
    if t is unicode:
        return "<type 'unicode'>"
    module = getattr(t, "__module__", "builtins")
    if module == "builtins":
        if issubclass(t, BaseException):
            return f"<type 'exceptions.{t.__name__}'>"
        return f"<type '{_PY2_TYPE_NAMES.get(t, t.__name__)}'>"
    if t in OLD_STYLE_CLASSES:
        return f"<class {module}.{t.__name__} at 0x{id(t):x}>"
    return f"<class '{module}.{t.__name__}'>"


_PY2_TYPE_NAMES = {type(None): "NoneType", type: "type", type(iter([])): "listiterator",
                   type(iter(())): "tupleiterator"}


def _exception_args_text(exc: BaseException) -> str:
    args = exc.args
    if not args:
        return ""
    if len(args) == 1:
        if isinstance(exc, KeyError):
            return py2_repr(args[0])
        return py2_str(args[0]) if not isinstance(args[0], _str) else args[0]
    return py2_repr(args)


#: Python 2's ``EnvironmentError`` (``legacy.builtins`` fills it in): its own ``__str__``
#: words ``[Errno 2] x: 'f.txt'``
ENVIRONMENT_ERROR: list[type] = []


def _exception_str(exc: BaseException) -> str:
    if isinstance(exc, UnicodeEncodeError):
        return (f"'{exc.encoding}' codec can't encode character "
                f"{_unicode_repr(exc.object[exc.start])} in position {exc.start}: {exc.reason}"
                if exc.end - exc.start == 1 else
                f"'{exc.encoding}' codec can't encode characters in position "
                f"{exc.start}-{exc.end - 1}: {exc.reason}")
    if isinstance(exc, UnicodeDecodeError):
        return _str(exc)
    if isinstance(exc, OSError) and exc.errno is not None:
        return OSError.__str__(exc)  # "[Errno 2] No such file: 'x'", as Python 2 words it
    if ENVIRONMENT_ERROR and isinstance(exc, ENVIRONMENT_ERROR[0]):
        return exc.__str__()
    return _exception_args_text(exc)


def _script_method(obj: Any, name: str) -> Any:
    """``obj.<name>`` when a script class (not a host base class) defines it, else None."""

    for klass in type(obj).__mro__:
        if name in vars(klass):
            return getattr(obj, name) if is_script_class(klass) else None
    return None


_PY2_RULED_MODULES = frozenset({"builtins", "collections"})


def _defined_by(obj: Any, name: str) -> str:
    """'builtin' when ``name`` comes from a builtin/collections class (Jython's own printing
    rules apply), 'script' when a script class defines it, 'host' for other Python classes
    (shim's emulated Java types: their ``__str__``/``__repr__`` are what Jython prints)."""

    for klass in type(obj).__mro__:
        if name in vars(klass):
            if is_script_class(klass):
                return "script"
            return "builtin" if klass.__module__ in _PY2_RULED_MODULES else "host"
    return "builtin"


def py2_str_of_object(obj: Any, to_unicode: bool = False) -> str:
    """``str(obj)`` for what the fast dispatch does not know."""
    if obj.__class__ is _function_type and obj in BUILTIN_FUNCTIONS:
        return f"<built-in function {BUILTIN_FUNCTIONS[obj]}>"
    if isinstance(obj, unicode):
        if to_unicode:
            return obj
        return _unicode_to_str(obj)
    if isinstance(obj, BaseException):
        if _defined_by(obj, "__str__") != "builtin":
            return _str(obj)
        return _exception_str(obj)
    if isinstance(obj, dict):
        origin = _defined_by(obj, "__str__")
        if origin != "builtin":
            return _str(obj)
        if _defined_by(obj, "__repr__") == "host":
            return repr(obj)
        if isinstance(obj, defaultdict):  # Java-implemented in Jython: str is its repr
            return _defaultdict_repr(obj)
        return _dict_body(obj)  # Jython prints dict subclasses as plain dicts, in hash order
    if isinstance(obj, type):
        if obj in OLD_STYLE_CLASSES:
            return f"{obj.__module__}.{obj.__name__}"
        return _type_repr(obj)
    if isinstance(obj, _float) and type(obj).__str__ is _float.__str__:
        return _float_str(obj)
    if isinstance(obj, (list, tuple, set, frozenset)) and type(obj).__repr__ in (
            list.__repr__, tuple.__repr__, set.__repr__, frozenset.__repr__) and \
            type(obj).__str__ is object.__str__:
        return py2_repr(obj)
    if isinstance(obj, bool):
        return "True" if obj else "False"
    if isinstance(obj, _int) and type(obj).__str__ in (_int.__str__, _int.__repr__):
        return _int.__repr__(obj)
    return _str(obj)


def _unicode_to_str(u: str) -> str:
    if u.isascii():
        return _str.__str__(u)
    _str.encode(u, "ascii")  # raises UnicodeEncodeError as Python 2's str(u'\xe9') does
    return _str.__str__(u)


#: shim's Python 2 builtins (``max``, ``sorted`` ...) by function: they print as Jython's
#: ``<built-in function max>``, not as the Python functions they are (filled in by ``builtins``)
BUILTIN_FUNCTIONS: dict[Any, str] = {}


def _repr_of_object(obj: Any) -> str:
    if obj.__class__ is _function_type and obj in BUILTIN_FUNCTIONS:
        return f"<built-in function {BUILTIN_FUNCTIONS[obj]}>"
    if isinstance(obj, unicode):
        return _unicode_repr(obj) if type(obj).__repr__ is unicode.__repr__ else repr(obj)
    if isinstance(obj, _str):
        return _str_repr(obj) if type(obj).__repr__ is _str.__repr__ else repr(obj)
    if isinstance(obj, dict):
        if _defined_by(obj, "__repr__") != "builtin":
            return repr(obj)
        if isinstance(obj, OrderedDict):
            if not obj:
                return f"{type(obj).__name__}()"
            return _guard(obj, "...", lambda v: f"{type(v).__name__}({_list_repr(list(v.items()))})")
        if isinstance(obj, Counter):
            if not obj:
                return f"{type(obj).__name__}()"
            return _guard(obj, "...", lambda v: "%s({%s})" % (type(v).__name__, ", ".join(
                py2_repr(k) + ": " + py2_repr(c) for k, c in v.most_common())))
        if isinstance(obj, defaultdict):
            return _defaultdict_repr(obj)
        return _dict_body(obj)
    if isinstance(obj, BaseException):
        if _defined_by(obj, "__repr__") != "builtin":
            return repr(obj)
        return type(obj).__name__ + _tuple_repr(obj.args)
    if isinstance(obj, type):
        return _type_repr(obj)
    if isinstance(obj, (set, frozenset)):
        if type(obj).__repr__ in (set.__repr__, frozenset.__repr__):
            return _set_repr(obj)
        return repr(obj)
    if isinstance(obj, list) and type(obj).__repr__ is list.__repr__:
        return _list_repr(obj)
    if isinstance(obj, tuple) and type(obj).__repr__ is tuple.__repr__:
        return _tuple_repr(obj)
    if isinstance(obj, _int) and not isinstance(obj, bool) and type(obj).__repr__ is _int.__repr__:
        return _int_repr(obj)
    if type(obj) is _timedelta:  # Python 2: datetime.timedelta(1, 5), positional and trimmed
        parts = [obj.days, obj.seconds, obj.microseconds]
        while len(parts) > 1 and parts[-1] == 0:
            parts.pop()
        return f"datetime.timedelta({', '.join(map(_str, parts))})"
    return repr(obj)


def _defaultdict_repr(d: defaultdict) -> str:
    factory = d.default_factory
    return f"defaultdict({py2_repr(factory) if factory is not None else 'None'}, {_dict_body(d)})"


_STR_DISPATCH: dict[type, Callable[[Any], str]] = {
    _int: _int.__repr__,
    bool: lambda b: "True" if b else "False",
    _float: _float_str,
    type(None): lambda _: "None",
    long: _int.__repr__,
    unicode: _unicode_to_str,
}

_REPR_DISPATCH: dict[type, Callable[[Any], str]] = {
    _str: _str_repr,
    unicode: _unicode_repr,
    _int: _int_repr,
    long: long.__repr__,
    bool: lambda b: "True" if b else "False",
    _float: _float.__repr__,
    type(None): lambda _: "None",
    list: _list_repr,
    tuple: _tuple_repr,
    dict: _dict_body,
    set: _set_repr,
    frozenset: _set_repr,
}


def py2_str(obj: Any = "") -> str:
    """Python 2 / Jython ``str(obj)``."""
    t = type(obj)
    if t is _str:
        return obj
    if t is _int:
        return _int.__repr__(obj)
    render = _STR_DISPATCH.get(t)
    if render is not None:
        return render(obj)
    if t is list or t is tuple or t is dict or t is set or t is frozenset:
        return _REPR_DISPATCH[t](obj)
    return py2_str_of_object(obj)


def py2_repr(obj: Any) -> str:
    """Python 2 / Jython ``repr(obj)``."""
    render = _REPR_DISPATCH.get(type(obj))
    if render is not None:
        return render(obj)
    return _repr_of_object(obj)


def print_text(obj: Any) -> str:
    """What ``print obj`` writes: unicode as is, everything else through ``str``."""
    if isinstance(obj, _str) and type(obj).__str__ in (_str.__str__, unicode.__str__):
        return obj
    return py2_str(obj)


# -- % formatting ---------------------------------------------------------------------------

import re  # noqa: E402

_SPEC = re.compile(
    r"%(?:\((?P<key>[^)]*)\))?(?P<flags>[-#0 +]*)(?P<width>\*|\d+)?"
    r"(?:\.(?P<prec>\*|\d*))?[hlL]?(?P<conv>.?)", re.S)

_FORMAT_CACHE: dict[str, tuple] = {}


def too_wide(digits: str | None) -> bool:
    """Whether a %-format's width or precision (``'%2000000000d'``, a ``*`` resolved to its
    number) would pad past ``MAX_TEXT`` characters: one call into C filling gigabytes."""
    return bool(digits) and len(digits) > 8 and digits != "*" and abs(_int(digits)) > MAX_TEXT


def _check_width(width: str | None, prec: str | None) -> None:
    if too_wide(width) or too_wide(prec):
        raise MemoryError(f"a %-format of width {width or 0} and precision {prec or 0} would build a string "
                          f"over shim's limit of {MAX_TEXT:,} characters")


def _parse_format(fmt: str) -> tuple:
    """Split a %-format into literal text and conversion specs (cached per format string)."""
    parsed = _FORMAT_CACHE.get(fmt)
    if parsed is not None:
        return parsed
    fmt = _str.__str__(fmt)  # a plain str: slices of a unicode format would be unicode
    pieces: list = []
    pos = 0
    has_key = False
    simple = True
    while True:
        i = fmt.find("%", pos)
        if i < 0:
            pieces.append(fmt[pos:])
            break
        pieces.append(fmt[pos:i])
        m = _SPEC.match(fmt, i)
        key, flags, width, prec, conv = m.group("key", "flags", "width", "prec", "conv")
        if conv == "":
            raise ValueError("incomplete format")
        if conv not in "diouxXeEfFgGcrs%":
            raise ValueError(f"unsupported format character '{conv}' (0x{ord(conv):x}) at index {m.end() - 1}")
        if key is not None:
            has_key = True
        if conv == "%":
            pieces.append(None if (flags or width or prec is not None or key) else "%")
            if pieces[-1] is None:
                pieces[-1] = ("%", key, flags, width, prec)
                simple = False
        else:
            if flags or width or prec is not None or conv not in "sdi":
                simple = False
            pieces.append((conv, key, flags, width, prec))
        pos = m.end()
    parsed = (tuple(pieces), has_key, simple)
    if len(_FORMAT_CACHE) > 2048:
        _FORMAT_CACHE.clear()
    _FORMAT_CACHE[fmt] = parsed
    return parsed


_NATIVE_OK = frozenset({_str, bool, type(None)})


def py2_format_percent(fmt: str, args: Any) -> str:
    """``fmt % args`` with Python 2's rules: ``%s`` is Python 2 ``str`` (floats to 12 digits,
    dicts in hash order), ``%r`` is Python 2 ``repr``; a unicode format or argument makes the
    result unicode."""
    pieces, has_key, simple = _parse_format(fmt)
    is_tuple = isinstance(args, tuple)
    values = args if is_tuple else (args,)
    uni = isinstance(fmt, unicode)
    if simple and not has_key and not uni and "#" not in fmt:
        for v in values:
            t = type(v)
            if t is _int:
                if not _INT_MIN <= v <= _INT_MAX:
                    break
            elif t not in _NATIVE_OK:
                break
        else:
            return _str.__mod__(fmt, args)
    mapping = None
    if has_key:
        if not (hasattr(args, "__getitem__") and not is_tuple and not isinstance(args, _str)):
            raise TypeError("format requires a mapping")
        mapping = args
    out: list[str] = []
    index = 0
    count = len(values)

    def next_value() -> Any:
        nonlocal index
        if index >= count:
            raise TypeError("not enough arguments for format string")
        v = values[index]
        index += 1
        return v

    for piece in pieces:
        if piece.__class__ is _str:
            out.append(piece)
            continue
        conv, key, flags, width, prec = piece
        if width == "*":
            width = _str(_int(next_value()))
        if prec == "*":
            prec = _str(_int(next_value()))
        if width or prec:
            _check_width(width, prec)
        if conv == "%":
            spec = "%" + (flags or "") + (width or "") + ("." + prec if prec is not None else "") + "s"
            out.append(spec % "%")
            continue
        if mapping is not None and key is not None:
            value = mapping[key]
        elif mapping is not None:
            value = mapping  # '%s' % mapping with another keyed spec: the mapping itself
        else:
            value = next_value()
        if conv == "s":
            if isinstance(value, unicode):
                uni = True
                text = value
            elif uni and not isinstance(value, _str):  # u'%s' % obj: unicode(obj), __unicode__ first
                text = unicode(value)
            else:
                text = py2_str(value)
                if isinstance(text, unicode):
                    uni = True
                elif uni and not text.isascii():  # u'%s' % '\xe9': decoded as ASCII
                    raise _ascii_decode_error(text)
                elif getattr(type(value), "_shim_java_text", False):  # a Java object's toString()
                    uni = True
        elif conv == "r":
            text = py2_repr(value)
        else:
            if conv in "diouxX" and isinstance(value, _float):
                value = _int(value)
            if conv == "o" and flags and "#" in flags:  # Python 2's alternate octal is '010'
                digits = "%" + flags.replace("#", "") + ("." + prec if prec is not None else "") + "o"
                text = digits % (value,)
                if value:
                    text = text.replace(_str(abs(value) and f"{abs(value):o}"), "0" + f"{abs(value):o}", 1)
                out.append(("%" + flags.replace("#", "").replace("0", "") + (width or "") + "s") % (text,)
                           if width else text)
                continue
            spec = "%" + (flags or "") + (width or "") + ("." + prec if prec is not None else "") + conv
            out.append(spec % (value,))
            continue
        if flags or width or prec is not None:
            text = ("%" + (flags or "") + (width or "") + ("." + prec if prec is not None else "") + "s") % (text,)
        out.append(text)
    if mapping is None and index < count:
        if not (not is_tuple and hasattr(args, "__getitem__") and not isinstance(args, _str)):
            raise TypeError("not all arguments converted during string formatting")
    result = "".join(out)
    return _new_unicode(result) if uni else result


# -- str.format -----------------------------------------------------------------------------

#: A ``str.format`` text that must go field by field through the sandbox's formatter: a field
#: that reads an attribute or an item of its argument (``{0.x}``, ``{0[k]}``, also nested in a
#: format spec) goes through the guard; a field with a nested spec (``{0:{1}}``) or a 9-digit
#: number (a width or precision like ``{0:>1000000000}``) has its final spec size-checked
#: (``check_format_spec``). A literal's text is searched once, at compile time.
_FORMAT_GUARDED = re.compile(r"\{(?:[^{}!:]*[.\[]|[^{}]*(?:\{|\d{9}))")
_FORMAT_GUARDED_SEARCH = _FORMAT_GUARDED.search

#: The longest ``str.format`` text searched with ``_FORMAT_GUARDED``: the search costs about
#: 100-250 ns a character in C the watchdog cannot stop (``'{a{' * 10**7``, 30 MB, held the
#: interpreter 2.5 s; ``'{0' + 'a' * 3 * 10**7`` 5 s); a longer text goes field by field, which
#: is always right.
FORMAT_SEARCHED = 10_000


def format_guarded(text: str) -> bool:
    """Whether ``text.format(...)`` must go field by field through the sandbox's formatter."""
    return len(text) > FORMAT_SEARCHED or _FORMAT_GUARDED_SEARCH(text) is not None


_NATIVE_FORMAT_OK = frozenset({_str, type(None), _int})  # (Jython formats a bool as an int)


#: a float format spec with no presentation type and no precision (``{0:>14}``, ``{0:+}``):
#: Python 2 prints the float's ``str()`` (12 digits) there, padded, signed and grouped
_FLOAT_STR_SPEC = re.compile(r"(?:(.)?([<>=^]))?([-+ ])?(0)?(\d+)?(,)?")


def _format_float_str(value: float, fill: str | None, align: str | None, sign: str | None,
                      zero: str | None, width: str | None, comma: str | None) -> str:
    text = _float_str(value)
    prefix = ""
    if text.startswith("-"):
        prefix, text = "-", text[1:]
    elif sign in ("+", " "):
        prefix = sign
    if comma and "e" not in text and text[:1].isdigit():
        whole, dot, rest = text.partition(".")
        text = f"{int(whole):,}{dot}{rest}"
    if zero and align is None:
        fill, align = "0", "="
    pad = _int(width or 0) - len(prefix) - len(text)
    if pad <= 0:
        return prefix + text
    fill = fill or " "
    align = align or ">"
    if align == "=":
        return prefix + fill * pad + text
    if align == "<":
        return prefix + text + fill * pad
    if align == "^":
        return fill * (pad // 2) + prefix + text + fill * (pad - pad // 2)
    return fill * pad + prefix + text


def py2_format_value(value: Any, spec: str) -> str:
    """``format(value, spec)`` as Jython does it (empty spec: ``str(value)``; a bool formats
    as its int, ``'{0}'.format(True)`` is ``1``); a width or precision past shim's text limit
    is refused before anything is built."""
    if len(spec) > 8:
        check_format_spec(spec)
    if value.__class__ is bool:
        return format(_int(value), spec)
    if isinstance(value, unicode):  # format(u'a', '>3') is u'  a'
        return value if not spec else _new_unicode(format(_str(value), spec))
    if not spec:
        if isinstance(value, _str):
            return value if type(value) in (_str, unicode) else _str(value)
        return py2_str(value)
    if isinstance(value, _float):
        m = _FLOAT_STR_SPEC.fullmatch(spec)
        return format(value, spec) if m is None else _format_float_str(value, *m.groups())
    if isinstance(value, _int) or isinstance(value, _str):
        return format(value, spec)
    if type(value).__format__ is object.__format__:
        return format(py2_str(value), spec)
    return format(value, spec)


def py2_convert_field(value: Any, conversion: str | None) -> Any:
    if conversion is None:
        return value
    if conversion == "r":
        return py2_repr(value)
    if conversion == "s":
        return value if isinstance(value, unicode) else py2_str(value)
    if conversion == "a":
        return ascii(value)
    raise ValueError(f"Unknown conversion specifier {conversion}")


def format_args_native(args: tuple, kwargs: dict, text: str = "") -> bool:
    """True when ``str.format(text, ...)`` of these arguments prints the same in Python 2 and 3.
    A float differs only where it is printed by ``str()`` (Python 2 keeps 12 digits): fields of
    ``text`` that give it an explicit presentation type (``{2:.2f}``, ``{0:>8.1e}``) print it
    the same."""
    typed = None
    for key, v in enumerate(args):
        t = v.__class__
        if t not in _NATIVE_FORMAT_OK or (t is _int and not _INT_MIN <= v <= _INT_MAX):
            if t is not _float:
                return False
            typed = _typed_fields(text) if typed is None else typed
            if key not in typed:
                return False
    if kwargs:
        for key, v in kwargs.items():
            t = v.__class__
            if t not in _NATIVE_FORMAT_OK or (t is _int and not _INT_MIN <= v <= _INT_MAX):
                if t is not _float:
                    return False
                typed = _typed_fields(text) if typed is None else typed
                if key not in typed:
                    return False
    return True


@functools.lru_cache(maxsize=4096)
def _typed_fields(text: str) -> frozenset:
    """The argument keys (positions, names) every field of ``text`` formats with an explicit
    float presentation type and no conversion; empty when ``text`` does not parse."""
    typed: set = set()
    other: set = set()
    auto = 0
    try:
        for _, field, spec, conversion in _formatter_parser(text):
            if field is None:
                continue
            if field == "":
                key: Any = auto
                auto += 1
            else:
                key = int(field) if field.isdigit() else field
            if spec and spec[-1] in "eEfFgGn%" and "{" not in spec and conversion is None:
                typed.add(key)
            else:
                other.add(key)
    except ValueError:
        return frozenset()
    return frozenset(typed - other)


# -- joins ----------------------------------------------------------------------------------

def _join_items(iterable: Any) -> Any:
    t = type(iterable)
    if t is list or t is tuple:
        return iterable
    return list(ordered_iter(iterable))


def ordered_iter(obj: Any) -> Any:
    """``obj`` itself, or for a dict/set the list of its elements in Jython's order."""
    t = type(obj)
    if t is list or t is tuple or t is _str or t is range:
        return obj
    if t is dict:
        return jorder.ordered_keys(obj) if len(obj) > 1 else obj
    if t is set or t is frozenset:
        return jorder.ordered_set(obj) if len(obj) > 1 else obj
    if isinstance(obj, dict):
        if isinstance(obj, OrderedDict) or type(obj).__iter__ is not dict.__iter__:
            return obj
        return jorder.ordered_keys(obj)
    if isinstance(obj, (set, frozenset)) and type(obj).__iter__ in (set.__iter__, frozenset.__iter__):
        return jorder.ordered_set(obj)
    return obj




def jython_value(value: Any) -> Any:
    """A host value as Jython would hand it to a script: strings (Java Strings) as unicode,
    ints past 32 bits as long, recursively through lists, tuples and dicts (new containers;
    other values unchanged). For host code (``system.*``, payload delivery) that wants
    scripts to see Jython's types."""
    t = type(value)
    if t is _str:
        return _str.__new__(unicode, value)
    if t is _int:
        return value if _INT_MIN <= value <= _INT_MAX else _int.__new__(long, value)
    if t is dict:
        return {jython_value(k): jython_value(v) for k, v in value.items()}
    if t is list:
        return [jython_value(v) for v in value]
    if t is tuple:
        return tuple(jython_value(v) for v in value)
    return value


_StrMeta.__call__ = staticmethod(py2_str)
set_java_text_type(as_unicode)  # strings from the emulated Java classes are unicode (Jython)
set_java_long_type(as_long)  # and their Java longs are longs
_IntMeta.__call__ = staticmethod(py2_int)

__all__ = [
    "BASESTRING", "CLASSOBJ", "ENVIRONMENT_ERROR", "INSTANCE", "INT", "OLD_STYLE_CLASSES", "TYPE", "STR", "PseudoType", "as_long", "as_unicode",
    "check_ascii_parts", "jython_value", "long", "ordered_iter", "print_text", "py2_decode", "py2_encode",
    "py2_format_percent", "py2_int", "py2_repr", "py2_str", "py2_text_equal", "py2_text_in", "py2_type",
    "STR_METHODS", "unicode",
]
