"""Translate Jython 2 source to Python 3 source with fissix, keeping every line where it was.

Ignition 7.9 runs Jython 2.5 and 8.x Jython 2.7: scripts use print statements, ``except E, e``,
backticks, ``<>``, ``0777``, ``10L``, ``raise E, "m"``, ``ur''``. fissix's fixers rewrite the
syntax; Jython's *semantics* (integer ``/``, list-returning ``map``, ``cmp`` ...) are supplied at
run time by ``runtime.legacy.builtins`` and the sandbox transformer, never by fixers that add
import lines (they would shift line numbers, and users' tracebacks must point at their own line).
"""
from __future__ import annotations

import functools
import threading

from fissix.pgen2.parse import ParseError
from fissix.pgen2.tokenize import TokenError
from fissix.refactor import RefactoringTool

#: fissix fixers we run. Left out on purpose: reduce/intern/metaclass (insert lines or imports),
#: map/filter/zip/xrange (our builtins return lists as Python 2 did), future (we must still see
#: ``from __future__ import division``), imports/urllib (scripts cannot import those anyway).
FIXERS = tuple(
    "fissix.fixes.fix_" + name
    for name in (
        "apply", "asserts", "basestring", "dict", "except", "exec", "funcattrs", "has_key",
        "isinstance", "itertools", "long", "methodattrs", "ne", "next", "nonzero",
        "numliterals", "paren", "print", "raise", "renames", "repr", "set_literal",
        "standarderror", "sys_exc", "throw", "tuple_params", "types", "unicode",
        "ws_comma",
    )
)


class TranslationError(SyntaxError):
    """Jython 2 source that does not parse; carries the user's file name and line."""


_lock = threading.Lock()
_tools: list[RefactoringTool] = []


def _tool() -> RefactoringTool:
    """The one RefactoringTool (building it costs ~74 ms and ~1 MB); it is not thread-safe,
    so ``translate`` holds ``_lock`` while using it."""
    if not _tools:
        _tools.append(RefactoringTool(list(FIXERS), {"print_function": False}))
    return _tools[0]


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
    try:
        with _lock:
            tree = _tool().refactor_string(text, filename)
    except ParseError as exc:
        lineno, col = exc.context[1]
        raise TranslationError(
            f"invalid syntax ({exc.value!r})", (filename, lineno, col + 1, _line(text, lineno))
        ) from None
    except (TokenError, IndentationError) as exc:
        lineno = exc.args[1][0] if len(exc.args) > 1 and isinstance(exc.args[1], tuple) else 0
        raise TranslationError(str(exc.args[0]), (filename, lineno, 0, _line(text, lineno))) from None
    return str(tree)


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

