"""java.lang.String as Jython shows it: ``String('x')`` is a Java object, its methods' results are
Python 2 ``unicode``.

Checked against Jython 2.7.3: the constructor is the one place a script holds a real Java
string (``type(s)`` prints ``<type 'java.lang.String'>``, ``repr(s)`` is the bare text,
``s == 'x'`` is False, ``s + 'x'`` and ``len(s)`` raise ``TypeError``, ``hash(s) == hash('x')``);
every Java method returning a ``String`` (``toUpperCase``, ``substring``, ``trim``, ``toString``
...) comes back as ``unicode``, a ``char`` (``charAt``) as a one-character ``str``, ``split`` as
``array(java.lang.String, [u'a', u'b'])`` and ``getBytes`` as ``array('b', [...])``. Regular
expressions (``split``, ``matches``, ``replaceAll``) are Java's, as java.util.regex reads them
(``_jregex``), under the script's time budget.
"""
from __future__ import annotations

from typing import Any, Iterable

from runtime.core.jtext import java_text
from runtime.core.regexrun import regex_run
from runtime.emulated.java._jregex import compile_java, java_split
from runtime.emulated.java._jregex import replacement as replacement_template
from runtime.emulated.java._charset import decode, encode
from runtime.emulated.java._jbytes import byte_array
from runtime.emulated.java._jclass import Char, JavaClass
from runtime.emulated.java._jstr import (FormatError, java_format, overload_string, string_hash,
                                         to_int32)
from runtime.emulated.java._throwables import (FORMAT_ERRORS, NullPointerException,
                                               StringIndexOutOfBoundsException)
from runtime.emulated.stdlib.jarray_ import CHAR, PyArray

def formatted(pattern: str, args: tuple) -> str:
    """``String.format``/``printf``: java.util.Formatter, its errors as the Java exceptions."""
    try:
        return java_format(pattern, args)
    except FormatError as error:
        raise FORMAT_ERRORS[error.kind](str(error)) from None


def _text_of(value: Any) -> str:
    if value is None:
        raise NullPointerException()
    return value._text if isinstance(value, String) else str(value)


def _decode(data: Iterable[int], charset: Any = "UTF-8") -> str:
    return decode(bytes(b & 0xFF for b in data), charset)


#: ``String(bytes)`` without a charset (``String(bytes, None)`` is Java's NullPointerException)
_NO_CHARSET = object()


class String(metaclass=JavaClass):
    """java.lang.String: ``String()``, ``String(text)``, ``String(chars)``, ``String(bytes[, charset])``."""

    __slots__ = ("_text",)
    __module__ = "java.lang"
    _shim_java_text = True  # '%s' % String('x') is u'x'

    def __init__(self, value: Any = "", charset: Any = _NO_CHARSET) -> None:
        if value is None:
            raise NullPointerException()
        if isinstance(value, String):
            text = value._text
        elif isinstance(value, str):
            text = str.__str__(value)
        elif charset is not _NO_CHARSET or (isinstance(value, PyArray) and value.typecode == "b"):
            text = _decode(value, "UTF-8" if charset is _NO_CHARSET else charset)
        elif type(value).__qualname__ in ("StringBuilder", "StringBuffer"):
            text = str.__str__(value.toString())
        elif isinstance(value, (PyArray, list, tuple)) and all(isinstance(c, str) for c in value):
            text = "".join(value)
        else:
            raise TypeError("java.lang.String(): 1st arg can't be coerced to String, java.lang.StringBuilder, "
                            "char[], byte[], java.lang.StringBuffer")
        self._text = text

    # -- what Python sees ----------------------------------------------------------------------

    def __str__(self) -> str:
        return self._text

    __repr__ = __str__

    def __hash__(self) -> int:
        return string_hash(self._text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, String) and other._text == self._text

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __int__(self) -> int:
        raise TypeError("int() argument must be a string or a number, not '%s'" % self._text)

    def __float__(self) -> float:
        raise TypeError("float() argument must be a string or a number")

    # -- java.lang.String ----------------------------------------------------------------------

    def toString(self) -> str:
        return self._text

    intern = toString

    def length(self) -> int:
        return len(self._text)

    def isEmpty(self) -> bool:
        return not self._text

    def isBlank(self) -> bool:
        return not self._text.strip()

    def charAt(self, index: int) -> Char:
        if not isinstance(index, int):  # (True is 1, as Jython coerces it)
            raise TypeError("charAt(): 1st arg can't be coerced to int")
        if not 0 <= index < len(self._text):
            raise StringIndexOutOfBoundsException(
                "index %d, length %d" % (index, len(self._text)))
        return self._text[index]

    def codePointAt(self, index: int) -> int:
        return ord(self.charAt(index))

    def substring(self, start: int, end: int | None = None) -> str:
        stop = len(self._text) if end is None else end
        if start < 0 or start > stop or stop > len(self._text):
            raise StringIndexOutOfBoundsException(
                "begin %d, end %d, length %d" % (start, stop, len(self._text)))
        return self._text[start:stop]

    def indexOf(self, value: Any, start: int = 0) -> int:
        target = chr(value) if isinstance(value, int) else _text_of(value)
        return self._text.find(target, max(start, 0))

    def lastIndexOf(self, value: Any, start: int | None = None) -> int:
        target = chr(value) if isinstance(value, int) else _text_of(value)
        if start is None:
            return self._text.rfind(target)
        return self._text.rfind(target, 0, start + len(target)) if start >= 0 else -1

    def contains(self, value: Any) -> bool:
        return _text_of(value) in self._text

    def startsWith(self, prefix: Any, offset: int = 0) -> bool:
        return self._text.startswith(_text_of(prefix), offset)

    def endsWith(self, suffix: Any) -> bool:
        return self._text.endswith(_text_of(suffix))

    def equals(self, other: object) -> bool:
        return isinstance(other, (String, str)) and _text_of(other) == self._text

    def contentEquals(self, other: object) -> bool:
        return _text_of(other) == self._text

    def equalsIgnoreCase(self, other: object) -> bool:
        return other is not None and _text_of(other).upper().lower() == self._text.upper().lower()

    def compareTo(self, other: Any) -> int:
        mine, theirs = self._text, _text_of(other)
        for a, b in zip(mine, theirs):
            if a != b:
                return ord(a) - ord(b)
        return len(mine) - len(theirs)

    def compareToIgnoreCase(self, other: Any) -> int:
        return String(self._text.upper().lower()).compareTo(_text_of(other).upper().lower())

    def hashCode(self) -> int:
        return to_int32(string_hash(self._text))

    def toUpperCase(self, locale: Any = None) -> str:
        return self._text.upper()

    def toLowerCase(self, locale: Any = None) -> str:
        return self._text.lower()

    def trim(self) -> str:
        start, end = 0, len(self._text)
        while start < end and self._text[start] <= " ":
            start += 1
        while end > start and self._text[end - 1] <= " ":
            end -= 1
        return self._text[start:end]

    def strip(self) -> str:
        return self._text.strip()

    def concat(self, other: Any) -> str:
        return self._text + _text_of(other)

    def replace(self, old: Any, new: Any) -> str:
        return self._text.replace(_text_of(old), _text_of(new))

    def replaceAll(self, regex: Any, replacement: Any) -> str:
        return regex_run(compile_java(_text_of(regex)).sub, replacement_template(_text_of(replacement)),
                         self._text)

    def replaceFirst(self, regex: Any, replacement: Any) -> str:
        return regex_run(compile_java(_text_of(regex)).sub, replacement_template(_text_of(replacement)),
                         self._text, 1)

    def matches(self, regex: Any) -> bool:
        return regex_run(compile_java(_text_of(regex)).fullmatch, self._text) is not None

    def split(self, regex: Any, limit: int = 0) -> PyArray:
        """Java's ``split``: a leading empty piece from a zero-width match and (limit 0) trailing
        empty pieces are dropped; a positive limit caps the number of pieces."""
        pieces = java_split(compile_java(_text_of(regex)), self._text, limit)
        return PyArray([java_text(p) for p in pieces], String)

    def getBytes(self, charset: Any = "UTF-8") -> PyArray:
        return byte_array(encode(self._text, charset))

    def toCharArray(self) -> PyArray:
        return PyArray(list(self._text), CHAR)

    # -- static methods ------------------------------------------------------------------------

    @staticmethod
    def valueOf(value: Any) -> str:
        """As Jython resolves the overloads: ``valueOf(True)`` is "1", ``valueOf(None)`` throws."""
        if value is None:
            raise NullPointerException('Cannot read the array length because "value" is null')
        return overload_string(value)

    copyValueOf = valueOf

    @staticmethod
    def format(pattern: Any, *args: Any) -> str:
        """java.util.Formatter syntax: ``%s %d %05.2f %,d %x %e %g %b %c %n %%``, ``%1$s``, ``%<s``."""
        return formatted(_text_of(pattern), args)

    @staticmethod
    def join(delimiter: Any, *elements: Any) -> str:
        items = elements[0] if len(elements) == 1 and not isinstance(elements[0], (str, String)) \
            else elements
        return _text_of(delimiter).join("null" if e is None else _text_of(e) for e in items)

