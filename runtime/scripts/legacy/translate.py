"""Translate Jython 2 source to Python 3 source with fissix, keeping every line where it was.

Ignition 7.9 runs Jython 2.5 and 8.x Jython 2.7: scripts use print statements, ``except E, e``,
backticks, ``<>``, ``0777``, ``10L``, ``raise E, "m"``, ``ur''``. fissix's fixers rewrite the
syntax; Jython's *semantics* (integer ``/``, list-returning ``map``, ``cmp`` ...) are supplied at
run time by ``runtime.scripts.legacy.builtins`` and the sandbox transformer, never by fixers that add
import lines (they would shift line numbers, and users' tracebacks must point at their own line).
"""
from __future__ import annotations

import ast
import functools
import io
import keyword
import tokenize
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # fissix is imported on the first translation: a process served from the
    from fissix.refactor import RefactoringTool  # compile cache never loads it

#: fissix fixers we run, each keeping every statement on its line (tests/test_legacy_translate.py
#: checks it per fixer). Left out on purpose: reduce/intern/metaclass (insert lines or imports),
#: map/filter/zip/xrange (our builtins return lists as Python 2 did), future (we must still see
#: ``from __future__ import division``), imports/urllib (scripts cannot import those anyway),
#: dict (``d.keys()`` is compiled to a helper that returns a list in Jython's order), unicode/
#: basestring/long (the names ``unicode``/``basestring``/``long`` are Python 2 builtins here, and
#: ``u''``/``10L`` literals keep their type: see ``runtime.scripts.legacy.fixes``), standarderror
#: (``StandardError`` is Python 2's class here, not ``Exception``), types (scripts import Python
#: 2's ``types`` itself: ``runtime.emulated.stdlib.types_``), asserts (it renames unittest's
#: ``assert_``/``assertEquals``/``failUnless`` on any object: a script's own ``r.assert_``).
#: Replaced by shim's own fixers (``runtime.scripts.legacy.fixes``): print (``print ()``), numliterals
#: (``10L`` stays a long), raise (Jython's ``raise E, V``), tuple_params and except (fissix's
#: versions insert lines), plus string literals (``b''``, ``ur''``, ``\u`` in byte strings).
#: (set_literal and ws_comma were listed once: fissix runs "explicit" fixers only on request,
#: so they never ran.) Every fixer's ``transform`` is wrapped to give back newlines it joins
#: (``_keeping_lines``).
FIXERS = tuple(
    "fissix.fixes.fix_" + name
    for name in (
        "apply", "exec", "funcattrs", "has_key", "isinstance", "itertools",
        "methodattrs", "ne", "next", "nonzero", "paren", "repr", "sys_exc",
        "throw",
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
        from fissix.refactor import RefactoringTool

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
    from runtime.scripts.legacy.fixes import keep_newlines, next_leaf

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
    text, _ = _protect_names(text)
    from fissix.pgen2.parse import ParseError
    from fissix.pgen2.tokenize import TokenError

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
    return str(tree)


#: Jython takes keywords as attribute names (``Date.from(...)``, ``writer.print(x)``,
#: ``self.class``, ``shared.tools.global``); neither Python 2's grammar nor Python 3's does. Such
#: an attribute is renamed ``<keyword>`` + KEYWORD_SUFFIX for the parse, on its own line, and the
#: sandbox transformer gives it its name back in the tree (``ast.Attribute`` takes any name).
KEYWORD_SUFFIX = "_shim_keyword_"

#: Python 2 and Python 3 keywords (and ``print``/``exec``, statements in Python 2).
_KEYWORDS = frozenset(keyword.kwlist) | {"print", "exec", "nonlocal"}

#: Python 3's keywords that are plain names in Jython 2: Corso Systems' widely shared
#: ``shared.tools.thread`` defines ``def async(...)`` and decorates with ``@async``. Renamed
#: wherever they stand (not only as attributes) and given back by ``restore_keyword_names``.
_PY3_ONLY_KEYWORDS = frozenset({"async", "await", "nonlocal"})

#: ``True``/``False`` in a module that assigns them (``True, False = 1, 0`` in pre-2.3 code):
#: Python 2 allows it, Python 3 does not; there they are ``_True_``/``_False_``, names the
#: sandbox's builtins hold as the real values.
_TRUE_FALSE = {"True": "_True_", "False": "_False_"}
_TRUE_FALSE_BACK = {renamed: name for name, renamed in _TRUE_FALSE.items()}


def _protect_names(text: str) -> tuple[str, bool]:
    """Rename keyword attributes (``x.from`` -> ``x.from_shim_keyword_``), and ``True``/``False``
    where the module assigns them; every change stays on its line."""
    if not any(f".{word}" in text or f". {word}" in text for word in _KEYWORDS) and \
            "True" not in text and "False" not in text and \
            not any(word in text for word in _PY3_ONLY_KEYWORDS):
        return text, False
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return text, False  # the parse will report the real problem
    spots: list[tuple[int, int, str, str]] = []
    rebinds = _assigns_true_false(tokens)
    previous = before = None
    for index, token in enumerate(tokens):
        if token.type in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
            continue
        if token.type == tokenize.NAME:
            after_dot = previous is not None and previous.type == tokenize.OP and previous.string == "."
            attribute = after_dot and before is not None and (  # not ``from . import x``
                (before.type == tokenize.NAME and before.string not in _KEYWORDS)
                or before.type in (tokenize.STRING, tokenize.NUMBER)
                or (before.type == tokenize.OP and before.string in ")]}"))
            if (attribute and token.string in _KEYWORDS) or \
                    (token.string in _PY3_ONLY_KEYWORDS and not _py3_statement(tokens, index)):
                spots.append((*token.start, token.string, token.string + KEYWORD_SUFFIX))
            elif rebinds and not after_dot and token.string in _TRUE_FALSE:
                spots.append((*token.start, token.string, _TRUE_FALSE[token.string]))
        previous, before = token, previous
    if not spots:
        return text, False
    lines = text.splitlines(keepends=True)
    for row, col, old, new in reversed(spots):
        line = lines[row - 1]
        lines[row - 1] = line[:col] + new + line[col + len(old):]
    return "".join(lines), True


#: Keywords that may follow a plain name in a Jython 2 expression (``async if ok else None``,
#: ``[async for async in jobs]``, ``await not in seen``).
_AFTER_A_NAME = frozenset({"if", "else", "and", "or", "not", "in", "is", "for"})

#: What starts a statement: where ``async for`` is Python 3's statement, not a comprehension.
_STATEMENT_START = frozenset({tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT})


def _py3_statement(tokens: list[tokenize.TokenInfo], index: int) -> bool:
    """True where ``async``/``await``/``nonlocal`` at ``tokens[index]`` is Python 3's construct
    (``async def``, ``await job``, ``nonlocal total``): a name directly before another name is a
    syntax error in Jython 2, left for the parse so ``shim check`` names the construct as Jython
    refuses it, instead of renaming it into an unexplained 'invalid syntax'."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.type != tokenize.NAME:
        return False
    if after.string not in _AFTER_A_NAME:
        return True
    starts = index == 0 or tokens[index - 1].type in _STATEMENT_START
    return after.string == "for" and starts


def keyword_names(dotted: str) -> str:
    """A (dotted) name with the parts the translation renamed given back (``java.awt.print``,
    ``shared.tools.thread.async``)."""
    return ".".join(part.removesuffix(KEYWORD_SUFFIX) for part in dotted.split("."))


#: The identifier fields of the syntax tree a renamed keyword can stand in.
_NAME_FIELDS: dict[type, tuple[str, ...]] = {
    ast.Name: ("id",), ast.FunctionDef: ("name",), ast.ClassDef: ("name",), ast.arg: ("arg",),
    ast.keyword: ("arg",), ast.alias: ("name", "asname"), ast.ImportFrom: ("module",),
    ast.ExceptHandler: ("name",), ast.Attribute: ("attr",),
}


def restore_keyword_names(tree: ast.AST) -> ast.AST:
    """Give every renamed keyword its own name back in the compiled tree: ``def async(f)``
    defines ``async`` as in Jython, so ``shared.tools.thread.async`` is found by other modules
    (an AST takes any identifier; only the parser refuses Python 3's keywords). An imported
    ``True``/``False`` (``from __builtin__ import True, False``) is imported under the name the
    rest of that module reads it by (``_True_``)."""
    for node in ast.walk(tree):
        fields = _NAME_FIELDS.get(type(node), ())
        for field, value in ast.iter_fields(node):
            if field in fields and isinstance(value, str) and KEYWORD_SUFFIX in value:
                setattr(node, field, keyword_names(value))
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            node.names = [keyword_names(name) for name in node.names]
        if isinstance(node, ast.alias) and node.asname is None and node.name in _TRUE_FALSE_BACK:
            node.name, node.asname = _TRUE_FALSE_BACK[node.name], node.name  # import True as _True_
    return tree


def _assigns_true_false(tokens: list[tokenize.TokenInfo]) -> bool:
    """True when a statement binds ``True`` or ``False`` (``True = 1``, ``True, False = 1, 0``,
    and ``from __builtin__ import True, False``, the line Eclipse/PyDev adds to Jython modules)."""
    depth = 0
    seen_name = importing = False
    for token in tokens:
        if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            seen_name = importing = False
            depth = 0
        elif token.type == tokenize.NAME and token.string == "import":
            importing = True
        elif importing and token.type == tokenize.NAME and token.string in _TRUE_FALSE:
            return True
        elif token.type == tokenize.OP:
            if token.string in "([{":
                depth += 1
            elif token.string in ")]}":
                depth -= 1
            elif token.string == "=" and depth == 0 and seen_name:
                return True
            elif token.string == ";":
                seen_name = False
        elif token.type == tokenize.NAME and token.string in _TRUE_FALSE and depth == 0:
            seen_name = True
        elif token.type == tokenize.NAME and depth == 0 and token.string in ("if", "while", "return",
                                                                            "print", "assert", "elif"):
            seen_name = False
            depth = -10_000  # a condition or expression statement: not an assignment target
    return False


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

