"""Python-3-only syntax that Jython refuses: found in the translated tree, named, with its line.

fissix's grammar is a superset of Python 2's, so an f-string, ``nonlocal`` or ``a, *rest = x``
translates without complaint and would run here while Ignition's Jython (2.5 in 7.9, 2.7 in 8.1)
rejects the whole script at save time. A script that runs under shim but not on the gateway is a
migration surprise, so these are compile errors (``shim check`` reports them with the line), as
Jython would refuse them. The translator produces none of these, except the note it leaves on a
Python 2 tuple parameter (``_tuple_arg0: '(a, b)'``), which is not the user's.
"""
from __future__ import annotations

import ast
import re

#: ``print(x, end='')`` without ``from __future__ import print_function``: a syntax error in
#: Jython 2 (a print statement of a tuple cannot hold ``end=``); said plainly.
_PRINT_KEYWORDS = re.compile(r"\bprint\s*\(.*\b(end|sep|file|flush)\s*=")


def python3_only(tree: ast.AST) -> tuple[int, str] | None:
    """The first Python-3-only construct of ``tree`` as (line, message), or None."""
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        what = _construct(node)
        if what is not None:
            found.append((getattr(node, "lineno", 0), getattr(node, "col_offset", 0), what))
    if not found:
        return None
    line, _, what = min(found)
    return line, f"{what} is Python 3 syntax: Jython 2 refuses it"


def explain_print(source: str, lineno: int) -> str | None:
    """A clearer message for a syntax error on a line that calls Python 3's print function."""
    lines = source.splitlines()
    if 0 < lineno <= len(lines):
        match = _PRINT_KEYWORDS.search(lines[lineno - 1])
        if match:
            return (f"print(..., {match.group(1)}=...) is Python 3's print function: Jython 2 refuses it "
                    "without 'from __future__ import print_function'")
    return None


def _construct(node: ast.AST) -> str | None:
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.Nonlocal):
        return "'nonlocal'"
    if isinstance(node, (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await)):
        return "'async'/'await'"
    if isinstance(node, ast.YieldFrom):
        return "'yield from'"
    if isinstance(node, ast.AnnAssign):
        return "a variable annotation ('x: int = ...')"
    if isinstance(node, ast.NamedExpr):
        return "an assignment expression (':=')"
    if isinstance(node, ast.Match):
        return "a 'match' statement"
    if isinstance(node, ast.Raise) and node.cause is not None:
        return "'raise ... from ...'"
    if isinstance(node, (ast.FunctionDef, ast.Lambda)):
        return _signature(node)
    if isinstance(node, (ast.Assign, ast.For, ast.comprehension)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if any(isinstance(part, ast.Starred) for target in targets for part in ast.walk(target)):
            return "a starred assignment ('a, *rest = ...')"
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and isinstance(getattr(node, "ctx", ast.Load()), ast.Load) \
            and any(isinstance(item, ast.Starred) for item in node.elts):
        return "unpacking in a display ('[*a, *b]')"
    if isinstance(node, ast.Dict) and any(key is None for key in node.keys):
        return "unpacking in a dict display ('{**a}')"
    if isinstance(node, ast.Call) and sum(isinstance(a, ast.Starred) for a in node.args) > 1:
        return "more than one *-unpacking in a call"
    return None


def _signature(node: ast.FunctionDef | ast.Lambda) -> str | None:
    args = node.args
    if args.kwonlyargs:
        return "a keyword-only parameter (after '*' or '*args')"
    if args.posonlyargs:
        return "a positional-only parameter ('/')"
    annotated = [a for a in (*args.args, args.vararg, args.kwarg)
                 if a is not None and a.annotation is not None and not a.arg.startswith("_tuple_arg")]
    if annotated or getattr(node, "returns", None) is not None:
        return "a function annotation"
    return None
