"""java.util.StringTokenizer: the pre-regex way 7.x-era code splits tag paths and CSV-ish lines.

As Java's: the default delimiters are space, tab, newline, carriage return and form feed; with
``returnDelims`` every delimiter is a token of its own; ``nextToken(delim)`` switches the
delimiters for the rest of the walk; past the end is a NoSuchElementException. As in Jython the
tokenizer is an Enumeration, so ``for token in StringTokenizer(s, ",")`` works, and tokens are
``unicode``.
"""
from __future__ import annotations

from typing import Any, Iterator

from runtime.core.jtext import java_text
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._throwables import NoSuchElementException, NullPointerException


class StringTokenizer(JavaObject):
    """``StringTokenizer(text[, delims[, returnDelims]])``."""

    __slots__ = ("_text", "_delims", "_returns", "_pos")
    __module__ = "java.util"

    def __init__(self, text: Any, delims: Any = " \t\n\r\f", returnDelims: Any = False) -> None:
        if text is None:
            raise NullPointerException('Cannot invoke "String.length()" because "str" is null')
        self._text, self._pos = str(text), 0
        self._delims = None if delims is None else str(delims)
        self._returns = bool(returnDelims)

    def _delimiters(self) -> str:
        if self._delims is None:  # Java fails only once it scans
            raise NullPointerException()
        return self._delims

    def _skip(self, pos: int) -> int:
        delims = self._delimiters()
        if not self._returns:
            while pos < len(self._text) and self._text[pos] in delims:
                pos += 1
        return pos

    def _scan(self, pos: int) -> int:
        delims, start = self._delimiters(), pos
        while pos < len(self._text) and self._text[pos] not in delims:
            pos += 1
        if self._returns and pos == start and pos < len(self._text):
            pos += 1  # a delimiter is a token of its own
        return pos

    def hasMoreTokens(self) -> bool:
        return self._skip(self._pos) < len(self._text)

    hasMoreElements = hasMoreTokens

    def nextToken(self, delim: Any = None) -> str:
        if delim is not None:
            self._delims = str(delim)
        start = self._skip(self._pos)
        if start >= len(self._text):
            raise NoSuchElementException()
        self._pos = self._scan(start)
        return self._text[start:self._pos]

    nextElement = nextToken

    def countTokens(self) -> int:
        count, pos = 0, self._pos
        while True:
            pos = self._skip(pos)
            if pos >= len(self._text):
                return count
            pos, count = self._scan(pos), count + 1

    def __iter__(self) -> Iterator[str]:
        while self.hasMoreTokens():
            yield java_text(self.nextToken())
