"""Translate Jython 2 source to Python 3 source with fissix, keeping every line where it was.

Ignition 7.9 runs Jython 2.5 and 8.x Jython 2.7: scripts use print statements, ``except E, e``,
backticks, ``<>``, ``0777``, ``10L``, ``raise E, "m"``, ``ur''``. fissix's fixers rewrite the
syntax; Jython's *semantics* (integer ``/``, list-returning ``map``, ``cmp`` ...) are supplied at
run time by ``runtime.scripts.legacy.builtins`` and the sandbox transformer, never by fixers that add
import lines (they would shift line numbers, and users' tracebacks must point at their own line).
"""
from __future__ import annotations

import functools
import io
import tokenize
import threading

from fissix.pgen2.parse import ParseError
from fissix.pgen2.tokenize import TokenError
from fissix.refactor import RefactoringTool

from runtime.scripts.legacy.fixes import keep_newlines, next_leaf

#: fissix fixers we run, each keeping every statement on its line (tests/test_legacy_translate.py
#: checks it per fixer). Left out on purpose: reduce/intern/metaclass (insert lines or imports),
#: map/filter/zip/xrange (our builtins return lists as Python 2 did), future (we must still see
#: ``from __future__ import division``), imports/urllib (scripts cannot import those anyway),
#: dict (``d.keys()`` is compiled to a helper that returns a list in Jython's order), unicode/
#: basestring/long (the names ``unicode``/``basestring``/``long`` are Python 2 builtins here, and
#: ``u''``/``10L`` literals keep their type: see ``runtime.scripts.legacy.fixes``), standarderror
#: (``StandardError`` is Python 2's class here, not ``Exception``).
#: Replaced by shim's own fixers (``runtime.scripts.legacy.fixes``): print (``print ()``), numliterals
#: (``10L`` stays a long), raise (Jython's ``raise E, V``), tuple_params and except (fissix's
#: versions insert lines), plus string literals (``b''``, ``ur''``, ``\u`` in byte strings).
#: (set_literal and ws_comma were listed once: fissix runs "explicit" fixers only on request,
#: so they never ran.) Every fixer's ``transform`` is wrapped to give back newlines it joins
#: (``_keeping_lines``).
FIXERS = tuple(
    "fissix.fixes.fix_" + name
    for name in (
        "apply", "asserts", "exec", "funcattrs", "has_key", "isinstance", "itertools",
        "methodattrs", "ne", "next", "nonzero", "paren", "repr", "sys_exc",
        "throw", "types",
    )
) + tuple(
    "runtime.scripts.legacy.fixes.fix_" + name
    for name in ("py2print", "py2numbers", "py2raise", "py2strings", "py2tuple_params", "py2except")
)


class TranslationError(SyntaxError):
    """Jython 2 source that does not parse; carries the user's file name and line."""


_lock = threading.Lock()
_tools: list[RefactoringTool] = []


def _tool() -> RefactoringTool:
    """The one RefactoringTool (building it costs ~74 ms and ~1 MB); it is not thread-safe,
    so ``translate`` holds ``_lock`` while using it."""
    if not _tools:
        tool = RefactoringTool(list(FIXERS), {"print_function": False})
        for fixer in tool.pre_order + tool.post_order:
            fixer.transform = _keeping_lines(fixer.transform)
        _tools.append(tool)
    return _tools[0]


def _inner_newlines(node) -> int:
    return str(node).count("\n") - node.prefix.count("\n")


def _keeping_lines(transform):
    """Wrap a fixer's ``transform``: code it joins onto fewer lines (``apply(f,\n  a)`` ->
    ``f(*a)``) gets the lost newlines back as backslash continuations after it, so every later
    statement stays on its line."""
    def transform_keeping_lines(node, results):
        before = _inner_newlines(node)
        following = next_leaf(node)
        new = transform(node, results)
        lost = before - _inner_newlines(new if new is not None else node)
        if lost > 0:
            keep_newlines(following, lost)
        return new

    return transform_keeping_lines


@functools.lru_cache(maxsize=4096)
def translate(source: str, filename: str = "<script>") -> str:
    """Return ``source`` (Jython 2) as Python 3 source with the same line numbers.

    Raises ``TranslationError`` (a ``SyntaxError``) naming ``filename`` and the line.
    """
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    if _mixed_tabs(text):
        text = text.expandtabs(8)
    if not text.endswith("\n"):
        text += "\n"
    text, protected = _protect_print_attributes(text)
    try:
        with _lock:
            tree = _tool().refactor_string(text, filename)
    except ParseError as exc:
        lineno, col = exc.context[1]
        raise TranslationError(
            f"invalid syntax ({exc.value!r})", (filename, lineno, col + 1, _line(text, lineno))
        ) from None
    except (TokenError, IndentationError) as exc:
        position = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], tuple) else ()
        if position and isinstance(position[0], str):  # IndentationError: (file, line, col, text)
            position = position[1:]
        lineno = position[0] if position and isinstance(position[0], int) else 0
        raise TranslationError(str(exc.args[0]), (filename, lineno, 0, _line(text, lineno))) from None
    result = str(tree)
    return result.replace(_PRINT_ATTRIBUTE, "print") if protected else result


#: What ``.print`` (a Java method such as ``PrintWriter.print``) is called while fissix parses:
#: Jython takes keywords as attribute names, Python 2's grammar does not.
_PRINT_ATTRIBUTE = "print_shim_attribute_"


def _protect_print_attributes(text: str) -> tuple[str, bool]:
    """``writer.print(x)`` -> ``writer.print_shim_attribute_(x)`` for the parse (put back after)."""
    if ".print" not in text and ". print" not in text:
        return text, False
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return text, False  # the parse will report the real problem
    lines = text.splitlines(keepends=True)
    previous = None
    spots = []
    for token in tokens:
        if token.type in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
            continue
        if token.type == tokenize.NAME and token.string == "print" and previous is not None \
                and previous.type == tokenize.OP and previous.string == ".":
            spots.append(token.start)
        previous = token
    for row, col in reversed(spots):
        line = lines[row - 1]
        lines[row - 1] = line[:col] + _PRINT_ATTRIBUTE + line[col + len("print"):]
    return "".join(lines), bool(spots)


def _mixed_tabs(source: str) -> bool:
    """True when indentation mixes tabs and spaces: Python 2 read a tab as 8 columns; 3 refuses."""
    if "\t" not in source:
        return False
    has_tab = has_space = False
    for line in source.splitlines():
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        has_tab |= "\t" in indent
        has_space |= " " in indent
        if has_tab and has_space:
            return True
    return False


def _line(text: str, lineno: int) -> str:
    lines = text.splitlines()
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ""

