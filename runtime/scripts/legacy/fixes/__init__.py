"""shim's own fissix fixers: Python 2 syntax -> Python 3 text, never moving a statement to
another line (users' tracebacks point at their own lines).

Helpers here place a generated statement on the line of an existing one (``a; b``) and keep
the newline count of any code they replace.
"""
from __future__ import annotations

from fissix import pytree
from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms


def text_leaf(text: str, prefix: str = "") -> pytree.Leaf:
    """A leaf printed verbatim (a whole generated small statement or expression)."""
    return pytree.Leaf(token.NAME, text, prefix=prefix)


def one_line(node: pytree.Base) -> str:
    """``node``'s code on one line (its newlines and comments dropped)."""
    pieces = []
    for leaf in node.leaves():
        if pieces and leaf.prefix:
            pieces.append(" ")
        pieces.append(leaf.value)
    return "".join(pieces).strip()


def keep_newlines(after: pytree.Base | None, count: int) -> None:
    """Carry ``count`` newlines (from replaced code) into the prefix of the leaf ``after``."""
    if count <= 0 or after is None:
        return
    leaf = after if isinstance(after, pytree.Leaf) else next(after.leaves(), None)
    if leaf is not None:  # a backslash continuation is valid inside and outside brackets
        leaf.prefix = " \\\n" * count + leaf.prefix.lstrip(" \t")


def next_leaf(node: pytree.Base) -> pytree.Leaf | None:
    last = node
    while isinstance(last, pytree.Node) and last.children:
        last = last.children[-1]
    return last.next_sibling if last.next_sibling is not None else _next_leaf_up(last)


def _next_leaf_up(node: pytree.Base) -> pytree.Leaf | None:
    while node is not None and node.next_sibling is None:
        node = node.parent
    if node is None:
        return None
    sibling = node.next_sibling
    while isinstance(sibling, pytree.Node) and sibling.children:
        sibling = sibling.children[0]
    return sibling


def _is_docstring(stmt: pytree.Base) -> bool:
    return (stmt.type == syms.simple_stmt and stmt.children
            and stmt.children[0].type == token.STRING)


def first_statement(suite: pytree.Base) -> pytree.Base | None:
    """The first statement of a block (``suite``), or the simple_stmt of a one-line body."""
    if suite.type == syms.simple_stmt:
        return suite
    for child in suite.children:
        if isinstance(child, pytree.Node) or child.type not in (token.NEWLINE, token.INDENT,
                                                                token.DEDENT, token.COMMENT):
            return child
    return None


def put_on_first_line(suite: pytree.Base, statement: str) -> bool:
    """Run ``statement`` first in ``suite``, on the line of its first statement (after a
    docstring, on the docstring's last line). False when the first statement is compound."""
    first = first_statement(suite)
    if first is None or first.type != syms.simple_stmt:
        return False
    if _is_docstring(first) and suite.type != syms.simple_stmt:
        end = len(first.children) - 1  # before NEWLINE
        if end > 0 and first.children[end - 1].type == token.SEMI:
            first.insert_child(end, text_leaf(statement, prefix=" "))
        else:
            first.insert_child(end, pytree.Leaf(token.SEMI, ";"))
            first.insert_child(end + 1, text_leaf(statement, prefix=" "))
        return True
    head = first.children[0]
    leaf = head if isinstance(head, pytree.Leaf) else next(head.leaves())
    prefix, leaf.prefix = leaf.prefix, " "
    first.insert_child(0, text_leaf(statement, prefix=prefix))
    first.insert_child(1, pytree.Leaf(token.SEMI, ";"))
    return True
