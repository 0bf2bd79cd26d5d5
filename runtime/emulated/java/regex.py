"""java.util.regex for Jython scripts: Pattern, Matcher, PatternSyntaxException.

``Pattern.compile(regex[, flags])``, ``matcher(text)``, the static ``Pattern.matches`` and
``Pattern.quote``, ``split``; a Matcher's ``find``/``matches``/``lookingAt``, ``group`` by index or
name, ``start``/``end``, ``replaceAll``/``replaceFirst``, ``appendReplacement``/``appendTail`` and
``reset``. Java's syntax is translated by ``_jregex``; every match runs under the script's time
budget. As in Jython, groups come back as ``unicode``, an unmatched group as None (start -1),
``group()`` before a match is an IllegalStateException "No match found" and an unknown group an
IndexOutOfBoundsException "No group 3".
"""
from typing import Any as _Any

from runtime.core.jtext import java_text as _java_text
from runtime.core.regexrun import regex_run as _run
from runtime.emulated.java import _jregex
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaObject as _JavaObject
from runtime.emulated.java._string import String as _String
from runtime.emulated.java._throwables import IllegalArgumentException as _PatternArgument
from runtime.emulated.java._throwables import IllegalStateException as _IllegalState
from runtime.emulated.java._throwables import IndexOutOfBoundsException as _NoGroup
from runtime.emulated.java._throwables import PatternSyntaxException
from runtime.emulated.stdlib.jarray_ import PyArray as _PyArray

__all__ = ["Matcher", "Pattern", "PatternSyntaxException"]


class Pattern(_JavaObject):
    """java.util.regex.Pattern: a compiled Java regular expression (``Pattern.compile``)."""

    __slots__ = ("_source", "_flags", "_compiled")
    __module__ = "java.util.regex"

    UNIX_LINES = _jregex.UNIX_LINES
    CASE_INSENSITIVE = _jregex.CASE_INSENSITIVE
    COMMENTS = _jregex.COMMENTS
    MULTILINE = _jregex.MULTILINE
    LITERAL = _jregex.LITERAL
    DOTALL = _jregex.DOTALL
    UNICODE_CASE = _jregex.UNICODE_CASE
    CANON_EQ = _jregex.CANON_EQ
    UNICODE_CHARACTER_CLASS = _jregex.UNICODE_CHARACTER_CLASS

    def __init__(self, regex: _Any, flags: int = 0) -> None:
        self._source, self._flags = str(regex), int(flags)
        self._compiled = _jregex.compile_java(self._source, self._flags)

    @staticmethod
    def compile(regex: _Any, flags: int = 0) -> "Pattern":
        return Pattern(regex, flags)

    @staticmethod
    def matches(regex: _Any, text: _Any) -> bool:
        return Pattern(regex).matcher(text).matches()

    @staticmethod
    def quote(text: _Any) -> str:
        """``\\Q...\\E`` around the text (an ``\\E`` inside is split out, as Java does)."""
        return _java_text("\\Q" + str(text).replace("\\E", "\\E\\\\E\\Q") + "\\E")

    def matcher(self, text: _Any) -> "Matcher":
        return Matcher(self, text)

    def split(self, text: _Any, limit: int = 0) -> _PyArray:
        return _PyArray([_java_text(p) for p in _jregex.java_split(self._compiled, str(text), limit)],
                        _String)

    def pattern(self) -> str:
        return _java_text(self._source)

    def flags(self) -> int:
        return self._flags

    def toString(self) -> str:
        return _java_text(self._source)


class Matcher(_JavaObject):
    """java.util.regex.Matcher: one Pattern over one input, stepping with ``find()``."""

    __slots__ = ("_pattern", "_text", "_match", "_next", "_append")
    __module__ = "java.util.regex"

    def __init__(self, pattern: Pattern, text: _Any) -> None:
        self._pattern = pattern
        self.reset(text)

    def reset(self, text: _Any = None) -> "Matcher":
        if text is not None:
            self._text = str(text)
        self._match, self._next, self._append = None, 0, 0
        return self

    def _found(self, match: _Any) -> bool:
        self._match = match
        if match is not None:
            self._next = match.end() + (1 if match.end() == match.start() else 0)
        return match is not None

    def matches(self) -> bool:
        return self._found(_run(self._pattern._compiled.fullmatch, self._text))

    def lookingAt(self) -> bool:
        return self._found(_run(self._pattern._compiled.match, self._text))

    def find(self, start: _Any = None) -> bool:
        if start is not None:
            if not 0 <= start <= len(self._text):
                raise _NoGroup("Illegal start index")
            self.reset()
            self._next = start
        if self._next > len(self._text):
            return self._found(None)
        return self._found(_run(self._pattern._compiled.search, self._text, self._next))

    def _current(self) -> _Any:
        if self._match is None:
            raise _IllegalState("No match found")
        return self._match

    def _group_key(self, group: _Any) -> _Any:
        if isinstance(group, str):
            if group not in self._pattern._compiled.groupindex:
                raise _PatternArgument("No group with name <%s>" % group)
            return group
        if not 0 <= group <= self._pattern._compiled.groups:
            raise _NoGroup("No group %d" % group)
        return group

    def group(self, group: _Any = 0) -> _Any:
        value = self._current().group(self._group_key(group))
        return None if value is None else _java_text(value)

    def start(self, group: _Any = 0) -> int:
        return self._current().start(self._group_key(group))

    def end(self, group: _Any = 0) -> int:
        return self._current().end(self._group_key(group))

    def groupCount(self) -> int:
        return self._pattern._compiled.groups

    def pattern(self) -> Pattern:
        return self._pattern

    def replaceAll(self, replacement: _Any) -> str:
        self.reset()
        return _java_text(_run(self._pattern._compiled.sub, _jregex.replacement(str(replacement)),
                               self._text))

    def replaceFirst(self, replacement: _Any) -> str:
        self.reset()
        return _java_text(_run(self._pattern._compiled.sub, _jregex.replacement(str(replacement)),
                               self._text, 1))

    def appendReplacement(self, buffer: _Any, replacement: _Any) -> "Matcher":
        """The text since the last append, then the replacement, onto a StringBuffer/Builder."""
        match = self._current()
        buffer.append(self._text[self._append:match.start()])
        buffer.append(match.expand(_jregex.replacement(str(replacement))))
        self._append = match.end()
        return self

    def appendTail(self, buffer: _Any) -> _Any:
        return buffer.append(self._text[self._append:])

    @staticmethod
    def quoteReplacement(text: _Any) -> str:
        return _java_text(str(text).replace("\\", "\\\\").replace("$", "\\$"))

    def toString(self) -> str:
        return _java_text("java.util.regex.Matcher[pattern=%s region=0,%d lastmatch=%s]"
                          % (self._pattern._source, len(self._text),
                             "" if self._match is None else self._match.group()))

__getattr__ = _missing("java.util.regex")
