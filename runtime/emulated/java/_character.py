"""java.lang.Character's static helpers as Jython 2.7 calls them (checked against the real ``jython``).

A one-character Python string is taken as a ``char``, an int as a code point (then the answer
is an int too: ``toUpperCase(97) == 65``). A ``char`` result comes back as a one-character
``str`` (Jython makes a byte string of it), ``toString`` as ``unicode``. The character classes
are Java's: ``isWhitespace`` is true for the ASCII separators and Unicode space separators
except no-break spaces, ``isLetterOrDigit('_')`` is false, ``getNumericValue('a') == 10``.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from runtime.emulated.java._jclass import Char, JavaClass

_NO_BREAK = {"\u00a0", "\u2007", "\u202f"}


def _char(value: Any, method: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return chr(value)
    if not isinstance(value, str) or len(value) != 1:
        raise TypeError("%s(): 1st arg can't be coerced to char, int" % method)
    return value


def _mapped(value: Any, mapper: Any, method: str) -> Any:
    c = _char(value, method)
    out = mapper(c)
    if len(out) != 1:  # Java maps one char to one char (toUpperCase('\xdf') stays '\xdf')
        out = c
    return ord(out) if isinstance(value, int) else out


class Character(metaclass=JavaClass):
    """java.lang.Character: classification and case mapping of single characters."""

    __module__ = "java.lang"

    MIN_VALUE: Char = "\x00"
    MIN_RADIX = 2
    MAX_RADIX = 36

    @staticmethod
    def isDigit(value: Any) -> bool:
        return unicodedata.category(_char(value, "isDigit")) == "Nd"

    @staticmethod
    def isLetter(value: Any) -> bool:
        return unicodedata.category(_char(value, "isLetter")).startswith("L")

    @staticmethod
    def isLetterOrDigit(value: Any) -> bool:
        category = unicodedata.category(_char(value, "isLetterOrDigit"))
        return category.startswith("L") or category == "Nd"

    @staticmethod
    def isAlphabetic(value: Any) -> bool:
        """Java has only the code-point overload: a one-character string is refused, as Jython does."""
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError("isAlphabetic(): 1st arg can't be coerced to int")
        return chr(value).isalpha()

    @staticmethod
    def isUpperCase(value: Any) -> bool:
        c = _char(value, "isUpperCase")
        return unicodedata.category(c) == "Lu"

    @staticmethod
    def isLowerCase(value: Any) -> bool:
        return unicodedata.category(_char(value, "isLowerCase")) == "Ll"

    @staticmethod
    def isWhitespace(value: Any) -> bool:
        c = _char(value, "isWhitespace")
        if c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f":
            return True
        return unicodedata.category(c) in ("Zs", "Zl", "Zp") and c not in _NO_BREAK

    @staticmethod
    def isSpaceChar(value: Any) -> bool:
        return unicodedata.category(_char(value, "isSpaceChar")) in ("Zs", "Zl", "Zp")

    @staticmethod
    def isISOControl(value: Any) -> bool:
        code = ord(_char(value, "isISOControl"))
        return code <= 0x1F or 0x7F <= code <= 0x9F

    @staticmethod
    def toUpperCase(value: Any) -> Any:
        return _mapped(value, str.upper, "toUpperCase")

    @staticmethod
    def toLowerCase(value: Any) -> Any:
        return _mapped(value, str.lower, "toLowerCase")

    @staticmethod
    def toString(value: Any) -> str:
        return _char(value, "toString")

    @staticmethod
    def valueOf(value: Any) -> Char:
        return _char(value, "valueOf")

    @staticmethod
    def getNumericValue(value: Any) -> int:
        c = _char(value, "getNumericValue")
        if c.isascii() and c.isalpha():
            return ord(c.lower()) - ord("a") + 10
        number = unicodedata.numeric(c, None)
        if number is None:
            return -1
        return int(number) if number == int(number) and number >= 0 else -2

    @staticmethod
    def digit(value: Any, radix: int) -> int:
        c = _char(value, "digit")
        if not 2 <= radix <= 36:
            return -1
        if c.isascii() and c.isalpha():
            d = ord(c.lower()) - ord("a") + 10
        elif unicodedata.category(c) == "Nd":
            d = unicodedata.digit(c)
        else:
            return -1
        return d if d < radix else -1

    @staticmethod
    def forDigit(digit: int, radix: int) -> Char:
        if not 2 <= radix <= 36 or not 0 <= digit < radix:
            return "\x00"
        return "0123456789abcdefghijklmnopqrstuvwxyz"[digit]

    @staticmethod
    def isDefined(value: Any) -> bool:
        return unicodedata.category(_char(value, "isDefined")) != "Cn"
