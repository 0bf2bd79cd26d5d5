"""Java regular expressions (java.util.regex syntax and flags) compiled for the ``regex``
package, matched under the script's time budget; java.lang.String's ``matches``, ``split`` and
``replaceAll`` and java.util.regex's Pattern/Matcher share them.

What differs from Python and is translated (checked against the real ``jython``, Java 17):
``\\Q...\\E`` quotes, ``\\z`` is Python's ``\\Z`` and Java's ``\\Z`` allows one final line
terminator, ``\\k<name>`` is a back-reference, the POSIX classes ``\\p{Alpha}``, ``\\p{Digit}``
... are ASCII only, and without UNICODE_CASE/UNICODE_CHARACTER_CLASS ``\\w``, ``\\d``, ``\\s``
and case-insensitivity are ASCII only. Possessive quantifiers, atomic groups and
``(?<name>...)`` groups the ``regex`` package reads as Java does.
"""
from __future__ import annotations

import functools
import re
from typing import Any

import regex as _regex

from runtime.core.budget import time_left
from runtime.emulated.java._throwables import PatternSyntaxException

#: java.util.regex.Pattern's flag bits
UNIX_LINES, CASE_INSENSITIVE, COMMENTS, MULTILINE, LITERAL, DOTALL = 1, 2, 4, 8, 16, 32
UNICODE_CASE, CANON_EQ, UNICODE_CHARACTER_CLASS = 64, 128, 256

_POSIX = {
    "Lower": "a-z", "Upper": "A-Z", "ASCII": "\\x00-\\x7F", "Alpha": "a-zA-Z", "Digit": "0-9",
    "Alnum": "a-zA-Z0-9", "Punct": "!-/:-@\\[-`{-~", "Graph": "!-~", "Print": " -~",
    "Blank": " \\t", "Cntrl": "\\x00-\\x1F\\x7F", "XDigit": "0-9a-fA-F", "Space": " \\t\\n\\x0B\\f\\r",
}

_TOKEN = re.compile(r"\\Q(.*?)(?:\\E|$)|\\p\{(\w+)\}|\\k<(\w+)>|\\[zZ]|\\.|\[\^?|\]|.", re.S)


def _translate(pattern: str) -> str:
    """Java syntax -> the ``regex`` package's, token by token (character classes tracked)."""
    out, depth = [], 0
    for match in _TOKEN.finditer(pattern):
        token = match.group()
        if match.group(1) is not None:
            out.append(_regex.escape(match.group(1)))
        elif match.group(2) in _POSIX:
            members = _POSIX[match.group(2)]
            out.append(members if depth else "[" + members + "]")
        elif match.group(3) is not None:
            out.append("(?P=%s)" % match.group(3))
        elif token == "\\z":
            out.append("\\Z")
        elif token == "\\Z":
            out.append("(?=\\n?\\Z)")
        else:
            if token.startswith("["):
                depth += 1
            elif token == "]" and depth:
                depth -= 1
            out.append(token)
    return "".join(out)


@functools.lru_cache(maxsize=256)
def compile_java(pattern: str, flags: int = 0) -> Any:
    """A compiled ``regex`` pattern for Java ``pattern`` and Pattern ``flags``; a bad pattern is
    a PatternSyntaxException, as ``Pattern.compile`` throws."""
    source = _regex.escape(pattern) if flags & LITERAL else _translate(pattern)
    options = _regex.VERSION0
    if not flags & (UNICODE_CASE | UNICODE_CHARACTER_CLASS):
        options |= _regex.ASCII
    for bit, option in ((CASE_INSENSITIVE, _regex.IGNORECASE), (MULTILINE, _regex.MULTILINE),
                        (DOTALL, _regex.DOTALL), (COMMENTS, _regex.VERBOSE)):
        if flags & bit:
            options |= option
    try:
        return _regex.compile(source, options)
    except _regex.error as error:
        raise PatternSyntaxException(error.msg[:1].upper() + error.msg[1:], pattern,
                                     -1 if error.pos is None else error.pos) from None


_JAVA_GROUP = re.compile(r"\\(.)|\$(\d+)|\$\{(\w+)\}")


def replacement(text: str) -> str:
    """Java's ``Matcher`` replacement (``$1``, ``${name}``, ``\\$``) as a ``regex`` template."""
    def one(match: re.Match) -> str:
        if match.group(1) is not None:
            return match.group(1).replace("\\", "\\\\")
        return "\\g<%s>" % (match.group(2) or match.group(3))
    return _JAVA_GROUP.sub(one, text.replace("\\\\", "\0")).replace("\0", "\\\\")


def java_split(compiled: Any, text: str, limit: int = 0) -> list[str]:
    """Java's ``split``: a leading empty piece from a zero-width match and (limit 0) trailing
    empty pieces are dropped; a positive limit caps the number of pieces."""
    pieces, pos = [], 0
    for match in compiled.finditer(text, timeout=time_left()):
        if 0 < limit <= len(pieces) + 1:
            break
        if match.end() == 0:
            continue
        pieces.append(text[pos:match.start()])
        pos = match.end()
    pieces.append(text[pos:])
    if limit == 0:
        while len(pieces) > 1 and pieces[-1] == "":
            pieces.pop()
        if pieces == [""] and text:
            pieces = []
    return pieces

