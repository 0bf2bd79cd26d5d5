"""Python 2.6/2.7 syntax in a 7.9 project: Ignition 7.9 runs Jython 2.5.3, whose language is
Python 2.5's, so such a script fails to save or compile on the gateway while it runs here.

The constructs are those of CPython's "What's New in Python 2.6 / 2.7" (``except E as e``, the
``with`` statement without ``from __future__ import with_statement``, ``b''`` literals, ``0o``
and ``0b`` numbers, class decorators, set literals, dict and set comprehensions, several context
managers in one ``with``, the ``print_function``/``unicode_literals`` future imports); see
docs/jython-versions.md. No Jython 2.5 is available to confirm each one, so ``shim check``
reports them as warnings, not errors, and the script still runs under shim.

Found from the tokens of the Jython 2 source (the translated tree has lost ``as`` vs ``,``),
and only for files a cheap pattern says may hold one, so a cached ``shim check`` stays fast.
"""
from __future__ import annotations

import io
import re
import tokenize

#: A file that may hold one of the constructs if one of these matches (a superset; tokens
#: decide). Each starts with a literal or a small set of characters, so the regex engine skips
#: to its candidates: one alternation led by ``\b`` and a look-behind tried every position of a
#: file (0.5 ms for 700 characters, most of a cached ``shim check`` of a 7.9 project).
_MAYBE = tuple(re.compile(pattern, re.M) for pattern in (
    r"^[ \t\f]*(?:with\b|@)", r"except\b[^:\n]*\bas\b", r"0[oObB]\d", r"[bB](?<![\w'\"][bB])[rR]?['\"]",
    r"__future__", r"\{[^}\n]*\bfor\b", r"\{\s*[^\s}:][^}:\n]*\}"))

_FUTURE_26 = {"print_function": "'from __future__ import print_function'",
              "unicode_literals": "'from __future__ import unicode_literals'"}


def python26_constructs(source: str) -> list[tuple[int, str]]:
    """(line, construct) for each Python 2.6/2.7 construct of ``source``, in line order."""
    if not any(pattern.search(source) for pattern in _MAYBE):
        return []
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
                  if t.type not in (tokenize.COMMENT, tokenize.NL)]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return []  # the translator reports what does not parse
    with_future = _has_future(tokens, "with_statement")
    found: list[tuple[int, str]] = []
    decorated = False
    for line in _logical_lines(tokens):
        found.extend(_in_line(line, with_future))
        if decorated and line[0].string == "class":
            found.append((line[0].start[0], "a class decorator"))
        decorated = line[0].string == "@"
    for token in tokens:
        if token.type == tokenize.STRING and token.string[:2].lower() in ("b'", 'b"', "br"):
            found.append((token.start[0], "a b'' bytes literal"))
        elif token.type == tokenize.NUMBER and token.string[:2].lower() in ("0o", "0b"):
            found.append((token.start[0], f"the number literal {token.string}"))
    return sorted(set(found))


def _logical_lines(tokens: list[tokenize.TokenInfo]):
    line: list[tokenize.TokenInfo] = []
    for token in tokens:
        if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            if line:
                yield line
            line = []
        elif token.type not in (tokenize.INDENT, tokenize.DEDENT):
            line.append(token)


def _in_line(line: list[tokenize.TokenInfo], with_future: bool) -> list[tuple[int, str]]:
    first = line[0]
    found = []
    words = [t.string for t in line]
    if words[:3] == ["from", "__future__", "import"]:
        found.extend((first.start[0], _FUTURE_26[w]) for w in words[3:] if w in _FUTURE_26)
    if first.string == "except" and "as" in words:
        found.append((first.start[0], "'except ... as name'"))
    if first.string == "with":
        if not with_future:
            found.append((first.start[0], "the 'with' statement without 'from __future__ import with_statement'"))
        if _top_level_commas(line[1:]):
            found.append((first.start[0], "several context managers in one 'with'"))
    found.extend(_braces(line))
    return found


def _top_level_commas(tokens: list[tokenize.TokenInfo]) -> bool:
    depth = 0
    for token in tokens:
        if token.string in "([{" and token.type == tokenize.OP:
            depth += 1
        elif token.string in ")]}" and token.type == tokenize.OP:
            depth -= 1
        elif token.string == ":" and depth == 0:
            return False
        elif token.string == "," and depth == 0:
            return True
    return False


def _braces(line: list[tokenize.TokenInfo]) -> list[tuple[int, str]]:
    """Set literals and dict/set comprehensions: a ``{`` whose top level has no ``:`` (a set)
    or has ``for`` (a comprehension)."""
    found = []
    stack: list[dict] = []
    for token in line:
        if token.type != tokenize.OP and not (token.type == tokenize.NAME and token.string == "for"):
            if stack and not stack[-1]["items"]:
                stack[-1]["items"] = True
            continue
        if token.string in "([{":
            if stack and not stack[-1]["items"]:
                stack[-1]["items"] = True
            stack.append({"open": token, "colon": False, "for": False, "items": False})
        elif token.string in ")]}":
            if not stack:
                continue
            frame = stack.pop()
            if frame["open"].string == "{" and frame["items"]:
                row = frame["open"].start[0]
                if frame["for"]:
                    found.append((row, "a dict comprehension" if frame["colon"] else "a set comprehension"))
                elif not frame["colon"]:
                    found.append((row, "a set literal"))
            if stack:
                stack[-1]["items"] = True
        elif stack:
            if token.string == ":":
                stack[-1]["colon"] = True
            elif token.string == "for":
                stack[-1]["for"] = True
            stack[-1]["items"] = True
    return found


def _has_future(tokens: list[tokenize.TokenInfo], feature: str) -> bool:
    for line in _logical_lines(tokens):
        words = [t.string for t in line]
        if words[:3] == ["from", "__future__", "import"] and feature in words[3:]:
            return True
    return False
